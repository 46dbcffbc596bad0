"""Application metrics of a classification, and their names (the CDK dashboards chart the same names).

Each metric carries its own dimensions (an EMF blob per dimension set), so the
per-class counts do not multiply the cache or confidence series.
"""

from __future__ import annotations

from typing import Any

from aws_lambda_powertools import Metrics
from aws_lambda_powertools.metrics import MetricUnit, single_metric

APP_METRICS = {
    "cache_hit": "CacheHit",
    "cache_miss": "CacheMiss",
    "documents": "DocumentsClassified",  # dimensions: industry, file_class
    "decider": "ClassifierDecision",  # dimension: classifier
    "confidence": "Confidence",  # one value per document: its percentiles are the distribution
    "llm_calls": "LlmCalls",
    "llm_cost": "LlmCostUsd",
}


def record_classification(metrics: Metrics, result: dict[str, Any], cached: bool) -> None:
    metrics.add_metric(name=APP_METRICS["cache_hit" if cached else "cache_miss"], unit=MetricUnit.Count, value=1)
    if cached:
        return  # the document was counted when it was first classified
    metrics.add_metric(name=APP_METRICS["confidence"], unit=MetricUnit.NoUnit, value=float(result["confidence"]))
    namespace = metrics.namespace
    service = metrics.service or "doc-classifier"
    per_document = {
        APP_METRICS["documents"]: {"industry": str(result["industry"]), "file_class": str(result["file_class"])},
        APP_METRICS["decider"]: {"classifier": str(result.get("metadata", {}).get("classifier", "unknown"))},
    }
    for name, dimensions in per_document.items():
        with single_metric(
            name=name, unit=MetricUnit.Count, value=1, namespace=namespace, default_dimensions={"service": service}
        ) as metric:
            for key, value in dimensions.items():
                metric.add_dimension(name=key, value=value)
