"""The priority work queues and their shared dead-letter queue."""

from __future__ import annotations

from aws_cdk import Duration
from aws_cdk import aws_sqs as sqs
from constructs import Construct

from infra import service_definition as sd
from infra.config import DeploymentConfig


class WorkQueues(Construct):
    """One queue per logical name in ``service_definition.QUEUE_SOURCES`` (high, low)."""

    def __init__(self, scope: Construct, construct_id: str, *, config: DeploymentConfig) -> None:
        super().__init__(scope, construct_id)
        consumers = {spec.name: spec for spec in sd.FUNCTIONS}
        # One DLQ for all priorities: one place to alarm on, inspect and redrive from
        # (StartMessageMoveTask returns each message to the queue it came from).
        self.dlq = sqs.Queue(
            self,
            "DeadLetterQueue",
            enforce_ssl=True,
            encryption=sqs.QueueEncryption.SQS_MANAGED,
            retention_period=Duration.days(config.dlq_retention_days),
        )
        self.queues: dict[str, sqs.Queue] = {}
        for source in sd.QUEUE_SOURCES:
            if source.queue in self.queues:
                continue
            consumer_timeout = config.timeout_seconds(consumers[source.function])
            self.queues[source.queue] = sqs.Queue(
                self,
                f"{source.queue.capitalize()}PriorityQueue",
                enforce_ssl=True,
                encryption=sqs.QueueEncryption.SQS_MANAGED,  # S3 notifications can write to SSE-SQS
                # A message must stay hidden for the consumer's retries within one receive.
                visibility_timeout=Duration.seconds(consumer_timeout * config.visibility_timeout_multiplier),
                retention_period=Duration.days(config.queue_retention_days),
                dead_letter_queue=sqs.DeadLetterQueue(max_receive_count=config.dlq_max_receive_count, queue=self.dlq),
            )
