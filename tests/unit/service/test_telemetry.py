import json

import pytest
from aws_lambda_powertools import Metrics
from aws_lambda_powertools.metrics.provider import cold_start
from doc_classifier.service.telemetry import (
    APP_METRICS,
    capture_cold_start,
    record_breaker_open,
    record_classification,
    record_review_queue,
)

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


def test_metrics_turned_off_are_neither_kept_nor_printed(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # The local runtime turns metrics off; Powertools alone would keep every value and print them at 100.
    monkeypatch.setenv("POWERTOOLS_METRICS_DISABLED", "true")
    metrics = Metrics(namespace="DocClassifierTest", service="svc")
    for _ in range(150):
        record_classification(metrics, RESULT, cached=False)
        record_review_queue(metrics, 3, 12.0)
        metrics.flush_metrics(raise_on_empty_metrics=True)  # as log_metrics flushes after each invocation
    assert capsys.readouterr().out == ""
    assert not metrics.metric_set


@pytest.mark.parametrize(("disabled", "printed"), [("true", False), ("false", True)])
def test_the_cold_start_metric_follows_the_metrics_switch(
    disabled: str, printed: bool, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # Powertools prints its ColdStart metric with single_metric, which ignores POWERTOOLS_METRICS_DISABLED.
    monkeypatch.setenv("POWERTOOLS_METRICS_DISABLED", disabled)
    metrics = Metrics(namespace="DocClassifierTest", service="svc")
    cold_start.reset_cold_start_flag()

    @metrics.log_metrics(capture_cold_start_metric=capture_cold_start())
    def handler(event: dict[str, str], context: object) -> None:
        return None

    handler({}, LambdaContextStub())
    assert ("ColdStart" in _emitted(capsys)) is printed


class LambdaContextStub:
    function_name = "worker"


def test_a_cache_hit_counts_only_the_hit(capsys: pytest.CaptureFixture[str]) -> None:
    metrics = Metrics(namespace="DocClassifierTest", service="svc")
    record_classification(metrics, RESULT, cached=True)
    metrics.flush_metrics()
    assert set(_emitted(capsys)) == {APP_METRICS["cache_hit"]}


ESCALATED = {
    **RESULT,
    "metadata": {
        "classifier": "big/gpt-4o",
        "escalation": {"reason": "low_confidence", "outcome": "answered"},
        "llm": {
            "tiers": {"cheap": "unavailable", "strong": "answered"},
            "calls": [
                {
                    "tier": "cheap",
                    "provider": "mini",
                    "outcome": "provider_error",
                    "tokens_in": 0,
                    "tokens_out": 0,
                    "cost_usd": 0.0,
                },
                {
                    "tier": "strong",
                    "provider": "big",
                    "outcome": "answered",
                    "tokens_in": 900,
                    "tokens_out": 40,
                    "cost_usd": 0.00265,
                },
            ],
        },
        "cost_usd": 0.00265,
    },
}


def _blobs(capsys: pytest.CaptureFixture[str]) -> list[dict]:
    return [json.loads(line) for line in capsys.readouterr().out.splitlines()]


def _values(blobs: list[dict], name: str) -> list[tuple[dict[str, str], float]]:
    """(dimensions without service, value) of every datum of ``name``."""
    found = []
    for blob in blobs:
        for directive in blob["_aws"]["CloudWatchMetrics"]:
            if any(m["Name"] == name for m in directive["Metrics"]):
                dims = {d: blob[d] for d in directive["Dimensions"][0] if d != "service"}
                value = blob[name]
                found.append((dims, sum(value) if isinstance(value, list) else value))
    return found


def test_an_escalation_emits_per_tier_calls_tokens_cost_and_outcomes(capsys: pytest.CaptureFixture[str]) -> None:
    metrics = Metrics(namespace="DocClassifierTest", service="svc")
    record_classification(metrics, ESCALATED, cached=False)
    metrics.flush_metrics()
    blobs = _blobs(capsys)
    assert _values(blobs, APP_METRICS["escalated"]) == [({}, 1)]
    assert _values(blobs, APP_METRICS["escalations"]) == [({"outcome": "answered"}, 1)]
    assert _values(blobs, APP_METRICS["tier_outcome"]) == [
        ({"tier": "cheap", "outcome": "unavailable"}, 1),
        ({"tier": "strong", "outcome": "answered"}, 1),
    ]
    assert _values(blobs, APP_METRICS["llm_calls"]) == [
        ({"tier": "cheap", "provider": "mini", "outcome": "provider_error"}, 1),
        ({"tier": "strong", "provider": "big", "outcome": "answered"}, 1),
    ]
    assert ({"tier": "strong", "provider": "big"}, 900) in _values(blobs, APP_METRICS["llm_tokens_in"])
    assert ({"tier": "strong", "provider": "big"}, 40) in _values(blobs, APP_METRICS["llm_tokens_out"])
    assert ({"tier": "strong", "provider": "big"}, 0.00265) in _values(blobs, APP_METRICS["llm_cost"])


def test_a_confident_local_answer_counts_as_not_escalated(capsys: pytest.CaptureFixture[str]) -> None:
    metrics = Metrics(namespace="DocClassifierTest", service="svc")
    confident = {**RESULT, "metadata": {**RESULT["metadata"], "escalation": {"reason": "none", "outcome": "none"}}}
    record_classification(metrics, confident, cached=False)
    metrics.flush_metrics()
    blobs = _blobs(capsys)
    assert _values(blobs, APP_METRICS["escalated"]) == [({}, 0)]
    assert not _values(blobs, APP_METRICS["escalations"]) and not _values(blobs, APP_METRICS["llm_calls"])


def test_a_breaker_opening_is_a_metric_per_provider(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("POWERTOOLS_METRICS_NAMESPACE", "DocClassifierTest")
    record_breaker_open("mini")
    assert _values(_blobs(capsys), APP_METRICS["breaker_opens"]) == [({"provider": "mini"}, 1)]
    monkeypatch.setenv("POWERTOOLS_METRICS_DISABLED", "true")  # the local runtime: no EMF lines at all
    record_breaker_open("mini")
    record_classification(Metrics(namespace="DocClassifierTest", service="svc"), ESCALATED, cached=False)
    assert capsys.readouterr().out == ""


PACKET = {
    "file_class": "utility_bill",
    "industry": "finance",
    "confidence": 0.9,
    "metadata": {
        "classifier": "mini/gpt-4o-mini",
        "page_escalation": {
            "unsure": 3,
            "escalated": [2, 5],
            "answered": [2],
            "failed": [5],
            "skipped_cap": [7],
            "skipped_budget": [],
        },
        "llm": {
            "calls": [
                {
                    "page": 2,
                    "tier": "cheap",
                    "provider": "mini",
                    "outcome": "answered",
                    "tokens_in": 700,
                    "tokens_out": 20,
                    "cost_usd": 0.0001,
                },
                {
                    "page": 5,
                    "tier": "cheap",
                    "provider": "mini",
                    "outcome": "provider_error",
                    "tokens_in": 0,
                    "tokens_out": 0,
                    "cost_usd": 0.0,
                },
            ]
        },
    },
}


def test_a_packets_page_escalations_and_their_calls_are_metrics(capsys: pytest.CaptureFixture[str]) -> None:
    # A packet has no document escalation: its LLM spend is its pages', and the dashboards must still see it.
    metrics = Metrics(namespace="DocClassifierTest", service="svc")
    record_classification(metrics, PACKET, cached=False)
    metrics.flush_metrics()
    blobs = _blobs(capsys)
    assert _values(blobs, APP_METRICS["escalated"]) == [({}, 0)]
    assert sorted((d["outcome"], v) for d, v in _values(blobs, APP_METRICS["page_escalations"])) == [
        ("answered", 1),
        ("escalated", 2),
        ("failed", 1),
        ("skipped_cap", 1),
    ]
    assert sorted((d["outcome"], v) for d, v in _values(blobs, APP_METRICS["llm_calls"])) == [
        ("answered", 1),
        ("provider_error", 1),
    ]
    assert _values(blobs, APP_METRICS["llm_tokens_in"]) == [({"tier": "cheap", "provider": "mini"}, 700)]
