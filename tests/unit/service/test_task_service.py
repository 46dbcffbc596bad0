from __future__ import annotations

import base64
import json
from collections.abc import Callable

import pytest
from doc_classifier.errors import EmptyDocument, UnknownIndustry
from doc_classifier.service.errors import (
    FeedbackExists,
    FileTooLargeForSync,
    InvalidFeedback,
    MissingFile,
    PoisonMessage,
    TaskNotCompleted,
    TaskNotFound,
)
from doc_classifier.service.memory import MemoryBlobStore, MemoryStatsStore, MemoryWorkQueue
from doc_classifier.service.messages import upload_key
from doc_classifier.service.ports import QueueDepth
from doc_classifier.service.task_service import TaskService
from doc_classifier.service.tasks import Priority, TaskSource, TaskStatus

from tests.support.fakes import KeywordClassifier
from tests.unit.service.conftest import Clock

ANY_SIZE = 2**40  # a read limit no test document reaches

INVOICE = b"INVOICE no 7, amount due 100"


def deliver(service: TaskService, queue: MemoryWorkQueue, priority: Priority, receive_count: int = 1) -> None:
    """Hand the next message of a queue to the worker logic, as the SQS poller would."""
    body = queue.waiting[priority].popleft()
    service.process_message(json.dumps(body), receive_count)


class TestClassifyNow:
    def test_classifies_then_serves_the_same_document_from_cache(
        self, service: TaskService, classifier: KeywordClassifier
    ) -> None:
        first = service.classify_now(INVOICE, "finance")
        second = service.classify_now(INVOICE, "finance")
        assert first.result["file_class"] == "invoice" and not first.cached
        assert second.cached and second.result == first.result
        assert classifier.calls == 1

    def test_another_industry_is_another_cache_entry(self, service: TaskService, classifier: KeywordClassifier) -> None:
        service.classify_now(INVOICE, "finance")
        assert not service.classify_now(INVOICE, "auto").cached
        assert classifier.calls == 2

    def test_a_new_model_version_misses_the_cache(self, service: TaskService, classifier: KeywordClassifier) -> None:
        service.classify_now(INVOICE, "finance")
        classifier.model_version = "test-2"
        assert not service.classify_now(INVOICE, "finance").cached

    def test_expired_cache_entries_are_not_served(self, make_service: Callable[..., TaskService], clock: Clock) -> None:
        service = make_service(cache_ttl_seconds=60)
        service.classify_now(INVOICE, None)
        clock.now += 61
        assert not service.classify_now(INVOICE, None).cached

    @pytest.mark.parametrize(
        ("data", "industry", "error"),
        [
            (None, None, MissingFile),
            (b"", None, EmptyDocument),
            (INVOICE, "astrology", UnknownIndustry),
        ],
    )
    def test_rejects_bad_input(
        self, service: TaskService, data: bytes | None, industry: str | None, error: type[Exception]
    ) -> None:
        with pytest.raises(error):
            service.classify_now(data, industry)

    def test_too_large_points_to_uploads(self, make_service: Callable[..., TaskService]) -> None:
        service = make_service(sync_max_bytes=10)
        with pytest.raises(FileTooLargeForSync, match="POST /uploads"):
            service.classify_now(b"x" * 11, None)


