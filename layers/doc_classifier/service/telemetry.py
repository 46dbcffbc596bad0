"""Application metrics of a classification, and their names (the CDK dashboards chart the same names).

Each metric carries its own dimensions (an EMF blob per dimension set), so the
per-class counts do not multiply the cache or confidence series. CloudWatch bills every
combination of dimension values as a metric of its own: the LLM metrics carry only tier,
provider and outcome, whose values come from the configuration and a short fixed list.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from aws_lambda_powertools import Metrics
from aws_lambda_powertools.metrics import MetricUnit, single_metric
from aws_lambda_powertools.metrics.functions import is_metrics_disabled

from doc_classifier.service.llm_counters import PAGE_OUTCOMES

APP_METRICS = {
    "cache_hit": "CacheHit",
    "cache_miss": "CacheMiss",
    "documents": "DocumentsClassified",  # dimensions: industry, file_class
    "decider": "ClassifierDecision",  # dimension: classifier
    "confidence": "Confidence",  # one value per document: its percentiles are the distribution
    # 1 when the local answer went to the LLM tier, 0 when it stood: the average is the escalation share.
    "escalated": "Escalated",
    "escalations": "Escalations",  # dimension: outcome (answered, unavailable, timed_out, budget_exhausted...)
    # A packet's pages the local model was unsure of, by outcome (escalated, answered, failed, skipped_cap...).
    "page_escalations": "PageEscalations",
    "tier_outcome": "LlmTierOutcome",  # dimensions: tier, outcome; each tier a document was sent to
    "llm_calls": "LlmCalls",  # dimensions: tier, provider, outcome (answered, rate_limited, breaker_open...)
    "llm_tokens_in": "LlmTokensIn",  # dimensions: tier, provider
    "llm_tokens_out": "LlmTokensOut",  # dimensions: tier, provider
    "llm_cost": "LlmCostUsd",  # dimensions: tier, provider
    "breaker_opens": "LlmBreakerOpened",  # dimension: provider
    # Published by the maintenance function every run: the review queue (GET /reviews).
    "review_open": "ReviewOpen",
    "review_oldest": "ReviewOldestSeconds",  # 0 when none is open
}
# What the handlers' Tracer patches: every AWS call goes through botocore, and nothing else the service calls
# is traced by X-Ray (the OpenAI SDK's transport is not among its patchable libraries). Patching everything
# would import each installed library X-Ray knows (requests, sqlite3...) at every cold start.
TRACED_MODULES = ("botocore",)
# Escalation outcomes the alarms watch (doc_classifier.llm.chain documents them all).
BUDGET_EXHAUSTED = "budget_exhausted"
UNAVAILABLE = "unavailable"
ANSWERED = "answered"


def capture_cold_start() -> bool:
    """For ``log_metrics(capture_cold_start_metric=...)``: Powertools writes the ColdStart metric with
    ``single_metric``, which prints even with metrics turned off (the local runtime's console and the tests')."""
    return not is_metrics_disabled()


def record_classification(metrics: Metrics, result: dict[str, Any], cached: bool) -> None:
    if is_metrics_disabled():
        # Powertools 3.37 keeps what it is given while disabled (its flush neither prints nor clears) and prints
        # it once a metric holds 100 values: the local runtime, which turns metrics off, would print it anyway.
        return
    metrics.add_metric(name=APP_METRICS["cache_hit" if cached else "cache_miss"], unit=MetricUnit.Count, value=1)
    if cached:
        return  # the document was counted when it was first classified
    metrics.add_metric(name=APP_METRICS["confidence"], unit=MetricUnit.NoUnit, value=float(result["confidence"]))
    metadata = result.get("metadata", {})
    escalation = metadata.get("escalation") or {}
    escalated = escalation.get("reason", "none") != "none"
    metrics.add_metric(name=APP_METRICS["escalated"], unit=MetricUnit.Count, value=int(escalated))
    emit = _Emitter(metrics)
    emit(APP_METRICS["documents"], {"industry": str(result["industry"]), "file_class": str(result["file_class"])})
    emit(APP_METRICS["decider"], {"classifier": str(metadata.get("classifier", "unknown"))})
    if escalated:
        emit(APP_METRICS["escalations"], {"outcome": str(escalation.get("outcome", "unknown"))})
    pages = metadata.get("page_escalation") or {}
    for outcome in PAGE_OUTCOMES:
        if count := len(pages.get(outcome) or ()):
            emit(APP_METRICS["page_escalations"], {"outcome": outcome}, count)
    if escalated or pages:  # a packet's calls are its pages' (it has no document escalation)
        _record_llm(emit, metadata.get("llm") or {})


def record_review_queue(metrics: Metrics, open_items: int, oldest_seconds: float | None) -> None:
    """The review queue's size and its oldest item's wait (0 when none is open), for the dashboard and alarm."""
    if is_metrics_disabled():  # as in record_classification
        return
    metrics.add_metric(name=APP_METRICS["review_open"], unit=MetricUnit.Count, value=open_items)
    metrics.add_metric(name=APP_METRICS["review_oldest"], unit=MetricUnit.Seconds, value=oldest_seconds or 0.0)


def record_breaker_open(provider: str) -> None:
    """A provider's breaker opened (called from the tier, outside any request's metrics)."""
    _Emitter(Metrics())(APP_METRICS["breaker_opens"], {"provider": provider})


def _record_llm(emit: _Emitter, llm: dict[str, Any]) -> None:
    for tier, outcome in (llm.get("tiers") or {}).items():
        emit(APP_METRICS["tier_outcome"], {"tier": str(tier), "outcome": str(outcome)})
    calls: Counter[tuple[str, str, str]] = Counter()
    usage: dict[tuple[str, str], tuple[int, int, float]] = {}  # tokens in, tokens out, cost
    for call in llm.get("calls") or []:
        tier, provider = str(call["tier"]), str(call["provider"])
        calls[(tier, provider, str(call["outcome"]))] += 1
        tokens_in, tokens_out, cost = usage.get((tier, provider), (0, 0, 0.0))
        usage[(tier, provider)] = (
            tokens_in + int(call["tokens_in"]),
            tokens_out + int(call["tokens_out"]),
            cost + float(call["cost_usd"]),
        )
    for (tier, provider, outcome), count in calls.items():
        emit(APP_METRICS["llm_calls"], {"tier": tier, "provider": provider, "outcome": outcome}, count)
    for (tier, provider), (tokens_in, tokens_out, cost) in usage.items():
        dimensions = {"tier": tier, "provider": provider}
        emit(APP_METRICS["llm_tokens_in"], dimensions, tokens_in)
        emit(APP_METRICS["llm_tokens_out"], dimensions, tokens_out)
        emit(APP_METRICS["llm_cost"], dimensions, round(cost, 8), MetricUnit.NoUnit)


class _Emitter:
    """One EMF blob per metric with its own dimensions (plus ``service``), under the handler's namespace."""

    def __init__(self, metrics: Metrics) -> None:
        self._namespace = metrics.namespace
        self._service = metrics.service or "doc-classifier"

    def __call__(
        self, name: str, dimensions: dict[str, str], value: float = 1, unit: MetricUnit = MetricUnit.Count
    ) -> None:
        if is_metrics_disabled():  # single_metric prints regardless (the local runtime turns metrics off)
            return
        with single_metric(
            name=name, unit=unit, value=value, namespace=self._namespace, default_dimensions={"service": self._service}
        ) as metric:
            for key, dimension in dimensions.items():
                metric.add_dimension(name=key, value=dimension)
