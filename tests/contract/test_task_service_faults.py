"""At-least-once delivery against final task states: the task service on both backends, under the faults
production sees. After each, every task is completed or failed with its first reason, exactly once."""

from __future__ import annotations

import hashlib
import json
import logging
from collections.abc import Callable
from dataclasses import replace
from typing import Any

import pytest
from botocore.exceptions import ClientError
from doc_classifier.result import ClassificationResult
from doc_classifier.service.health import metrics_snapshot, prometheus_text
from doc_classifier.service.item_sizes import DYNAMODB_ITEM_MAX_BYTES
from doc_classifier.service.messages import CacheHint, review_key, task_message, upload_key
from doc_classifier.service.settings import ServiceSettings
from doc_classifier.service.task_service import CACHE_WRITE_FAILURES, RESULTS_TOO_LARGE, TaskService
from doc_classifier.service.tasks import UNFINISHED, Priority, Task, TaskStatus

from tests.contract.conftest import Backend
from tests.support.fakes import KeywordClassifier
from tests.unit.service.conftest import Clock

ANY_SIZE = 2**40  # a read limit no test document reaches

INVOICE = b"INVOICE no 7, amount due 100"
RECEIPT = b"receipt, thank you for shopping"
JUNK = b"\x00BINARY junk"
UNCLEAR = b"nothing a category names"  # answered unknown: the result enters the review queue
VISIBILITY_TIMEOUT = 720  # seconds; only the clock moves
THROTTLING = ("ProvisionedThroughputExceededException", "ThrottlingException")
# A write throttled on the first delivery, and the attempts its task ends with.
WRITES = {"tasks.claim": 1, "cache.put": 2, "tasks.complete": 2, "stats.add": 1}
# The worker batch's cache calls, throttled past the SDK's retries, and the results they leave out of the cache.
BATCH_CALLS = {"get_many": 0, "put_many": 1}


class WorkerKilled(BaseException):
    """The Lambda runtime dying mid-batch (timeout, out of memory): nothing in the worker catches it."""


class Classifier(KeywordClassifier):
    def __init__(self) -> None:
        super().__init__()
        self.kill_on: bytes | None = None
        self.during: Callable[[], None] | None = None  # something else happening while it classifies
        self.huge_on: bytes | None = None  # this document's result is larger than any DynamoDB item

    def classify(self, data: bytes, industry: str | None = None) -> ClassificationResult:
        if self.kill_on is not None and data == self.kill_on:
            self.kill_on = None
            raise WorkerKilled
        if self.during is not None:
            self.during()
        result = super().classify(data, industry)
        return replace(result, reasoning="x" * DYNAMODB_ITEM_MAX_BYTES) if data == self.huge_on else result


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def classifier() -> Classifier:
    return Classifier()


@pytest.fixture
def make_service(backend: Backend, clock: Clock, classifier: Classifier) -> Callable[..., TaskService]:
    def make(**settings: object) -> TaskService:
        return backend.task_service(
            classifier,
            # The documents are parked in the bucket, as for any too large to travel in the message: these
            # faults are about the bytes outliving their task (tests/unit/service covers the message transport).
            ServiceSettings(**{"stuck_task_deadline_minutes": 30.0, "queue_message_max_bytes": 0, **settings}),
            clock=clock,
        )

    return make


@pytest.fixture
def service(make_service: Callable[..., TaskService]) -> TaskService:
    return make_service()


def message(task_id: str) -> str:
    return json.dumps(task_message(task_id, Priority.HIGH.value))


def s3_event(task_id: str) -> str:
    record = {"eventName": "ObjectCreated:Post", "s3": {"object": {"key": upload_key(task_id), "size": 1}}}
    return json.dumps({"Records": [record]})


def finished_once(service: TaskService, backend: Backend, task_id: str, outcome: str) -> Task:
    """``outcome`` is "completed" or the error code it failed with; the history ends with that, once."""
    task = service.get_task(task_id)
    terminal = [entry for entry in task.history if entry.status not in UNFINISHED]
    if outcome == "completed":
        assert task.status is TaskStatus.COMPLETED and task.result is not None and task.error is None
        assert [entry.status for entry in terminal] == ["completed"]
    else:
        assert task.status is TaskStatus.FAILED and task.error is not None and task.error["code"] == outcome
        assert [(entry.status, entry.note) for entry in terminal] == [("failed", outcome)]
    assert task.history[-1] == terminal[0]
    assert backend.blobs.get(task.blob_key, ANY_SIZE) is None  # the bytes live only until the task is finished
    return task


def throttle_once(monkeypatch: pytest.MonkeyPatch, port: object, method: str, code: str) -> None:
    """The port's next ``method`` call fails as DynamoDB does when throttled past the SDK's retries."""
    real = getattr(port, method)

    def throttled(*args: Any, **kwargs: Any) -> Any:
        monkeypatch.setattr(port, method, real)
        raise ClientError({"Error": {"Code": code, "Message": "Rate exceeded"}}, "UpdateItem")

    monkeypatch.setattr(port, method, throttled)


