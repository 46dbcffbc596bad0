"""A result larger than a task stores (service.task_results), against the in-memory fake and DynamoDB on moto
alike: refused before it is sent, with ResultTooLarge, by complete and create, the task unchanged."""

from __future__ import annotations

import json
from dataclasses import replace
from typing import Any

import pytest
from doc_classifier.service.aws.dynamodb import DynamoTaskStore
from doc_classifier.service.errors import ResultTooLarge
from doc_classifier.service.item_sizes import DYNAMODB_ITEM_MAX_BYTES
from doc_classifier.service.memory import MemoryTaskStore
from doc_classifier.service.ports import TaskStore
from doc_classifier.service.task_results import MAX_RESULT_BYTES_CEILING, result_bytes
from doc_classifier.service.tasks import Review, ReviewStatus, TaskStatus

from tests.contract.conftest import Backend
from tests.contract.test_task_store_contract import RESULT, T0, new_task

OVERSIZED = {**RESULT, "reasoning": "x" * DYNAMODB_ITEM_MAX_BYTES}  # no DynamoDB item can hold it
REVIEW = Review(ReviewStatus.OPEN, "low_confidence", "finance", T0 + 2)


def store_holding_at_most(backend: Backend, max_result_bytes: int) -> TaskStore:
    if backend.name == "memory":
        return MemoryTaskStore(max_result_bytes=max_result_bytes)
    return DynamoTaskStore(
        backend.clients["dynamodb"], backend.env["TASKS_TABLE_NAME"], max_result_bytes=max_result_bytes
    )


def processing(store: TaskStore, task_id: str = "t1") -> None:
    store.create(new_task(task_id))
    store.claim(task_id, T0 + 1)


def sized(size: int) -> dict[str, Any]:
    """A result whose attribute is exactly ``size`` bytes."""
    return {"reasoning": "x" * (size - result_bytes(json.dumps({"reasoning": ""})))}


def test_complete_refuses_an_oversized_result_and_the_task_can_still_fail(backend: Backend) -> None:
    processing(backend.tasks)
    before = backend.tasks.get("t1")
    with pytest.raises(ResultTooLarge) as refused:
        backend.tasks.complete("t1", OVERSIZED, 0.5, False, T0 + 2, review=REVIEW)
    assert refused.value.code == "result_too_large" and "'reasoning'" in refused.value.message
    assert backend.tasks.get("t1") == before  # still processing, nothing of the result or review stored
    assert backend.tasks.fail("t1", refused.value.to_dict(), T0 + 3)
    task = backend.tasks.get("t1")
    assert task is not None and task.status is TaskStatus.FAILED and task.error == refused.value.to_dict()


def test_create_refuses_an_oversized_result(backend: Backend) -> None:
    """The sync route's review task is created completed, its result in it."""
    finished = replace(new_task(), status=TaskStatus.COMPLETED, result=OVERSIZED, processing_time=0.5, review=REVIEW)
    with pytest.raises(ResultTooLarge):
        backend.tasks.create(finished)
    assert backend.tasks.get("t1") is None
    assert backend.tasks.review_summary().open == 0


def test_the_limit_is_the_result_attribute_as_dynamodb_counts_it(backend: Backend) -> None:
    size = result_bytes(json.dumps(RESULT))
    too_small = store_holding_at_most(backend, size - 1)
    processing(too_small)
    with pytest.raises(ResultTooLarge):
        too_small.complete("t1", RESULT, 0.5, False, T0 + 2)
    with pytest.raises(ResultTooLarge):
        too_small.create(replace(new_task("t2"), status=TaskStatus.COMPLETED, result=RESULT))
    just_enough = store_holding_at_most(backend, size)
    processing(just_enough, "t3")
    assert just_enough.complete("t3", RESULT, 0.5, False, T0 + 2)
    just_enough.create(replace(new_task("t4"), status=TaskStatus.COMPLETED, result=RESULT))
    assert [stored.result for stored in map(just_enough.get, ("t3", "t4")) if stored] == [RESULT, RESULT]


def test_at_the_largest_limit_the_rest_of_the_item_still_fits(backend: Backend) -> None:
    """TASK_RESULT_MAX_BYTES at its ceiling leaves room for a long history, a review and a verdict."""
    store = store_holding_at_most(backend, MAX_RESULT_BYTES_CEILING)
    store.create(new_task())
    for attempt in range(5):
        store.claim("t1", T0 + attempt)
    key = {step: f"progress/t1/{step}-{'a' * 32}" for step in range(1, 11)}
    for step, progress in key.items():
        assert store.continue_step("t1", step, progress, expected_key=key.get(step - 1), deadline_at=T0, now=T0)
    result = sized(MAX_RESULT_BYTES_CEILING)
    assert store.complete("t1", result, 0.5, False, T0 + 30, review=REVIEW)
    feedback = {"correct_class": "c" * 100, "agreed": False, "at": T0 + 40, "reviewer": "r" * 100}
    task = store.record_feedback("t1", feedback, T0 + 40, review=replace(REVIEW, status=ReviewStatus.CLOSED))
    assert task.result == result and task.feedback == feedback and len(task.history) == 17
