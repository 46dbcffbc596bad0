"""Scheduled maintenance: publishes queue depth and age, and fails tasks stuck past their deadline."""

from __future__ import annotations

from typing import Any

from aws_lambda_powertools import Logger, Metrics, Tracer
from aws_lambda_powertools.logging import correlation_paths
from aws_lambda_powertools.logging.utils import copy_config_to_registered_loggers
from aws_lambda_powertools.metrics import MetricUnit
from aws_lambda_powertools.utilities.typing import LambdaContext
from doc_classifier.service.tasks import Priority
from doc_classifier.service.telemetry import record_review_queue
from doc_classifier.service.wiring import aws_task_service

logger = Logger()
tracer = Tracer()
metrics = Metrics()
# Our library log lines (doc_classifier.*) as this logger's JSON; botocore's INFO chatter stays out.
copy_config_to_registered_loggers(source_logger=logger, include={"doc_classifier"})


@logger.inject_lambda_context(correlation_id_path=correlation_paths.EVENT_BRIDGE)
@metrics.log_metrics
@tracer.capture_lambda_handler
def handler(event: dict[str, Any], context: LambdaContext) -> dict[str, Any]:
    service = aws_task_service()
    depths = {priority.value: service.queue.depth(priority) for priority in Priority}
    for priority, depth in depths.items():
        metrics.add_metric(name=f"QueueDepth_{priority}", unit=MetricUnit.Count, value=depth.visible)
        metrics.add_metric(name=f"InFlight_{priority}", unit=MetricUnit.Count, value=depth.in_flight)
    dlq_depth = service.queue.dlq_depth()
    oldest = service.oldest_waiting_age()
    metrics.add_metric(name="DLQDepth", unit=MetricUnit.Count, value=dlq_depth)
    metrics.add_metric(name="OldestWaitingSeconds", unit=MetricUnit.Seconds, value=oldest)
    expired = service.review.expire()  # before the state: an expired item no longer waits for anyone
    if expired:
        logger.warning("closed reviews past the retention without a verdict", extra={"task_ids": expired})
    review = service.review.state()
    record_review_queue(metrics, review.open, review.oldest_open_seconds)
    swept = service.sweep()
    metrics.add_metric(name="TasksSwept", unit=MetricUnit.Count, value=len(swept))
    if swept:
        logger.warning("failed tasks past their deadline", extra={"task_ids": swept})
    return {
        "queue_depth": {p: d.visible for p, d in depths.items()},
        "dlq_depth": dlq_depth,
        "oldest_waiting_seconds": oldest,
        "reviews_expired": expired,
        "review_open": review.open,
        "review_oldest_seconds": review.oldest_open_seconds,
        "swept": swept,
    }