class TestDuplicateMessages:
    def test_for_a_completed_task(
        self, backend: Backend, service: TaskService, clock: Clock, classifier: Classifier
    ) -> None:
        task_id = service.submit(INVOICE, "finance", Priority.HIGH).task.task_id
        service.process_message(message(task_id), 1)
        before = finished_once(service, backend, task_id, "completed")
        for receive_count in (2, 3, 1):  # redelivered, redelivered again, redriven from the DLQ
            clock.now += VISIBILITY_TIMEOUT
            assert service.process_message(message(task_id), receive_count) == []
            assert service.get_task(task_id) == before
        assert classifier.calls == 1 and service.counters()["processed_count"] == 1

    def test_for_a_failed_task(self, backend: Backend, service: TaskService, clock: Clock) -> None:
        task_id = service.submit(JUNK, None, Priority.HIGH).task.task_id
        service.process_message(message(task_id), 1)
        before = finished_once(service, backend, task_id, "unsupported_media_type")
        assert before.attempts == 1
        clock.now += VISIBILITY_TIMEOUT
        # It was reopened here (processing with the old error), then failed again as document_missing.
        assert service.process_message(message(task_id), 2) == []
        assert service.get_task(task_id) == before


class TestLateAndBadObjects:
    def test_upload_after_the_sweeper_failed_its_ticket_is_deleted(
        self,
        backend: Backend,
        make_service: Callable[..., TaskService],
        clock: Clock,
        classifier: Classifier,
        caplog: Any,
    ) -> None:
        service = make_service(stuck_task_deadline_minutes=1, upload_url_expires_seconds=60)
        task_id = service.create_upload("finance", Priority.LOW).task.task_id
        clock.now += 121
        assert service.sweep() == [task_id]
        before = finished_once(service, backend, task_id, "deadline_exceeded")
        backend.blobs.put(upload_key(task_id), INVOICE)  # the client uploads anyway
        clock.now += 5
        with caplog.at_level(logging.INFO, logger="doc_classifier.service.task_service"):
            assert service.process_message(s3_event(task_id), 1) == []
        assert backend.blobs.get(upload_key(task_id), ANY_SIZE) is None and classifier.calls == 0
        assert service.get_task(task_id) == before
        assert service.sweep() == [] and service.get_task(task_id) == before
        logged = [r for r in caplog.records if getattr(r, "task_id", None) == task_id]
        assert logged and "INVOICE" not in caplog.text  # ids only, never content

    def test_object_gone_before_the_worker_reads_it(self, backend: Backend, service: TaskService, clock: Clock) -> None:
        task_id = service.create_upload(None, Priority.HIGH).task.task_id
        backend.blobs.put(upload_key(task_id), INVOICE)
        backend.blobs.delete(upload_key(task_id))  # a lifecycle rule or an operator, before the worker's read
        assert service.process_message(s3_event(task_id), 1) == []  # no exception: no retry can help
        before = finished_once(service, backend, task_id, "document_missing")
        clock.now += VISIBILITY_TIMEOUT
        service.process_message(s3_event(task_id), 2)
        assert service.get_task(task_id) == before

    def test_oversized_object(
        self, backend: Backend, make_service: Callable[..., TaskService], classifier: Classifier, clock: Clock
    ) -> None:
        service = make_service(upload_max_bytes=16)
        task_id = service.create_upload(None, Priority.HIGH).task.task_id
        backend.blobs.put(upload_key(task_id), b"invoice " * 10)  # the presigned policy was ignored
        service.process_message(s3_event(task_id), 1)
        before = finished_once(service, backend, task_id, "file_too_large")
        backend.blobs.put(upload_key(task_id), INVOICE)  # uploaded again, smaller, on the same ticket
        clock.now += 5
        service.process_message(s3_event(task_id), 1)
        assert service.get_task(task_id) == before and classifier.calls == 0
        assert backend.blobs.get(upload_key(task_id), ANY_SIZE) is None


