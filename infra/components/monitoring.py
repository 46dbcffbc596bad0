"""The CloudWatch dashboard (the guide's three views), its alarms, and the alarm topic."""

from __future__ import annotations

from dataclasses import dataclass

from aws_cdk import Duration
from aws_cdk import aws_apigateway as apigw
from aws_cdk import aws_cloudwatch as cw
from aws_cdk import aws_cloudwatch_actions as cw_actions
from aws_cdk import aws_dynamodb as dynamodb
from aws_cdk import aws_lambda as _lambda
from aws_cdk import aws_sns as sns
from aws_cdk import aws_sns_subscriptions as subs
from aws_cdk import aws_sqs as sqs
from constructs import Construct
from doc_classifier.service.telemetry import ANSWERED, APP_METRICS, BUDGET_EXHAUSTED, UNAVAILABLE

from infra.config import DeploymentConfig


@dataclass(frozen=True)
class MonitoredResources:
    api: apigw.RestApi
    functions: dict[str, _lambda.Function]
    queues: dict[str, sqs.Queue]
    dlq: sqs.Queue
    tables: dict[str, dynamodb.Table]


class Monitoring(Construct):
    def __init__(
        self,
        scope: Construct,
        construct_id: str,
        *,
        config: DeploymentConfig,
        resources: MonitoredResources,
        llm_tiers: list[str] | None = None,  # the configured LLM tiers' names: each gets an availability alarm
    ) -> None:
        super().__init__(scope, construct_id)
        self.config = config
        self.period = Duration.minutes(config.alarm_period_minutes)
        self.topic: sns.Topic | None = None
        if config.alarm_notifications:
            self.topic = sns.Topic(self, "AlarmTopic", display_name=f"{config.prefix()} alarms", enforce_ssl=True)
            if config.alarm_email:
                self.topic.add_subscription(subs.EmailSubscription(config.alarm_email))

        r = resources
        api_name = r.api.rest_api_name
        stage = r.api.deployment_stage.stage_name
        self._api_dims = {"ApiName": api_name, "Stage": stage}
        self.alarms = {**self._alarms(r), **self._llm_alarms(llm_tiers or [])}
        self.dashboard = cw.Dashboard(
            self,
            "Dashboard",
            dashboard_name=f"{config.prefix()}-overview",
            default_interval=Duration.hours(3),
        )
        self.dashboard.add_widgets(cw.TextWidget(markdown="# API performance", width=24, height=1))
        self.dashboard.add_widgets(*self._api_widgets(r))
        self.dashboard.add_widgets(cw.TextWidget(markdown="# System health", width=24, height=1))
        self.dashboard.add_widgets(*self._health_widgets(r))
        self.dashboard.add_widgets(cw.TextWidget(markdown="# Classification analytics", width=24, height=1))
        self.dashboard.add_widgets(*self._analytics_widgets())
        self.dashboard.add_widgets(
            cw.AlarmStatusWidget(title="Alarms", alarms=list(self.alarms.values()), width=24, height=3)
        )

    # -- metrics -----------------------------------------------------------------------------------
    def _api(self, name: str, statistic: str) -> cw.Metric:
        return cw.Metric(
            namespace="AWS/ApiGateway",
            metric_name=name,
            dimensions_map=self._api_dims,
            statistic=statistic,
            period=self.period,
        )

    def _app(
        self,
        key: str,
        statistic: str,
        label: str | None = None,
        dimensions: dict[str, str] | None = None,
        period: Duration | None = None,
    ) -> cw.Metric:
        # APP_METRICS: the names the handlers emit (EMF) under the stack's namespace with the `service`
        # dimension. The analytics panels (_search) use SEARCH so new industries/classes need no redeploy.
        return cw.Metric(
            namespace=self.config.metrics_namespace,
            metric_name=APP_METRICS[key],
            dimensions_map={"service": self.config.service_name, **(dimensions or {})},
            statistic=statistic,
            period=period or self.period,
            label=label,
        )

    def _search(
        self, dims: str, metric: str, label: str, namespace: str | None = None, extra: str = ""
    ) -> cw.MathExpression:
        ns = namespace or self.config.metrics_namespace
        query = f'{{{ns},{dims}}} MetricName="{metric}" {extra}'.strip()
        return cw.MathExpression(
            expression=f"SEARCH('{query}', 'Sum', {int(self.period.to_seconds())})",
            label=label,
            period=self.period,
        )

    # -- alarms: the guide's thresholds -------------------------------------------------------------
    def _alarms(self, r: MonitoredResources) -> dict[str, cw.Alarm]:
        c = self.config
        alarms: dict[str, cw.Alarm] = {}
        alarms["ApiLatencyP95"] = self._alarm(
            "ApiLatencyP95",
            self._api("Latency", "p95"),
            c.alarm_p95_latency_ms,
            f"API p95 latency above {c.alarm_p95_latency_ms:.0f} ms",
        )
        error_rate = cw.MathExpression(
            expression="IF(requests > 0, 100 * errors / requests, 0)",
            using_metrics={"errors": self._api("5XXError", "Sum"), "requests": self._api("Count", "Sum")},
            label="5xx rate (%)",
            period=self.period,
        )
        alarms["Api5xxRate"] = self._alarm(
            "Api5xxRate",
            error_rate,
            c.alarm_5xx_rate_percent,
            f"API 5xx rate above {c.alarm_5xx_rate_percent}%",
        )
        for name, queue in r.queues.items():
            alarms[f"{name.capitalize()}QueueDepth"] = self._alarm(
                f"{name.capitalize()}QueueDepth",
                queue.metric_approximate_number_of_messages_visible(statistic="Maximum", period=self.period),
                c.alarm_queue_depth,
                f"{name} priority queue deeper than {c.alarm_queue_depth} messages",
            )
        alarms["DeadLetterQueue"] = self._alarm(
            "DeadLetterQueue",
            r.dlq.metric_approximate_number_of_messages_visible(statistic="Maximum", period=self.period),
            c.alarm_dlq_messages,
            "Messages in the dead-letter queue: inspect and redrive",
        )
        hours = c.alarm_review_oldest_hours
        alarms["ReviewQueueOldest"] = self._alarm(
            "ReviewQueueOldest",
            self._app("review_oldest", "Maximum"),
            hours * 3600,
            f"The oldest open review item has waited more than {hours:g} h: see GET /reviews",
        )
        return alarms

    def _llm_alarms(self, tiers: list[str]) -> dict[str, cw.Alarm]:
        if not tiers:
            return {}
        alarms = {
            "LlmBudgetExhausted": self._alarm(
                "LlmBudgetExhausted",
                self._app("escalations", "Sum", dimensions={"outcome": BUDGET_EXHAUSTED}),
                0,
                "Daily LLM budget spent: no escalation until 00:00 UTC, the local model answers alone",
            )
        }
        minutes = self.config.alarm_llm_unavailable_minutes
        period = Duration.minutes(minutes)
        for tier in tiers:
            outcomes = {
                name: self._app("tier_outcome", "Sum", dimensions={"tier": tier, "outcome": outcome}, period=period)
                for name, outcome in (("unavailable", UNAVAILABLE), ("answered", ANSWERED))
            }
            construct_id = f"LlmTier{''.join(c for c in tier.title() if c.isalnum())}Unavailable"
            alarms[construct_id] = self._alarm(
                construct_id,
                cw.MathExpression(
                    # Documents reached the tier and none got an answer: every provider failed or was skipped.
                    expression="IF(FILL(unavailable, 0) > 0 AND FILL(answered, 0) == 0, 1, 0)",
                    using_metrics=dict(outcomes),
                    label=f"tier {tier} unavailable",
                    period=period,
                ),
                0,
                f"Every provider of LLM tier {tier} unavailable for {minutes} minutes (breakers open, keys refused "
                "or rate-limited): see /ready",
            )
        return alarms

    def _alarm(self, construct_id: str, metric: cw.IMetric, threshold: float, description: str) -> cw.Alarm:
        alarm = cw.Alarm(
            self,
            construct_id,
            alarm_name=f"{self.config.prefix()}-{construct_id}",
            alarm_description=description,
            metric=metric,
            threshold=threshold,
            comparison_operator=cw.ComparisonOperator.GREATER_THAN_THRESHOLD,
            evaluation_periods=self.config.alarm_evaluation_periods,
            treat_missing_data=cw.TreatMissingData.NOT_BREACHING,  # no traffic is not an incident
        )
        if self.topic is not None:
            alarm.add_alarm_action(cw_actions.SnsAction(self.topic))
            alarm.add_ok_action(cw_actions.SnsAction(self.topic))
        return alarm

    # -- dashboard views ----------------------------------------------------------------------------
    def _api_widgets(self, r: MonitoredResources) -> list[cw.IWidget]:
        api_name = r.api.rest_api_name
        dims = "ApiName,Method,Resource,Stage"  # per-route metrics: needs detailed_metrics
        hit_rate = cw.MathExpression(
            expression="IF(hits + misses > 0, 100 * hits / (hits + misses), 0)",
            using_metrics={"hits": self._app("cache_hit", "Sum"), "misses": self._app("cache_miss", "Sum")},
            label="cache hit rate (%)",
            period=self.period,
        )
        return [
            cw.GraphWidget(title="Requests", left=[self._api("Count", "Sum")], width=6),
            cw.GraphWidget(
                title="Latency p50 / p95 (ms)",
                left=[self._api("Latency", "p50"), self._api("Latency", "p95")],
                left_annotations=[cw.HorizontalAnnotation(value=self.config.alarm_p95_latency_ms, label="alarm")],
                width=6,
            ),
            cw.GraphWidget(
                title="Errors by route",
                left=[
                    self._search(dims, "5XXError", "5xx", "AWS/ApiGateway", f'ApiName="{api_name}"'),
                    self._search(dims, "4XXError", "4xx", "AWS/ApiGateway", f'ApiName="{api_name}"'),
                ],
                width=6,
            ),
            cw.GraphWidget(title="Cache hit rate (%)", left=[hit_rate], width=6),
        ]

    def _health_widgets(self, r: MonitoredResources) -> list[cw.IWidget]:
        fns = r.functions.items()
        return [
            cw.GraphWidget(
                title="Lambda errors",
                left=[f.metric_errors(label=n, period=self.period) for n, f in fns],
                width=6,
            ),
            cw.GraphWidget(
                title="Lambda throttles",
                left=[f.metric_throttles(label=n, period=self.period) for n, f in fns],
                width=6,
            ),
            cw.GraphWidget(
                title="Lambda concurrency",
                left=[
                    f.metric("ConcurrentExecutions", statistic="Maximum", label=n, period=self.period) for n, f in fns
                ],
                width=6,
            ),
            cw.GraphWidget(
                title="DynamoDB throttles",
                left=[
                    cw.Metric(
                        namespace="AWS/DynamoDB",
                        metric_name=m,
                        dimensions_map={"TableName": t.table_name},
                        statistic="Sum",
                        label=f"{n} {m}",
                        period=self.period,
                    )
                    for n, t in r.tables.items()
                    for m in ("ReadThrottleEvents", "WriteThrottleEvents")
                ],
                width=6,
            ),
            cw.GraphWidget(
                title="Queue depth",
                left=[
                    q.metric_approximate_number_of_messages_visible(label=n, period=self.period)
                    for n, q in r.queues.items()
                ],
                right=[r.dlq.metric_approximate_number_of_messages_visible(label="DLQ", period=self.period)],
                width=8,
            ),
            cw.GraphWidget(
                title="Oldest message age (s)",
                left=[
                    q.metric_approximate_age_of_oldest_message(label=n, period=self.period) for n, q in r.queues.items()
                ],
                width=8,
            ),
            cw.SingleValueWidget(
                title="Dead-letter queue",
                metrics=[r.dlq.metric_approximate_number_of_messages_visible(label="DLQ", period=self.period)],
                width=8,
            ),
        ]

    def _analytics_widgets(self) -> list[cw.IWidget]:
        return [
            cw.GraphWidget(
                title="Documents by industry and class",
                left=[self._search("industry,file_class,service", APP_METRICS["documents"], "documents")],
                width=8,
            ),
            cw.GraphWidget(
                title="Classifier that decided",
                left=[self._search("classifier,service", APP_METRICS["decider"], "decisions")],
                width=8,
            ),
            cw.GraphWidget(
                title="Confidence distribution",
                left=[self._app("confidence", s, s) for s in ("p10", "p25", "p50", "p75", "p90")],
                width=8,
            ),
            cw.GraphWidget(
                title="LLM calls and cost",
                left=[self._search("outcome,provider,service,tier", APP_METRICS["llm_calls"], "calls")],
                right=[self._search("provider,service,tier", APP_METRICS["llm_cost"], "cost (USD)")],
                width=12,
            ),
            cw.GraphWidget(
                title="LLM tokens in / out",
                left=[
                    self._search("provider,service,tier", APP_METRICS["llm_tokens_in"], "tokens in"),
                    self._search("provider,service,tier", APP_METRICS["llm_tokens_out"], "tokens out"),
                ],
                width=12,
            ),
            cw.GraphWidget(
                title="Escalation share and outcomes",
                left=[self._app("escalated", "Average", "share escalated")],
                right=[
                    self._search("outcome,service", APP_METRICS["escalations"], "escalations"),
                    self._search("outcome,service", APP_METRICS["page_escalations"], "packet pages"),
                ],
                width=12,
            ),
            cw.GraphWidget(
                title="LLM tiers and breakers",
                left=[self._search("outcome,service,tier", APP_METRICS["tier_outcome"], "tier outcomes")],
                right=[self._search("provider,service", APP_METRICS["breaker_opens"], "breaker opens")],
                width=12,
            ),
            cw.GraphWidget(
                title="Review queue: open items and oldest wait (s)",
                left=[self._app("review_open", "Maximum", "open")],
                right=[self._app("review_oldest", "Maximum", "oldest (s)")],
                right_annotations=[
                    cw.HorizontalAnnotation(value=self.config.alarm_review_oldest_hours * 3600, label="alarm")
                ],
                width=12,
            ),
        ]
