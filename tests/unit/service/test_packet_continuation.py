"""A packet longer than one worker invocation: read on by the next ones, the task completed exactly once.

Each step stores its progress under ``progress/``, moves the task to the next step (only from the step it is
at) and queues a continuation; duplicates and stale continuations are acknowledged and change nothing.
"""

from __future__ import annotations

import itertools
import json
from collections.abc import Callable
from types import SimpleNamespace
from typing import Any

import pytest
from doc_classifier.classifier import default_classifier
from doc_classifier.extraction import safety
from doc_classifier.llm.budget import worker_budget
from doc_classifier.service.memory import MemoryBlobStore, MemoryWorkQueue
from doc_classifier.service.messages import PROGRESS_PREFIX, work_of
from doc_classifier.service.task_service import PROCESSED_COUNT, TaskService
from doc_classifier.service.tasks import Priority, Task, TaskStatus, continue_note

from tests.support.fakes import KeywordClassifier
from tests.support.packets import packet_pdf
from tests.unit.service.conftest import Clock

# Six pages, four documents, for the keyword classifier (pages are separated by form feeds).
PACKET = b"INVOICE no 7\fbank statement, March\fbank statement, page 2\fpay stub for May\fpay stub\finvoice 9"


def next_message(queue: MemoryWorkQueue) -> dict[str, Any]:
    return queue.waiting[Priority.HIGH].popleft()


def deliver(service: TaskService, message: dict[str, Any], budget: float, receive_count: int = 1) -> None:
    with worker_budget(budget):
        service.process_message(json.dumps(message), receive_count)


def progress_objects(blobs: MemoryBlobStore) -> list[str]:
    return sorted(key for key in blobs.objects if key.startswith(PROGRESS_PREFIX))


def run_to_the_end(service: TaskService, queue: MemoryWorkQueue, budget: float) -> int:
    """Deliver every message as the queue would; the number of invocations."""
    invocations = 0
    while queue.waiting[Priority.HIGH]:
        deliver(service, next_message(queue), budget)
        invocations += 1
        assert invocations < 50
    return invocations


def completions(task: Task) -> int:
    return sum(entry.status == TaskStatus.COMPLETED.value for entry in task.history)


@pytest.fixture
def slow(classifier: KeywordClassifier) -> KeywordClassifier:
    classifier.seconds_per_page = 1.0  # with a 2.5 s budget: two pages an invocation
    return classifier


class TestContinuation:
    def test_a_long_packet_is_read_across_invocations_and_completes_once(
        self, service: TaskService, queue: MemoryWorkQueue, blobs: MemoryBlobStore, slow: KeywordClassifier
    ) -> None:
        task = service.submit(PACKET, "finance", Priority.HIGH, "auto").task
        deliver(service, next_message(queue), 2.5)
        continuing = service.get_task(task.task_id)
        assert (continuing.status, continuing.step) == (TaskStatus.PROCESSING, 1)
        assert progress_objects(blobs) == [continuing.progress_key]
        message = queue.waiting[Priority.HIGH][0]
        assert message["continuation"] == {"step": 1, "progress": continuing.progress_key}
        assert message["document"]  # a document that rode in the message rides in its continuation too
        assert run_to_the_end(service, queue, 2.5) == 2
        done = service.get_task(task.task_id)
        assert done.status is TaskStatus.COMPLETED and completions(done) == 1 and done.attempts == 1
        assert [h.note for h in done.history if h.note.startswith("reading")] == [continue_note(1), continue_note(2)]
        assert done.result is not None and done.result["metadata"]["pages_not_read"] == 0
        slow.seconds_per_page = 0.0
        assert done.result == service.classify_now(PACKET, "finance", "auto").result  # cached: read whole
        assert progress_objects(blobs) == [] and service.counters()[PROCESSED_COUNT] == 1

    def test_an_uploaded_packet_continues_from_the_bucket(
        self, service: TaskService, queue: MemoryWorkQueue, blobs: MemoryBlobStore, slow: KeywordClassifier
    ) -> None:
        ticket = service.create_upload("finance", Priority.HIGH, "per_page")
        blobs.put(ticket.task.blob_key, PACKET)
        deliver(service, {"task_id": ticket.task.task_id, "priority": "high"}, 2.5)
        assert "document" not in queue.waiting[Priority.HIGH][0]
        assert run_to_the_end(service, queue, 2.5) == 2
        result = service.get_task(ticket.task.task_id).result
        assert result is not None and len(result["documents"]) == 6
        assert blobs.objects == {}  # the upload and every progress object deleted

    def test_a_continuing_task_is_not_swept(
        self, make_service: Callable[..., TaskService], queue: MemoryWorkQueue, clock: Clock, slow: KeywordClassifier
    ) -> None:
        service = make_service(stuck_task_deadline_minutes=1)
        task = service.submit(PACKET, "finance", Priority.HIGH, "auto").task
        clock.now += 50
        deliver(service, next_message(queue), 2.5)
        clock.now += 50  # past the deadline it was queued with, within the one its step pushed
        assert service.sweep() == []
        assert service.get_task(task.task_id).deadline_at == task.created_at + 50 + 60
        clock.now += 61  # a continuation that never comes: the sweeper fails the task, its progress deleted
        assert service.sweep() == [task.task_id]

    def test_the_sweeper_deletes_a_failed_tasks_progress(
        self,
        make_service: Callable[..., TaskService],
        queue: MemoryWorkQueue,
        blobs: MemoryBlobStore,
        clock: Clock,
        slow: KeywordClassifier,
    ) -> None:
        service = make_service(stuck_task_deadline_minutes=1)
        service.submit(PACKET, "finance", Priority.HIGH, "auto")
        deliver(service, next_message(queue), 2.5)
        clock.now += 61
        assert len(service.sweep()) == 1 and progress_objects(blobs) == []


