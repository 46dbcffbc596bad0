"""The review queue's storage (TaskStore.reviews, review_summary, review entries on complete, create and
feedback), against the in-memory fake and DynamoDB's GSIs on moto alike: same pages, same order."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import pytest
from botocore.exceptions import ClientError
from doc_classifier.service.aws.dynamodb import REVIEW_INDEX, REVIEW_INDUSTRY_INDEX
from doc_classifier.service.errors import TaskNotFound
from doc_classifier.service.ports import ReviewPosition, TaskStore
from doc_classifier.service.tasks import Review, ReviewStatus, Task, TaskStatus

from tests.contract.conftest import Backend, next_call_answers
from tests.contract.test_task_store_contract import RESULT, T0, new_task


def in_review(store: TaskStore, task_id: str, entered_at: float, industry: str = "finance") -> Review:
    review = Review(ReviewStatus.OPEN, "low_confidence", industry, entered_at)
    store.create(replace(new_task(task_id), industry=industry))
    store.claim(task_id, entered_at - 1)
    assert store.complete(task_id, RESULT, 0.1, False, entered_at, review=review)
    return review


def ids(page: tuple[list[Task], Any]) -> list[str]:
    return [task.task_id for task in page[0]]


class TestEntries:
    def test_complete_with_a_review_stores_it(self, backend: Backend) -> None:
        review = in_review(backend.tasks, "t1", T0 + 5)
        task = backend.tasks.get("t1")
        assert task is not None and task.review == review and task.status is TaskStatus.COMPLETED

    def test_complete_without_a_review_stores_none(self, backend: Backend) -> None:
        backend.tasks.create(new_task("t1"))
        assert backend.tasks.complete("t1", RESULT, 0.1, False, T0 + 1)
        task = backend.tasks.get("t1")
        assert task is not None and task.review is None
        assert backend.tasks.reviews(ReviewStatus.OPEN, None, 10, None) == ([], None)

    def test_a_task_created_finished_and_in_review(self, backend: Backend) -> None:
        review = Review(ReviewStatus.OPEN, "unknown", "legal", T0)
        task = replace(
            new_task("sync1"),
            status=TaskStatus.COMPLETED,
            result=RESULT,
            processing_time=0.25,
            cached=True,
            review=review,
        )
        backend.tasks.create(task)
        assert backend.tasks.get("sync1") == task
        assert ids(backend.tasks.reviews(ReviewStatus.OPEN, "legal", 10, None)) == ["sync1"]

    def test_feedback_with_a_closed_review_moves_the_item(self, backend: Backend) -> None:
        review = in_review(backend.tasks, "t1", T0 + 5)
        closed = replace(review, status=ReviewStatus.CLOSED)
        feedback = {"correct_class": "invoice", "agreed": True, "at": T0 + 9, "reviewer": "ada"}
        task = backend.tasks.record_feedback("t1", feedback, T0 + 9, review=closed)
        assert task.review == closed and task.feedback == feedback
        assert backend.tasks.reviews(ReviewStatus.OPEN, None, 10, None) == ([], None)
        assert ids(backend.tasks.reviews(ReviewStatus.CLOSED, None, 10, None)) == ["t1"]
        assert ids(backend.tasks.reviews(ReviewStatus.CLOSED, "finance", 10, None)) == ["t1"]
        assert backend.tasks.reviews(ReviewStatus.OPEN, "finance", 10, None) == ([], None)

    def test_close_review_closes_only_an_open_one(self, backend: Backend) -> None:
        review = in_review(backend.tasks, "t1", T0 + 5)
        closed = replace(review, status=ReviewStatus.CLOSED)
        assert backend.tasks.close_review("t1", closed, T0 + 9)
        task = backend.tasks.get("t1")
        assert task is not None and task.review == closed and task.feedback is None and task.updated_at == T0 + 9
        assert not backend.tasks.close_review("t1", closed, T0 + 10)  # already closed
        backend.tasks.create(new_task("t2"))
        assert not backend.tasks.close_review("t2", closed, T0 + 10)  # never in review
        with pytest.raises(TaskNotFound):
            backend.tasks.close_review("missing", closed, T0 + 10)


class TestListing:
    def test_open_oldest_first_closed_newest_first_paged(self, backend: Backend) -> None:
        for n in range(5):
            in_review(backend.tasks, f"t{n}", T0 + 10 - n)  # t4 is the oldest
        tasks, position = backend.tasks.reviews(ReviewStatus.OPEN, None, 2, None)
        assert [t.task_id for t in tasks] == ["t4", "t3"] and position == ReviewPosition(T0 + 7, "t3")
        tasks, position = backend.tasks.reviews(ReviewStatus.OPEN, None, 2, position)
        assert [t.task_id for t in tasks] == ["t2", "t1"] and position is not None
        tasks, position = backend.tasks.reviews(ReviewStatus.OPEN, None, 2, position)
        assert [t.task_id for t in tasks] == ["t0"] and position is None
        # exactly a page left: no position, so no empty page to fetch
        assert backend.tasks.reviews(ReviewStatus.OPEN, None, 5, None)[1] is None
        for n in range(5):
            task = backend.tasks.get(f"t{n}")
            assert task is not None and task.review is not None
            closed = replace(task.review, status=ReviewStatus.CLOSED)
            backend.tasks.record_feedback(f"t{n}", {"correct_class": "invoice"}, T0 + 20, review=closed)
        newest, position = backend.tasks.reviews(ReviewStatus.CLOSED, None, 3, None)
        assert [t.task_id for t in newest] == ["t0", "t1", "t2"]
        assert ids(backend.tasks.reviews(ReviewStatus.CLOSED, None, 3, position)) == ["t3", "t4"]

    def test_one_industry(self, backend: Backend) -> None:
        in_review(backend.tasks, "f1", T0 + 1, "finance")
        in_review(backend.tasks, "l1", T0 + 2, "legal")
        in_review(backend.tasks, "f2", T0 + 3, "finance")
        in_review(backend.tasks, "l2", T0 + 4, "legal")
        tasks, position = backend.tasks.reviews(ReviewStatus.OPEN, "legal", 1, None)
        assert [t.task_id for t in tasks] == ["l1"] and position is not None
        assert ids(backend.tasks.reviews(ReviewStatus.OPEN, "legal", 1, position)) == ["l2"]
        assert ids(backend.tasks.reviews(ReviewStatus.OPEN, "finance", 10, None)) == ["f1", "f2"]
        assert ids(backend.tasks.reviews(ReviewStatus.OPEN, "healthcare", 10, None)) == []

    def test_summary(self, backend: Backend) -> None:
        assert (backend.tasks.review_summary().open, backend.tasks.review_summary().oldest_entered_at) == (0, None)
        in_review(backend.tasks, "t1", T0 + 30)
        review = in_review(backend.tasks, "t2", T0 + 10)
        backend.tasks.create(new_task("t3"))  # not in review
        summary = backend.tasks.review_summary()
        assert (summary.open, summary.oldest_entered_at) == (2, T0 + 10)
        closed = replace(review, status=ReviewStatus.CLOSED)
        backend.tasks.record_feedback("t2", {"correct_class": "x"}, T0 + 40, review=closed)
        summary = backend.tasks.review_summary()
        assert (summary.open, summary.oldest_entered_at) == (1, T0 + 30)


def test_listing_reads_an_index_never_a_scan(backend: Backend) -> None:
    if backend.name != "moto":
        pytest.skip("DynamoDB's access path")
    in_review(backend.tasks, "t1", T0)
    db = backend.clients["dynamodb"]
    seen: list[tuple[str, str | None]] = []

    def record(params: dict[str, Any], model: Any, **_: Any) -> None:
        seen.append((model.name, params.get("IndexName")))

    db.meta.events.register("provide-client-params.dynamodb", record)
    try:
        backend.tasks.reviews(ReviewStatus.OPEN, None, 5, None)
        backend.tasks.reviews(ReviewStatus.OPEN, "finance", 5, None)
        backend.tasks.review_summary()
    finally:
        db.meta.events.unregister("provide-client-params.dynamodb", record)
    assert {operation for operation, _ in seen} == {"Query"}
    assert {index for _, index in seen} == {REVIEW_INDEX, REVIEW_INDUSTRY_INDEX}


def test_a_throttled_listing_raises_as_it_came(backend: Backend) -> None:
    if backend.name != "moto":
        pytest.skip("DynamoDB's errors")
    throttled = next_call_answers(backend.clients["dynamodb"], "Query", "ProvisionedThroughputExceededException")
    with throttled, pytest.raises(ClientError):
        backend.tasks.reviews(ReviewStatus.OPEN, None, 5, None)