class TestAsyncFlow:
    def test_submit_queues_then_worker_completes(
        self, blobs: MemoryBlobStore, service: TaskService, queue: MemoryWorkQueue
    ) -> None:
        submission = service.submit(INVOICE, "finance", Priority.HIGH)
        task = service.get_task(submission.task.task_id)
        assert task.status is TaskStatus.QUEUED
        assert len(queue.waiting[Priority.HIGH]) == 1 and not queue.waiting[Priority.LOW]
        deliver(service, queue, Priority.HIGH)
        done = service.get_task(task.task_id)
        assert done.status is TaskStatus.COMPLETED
        assert done.result is not None and done.result["file_class"] == "invoice"
        assert done.processing_time is not None and not done.cached
        assert blobs.get(task.blob_key, ANY_SIZE) is None  # bytes live only until processed

    def test_low_priority_goes_to_its_own_queue(self, service: TaskService, queue: MemoryWorkQueue) -> None:
        service.submit(INVOICE, None, Priority.LOW)
        assert len(queue.waiting[Priority.LOW]) == 1 and not queue.waiting[Priority.HIGH]

    def test_redelivery_after_completion_keeps_the_one_result(
        self, service: TaskService, queue: MemoryWorkQueue, classifier: KeywordClassifier, clock: Clock
    ) -> None:
        task_id = service.submit(INVOICE, None, Priority.HIGH).task.task_id
        body = json.dumps(queue.waiting[Priority.HIGH][0])
        service.process_message(body, 1)
        first = service.get_task(task_id)
        assert first.status is TaskStatus.COMPLETED
        clock.now += 400  # the worker crashed before deleting the message; SQS delivers it again later
        assert service.process_message(body, 2) == []
        assert service.get_task(task_id) == first  # status, result, attempts, history: all unchanged
        assert classifier.calls == 1

    def test_unreadable_document_fails_without_retry(self, service: TaskService, queue: MemoryWorkQueue) -> None:
        task_id = service.submit(b"\x00BINARY junk", None, Priority.HIGH).task.task_id
        deliver(service, queue, Priority.HIGH)  # does not raise: retrying cannot help
        task = service.get_task(task_id)
        assert task.status is TaskStatus.FAILED
        assert task.error is not None and task.error["code"] == "unsupported_media_type"

    def test_transient_error_is_retried_then_failed_on_the_last_attempt(
        self,
        blobs: MemoryBlobStore,
        service: TaskService,
        queue: MemoryWorkQueue,
        classifier: KeywordClassifier,
        clock: Clock,
    ) -> None:
        submitted = service.submit(INVOICE, None, Priority.HIGH).task
        body = json.dumps(queue.waiting[Priority.HIGH][0])
        classifier.fail_with = ConnectionError("backend hiccup")
        with pytest.raises(ConnectionError):
            service.process_message(body, 1)
        assert service.get_task(submitted.task_id).status is TaskStatus.PROCESSING
        with pytest.raises(ConnectionError):
            service.process_message(body, 3)
        failed = service.get_task(submitted.task_id)
        assert failed.status is TaskStatus.FAILED and failed.attempts == 2
        assert failed.error == {"code": "processing_error", "message": "gave up after 3 attempts"}
        assert blobs.get(submitted.blob_key, ANY_SIZE) is None
        # Failed is final: a redrive from the DLQ is acknowledged and changes nothing.
        classifier.fail_with = None
        clock.now += 60
        assert service.process_message(body, 1) == []
        assert service.get_task(submitted.task_id) == failed and classifier.calls == 2

    @pytest.mark.parametrize(
        "body",
        [
            "not json",
            "[]",
            '{"hello": 1}',
            '{"Records": [{"s3": {}}]}',
            '{"Records": [{"s3": {"object": {"key": "elsewhere/x"}}}]}',
        ],
    )
    def test_poison_messages_raise(self, service: TaskService, body: str) -> None:
        with pytest.raises(PoisonMessage):
            service.process_message(body, 1)

    def test_message_for_unknown_task_raises(self, service: TaskService) -> None:
        with pytest.raises(TaskNotFound):
            service.process_message(json.dumps({"task_id": "nope"}), 1)

    def test_s3_test_event_is_ignored(self, service: TaskService) -> None:
        assert service.process_message(json.dumps({"Event": "s3:TestEvent", "Bucket": "b"}), 1) == []

    def test_estimate_grows_with_queue_depth_and_measured_time(
        self, stats: MemoryStatsStore, make_service: Callable[..., TaskService], queue: MemoryWorkQueue
    ) -> None:
        service = make_service(worker_concurrency=1, prior_processing_seconds=2.0, estimate_inputs_max_age_seconds=0)
        assert service.submit(INVOICE, None, Priority.HIGH).estimated_time == pytest.approx(2.0)
        assert service.submit(INVOICE, None, Priority.HIGH).estimated_time == pytest.approx(4.0)
        stats.add({"processed_count": 2, "processing_seconds_total": 10.0})  # measured: 5 s each
        assert service.estimate_seconds(Priority.HIGH) == pytest.approx(10.0)
        # low priority waits for the high queue too
        service.submit(INVOICE, None, Priority.LOW)
        assert service.estimate_seconds(Priority.LOW) == pytest.approx(15.0)
        assert service.estimate_seconds(Priority.HIGH) == pytest.approx(10.0)

    def test_estimate_reads_depth_and_average_once_per_max_age(
        self,
        stats: MemoryStatsStore,
        make_service: Callable[..., TaskService],
        clock: Clock,
        monkeypatch: pytest.MonkeyPatch,
    ) -> None:
        reads: list[str] = []
        depth, read = MemoryWorkQueue.depth, MemoryStatsStore.read

        def counted_depth(queue: MemoryWorkQueue, priority: Priority) -> QueueDepth:
            reads.append(f"depth {priority.value}")
            return depth(queue, priority)

        def counted_read(stats: MemoryStatsStore) -> dict[str, float]:
            reads.append("counters")
            return read(stats)

        monkeypatch.setattr(MemoryWorkQueue, "depth", counted_depth)
        monkeypatch.setattr(MemoryStatsStore, "read", counted_read)
        service = make_service(worker_concurrency=1, prior_processing_seconds=2.0, estimate_inputs_max_age_seconds=5)
        assert service.submit(INVOICE, None, Priority.LOW).estimated_time == pytest.approx(2.0)
        stats.add({"processed_count": 1, "processing_seconds_total": 5.0})
        clock.now += 4.9
        assert service.submit(INVOICE, None, Priority.LOW).estimated_time == pytest.approx(2.0)  # the same readings
        assert sorted(reads) == ["counters", "depth high", "depth low"]
        clock.now += 0.1
        assert service.submit(INVOICE, None, Priority.LOW).estimated_time == pytest.approx(15.0)  # 3 queued, 5 s each
        assert len(reads) == 6


