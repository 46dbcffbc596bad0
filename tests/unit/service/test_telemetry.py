import json

import pytest
from aws_lambda_powertools import Metrics
from doc_classifier.service.telemetry import APP_METRICS, record_classification

RESULT = {"file_class": "invoice", "industry": "finance", "confidence": 0.93, "metadata": {"classifier": "local_model"}}


def _emitted(capsys: pytest.CaptureFixture[str]) -> dict[str, list[str]]:
    """Metric name -> dimension names, from the EMF lines Powertools printed."""
    found: dict[str, list[str]] = {}
    for line in capsys.readouterr().out.splitlines():
        blob = json.loads(line)
        for directive in blob["_aws"]["CloudWatchMetrics"]:
            for metric in directive["Metrics"]:
                found[metric["Name"]] = sorted(directive["Dimensions"][0])
    return found


def test_a_new_classification_emits_what_the_dashboards_chart(capsys: pytest.CaptureFixture[str]) -> None:
    metrics = Metrics(namespace="DocClassifierTest", service="svc")
    record_classification(metrics, RESULT, cached=False)
    metrics.flush_metrics()
    emitted = _emitted(capsys)
    assert emitted[APP_METRICS["documents"]] == ["file_class", "industry", "service"]
    assert emitted[APP_METRICS["decider"]] == ["classifier", "service"]
    assert emitted[APP_METRICS["cache_miss"]] == ["service"]
    assert emitted[APP_METRICS["confidence"]] == ["service"]


def test_a_cache_hit_counts_only_the_hit(capsys: pytest.CaptureFixture[str]) -> None:
    metrics = Metrics(namespace="DocClassifierTest", service="svc")
    record_classification(metrics, RESULT, cached=True)
    metrics.flush_metrics()
    assert set(_emitted(capsys)) == {APP_METRICS["cache_hit"]}
