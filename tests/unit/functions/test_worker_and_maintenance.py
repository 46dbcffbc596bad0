from __future__ import annotations

import json
import time
from typing import Any

import boto3
import botocore.client
import pytest
from doc_classifier.service.aws.dynamodb import DynamoStatsStore
from doc_classifier.service.messages import task_message
from doc_classifier.service.tasks import Priority, TaskStatus

from functions.maintenance import handler as maintenance
from functions.worker import handler as worker
from infra.local_runtime.containers import LocalContext
from tests.unit.functions.conftest import Aws, load_event

ANY_SIZE = 2**40  # a read limit no test document reaches

INVOICE = b"Invoice number 7, amount due 10"


def test_batch_reports_only_the_poison_record_as_failed(aws: Aws, context: LocalContext) -> None:
    task_id = aws.service.submit(INVOICE, "finance", Priority.HIGH).task.task_id
    event = load_event("sqs/task_batch.json")
    good, poison = event["Records"]
    good["body"] = json.dumps(task_message(task_id, "high", INVOICE))
    response = worker.handler(event, context)
    assert response == {"batchItemFailures": [{"itemIdentifier": poison["messageId"]}]}
    task = aws.service.get_task(task_id)
    assert task.status is TaskStatus.COMPLETED and task.result is not None
    assert task.result["file_class"] == "invoice"

    # Redelivered (the batch was retried after a crash): same single result, nothing recomputed.
    good["attributes"]["ApproximateReceiveCount"] = "2"
    assert worker.handler({"Records": [good]}, context) == {"batchItemFailures": []}
    assert aws.service.get_task(task_id).result == task.result and aws.classifier.calls == 1