class TestDocumentInTheMessage:
    """A queued document small enough for its message travels in it: no bucket put, get or delete."""

    def test_a_small_document_travels_in_its_message_and_never_touches_the_bucket(
        self, blobs: MemoryBlobStore, service: TaskService, queue: MemoryWorkQueue
    ) -> None:
        task = service.submit(INVOICE, "finance", Priority.HIGH).task
        (body,) = queue.waiting[Priority.HIGH]
        assert task.source is TaskSource.MESSAGE and base64.b64decode(body["document"]) == INVOICE
        assert blobs.objects == {}
        deliver(service, queue, Priority.HIGH)
        done = service.get_task(task.task_id)
        assert done.status is TaskStatus.COMPLETED and done.result is not None
        assert done.result["file_class"] == "invoice" and blobs.objects == {}

    def test_a_document_too_large_for_its_message_is_parked_in_the_bucket(
        self, blobs: MemoryBlobStore, make_service: Callable[..., TaskService], queue: MemoryWorkQueue
    ) -> None:
        service = make_service(queue_message_max_bytes=len(INVOICE))  # base64 and the JSON around it do not fit
        task = service.submit(INVOICE, "finance", Priority.HIGH).task
        (body,) = queue.waiting[Priority.HIGH]
        assert task.source is TaskSource.INLINE and "document" not in body
        assert blobs.get(task.blob_key, ANY_SIZE) == INVOICE
        deliver(service, queue, Priority.HIGH)
        assert service.get_task(task.task_id).status is TaskStatus.COMPLETED
        assert blobs.get(task.blob_key, ANY_SIZE) is None

    def test_a_document_in_a_message_for_a_task_whose_bytes_go_to_the_bucket_is_not_read(
        self, service: TaskService
    ) -> None:
        ticket = service.create_upload("finance", Priority.HIGH)
        forged = {"task_id": ticket.task.task_id, "priority": "high", "document": base64.b64encode(INVOICE).decode()}
        assert service.process_message(json.dumps(forged), 1) == []
        failed = service.get_task(ticket.task.task_id)
        assert failed.status is TaskStatus.FAILED and failed.error is not None
        assert failed.error["code"] == "document_missing"

    def test_a_message_whose_document_is_not_base64_is_poison(self, service: TaskService) -> None:
        task = service.submit(INVOICE, "finance", Priority.HIGH).task
        with pytest.raises(PoisonMessage, match="base64"):
            service.process_message(json.dumps({"task_id": task.task_id, "document": "not base64!"}), 1)
        assert service.get_task(task.task_id).status is TaskStatus.QUEUED


class TestUploads:
    def s3_event(self, task_id: str) -> str:
        return json.dumps(
            {
                "Records": [
                    {
                        "eventName": "ObjectCreated:Post",
                        "s3": {"object": {"key": upload_key(task_id), "size": 1}},
                    }
                ]
            }
        )

    def test_upload_ticket_then_s3_event_completes(self, blobs: MemoryBlobStore, service: TaskService) -> None:
        ticket = service.create_upload("finance", Priority.LOW)
        assert ticket.task.source is TaskSource.UPLOAD
        assert ticket.upload.fields["key"] == upload_key(ticket.task.task_id)
        assert ticket.upload.max_bytes == service.settings.upload_max_bytes
        blobs.put(upload_key(ticket.task.task_id), INVOICE)
        service.process_message(self.s3_event(ticket.task.task_id), 1)
        assert service.get_task(ticket.task.task_id).status is TaskStatus.COMPLETED

    def test_worker_enforces_the_size_limit_itself(
        self, blobs: MemoryBlobStore, make_service: Callable[..., TaskService], classifier: KeywordClassifier
    ) -> None:
        service = make_service(upload_max_bytes=16)
        ticket = service.create_upload(None, Priority.HIGH)
        blobs.put(upload_key(ticket.task.task_id), b"invoice " * 10)  # the policy was ignored
        service.process_message(self.s3_event(ticket.task.task_id), 1)
        task = service.get_task(ticket.task.task_id)
        assert task.status is TaskStatus.FAILED and task.error is not None
        assert task.error["code"] == "file_too_large" and classifier.calls == 0
        assert blobs.get(upload_key(ticket.task.task_id), ANY_SIZE) is None

    def test_missing_object_fails_the_task(self, service: TaskService) -> None:
        ticket = service.create_upload(None, Priority.HIGH)
        service.process_message(self.s3_event(ticket.task.task_id), 1)
        task = service.get_task(ticket.task.task_id)
        assert task.error is not None and task.error["code"] == "document_missing"