class TestDuplicatesAndStaleMessages:
    def test_a_duplicate_continuation_is_acknowledged_and_changes_nothing(
        self, service: TaskService, queue: MemoryWorkQueue, blobs: MemoryBlobStore, slow: KeywordClassifier
    ) -> None:
        task = service.submit(PACKET, "finance", Priority.HIGH, "auto").task
        deliver(service, next_message(queue), 2.5)
        step_one = next_message(queue)
        deliver(service, step_one, 2.5)  # moves the task to step 2
        before = service.get_task(task.task_id)
        deliver(service, step_one, 2.5)  # SQS delivers it again
        assert service.get_task(task.task_id) == before and len(queue.waiting[Priority.HIGH]) == 1
        assert progress_objects(blobs) == [before.progress_key]

    def test_the_first_message_again_is_ignored_while_later_steps_carry_the_task(
        self, service: TaskService, queue: MemoryWorkQueue, slow: KeywordClassifier
    ) -> None:
        task = service.submit(PACKET, "finance", Priority.HIGH, "auto").task
        first = next_message(queue)
        deliver(service, first, 2.5)
        deliver(service, first, 2.5, receive_count=2)  # its deletion failed: delivered again
        moved = service.get_task(task.task_id)
        assert moved.step == 1 and len(queue.waiting[Priority.HIGH]) == 1
        assert run_to_the_end(service, queue, 2.5) == 2
        assert completions(service.get_task(task.task_id)) == 1

    def test_two_copies_read_at_once_continue_once(
        self,
        service: TaskService,
        queue: MemoryWorkQueue,
        blobs: MemoryBlobStore,
        slow: KeywordClassifier,
    ) -> None:
        task = service.submit(PACKET, "finance", Priority.HIGH, "auto").task
        deliver(service, next_message(queue), 2.5)
        step_one = next_message(queue)
        # While this delivery reads, another container reads a copy of the same message and moves on first.
        slow.while_reading = lambda: deliver(service, step_one, 2.5)
        deliver(service, step_one, 2.5)
        moved = service.get_task(task.task_id)
        assert moved.step == 2 and len(queue.waiting[Priority.HIGH]) == 1  # the loser sent nothing
        assert progress_objects(blobs) == [moved.progress_key]  # and deleted what it stored
        assert run_to_the_end(service, queue, 2.5) == 1
        assert completions(service.get_task(task.task_id)) == 1 and progress_objects(blobs) == []

    def test_a_continuation_for_a_finished_task_deletes_its_progress(
        self, service: TaskService, queue: MemoryWorkQueue, blobs: MemoryBlobStore, slow: KeywordClassifier
    ) -> None:
        task = service.submit(PACKET, "finance", Priority.HIGH, "auto").task
        deliver(service, next_message(queue), 2.5)
        continuation = next_message(queue)
        blobs.put("progress/stray", b"")  # not this message's: never touched
        service._tasks.fail(task.task_id, {"code": "x", "message": "ended meanwhile"}, 0.0)
        deliver(service, continuation, 2.5)
        assert progress_objects(blobs) == ["progress/stray"] and not queue.waiting[Priority.HIGH]

    def test_a_continuation_naming_another_tasks_progress_is_poison(self) -> None:
        from doc_classifier.service.errors import PoisonMessage  # noqa: PLC0415

        for continuation in (
            {"step": 1, "progress": "uploads/t1"},
            {"step": 1, "progress": "progress/t2/1-a"},
            {"step": 2, "progress": "progress/t1/1-a"},
            {"step": 0, "progress": "progress/t1/0-a"},
            {"step": 1, "progress": "progress/t1/1-a/../x"},
            "step 1",
        ):
            with pytest.raises(PoisonMessage):
                work_of(json.dumps({"task_id": "t1", "priority": "high", "continuation": continuation}))
        assert work_of(json.dumps({"task_id": "t1", "continuation": {"step": 1, "progress": "progress/t1/1-a"}}))