class TestThrottling:
    @pytest.mark.parametrize("throttled", [f"{write} {code}" for code in THROTTLING for write in WRITES])
    def test_a_throttled_write_is_retried_and_the_task_completes_once(
        self, backend: Backend, service: TaskService, monkeypatch: pytest.MonkeyPatch, clock: Clock, throttled: str
    ) -> None:
        write, code = throttled.split()
        task_id = service.submit(INVOICE, "finance", Priority.HIGH).task.task_id
        port, method = write.split(".")
        throttle_once(monkeypatch, getattr(backend, port), method, code)
        with pytest.raises(ClientError):  # the message stays on the queue
            service.process_message(message(task_id), 1)
        if method != "add":  # the stats write comes after the task is completed
            assert service.get_task(task_id).status in UNFINISHED  # not failed early
        clock.now += VISIBILITY_TIMEOUT
        service.process_message(message(task_id), 2)
        assert finished_once(service, backend, task_id, "completed").attempts == WRITES[write]

    @pytest.mark.parametrize("throttled", [f"{method} {code}" for code in THROTTLING for method in BATCH_CALLS])
    def test_a_throttled_batch_cache_call_costs_the_task_nothing(
        self, backend: Backend, service: TaskService, monkeypatch: pytest.MonkeyPatch, throttled: str
    ) -> None:
        method, code = throttled.split()
        task_id = service.submit(INVOICE, "finance", Priority.HIGH).task.task_id
        hint = CacheHint(hashlib.sha256(INVOICE).hexdigest(), "finance", "none")
        body = json.dumps(task_message(task_id, Priority.HIGH.value, cache_hint=hint))
        throttle_once(monkeypatch, backend.cache, method, code)
        with service.worker_batch([body]):
            assert len(service.process_message(body, 1)) == 1  # the read falls back to the document's own
        # No exception, whichever call failed: the message is acknowledged, the task done on its first attempt.
        assert finished_once(service, backend, task_id, "completed").attempts == 1
        assert backend.stats.read().get(CACHE_WRITE_FAILURES, 0) == BATCH_CALLS[method]

    @pytest.mark.parametrize("code", THROTTLING)
    def test_a_throttled_fail_is_retried_and_fails_once_with_its_reason(
        self, backend: Backend, service: TaskService, monkeypatch: pytest.MonkeyPatch, clock: Clock, code: str
    ) -> None:
        task_id = service.submit(JUNK, None, Priority.HIGH).task.task_id
        throttle_once(monkeypatch, backend.tasks, "fail", code)
        with pytest.raises(ClientError):
            service.process_message(message(task_id), 1)
        assert service.get_task(task_id).status is TaskStatus.PROCESSING
        clock.now += VISIBILITY_TIMEOUT
        service.process_message(message(task_id), 2)
        assert finished_once(service, backend, task_id, "unsupported_media_type").attempts == 2


class TestCrashesAndRedelivery:
    def test_worker_killed_in_the_middle_of_a_batch(
        self, backend: Backend, service: TaskService, classifier: Classifier, clock: Clock
    ) -> None:
        first = service.submit(INVOICE, "finance", Priority.HIGH).task.task_id
        second = service.submit(RECEIPT, "finance", Priority.HIGH).task.task_id
        batch = [message(first), message(second)]
        classifier.kill_on = RECEIPT

        def deliver(receive_count: int) -> None:
            for body in batch:
                service.process_message(body, receive_count)

        with pytest.raises(WorkerKilled):
            deliver(1)
        claimed = service.get_task(second)
        assert claimed.status is TaskStatus.PROCESSING and claimed.attempts == 1
        done = finished_once(service, backend, first, "completed")
        clock.now += VISIBILITY_TIMEOUT  # nothing was deleted: the whole batch comes back
        deliver(2)
        assert service.get_task(first) == done
        assert finished_once(service, backend, second, "completed").attempts == 2
        assert classifier.calls == 2  # each document classified once (the kill came before the model ran)

    def test_redelivered_while_the_first_worker_still_runs(
        self, backend: Backend, service: TaskService, classifier: Classifier, clock: Clock
    ) -> None:
        task_id = service.submit(INVOICE, "finance", Priority.HIGH).task.task_id

        def second_worker_takes_the_redelivery() -> None:
            classifier.during = None
            clock.now += VISIBILITY_TIMEOUT  # the first worker is slow: SQS hands the message to another
            assert len(service.process_message(message(task_id), 2)) == 1

        classifier.during = second_worker_takes_the_redelivery
        assert service.process_message(message(task_id), 1) == []  # its result arrives second: not stored
        task = finished_once(service, backend, task_id, "completed")
        assert task.attempts == 2 and service.counters()["processed_count"] == 1

    def test_last_attempt_fails_the_task_and_a_redrive_changes_nothing(
        self, backend: Backend, service: TaskService, classifier: Classifier, clock: Clock
    ) -> None:
        task_id = service.submit(INVOICE, "finance", Priority.HIGH).task.task_id
        classifier.fail_with = ConnectionError("backend away")
        for receive_count in (1, 2, 3):
            with pytest.raises(ConnectionError):
                service.process_message(message(task_id), receive_count)
            clock.now += VISIBILITY_TIMEOUT
        before = finished_once(service, backend, task_id, "processing_error")
        assert before.attempts == 3 and before.error is not None and "DLQ" not in before.error["message"]
        classifier.fail_with = None
        assert service.process_message(message(task_id), 1) == []  # redriven from the DLQ: acknowledged
        assert service.get_task(task_id) == before

    def test_sweeper_fails_a_task_while_its_worker_runs(
        self, backend: Backend, make_service: Callable[..., TaskService], classifier: Classifier, clock: Clock
    ) -> None:
        service = make_service(stuck_task_deadline_minutes=1)
        task_id = service.submit(INVOICE, "finance", Priority.HIGH).task.task_id

        def sweeper_runs() -> None:
            clock.now += 61
            assert service.sweep() == [task_id]

        classifier.during = sweeper_runs
        assert service.process_message(message(task_id), 1) == []  # its result is not stored
        classifier.during = None
        before = finished_once(service, backend, task_id, "deadline_exceeded")
        assert "processed_count" not in service.counters()
        clock.now += VISIBILITY_TIMEOUT
        service.process_message(message(task_id), 2)
        assert service.get_task(task_id) == before


