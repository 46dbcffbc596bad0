"""The whole service in one stack; every route, queue source and schedule from service_definition."""

from __future__ import annotations

from typing import Any

from aws_cdk import CfnOutput, Duration, Stack
from aws_cdk import aws_iam as iam
from aws_cdk import aws_lambda_event_sources as sources
from aws_cdk import aws_s3 as s3
from aws_cdk import aws_s3_notifications as s3n
from constructs import Construct

from infra import service_definition as sd
from infra.components.api import RestApi
from infra.components.functions import ServiceFunctions
from infra.components.llm import LlmDeployment
from infra.components.monitoring import MonitoredResources, Monitoring
from infra.components.nag import acknowledge_findings
from infra.components.queues import WorkQueues
from infra.components.schedule import Schedules
from infra.components.secrets import LlmKeysSecret
from infra.components.storage import Storage
from infra.config import DeploymentConfig


class DocClassifierStack(Stack):
    def __init__(self, scope: Construct, construct_id: str, *, config: DeploymentConfig, **kwargs: Any) -> None:
        super().__init__(scope, construct_id, **kwargs)
        self.config = config
        self.storage = Storage(self, "Storage", config=config)
        self.queues = WorkQueues(self, "Queues", config=config)
        self.keys = LlmKeysSecret(self, "LlmKeys", config=config)

        # The handlers' configuration contract (also what the local runtime sets).
        environment = {
            "TASKS_TABLE_NAME": self.storage.tasks_table.table_name,
            "CACHE_TABLE_NAME": self.storage.cache_table.table_name,
            "UPLOAD_BUCKET_NAME": self.storage.upload_bucket.bucket_name,
            "DLQ_URL": self.queues.dlq.queue_url,
            "LLM_KEYS_SECRET_ARN": self.keys.secret.secret_arn,
            "STUCK_TASK_DEADLINE_MINUTES": str(config.stuck_task_deadline_minutes),
            # The handlers reason about retries and throughput with these; they must match the queue/function.
            "MAX_RECEIVE_COUNT": str(config.dlq_max_receive_count),
            "WORKER_CONCURRENCY": str(config.worker_concurrency()),
            "KEY_ISSUER": config.key_issuer,
            "KEY_WINDOW": str(config.key_window),
            "REVIEW_RETENTION_DAYS": str(config.review_retention_days),  # the review/ lifecycle expiry
            **{f"{name.upper()}_QUEUE_URL": q.queue_url for name, q in self.queues.queues.items()},
        }
        self.functions = ServiceFunctions(self, "Functions", config=config, environment=environment)
        fns = self.functions.functions
        self._grant(fns)
        self.llm = LlmDeployment.from_config(config)
        self.llm.apply(config, fns, self.keys.secret)

        targets = self.functions.targets  # the `live` alias of a published function, else the function
        self.api = RestApi(self, "Api", config=config, functions=dict(targets.items()))
        self.keys.rotate_with(fns[sd.ROTATION.name], config)
        for source in sd.QUEUE_SOURCES:
            targets[source.function].add_event_source(
                sources.SqsEventSource(
                    self.queues.queues[source.queue],
                    batch_size=source.batch_size,
                    max_batching_window=Duration.seconds(source.max_batching_window_seconds),
                    report_batch_item_failures=True,  # Powertools BatchProcessor partial failures
                )
            )
        self.storage.upload_bucket.add_event_notification(
            s3.EventType.OBJECT_CREATED,
            s3n.SqsDestination(self.queues.queues[sd.UPLOAD_NOTIFICATION_QUEUE]),
            s3.NotificationKeyFilter(prefix=sd.UPLOAD_PREFIX),
        )
        self.schedules = Schedules(self, "Schedules", functions=dict(targets.items()))
        self.monitoring = Monitoring(
            self,
            "Monitoring",
            config=config,
            resources=MonitoredResources(
                api=self.api.api,
                functions=fns,
                queues=self.queues.queues,
                dlq=self.queues.dlq,
                tables={"tasks": self.storage.tasks_table, "cache": self.storage.cache_table},
            ),
            llm_tiers=self.llm.tier_names,
        )
        self._outputs()
        acknowledge_findings(self)

    def _grant(self, fns: dict[str, Any]) -> None:
        """Least privilege: each function gets only the data actions its role in the API issue needs."""
        s, q = self.storage, self.queues
        api, worker, maintenance = fns[sd.API.name], fns[sd.WORKER.name], fns[sd.MAINTENANCE.name]
        for fn in (api, worker):
            s.tasks_table.grant_read_write_data(fn)
            s.cache_table.grant_read_write_data(fn)  # also the LLM spend items and counters
        # Explicit actions, not grant_put/grant_read: those add s3:Abort*, s3:List*, s3:GetBucket*.
        uploads = s.upload_bucket.arn_for_objects(f"{sd.UPLOAD_PREFIX}*")
        inline = s.upload_bucket.arn_for_objects(f"{sd.INLINE_PREFIX}*")
        reviews = s.upload_bucket.arn_for_objects(f"{sd.REVIEW_PREFIX}*")
        progress = s.upload_bucket.arn_for_objects(f"{sd.PROGRESS_PREFIX}*")
        # Presigned POSTs (uploads/) and async documents too large for their message (inline/), which the API
        # deletes again when it cannot queue them.
        api.add_to_role_policy(iam.PolicyStatement(actions=["s3:PutObject"], resources=[uploads, inline]))
        api.add_to_role_policy(iam.PolicyStatement(actions=["s3:DeleteObject"], resources=[inline]))
        worker.add_to_role_policy(
            # GetObject covers HeadObject (size check before reading);
            # DeleteObject: documents live only until processed.
            iam.PolicyStatement(actions=["s3:GetObject", "s3:DeleteObject"], resources=[uploads, inline])
        )
        # A packet read across invocations: the worker stores its progress, reads it in the next invocation and
        # deletes it, and queues that invocation's message on the queue the task is on.
        worker.add_to_role_policy(
            iam.PolicyStatement(actions=["s3:PutObject", "s3:GetObject", "s3:DeleteObject"], resources=[progress])
        )
        for queue in q.queues.values():
            queue.grant_send_messages(worker)
        # The sweeper deletes the documents of the tasks it fails (inline ones fall under no bucket expiry), and
        # the progress of a packet whose continuation never came.
        maintenance.add_to_role_policy(
            iam.PolicyStatement(actions=["s3:DeleteObject"], resources=[uploads, inline, progress])
        )
        # Review documents: a sync result in review is kept by the API, an async one by the worker;
        # the API reads them for the preview and deletes them with the verdict.
        api.add_to_role_policy(
            iam.PolicyStatement(actions=["s3:PutObject", "s3:GetObject", "s3:DeleteObject"], resources=[reviews])
        )
        worker.add_to_role_policy(iam.PolicyStatement(actions=["s3:PutObject"], resources=[reviews]))
        for queue in q.queues.values():
            queue.grant_send_messages(api)
        # Depth/age for /metrics, /ready and estimated_time (API), and the published metrics (maintenance).
        for fn in (api, maintenance):
            for queue in (*q.queues.values(), q.dlq):
                queue.grant(fn, "sqs:GetQueueAttributes", "sqs:GetQueueUrl")
        s.tasks_table.grant_read_write_data(maintenance)  # marks stuck tasks failed
        maintenance.add_to_role_policy(
            iam.PolicyStatement(
                actions=["cloudwatch:PutMetricData"],
                resources=["*"],  # PutMetricData has no resource type; scoped by namespace below
                conditions={"StringEquals": {"cloudwatch:namespace": self.config.metrics_namespace}},
            )
        )

    def _outputs(self) -> None:
        outputs = {
            "ApiUrl": self.api.api.url,
            "ApiKeyId": self.api.api_key.key_id,
            "UsagePlanId": self.api.usage_plan.usage_plan_id,  # the default tier: attach clients' keys to it
            **{
                f"UsagePlanId{name.title()}": plan.usage_plan_id
                for name, plan in self.api.usage_plans.items()
                if plan is not self.api.usage_plan
            },
            "UploadBucketName": self.storage.upload_bucket.bucket_name,
            "TasksTableName": self.storage.tasks_table.table_name,
            "CacheTableName": self.storage.cache_table.table_name,
            "DeadLetterQueueUrl": self.queues.dlq.queue_url,
            "LlmKeysSecretArn": self.keys.secret.secret_arn,
            "DashboardName": self.monitoring.dashboard.dashboard_name,
            **{f"{n.capitalize()}PriorityQueueUrl": queue.queue_url for n, queue in self.queues.queues.items()},
        }
        for name, value in outputs.items():
            CfnOutput(self, name, value=value)