def test_a_batch_writes_its_counters_once_when_it_ends(
    aws: Aws, context: LocalContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    writes: list[dict[str, float]] = []
    monkeypatch.setattr(DynamoStatsStore, "add", lambda _, counters: writes.append(dict(counters)))
    records = []
    for n in range(3):
        document = INVOICE + str(n).encode()
        task_id = aws.service.submit(document, "finance", Priority.HIGH).task.task_id
        record = load_event("sqs/task_batch.json")["Records"][0]
        record["body"] = json.dumps(task_message(task_id, "high", document))  # as the API queued it
        records.append({**record, "messageId": f"m{n}"})
    assert worker.handler({"Records": records}, context) == {"batchItemFailures": []}
    assert writes == [
        {
            "cache_misses": 3,
            "processed_count": 3,
            "processing_seconds_total": pytest.approx(writes[0]["processing_seconds_total"]),
        }
    ]


def test_a_batch_reads_and_writes_the_result_cache_in_one_request_each(
    aws: Aws, context: LocalContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    records = []
    for n in range(4):
        document = INVOICE + str(n % 3).encode()  # the fourth is the first again: served within the batch
        aws.service.submit(document, "finance", Priority.HIGH)
        [message] = boto3.client("sqs").receive_message(QueueUrl=aws.env["HIGH_QUEUE_URL"])["Messages"]
        record = load_event("sqs/task_batch.json")["Records"][0]
        records.append({**record, "messageId": f"m{n}", "body": message["Body"]})  # as the API queued it
    # Every DynamoDB request the worker sends, counted at botocore as it goes out.
    calls: list[str] = []
    send = botocore.client.BaseClient._make_api_call

    def counting(client: Any, operation: str, params: dict[str, Any]) -> Any:
        if client.meta.service_model.service_name == "dynamodb":
            calls.append(operation)
        return send(client, operation, params)

    monkeypatch.setattr(botocore.client.BaseClient, "_make_api_call", counting)
    assert worker.handler({"Records": records}, context) == {"batchItemFailures": []}
    assert sorted(calls) == ["BatchGetItem", "BatchWriteItem"] + ["UpdateItem"] * (4 * 2 + 1)  # claim, complete
    assert aws.classifier.calls == 3  # the repeat came from the batch, not the classifier


def test_s3_notification_batch_classifies_the_upload(aws: Aws, context: LocalContext) -> None:
    ticket = aws.service.create_upload("finance", Priority.LOW)
    aws.blobs.put(ticket.upload.fields["key"], INVOICE)
    event = load_event("sqs/s3_notification_batch.json")
    notification = json.loads(event["Records"][0]["body"])
    notification["Records"][0]["s3"]["object"]["key"] = ticket.upload.fields["key"]
    event["Records"][0]["body"] = json.dumps(notification)
    assert worker.handler(event, context) == {"batchItemFailures": []}
    assert aws.service.get_task(ticket.task.task_id).status is TaskStatus.COMPLETED
    assert aws.blobs.get(ticket.upload.fields["key"], ANY_SIZE) is None


def test_last_attempt_marks_the_task_failed_and_leaves_the_message_for_the_dlq(aws: Aws, context: LocalContext) -> None:
    task_id = aws.service.submit(INVOICE, "finance", Priority.HIGH).task.task_id
    aws.classifier.fail_with = TimeoutError("model server away")
    event = load_event("sqs/task_batch.json")
    record = event["Records"][0]
    record["body"] = json.dumps(task_message(task_id, "high", INVOICE))
    record["attributes"]["ApproximateReceiveCount"] = "3"
    with pytest.raises(Exception, match="All records failed"):  # BatchProcessingError: whole batch retried
        worker.handler({"Records": [record]}, context)
    task = aws.service.get_task(task_id)
    assert task.status is TaskStatus.FAILED
    assert task.error == {"code": "processing_error", "message": "gave up after 3 attempts"}

    # Redriven from the DLQ once the backend is back: acknowledged, the failed task stays as it was.
    aws.classifier.fail_with = None
    record["attributes"]["ApproximateReceiveCount"] = "1"
    assert worker.handler({"Records": [record]}, context) == {"batchItemFailures": []}
    assert aws.service.get_task(task_id) == task


def test_an_object_gone_before_its_get_fails_only_its_task(aws: Aws, context: LocalContext) -> None:
    service = aws.service
    vanishing = service.create_upload("finance", Priority.LOW).task
    aws.blobs.put(vanishing.blob_key, INVOICE)
    aws.blobs.delete(vanishing.blob_key)  # S3 now answers the get with NoSuchKey
    other = service.submit(INVOICE, "finance", Priority.LOW).task.task_id
    event = load_event("sqs/task_batch.json")
    first, second = event["Records"]
    first["body"] = json.dumps({"Records": [{"s3": {"object": {"key": vanishing.blob_key}}}]})
    second["body"] = json.dumps(task_message(other, "low", INVOICE))
    assert worker.handler(event, context) == {"batchItemFailures": []}
    failed = service.get_task(vanishing.task_id)
    assert failed.status is TaskStatus.FAILED and failed.error is not None
    assert failed.error["code"] == "document_missing"
    assert service.get_task(other).status is TaskStatus.COMPLETED


def test_maintenance_sweeps_stuck_tasks_and_reports_depths(
    aws: Aws, context: LocalContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("STUCK_TASK_DEADLINE_MINUTES", "0.001")  # 60 ms
    from doc_classifier.service import wiring  # noqa: PLC0415 - settings are read when the service is built

    wiring.aws_task_service.cache_clear()
    stuck = aws.service.submit(INVOICE, None, Priority.LOW).task.task_id
    time.sleep(0.1)
    report = maintenance.handler({"detail-type": "Scheduled Event"}, context)
    assert report["swept"] == [stuck]
    assert report["queue_depth"] == {"high": 0, "low": 1} and report["dlq_depth"] == 0
    assert report["oldest_waiting_seconds"] >= 0.1  # measured before the sweep failed it
    assert aws.service.get_task(stuck).error == {
        "code": "deadline_exceeded",
        "message": "not finished within its deadline (status was queued)",
    }


def test_maintenance_publishes_the_review_queue(
    aws: Aws, context: LocalContext, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("POWERTOOLS_METRICS_DISABLED", raising=False)
    empty = maintenance.handler({"detail-type": "Scheduled Event"}, context)
    assert (empty["review_open"], empty["review_oldest_seconds"], empty["reviews_expired"]) == (0, None, [])
    aws.service.classify_now(b"a note about nothing in particular", "finance")  # unknown: enters review
    time.sleep(0.05)
    capsys.readouterr()
    report = maintenance.handler({"detail-type": "Scheduled Event"}, context)
    assert report["review_open"] == 1 and report["review_oldest_seconds"] >= 0.05
    published = {}
    for line in capsys.readouterr().out.splitlines():
        if line.startswith("{") and "_aws" in line:
            published.update(json.loads(line))
    assert published["ReviewOpen"] == [1.0] and published["ReviewOldestSeconds"][0] >= 0.05