class TestSweeper:
    def test_fails_only_tasks_past_their_deadline(
        self, blobs: MemoryBlobStore, make_service: Callable[..., TaskService], clock: Clock, queue: MemoryWorkQueue
    ) -> None:
        service = make_service(stuck_task_deadline_minutes=1, queue_message_max_bytes=0)  # bytes in the bucket
        stuck = service.submit(INVOICE, None, Priority.HIGH).task
        clock.now += 30
        fresh = service.submit(INVOICE, None, Priority.HIGH).task
        clock.now += 31
        assert service.sweep() == [stuck.task_id]
        assert blobs.get(stuck.blob_key, ANY_SIZE) is None and blobs.get(fresh.blob_key, ANY_SIZE) is not None
        assert service.get_task(stuck.task_id).error == {
            "code": "deadline_exceeded",
            "message": "not finished within its deadline (status was queued)",
        }
        assert service.get_task(fresh.task_id).status is TaskStatus.QUEUED
        assert service.oldest_waiting_age() == pytest.approx(31)

    def test_upload_deadline_counts_from_the_url_expiry(
        self, make_service: Callable[..., TaskService], clock: Clock
    ) -> None:
        service = make_service(stuck_task_deadline_minutes=1, upload_url_expires_seconds=600)
        task_id = service.create_upload(None, Priority.HIGH).task.task_id
        clock.now += 601
        assert service.sweep() == []
        clock.now += 60
        assert service.sweep() == [task_id]


class TestFeedback:
    def completed(self, service: TaskService, queue: MemoryWorkQueue) -> str:
        task_id = service.submit(INVOICE, "finance", Priority.HIGH).task.task_id
        deliver(service, queue, Priority.HIGH)
        return task_id

    def test_agreement_is_counted_and_exported(self, service: TaskService, queue: MemoryWorkQueue) -> None:
        agree = self.completed(service, queue)
        service.add_feedback(agree, "invoice")
        other = service.submit(b"receipt, thank you", "finance", Priority.HIGH).task.task_id
        deliver(service, queue, Priority.HIGH)
        service.add_feedback(other, "invoice")
        counters = service.counters()
        assert counters["feedback_total"] == 2 and counters["feedback_agreed"] == 1
        exported = sorted(service.export_feedback(), key=lambda row: row["predicted_class"])
        assert [(r["predicted_class"], r["correct_class"]) for r in exported] == [
            ("invoice", "invoice"),
            ("receipt", "invoice"),
        ]
        assert all(len(r["sha256"]) == 64 for r in exported)

    def test_rejections(self, service: TaskService, queue: MemoryWorkQueue) -> None:
        task_id = self.completed(service, queue)
        with pytest.raises(InvalidFeedback, match="valid classes"):
            service.add_feedback(task_id, "horoscope")
        service.add_feedback(task_id, "unknown")
        with pytest.raises(FeedbackExists):
            service.add_feedback(task_id, "invoice")
        with pytest.raises(TaskNotFound):
            service.add_feedback("missing", "invoice")
        queued = service.submit(INVOICE, None, Priority.HIGH).task.task_id
        with pytest.raises(TaskNotCompleted):
            service.add_feedback(queued, "invoice")


def test_queueing_work_never_loads_the_model(make_service: Callable[..., TaskService]) -> None:
    def no_model() -> KeywordClassifier:
        raise AssertionError("the model was loaded")

    service = make_service()
    service._classifier = no_model  # the API path of async work and uploads
    service.submit(INVOICE, "legal", Priority.HIGH)
    service.create_upload(None, Priority.LOW)
    with pytest.raises(UnknownIndustry, match="valid industries: finance"):
        service.submit(INVOICE, "astrology", Priority.HIGH)
