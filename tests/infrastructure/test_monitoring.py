"""Alarms on the guide's thresholds, the SNS topic, and the dashboard's three views."""

from __future__ import annotations

import json

from tests.infrastructure.conftest import Synthesized


def _alarms(s: Synthesized) -> dict[str, dict]:
    return {
        a["Properties"]["AlarmName"].rsplit("-", 1)[-1]: a["Properties"]
        for a in s.of_type("AWS::CloudWatch::Alarm").values()
    }


def test_alarm_thresholds_are_the_guides(synthesized: Synthesized) -> None:
    alarms = _alarms(synthesized)
    assert set(alarms) == {
        "ApiLatencyP95",
        "Api5xxRate",
        "HighQueueDepth",
        "LowQueueDepth",
        "DeadLetterQueue",
        "LlmBudgetExhausted",
        "LlmTierCheapUnavailable",
        "LlmTierStrongUnavailable",
        "ReviewQueueOldest",
    }
    assert alarms["ApiLatencyP95"]["Threshold"] == 5000
    assert alarms["ApiLatencyP95"]["ExtendedStatistic"] == "p95"
    assert alarms["Api5xxRate"]["Threshold"] == 1
    assert alarms["HighQueueDepth"]["Threshold"] == alarms["LowQueueDepth"]["Threshold"] == 100
    assert alarms["DeadLetterQueue"]["Threshold"] == 0
    # the oldest open review item waiting longer than alarm_review_oldest_hours (24 h), from maintenance's metric
    assert alarms["ReviewQueueOldest"]["Threshold"] == 24 * 3600
    assert alarms["ReviewQueueOldest"]["MetricName"] == "ReviewOldestSeconds"
    assert alarms["ReviewQueueOldest"]["Statistic"] == "Maximum"
    for alarm in alarms.values():
        assert alarm["ComparisonOperator"] == "GreaterThanThreshold"


def test_error_rate_alarm_divides_5xx_by_requests(synthesized: Synthesized) -> None:
    metrics = _alarms(synthesized)["Api5xxRate"]["Metrics"]
    expression = next(m["Expression"] for m in metrics if "Expression" in m)
    names = {m["MetricStat"]["Metric"]["MetricName"] for m in metrics if "MetricStat" in m}
    assert "100 * errors / requests" in expression
    assert names == {"5XXError", "Count"}


def test_alarms_notify_the_sns_topic_which_requires_tls(synthesized: Synthesized) -> None:
    (topic_id,) = synthesized.of_type("AWS::SNS::Topic")
    for alarm in _alarms(synthesized).values():
        assert alarm["AlarmActions"] == [{"Ref": topic_id}]
    synthesized.template.has_resource_properties("AWS::SNS::Subscription", {"Protocol": "email"})
    (policy,) = synthesized.of_type("AWS::SNS::TopicPolicy").values()
    statement = policy["Properties"]["PolicyDocument"]["Statement"][0]
    assert statement["Effect"] == "Deny"
    assert statement["Condition"] == {"Bool": {"aws:SecureTransport": "false"}}


def test_dashboard_has_the_three_views_of_the_guide(synthesized: Synthesized) -> None:
    (dashboard,) = synthesized.of_type("AWS::CloudWatch::Dashboard").values()
    body = json.dumps(dashboard["Properties"]["DashboardBody"])
    for text in (
        "API performance",
        "System health",
        "Classification analytics",
        "Latency p50 / p95",
        "Errors by route",
        "Cache hit rate",
        "Queue depth",
        "Dead-letter queue",
        "DynamoDB throttles",
        "Documents by industry and class",
        "Classifier that decided",
        "Confidence distribution",
        "LLM calls and cost",
        "LLM tokens in / out",
        "Escalation share and outcomes",
        "LLM tiers and breakers",
        "Review queue: open items and oldest wait (s)",
    ):
        assert text in body, text