class TestFailures:
    def test_a_continuation_that_cannot_be_sent_leaves_the_step_to_its_retry(
        self,
        service: TaskService,
        queue: MemoryWorkQueue,
        blobs: MemoryBlobStore,
        monkeypatch: pytest.MonkeyPatch,
        slow: KeywordClassifier,
    ) -> None:
        task = service.submit(PACKET, "finance", Priority.HIGH, "auto").task
        first = next_message(queue)
        sent = queue.send

        def down(priority: Priority, body: dict[str, Any]) -> None:
            raise ConnectionError("SQS unreachable")

        monkeypatch.setattr(queue, "send", down)
        with pytest.raises(ConnectionError):
            deliver(service, first, 2.5)
        back = service.get_task(task.task_id)
        assert (back.status, back.step, back.progress_key) == (TaskStatus.PROCESSING, 0, None)
        assert progress_objects(blobs) == []
        monkeypatch.setattr(queue, "send", sent)
        deliver(service, first, 2.5, receive_count=2)  # the retry reads the step again
        assert service.get_task(task.task_id).step == 1
        assert run_to_the_end(service, queue, 2.5) == 2
        assert service.get_task(task.task_id).status is TaskStatus.COMPLETED

    def test_the_last_continuation_allowed_answers_for_the_pages_it_read(
        self,
        make_service: Callable[..., TaskService],
        queue: MemoryWorkQueue,
        blobs: MemoryBlobStore,
        slow: KeywordClassifier,
    ) -> None:
        service = make_service(packet_max_continuations=1)
        task = service.submit(PACKET, "finance", Priority.HIGH, "auto").task
        assert run_to_the_end(service, queue, 2.5) == 2
        done = service.get_task(task.task_id)
        assert done.status is TaskStatus.COMPLETED and done.result is not None
        assert (done.result["metadata"]["pages_read"], done.result["metadata"]["pages_not_read"]) == (4, 2)
        assert progress_objects(blobs) == []
        slow.seconds_per_page = 0.0
        assert not service.classify_now(PACKET, "finance", "auto").cached  # cut by time: not cached

    def test_no_continuation_allowed_reads_what_one_invocation_can(
        self, make_service: Callable[..., TaskService], queue: MemoryWorkQueue, slow: KeywordClassifier
    ) -> None:
        service = make_service(packet_max_continuations=0)
        task = service.submit(PACKET, "finance", Priority.HIGH, "auto").task
        assert run_to_the_end(service, queue, 2.5) == 1
        result = service.get_task(task.task_id).result
        assert result is not None and result["metadata"]["pages_not_read"] == 4


class TestRealClassifier:
    def test_three_continuations_answer_as_one_uninterrupted_reading(
        self,
        make_service: Callable[..., TaskService],
        queue: MemoryWorkQueue,
        blobs: MemoryBlobStore,
        monkeypatch: pytest.MonkeyPatch,
    ) -> None:
        """The packaged model and splitter; the reading deadline's clock ticks a second each time it is read,
        so a 1.5 s budget reads one page an invocation."""
        data, spans = packet_pdf(["invoice", "bank_statement", "pay_stub", "bank_statement"], seed=5)
        uninterrupted = make_service()
        monkeypatch.setattr(uninterrupted, "_classifier", default_classifier)
        whole = uninterrupted.classify_now(data, "finance", "auto").result
        service = make_service()
        monkeypatch.setattr(service, "_classifier", default_classifier)
        ticks = itertools.count()
        monkeypatch.setattr(safety, "time", SimpleNamespace(monotonic=lambda: float(next(ticks))))
        task = service.submit(data, "finance", Priority.HIGH, "auto").task
        invocations = run_to_the_end(service, queue, 1.5)
        done = service.get_task(task.task_id)
        assert invocations == spans[-1].last >= 4 and done.step == invocations - 1
        assert done.status is TaskStatus.COMPLETED and completions(done) == 1 and done.result is not None
        assert done.result["metadata"]["pages_read"] == spans[-1].last
        for answer in (done.result, whole):
            answer["metadata"].pop("timings_ms")
        assert done.result == whole
        assert progress_objects(blobs) == []
