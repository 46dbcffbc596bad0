"""The Grafana dashboard: the CloudWatch dashboard's panels over Grafana's CloudWatch data source.

``python -m infra.grafana`` regenerates ``infra/grafana/doc-classifier.json``; a test keeps the
file and the panel titles equal to the CDK dashboard's, so the two cannot drift. Resources with
CloudFormation-generated names (functions, queues, tables) are found with SEARCH on the stack name.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from doc_classifier.service.telemetry import APP_METRICS

OUTPUT = Path(__file__).resolve().parent / "grafana" / "doc-classifier.json"
PERIOD = "300"
STACK = "DocClassifier-$stage"  # stack name: a token of every generated resource name


def _metric(
    ref: str, namespace: str, metric: str, dimensions: dict[str, str], stat: str, *, label: str = ""
) -> dict[str, Any]:
    return {
        "refId": ref,
        "datasource": {"type": "cloudwatch", "uid": "${datasource}"},
        "region": "$region",
        "queryMode": "Metrics",
        "metricQueryType": 0,
        "metricEditorMode": 0,
        "namespace": namespace,
        "metricName": metric,
        "dimensions": dimensions,
        "statistic": stat,
        "period": PERIOD,
        "matchExact": True,
        "label": label,
        "id": ref.lower(),
        "expression": "",
        "hide": False,
    }


def _expression(ref: str, expression: str, label: str = "", hide: bool = False) -> dict[str, Any]:
    return {
        "refId": ref,
        "datasource": {"type": "cloudwatch", "uid": "${datasource}"},
        "region": "$region",
        "queryMode": "Metrics",
        "metricQueryType": 0,
        "metricEditorMode": 1,
        "expression": expression,
        "id": ref.lower(),
        "label": label,
        "period": PERIOD,
        "hide": hide,
    }


def _search(ref: str, query: str, stat: str = "Sum") -> dict[str, Any]:
    return _expression(ref, f"SEARCH('{query}', '{stat}', {PERIOD})")


_API = {"ApiName": "$api_name", "Stage": "$stage"}
_ROUTES = "{AWS/ApiGateway,ApiName,Method,Resource,Stage}"  # per-route metrics (detailed_metrics)
_APP = {"service": "$service"}


def _app(ref: str, key: str, stat: str, label: str = "") -> dict[str, Any]:
    return _metric(ref, "$namespace", APP_METRICS[key], _APP, stat, label=label)


def _app_search(ref: str, dimensions: str, key: str) -> dict[str, Any]:
    """Every series of an app metric with exactly these dimensions (``service`` included)."""
    return _search(ref, f'{{$namespace,{dimensions}}} MetricName="{APP_METRICS[key]}"')


PANELS: list[tuple[str, list[tuple[str, list[dict[str, Any]]]]]] = [
    (
        "API performance",
        [
            ("Requests", [_metric("A", "AWS/ApiGateway", "Count", _API, "Sum")]),
            (
                "Latency p50 / p95 (ms)",
                [
                    _metric("A", "AWS/ApiGateway", "Latency", _API, "p50", label="p50"),
                    _metric("B", "AWS/ApiGateway", "Latency", _API, "p95", label="p95"),
                ],
            ),
            (
                "Errors by route",
                [
                    _search(
                        "A",
                        f'{_ROUTES} MetricName="5XXError" ApiName="$api_name"',
                    ),
                    _search(
                        "B",
                        f'{_ROUTES} MetricName="4XXError" ApiName="$api_name"',
                    ),
                ],
            ),
            (
                "Cache hit rate (%)",
                [
                    {**_app("H", "cache_hit", "Sum"), "hide": True},
                    {**_app("M", "cache_miss", "Sum"), "hide": True},
                    _expression("A", "IF(h + m > 0, 100 * h / (h + m), 0)", "cache hit rate (%)"),
                ],
            ),
        ],
    ),
    (
        "System health",
        [
            ("Lambda errors", [_search("A", f'{{AWS/Lambda,FunctionName}} MetricName="Errors" {STACK}')]),
            (
                "Lambda throttles",
                [_search("A", f'{{AWS/Lambda,FunctionName}} MetricName="Throttles" {STACK}')],
            ),
            (
                "Lambda concurrency",
                [
                    _search(
                        "A",
                        f'{{AWS/Lambda,FunctionName}} MetricName="ConcurrentExecutions" {STACK}',
                        "Maximum",
                    )
                ],
            ),
            (
                "DynamoDB throttles",
                [
                    _search("A", f'{{AWS/DynamoDB,TableName}} MetricName="ReadThrottleEvents" {STACK}'),
                    _search("B", f'{{AWS/DynamoDB,TableName}} MetricName="WriteThrottleEvents" {STACK}'),
                ],
            ),
            (
                "Queue depth",
                [
                    _search(
                        "A",
                        f'{{AWS/SQS,QueueName}} MetricName="ApproximateNumberOfMessagesVisible" {STACK}',
                        "Maximum",
                    ),
                ],
            ),
            (
                "Oldest message age (s)",
                [
                    _search(
                        "A",
                        f'{{AWS/SQS,QueueName}} MetricName="ApproximateAgeOfOldestMessage" {STACK}',
                        "Maximum",
                    ),
                ],
            ),
            (
                "Dead-letter queue",
                [
                    _search(
                        "A",
                        f'{{AWS/SQS,QueueName}} MetricName="ApproximateNumberOfMessagesVisible" '
                        f"{STACK} DeadLetterQueue",
                        "Maximum",
                    ),
                ],
            ),
        ],
    ),
    (
        "Classification analytics",
        [
            (
                "Documents by industry and class",
                [
                    _app_search("A", "industry,file_class,service", "documents"),
                ],
            ),
            (
                "Classifier that decided",
                [
                    _app_search("A", "classifier,service", "decider"),
                ],
            ),
            (
                "Confidence distribution",
                [
                    _app(chr(ord("A") + i), "confidence", p, p)
                    for i, p in enumerate(("p10", "p25", "p50", "p75", "p90"))
                ],
            ),
            (
                "LLM calls and cost",
                [
                    _app_search("A", "outcome,provider,service,tier", "llm_calls"),
                    _app_search("B", "provider,service,tier", "llm_cost"),
                ],
            ),
            (
                "LLM tokens in / out",
                [
                    _app_search("A", "provider,service,tier", "llm_tokens_in"),
                    _app_search("B", "provider,service,tier", "llm_tokens_out"),
                ],
            ),
            (
                "Escalation share and outcomes",
                [
                    _app("A", "escalated", "Average", "share escalated"),
                    _app_search("B", "outcome,service", "escalations"),
                    _app_search("C", "outcome,service", "page_escalations"),
                ],
            ),
            (
                "LLM tiers and breakers",
                [
                    _app_search("A", "outcome,service,tier", "tier_outcome"),
                    _app_search("B", "provider,service", "breaker_opens"),
                ],
            ),
            (
                "Review queue: open items and oldest wait (s)",
                [
                    _app("A", "review_open", "Maximum", "open"),
                    _app("B", "review_oldest", "Maximum", "oldest (s)"),
                ],
            ),
        ],
    ),
]


def _variable(name: str, default: str, label: str) -> dict[str, Any]:
    return {
        "name": name,
        "label": label,
        "type": "textbox",
        "query": default,
        "current": {"text": default, "value": default},
        "hide": 0,
    }


def build_dashboard() -> dict[str, Any]:
    panels: list[dict[str, Any]] = []
    y, next_id = 0, 1
    for row_title, row in PANELS:
        panels.append(
            {
                "id": next_id,
                "type": "row",
                "title": row_title,
                "collapsed": False,
                "gridPos": {"h": 1, "w": 24, "x": 0, "y": y},
                "panels": [],
            }
        )
        next_id, y = next_id + 1, y + 1
        width = 24 // min(len(row), 4)
        for i, (title, targets) in enumerate(row):
            x = (i % 4) * width
            if i and i % 4 == 0:
                y += 8
            panels.append(
                {
                    "id": next_id,
                    "type": "timeseries",
                    "title": title,
                    "datasource": {"type": "cloudwatch", "uid": "${datasource}"},
                    "gridPos": {"h": 8, "w": width, "x": x, "y": y},
                    "targets": targets,
                    "fieldConfig": {"defaults": {}, "overrides": []},
                    "options": {"legend": {"displayMode": "list"}},
                }
            )
            next_id += 1
        y += 8
    return {
        "title": "Document classifier",
        "uid": "doc-classifier",
        "schemaVersion": 39,
        "version": 1,
        "editable": True,
        "tags": ["doc-classifier", "cloudwatch"],
        "time": {"from": "now-3h", "to": "now"},
        "refresh": "1m",
        "panels": panels,
        "templating": {
            "list": [
                {
                    "name": "datasource",
                    "label": "CloudWatch",
                    "type": "datasource",
                    "query": "cloudwatch",
                    "current": {},
                    "hide": 0,
                },
                _variable("region", "us-east-1", "Region"),
                _variable("stage", "dev", "Stage"),
                _variable("api_name", "doc-classifier-dev-api", "API name"),
                _variable("service", "doc-classifier", "Powertools service"),
                _variable("namespace", "DocClassifier", "Metrics namespace"),
            ]
        },
    }


def panel_titles(dashboard: dict[str, Any]) -> list[str]:
    return [p["title"] for p in dashboard["panels"] if p["type"] != "row"]


def main() -> None:
    OUTPUT.parent.mkdir(parents=True, exist_ok=True)
    OUTPUT.write_text(json.dumps(build_dashboard(), indent=2) + "\n")


if __name__ == "__main__":
    main()