class TestResultTooLarge:
    """A result no task item can hold would fail its write on every retry, into the DLQ: it fails the task at
    once instead, the message acknowledged."""

    @pytest.mark.parametrize("document", [INVOICE, UNCLEAR], ids=["completed", "in review"])
    def test_the_worker_fails_the_task_at_once(
        self, backend: Backend, service: TaskService, classifier: Classifier, clock: Clock, document: bytes
    ) -> None:
        classifier.huge_on = document
        task_id = service.submit(document, "finance", Priority.HIGH).task.task_id
        assert service.process_message(message(task_id), 1) == []  # no exception: the message is deleted
        task = finished_once(service, backend, task_id, "result_too_large")
        assert task.attempts == 1 and task.result is None and task.error is not None
        assert "TASK_RESULT_MAX_BYTES" in task.error["message"] and "'reasoning'" in task.error["message"]
        assert backend.blobs.get(review_key(task_id), ANY_SIZE) is None  # kept for no reviewer
        assert service.counters()[RESULTS_TOO_LARGE] == 1 and "processed_count" not in service.counters()
        snapshot = metrics_snapshot(service)  # what /metrics shows, and Prometheus scrapes
        assert snapshot["processing"]["results_too_large"] == 1
        assert "doc_classifier_results_too_large_total 1" in prometheus_text(snapshot)
        clock.now += VISIBILITY_TIMEOUT
        assert service.process_message(message(task_id), 2) == []  # a duplicate changes nothing
        assert service.get_task(task_id) == task

    def test_the_sync_route_answers_without_a_review_task(self, backend: Backend, classifier: Classifier) -> None:
        service = backend.task_service(classifier, ServiceSettings(), new_id=lambda: "r1")
        classifier.huge_on = UNCLEAR
        outcome = service.classify_now(UNCLEAR, "finance")  # not a 500: the classification is done
        assert outcome.result["file_class"] == "unknown" and outcome.review_task_id is None
        assert backend.tasks.get("r1") is None and backend.blobs.get(review_key("r1"), ANY_SIZE) is None
        assert service.counters()[RESULTS_TOO_LARGE] == 1


@pytest.mark.parametrize("backend", ["moto"], indirect=True)
def test_sqs_redelivers_after_the_visibility_timeout(service: TaskService, backend: Backend) -> None:
    """Real SQS semantics: a message not deleted comes back with its receive count raised."""
    sqs, url = backend.clients["sqs"], backend.env["HIGH_QUEUE_URL"]
    task_id = service.submit(INVOICE, "finance", Priority.HIGH).task.task_id
    backend.queue.send(Priority.HIGH, task_message(task_id, "high"))  # SQS may also deliver a send twice

    def receive() -> list[dict[str, Any]]:
        answer = sqs.receive_message(QueueUrl=url, MaxNumberOfMessages=10, AttributeNames=["All"])
        messages: list[dict[str, Any]] = answer.get("Messages", [])
        return messages

    received = receive()
    assert len(received) == 2
    backend.tasks.claim(task_id, 1.0)  # the worker claimed, then died before finishing or deleting
    for handle in received:
        sqs.change_message_visibility(QueueUrl=url, ReceiptHandle=handle["ReceiptHandle"], VisibilityTimeout=0)
    redelivered = receive()
    assert [int(m["Attributes"]["ApproximateReceiveCount"]) for m in redelivered] == [2, 2]
    for delivered in redelivered:
        service.process_message(delivered["Body"], int(delivered["Attributes"]["ApproximateReceiveCount"]))
        sqs.delete_message(QueueUrl=url, ReceiptHandle=delivered["ReceiptHandle"])
    assert finished_once(service, backend, task_id, "completed").attempts == 2
    assert backend.queue.depth(Priority.HIGH).visible == 0 and backend.queue.depth(Priority.HIGH).in_flight == 0
