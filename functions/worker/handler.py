"""Worker Lambda: SQS batches with partial failures; a failed record is retried, then dead-lettered."""

from __future__ import annotations

from typing import Any

from aws_lambda_powertools import Logger, Metrics, Tracer
from aws_lambda_powertools.logging.utils import copy_config_to_registered_loggers
from aws_lambda_powertools.utilities.batch import BatchProcessor, EventType, process_partial_response
from aws_lambda_powertools.utilities.batch.types import PartialItemFailureResponse
from aws_lambda_powertools.utilities.data_classes.sqs_event import SQSRecord
from aws_lambda_powertools.utilities.typing import LambdaContext
from doc_classifier.llm.budget import worker_budget
from doc_classifier.service.snapstart import load_model, register_hooks
from doc_classifier.service.telemetry import TRACED_MODULES, capture_cold_start, record_classification
from doc_classifier.service.wiring import aws_task_service, check_model_and_taxonomy, flush_counters

logger = Logger()
tracer = Tracer(patch_modules=TRACED_MODULES)
metrics = Metrics()
check_model_and_taxonomy()  # a model/taxonomy mismatch fails the init, not every request
# With SnapStart, the published version's snapshot holds the loaded model (doc_classifier.service.snapstart).
register_hooks(load_model)
processor = BatchProcessor(event_type=EventType.SQS)
# Left of the invocation after a record's LLM work, to store its result (and the next records' local answers).
STORE_MARGIN_SECONDS = 10.0
# Our library log lines (doc_classifier.*) as this logger's JSON; botocore's INFO chatter stays out.
copy_config_to_registered_loggers(source_logger=logger, include={"doc_classifier"})


@tracer.capture_method
def record_handler(record: SQSRecord, lambda_context: LambdaContext) -> None:
    # Only ids are logged: message bodies of S3 notifications carry object keys, never document text.
    # A message keeps its id across redeliveries, so it correlates every attempt at one document.
    logger.set_correlation_id(record.message_id)
    # Nobody waits on a queued document: the LLM tier may take longer than on the sync route, within the timeout.
    time_left = lambda_context.get_remaining_time_in_millis() / 1000 - STORE_MARGIN_SECONDS
    with worker_budget(time_left):
        stored = aws_task_service().process_message(record.body, int(record.attributes.approximate_receive_count))
    for outcome in stored:
        record_classification(metrics, outcome.result, outcome.cached)


@logger.inject_lambda_context
@metrics.log_metrics(capture_cold_start_metric=capture_cold_start())
@tracer.capture_lambda_handler
def handler(event: dict[str, Any], context: LambdaContext) -> PartialItemFailureResponse:
    bodies = [record.get("body", "") for record in event.get("Records", [])]
    try:
        # The batch's cache entries: read in one request before its first record, written in one after its last.
        with aws_task_service().worker_batch(bodies):
            return process_partial_response(
                event=event, record_handler=record_handler, processor=processor, context=context
            )
    finally:
        flush_counters()  # once per batch, at most every COUNTERS_FLUSH_SECONDS
