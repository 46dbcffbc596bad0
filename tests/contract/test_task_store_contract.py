"""The TaskStore contract (ports.TaskStore), run against the in-memory fake and DynamoDB on moto alike."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from botocore.exceptions import ClientError
from doc_classifier.service.aws.dynamodb import DynamoTaskStore
from doc_classifier.service.errors import FeedbackExists, TaskNotCompleted, TaskNotFound
from doc_classifier.service.ports import TaskStore
from doc_classifier.service.tasks import (
    CLAIM_NOTE,
    HistoryEntry,
    Priority,
    Task,
    TaskSource,
    TaskStatus,
    continue_note,
)

from tests.contract.conftest import Backend, MotoAws, next_call_answers

T0 = 1_700_000_000.0
RESULT = {"file_class": "invoice", "confidence": 0.9, "alternatives": [{"label": "invoice", "probability": 0.9}]}
ERROR = {"code": "unsupported_media_type", "message": "not a document type we read"}


def new_task(task_id: str = "t1", created_at: float = T0, deadline_after: float = 600) -> Task:
    return Task(
        task_id=task_id,
        status=TaskStatus.QUEUED,
        industry="finance",
        priority=Priority.HIGH,
        source=TaskSource.INLINE,
        blob_key=f"inline/{task_id}",
        created_at=created_at,
        updated_at=created_at,
        deadline_at=created_at + deadline_after,
        expires_at=int(created_at) + 86400,
        history=[HistoryEntry(created_at, "queued", "inline")],
    )


def queued(store: TaskStore) -> Task:
    task = new_task()
    store.create(task)
    return task


def completed(store: TaskStore) -> Task:
    queued(store)
    store.claim("t1", T0 + 1)
    assert store.complete("t1", RESULT, 0.25, False, T0 + 2)
    return _stored(store)


def failed(store: TaskStore) -> Task:
    queued(store)
    store.claim("t1", T0 + 1)
    assert store.fail("t1", ERROR, T0 + 2)
    return _stored(store)


def swept(store: TaskStore) -> Task:
    queued(store)
    assert store.fail("t1", {"code": "deadline_exceeded", "message": "late"}, T0 + 601, overdue_only=True)
    return _stored(store)


def _stored(store: TaskStore) -> Task:
    task = store.get("t1")
    assert task is not None
    return task


class TestTransitions:
    def test_create_then_get_returns_the_task(self, backend: Backend) -> None:
        task = queued(backend.tasks)
        assert backend.tasks.get("t1") == task
        assert backend.tasks.get("other") is None
        with pytest.raises(ValueError, match="exists"):
            backend.tasks.create(new_task())

    def test_claim_marks_processing_and_counts_each_delivery(self, backend: Backend) -> None:
        queued(backend.tasks)
        claimed = backend.tasks.claim("t1", T0 + 1)
        assert claimed == _stored(backend.tasks)
        assert claimed.status is TaskStatus.PROCESSING and claimed.attempts == 1 and claimed.updated_at == T0 + 1
        again = backend.tasks.claim("t1", T0 + 2)  # redelivered after the visibility timeout
        assert again is not None and again.attempts == 2
        assert again.history == [
            HistoryEntry(T0, "queued", "inline"),
            HistoryEntry(T0 + 1, "processing", CLAIM_NOTE),
            HistoryEntry(T0 + 2, "processing", CLAIM_NOTE),
        ]

    def test_complete_stores_the_result_once(self, backend: Backend) -> None:
        task = completed(backend.tasks)
        assert task.status is TaskStatus.COMPLETED and task.result == RESULT and task.error is None
        assert task.processing_time == 0.25 and not task.cached and task.attempts == 1
        assert task.history[1:] == [HistoryEntry(T0 + 1, "processing", CLAIM_NOTE), HistoryEntry(T0 + 2, "completed")]

    def test_complete_from_the_cache_says_so(self, backend: Backend) -> None:
        queued(backend.tasks)
        backend.tasks.claim("t1", T0 + 1)
        assert backend.tasks.complete("t1", RESULT, 0.01, True, T0 + 2)
        task = _stored(backend.tasks)
        assert task.cached and task.history[-1] == HistoryEntry(T0 + 2, "completed", "cached")

    def test_fail_stores_the_error(self, backend: Backend) -> None:
        task = failed(backend.tasks)
        assert task.status is TaskStatus.FAILED and task.error == ERROR and task.result is None
        assert task.history[-1] == HistoryEntry(T0 + 2, "failed", "unsupported_media_type")

    def test_a_queued_task_can_fail(self, backend: Backend) -> None:
        queued(backend.tasks)
        assert backend.tasks.fail("t1", {"code": "enqueue_failed", "message": "no queue"}, T0 + 1)
        task = _stored(backend.tasks)
        assert task.status is TaskStatus.FAILED and task.attempts == 0

    def test_overdue_only_waits_for_the_deadline(self, backend: Backend) -> None:
        before = queued(backend.tasks)
        error = {"code": "deadline_exceeded", "message": "late"}
        assert not backend.tasks.fail("t1", error, T0 + 600, overdue_only=True)  # deadline not yet passed
        assert _stored(backend.tasks) == before
        assert backend.tasks.fail("t1", error, T0 + 601, overdue_only=True)
        assert _stored(backend.tasks).history[-1] == HistoryEntry(T0 + 601, "failed", "deadline_exceeded")

    @pytest.mark.parametrize("operation", ["claim", "complete", "fail"])
    def test_unknown_task_raises(self, backend: Backend, operation: str) -> None:
        calls: dict[str, Callable[[], object]] = {
            "claim": lambda: backend.tasks.claim("nope", T0),
            "complete": lambda: backend.tasks.complete("nope", RESULT, 0.1, False, T0),
            "fail": lambda: backend.tasks.fail("nope", ERROR, T0),
        }
        with pytest.raises(TaskNotFound):
            calls[operation]()


FINISH: dict[str, Callable[[TaskStore], Task]] = {"completed": completed, "failed": failed, "swept": swept}
LATER: dict[str, Callable[[TaskStore], object]] = {
    "claim": lambda store: store.claim("t1", T0 + 5000),
    "complete": lambda store: store.complete("t1", {"file_class": "receipt"}, 0.5, True, T0 + 5000),
    "fail": lambda store: store.fail("t1", {"code": "document_missing", "message": "gone"}, T0 + 5000),
    "fail_overdue": lambda store: store.fail("t1", {"code": "deadline_exceeded", "message": "late"}, T0 + 5000, True),
    "continue_step": lambda store: store.continue_step(
        "t1", 1, "progress/t1/1-a", expected_key=None, deadline_at=T0 + 9000, now=T0 + 5000
    ),
}


class TestContinueStep:
    """A long packet read on by another invocation: only from the step the task is at, so a stale or
    duplicate continuation message changes nothing."""

    def test_each_step_moves_on_from_the_one_before_and_pushes_the_deadline(self, backend: Backend) -> None:
        queued(backend.tasks)
        backend.tasks.claim("t1", T0 + 1)
        assert backend.tasks.continue_step(
            "t1", 1, "progress/t1/1-a", expected_key=None, deadline_at=T0 + 2000, now=T0 + 110
        )
        assert backend.tasks.continue_step(
            "t1", 2, "progress/t1/2-b", expected_key="progress/t1/1-a", deadline_at=T0 + 2100, now=T0 + 220
        )
        task = _stored(backend.tasks)
        assert (task.status, task.step, task.progress_key, task.deadline_at) == (
            TaskStatus.PROCESSING,
            2,
            "progress/t1/2-b",
            T0 + 2100,
        )
        assert task.attempts == 1 and task.updated_at == T0 + 220
        assert task.history[-2:] == [
            HistoryEntry(T0 + 110, "processing", continue_note(1)),
            HistoryEntry(T0 + 220, "processing", continue_note(2)),
        ]

    @pytest.mark.parametrize(
        ("expected", "why"),
        [(None, "the task moved on already"), ("progress/t1/1-other", "a duplicate's own progress")],
    )
    def test_only_the_expected_step_continues(self, backend: Backend, expected: str | None, why: str) -> None:
        queued(backend.tasks)
        backend.tasks.claim("t1", T0 + 1)
        assert backend.tasks.continue_step(
            "t1", 1, "progress/t1/1-a", expected_key=None, deadline_at=T0 + 2000, now=T0 + 110
        )
        before = _stored(backend.tasks)
        assert not backend.tasks.continue_step(
            "t1", 2, "progress/t1/2-x", expected_key=expected, deadline_at=T0 + 9000, now=T0 + 300
        ), why
        assert _stored(backend.tasks) == before

    def test_a_queued_task_does_not_continue(self, backend: Backend) -> None:
        before = queued(backend.tasks)
        assert not backend.tasks.continue_step(
            "t1", 1, "progress/t1/1-a", expected_key=None, deadline_at=T0 + 2000, now=T0 + 110
        )
        assert _stored(backend.tasks) == before

    def test_a_step_can_be_taken_back(self, backend: Backend) -> None:
        """What the worker does when the continuation message cannot be sent: the step it started from again."""
        queued(backend.tasks)
        backend.tasks.claim("t1", T0 + 1)
        backend.tasks.continue_step("t1", 1, "progress/t1/1-a", expected_key=None, deadline_at=T0 + 2000, now=T0 + 2)
        assert backend.tasks.continue_step(
            "t1", 0, None, expected_key="progress/t1/1-a", deadline_at=T0 + 2000, now=T0 + 3
        )
        task = _stored(backend.tasks)
        assert (task.step, task.progress_key) == (0, None)

    def test_unknown_task_raises(self, backend: Backend) -> None:
        with pytest.raises(TaskNotFound):
            backend.tasks.continue_step("nope", 1, "progress/nope/1-a", expected_key=None, deadline_at=T0, now=T0)


@pytest.mark.parametrize("finish", FINISH)
@pytest.mark.parametrize("later", LATER)
def test_a_finished_task_never_changes_again(backend: Backend, finish: str, later: str) -> None:
    before = FINISH[finish](backend.tasks)
    assert LATER[later](backend.tasks) in (None, False)
    assert _stored(backend.tasks) == before  # status, result, error, attempts, history, timestamps


class TestFeedback:
    def test_only_a_completed_task_takes_feedback_once(self, backend: Backend) -> None:
        before = completed(backend.tasks)
        feedback = {"correct_class": "receipt", "agreed": False, "at": T0 + 10}
        task = backend.tasks.record_feedback("t1", feedback, T0 + 10)
        assert task.feedback == feedback and task.updated_at == T0 + 10
        assert (task.status, task.result, task.attempts, task.history) == (
            before.status,
            before.result,
            before.attempts,
            before.history,
        )
        with pytest.raises(FeedbackExists):
            backend.tasks.record_feedback("t1", feedback, T0 + 11)
        assert [t.task_id for t in backend.tasks.with_feedback()] == ["t1"]

    def test_failed_and_unknown_tasks_take_no_feedback(self, backend: Backend) -> None:
        before = failed(backend.tasks)
        with pytest.raises(TaskNotCompleted):
            backend.tasks.record_feedback("t1", {"correct_class": "invoice"}, T0 + 10)
        assert _stored(backend.tasks) == before
        with pytest.raises(TaskNotFound):
            backend.tasks.record_feedback("nope", {"correct_class": "invoice"}, T0 + 10)


def test_listing_and_counting(backend: Backend) -> None:
    for number in range(4):
        backend.tasks.create(new_task(f"t{number}", created_at=T0 + number))
    backend.tasks.claim("t2", T0 + 10)
    backend.tasks.claim("t3", T0 + 10)
    backend.tasks.complete("t3", RESULT, 0.1, False, T0 + 11)
    assert [t.task_id for t in backend.tasks.unfinished(TaskStatus.QUEUED, T0 + 100, 10)] == ["t0", "t1"]
    assert [t.task_id for t in backend.tasks.unfinished(TaskStatus.QUEUED, T0 + 100, 1)] == ["t0"]
    assert [t.task_id for t in backend.tasks.unfinished(TaskStatus.QUEUED, T0 + 0.5, 10)] == ["t0"]
    assert [t.task_id for t in backend.tasks.unfinished(TaskStatus.PROCESSING, T0 + 100, 10)] == ["t2"]
    assert backend.tasks.count_by_status() == {
        TaskStatus.QUEUED: 2,
        TaskStatus.PROCESSING: 1,
        TaskStatus.COMPLETED: 1,
        TaskStatus.FAILED: 0,
    }


@pytest.mark.parametrize("code", ["ProvisionedThroughputExceededException", "ThrottlingException"])
@pytest.mark.parametrize("later", ["claim", "complete", "fail", "fail_overdue"])
def test_dynamodb_throttling_is_raised_not_taken_for_a_finished_task(moto_aws: MotoAws, code: str, later: str) -> None:
    """A throttled write is an error for the caller to retry, never a conditional 'no': the item is untouched."""
    moto_aws.wipe()
    db = moto_aws.clients["dynamodb"]
    store = DynamoTaskStore(db, moto_aws.env["TASKS_TABLE_NAME"])
    store.create(new_task(deadline_after=0))
    before = _stored(store)
    with next_call_answers(db, "UpdateItem", code), pytest.raises(ClientError) as raised:
        LATER[later](store)
    assert raised.value.response["Error"]["Code"] == code
    assert _stored(store) == before
