"""A worker batch reads its cache entries in one request and writes them in one; the tasks stay exactly-once."""

from __future__ import annotations

import json
from collections.abc import Callable, Collection, Mapping
from typing import Any

import pytest
from doc_classifier.result import ClassificationResult
from doc_classifier.service.memory import (
    MemoryBlobStore,
    MemoryResultCache,
    MemoryStatsStore,
    MemoryTaskStore,
    MemoryWorkQueue,
)
from doc_classifier.service.messages import CacheHint, cache_hint_of, upload_key, work_of
from doc_classifier.service.settings import ServiceSettings
from doc_classifier.service.task_service import CACHE_WRITE_FAILURES, TaskService
from doc_classifier.service.tasks import Priority, TaskStatus

from tests.support.fakes import KeywordClassifier
from tests.unit.service.conftest import Clock

INVOICE = b"INVOICE no 7, amount due 100"


class RefusingCache(MemoryResultCache):
    """DynamoDB refusing the batch write (throttled past the retries, or down)."""

    def put_many(self, entries: Mapping[str, tuple[dict[str, Any], int]]) -> list[str]:
        self.calls["put_many"] += 1
        raise RuntimeError("ProvisionedThroughputExceededException")


class UnansweringCache(MemoryResultCache):
    """A batch read whose keys all came back unprocessed: none of them is known."""

    def get_many(self, keys: Collection[str], now: float) -> dict[str, dict[str, Any] | None]:
        self.calls["get_many"] += 1
        return {}


@pytest.fixture
def cache() -> MemoryResultCache:
    return MemoryResultCache()


@pytest.fixture
def tasks() -> MemoryTaskStore:
    return MemoryTaskStore()


@pytest.fixture
def make(
    *,
    classifier: KeywordClassifier,
    clock: Clock,
    stats: MemoryStatsStore,
    queue: MemoryWorkQueue,
    tasks: MemoryTaskStore,
    blobs: MemoryBlobStore,
) -> Callable[[MemoryResultCache], TaskService]:
    def build(cache: MemoryResultCache) -> TaskService:
        return TaskService(
            classifier=lambda: classifier,
            taxonomy=classifier.taxonomy,
            tasks=tasks,
            cache=cache,
            stats=stats,
            blobs=blobs,
            queue=queue,
            settings=ServiceSettings(),
            clock=clock,
        )

    return build


def queued(service: TaskService, queue: MemoryWorkQueue, documents: list[bytes]) -> list[str]:
    """Submit the documents; the bodies SQS would deliver, in order."""
    for document in documents:
        service.submit(document, "finance", Priority.HIGH)
    return [json.dumps(queue.waiting[Priority.HIGH].popleft()) for _ in documents]


def run_batch(service: TaskService, bodies: list[str]) -> list[bool]:
    """As the worker handler does: one batch, its records one by one; whether each result was cached."""
    cached: list[bool] = []
    with service.worker_batch(bodies):
        for body in bodies:
            cached.extend(outcome.cached for outcome in service.process_message(body, 1))
    return cached


def test_a_batch_reads_the_cache_once_and_writes_it_once(
    make: Callable[[MemoryResultCache], TaskService],
    cache: MemoryResultCache,
    queue: MemoryWorkQueue,
    classifier: KeywordClassifier,
) -> None:
    service = make(cache)
    documents = [INVOICE + bytes([n]) for n in range(5)]
    assert run_batch(service, queued(service, queue, documents)) == [False] * 5
    assert cache.calls == {"get_many": 1, "put_many": 1}
    assert classifier.calls == 5

    # The same documents again, another batch: every one a hit from the single read, none classified.
    assert run_batch(service, queued(service, queue, documents)) == [True] * 5
    assert cache.calls == {"get_many": 2, "put_many": 1}
    assert classifier.calls == 5


def test_an_identical_document_later_in_the_batch_is_served_from_the_batch(
    make: Callable[[MemoryResultCache], TaskService],
    cache: MemoryResultCache,
    queue: MemoryWorkQueue,
    classifier: KeywordClassifier,
    tasks: MemoryTaskStore,
) -> None:
    service = make(cache)
    bodies = queued(service, queue, [INVOICE, INVOICE])
    assert run_batch(service, bodies) == [False, True]
    assert classifier.calls == 1
    assert cache.calls == {"get_many": 1, "put_many": 1}
    results = [tasks.get(work_of(body)[0].task_id) for body in bodies]
    assert all(task is not None and task.status is TaskStatus.COMPLETED for task in results)
    assert results[0] is not None and results[1] is not None and results[0].result == results[1].result


def test_a_refused_cache_write_leaves_every_task_completed_and_is_counted(
    make: Callable[[MemoryResultCache], TaskService],
    queue: MemoryWorkQueue,
    tasks: MemoryTaskStore,
    stats: MemoryStatsStore,
) -> None:
    cache = RefusingCache()
    service = make(cache)
    bodies = queued(service, queue, [INVOICE + b"1", INVOICE + b"2"])
    assert run_batch(service, bodies) == [False, False]  # no exception: the message is not retried
    assert cache.calls["put_many"] == 1
    for body in bodies:
        task = tasks.get(work_of(body)[0].task_id)
        assert task is not None and task.status is TaskStatus.COMPLETED and task.result is not None
    assert stats.read()[CACHE_WRITE_FAILURES] == 2


# A cache holding smaller entries than a task holds results: a result can be too large to cache yet stored
# with its task (by default the task's limit is the lower: TASK_RESULT_MAX_BYTES, tests/contract).
CACHE_MAX_ENTRY_BYTES = 10_000


class VerboseClassifier(KeywordClassifier):
    """Explains a document that says VERBOSE at length: a result too large to cache."""

    def classify(self, data: bytes, industry: str | None = None) -> ClassificationResult:
        result = super().classify(data, industry)
        if b"VERBOSE" in data:
            result.reasoning = "x" * CACHE_MAX_ENTRY_BYTES
        return result


class TestAResultTooLargeToCache:
    @pytest.fixture
    def classifier(self) -> KeywordClassifier:
        return VerboseClassifier()

    @pytest.fixture
    def cache(self) -> MemoryResultCache:
        return MemoryResultCache(max_entry_bytes=CACHE_MAX_ENTRY_BYTES)

    def test_is_counted_and_the_rest_of_its_batch_is_cached(
        self,
        make: Callable[[MemoryResultCache], TaskService],
        cache: MemoryResultCache,
        queue: MemoryWorkQueue,
        tasks: MemoryTaskStore,
        stats: MemoryStatsStore,
    ) -> None:
        service = make(cache)
        documents = [INVOICE + b"1", INVOICE + b" VERBOSE", INVOICE + b"2"]
        bodies = queued(service, queue, documents)
        assert run_batch(service, bodies) == [False, False, False]
        for body in bodies:
            task = tasks.get(work_of(body)[0].task_id)
            assert task is not None and task.status is TaskStatus.COMPLETED
        assert stats.read()[CACHE_WRITE_FAILURES] == 1
        assert run_batch(service, queued(service, queue, documents)) == [True, False, True]

    def test_outside_a_batch_is_counted_not_raised(
        self,
        make: Callable[[MemoryResultCache], TaskService],
        cache: MemoryResultCache,
        queue: MemoryWorkQueue,
        tasks: MemoryTaskStore,
        stats: MemoryStatsStore,
    ) -> None:
        service = make(cache)
        body = queued(service, queue, [INVOICE + b" VERBOSE"])[0]
        assert [outcome.cached for outcome in service.process_message(body, 1)] == [False]
        task = tasks.get(work_of(body)[0].task_id)
        assert task is not None and task.status is TaskStatus.COMPLETED
        assert not service.classify_now(INVOICE + b" VERBOSE", "finance").cached  # the sync route's put too
        assert stats.read()[CACHE_WRITE_FAILURES] == 2
        assert cache.calls == {"get": 2}  # nothing sent


def test_messages_without_a_hint_read_their_own_entry(
    make: Callable[[MemoryResultCache], TaskService],
    cache: MemoryResultCache,
    queue: MemoryWorkQueue,
    blobs: MemoryBlobStore,
) -> None:
    service = make(cache)
    old = json.loads(queued(service, queue, [INVOICE])[0])
    del old["cache"]  # queued before the API sent hints
    ticket = service.create_upload("finance", Priority.HIGH)
    blobs.put(upload_key(ticket.task.task_id), INVOICE)
    upload = json.dumps({"Records": [{"s3": {"object": {"key": upload_key(ticket.task.task_id)}}}]})
    assert run_batch(service, [json.dumps(old), upload]) == [False, True]
    # Nothing to read in one request: the first reads its own entry, the second (the same bytes) is served from
    # the batch's pending write, and the batch still writes once.
    assert cache.calls == {"get": 1, "put_many": 1}


def test_keys_the_batch_read_did_not_answer_are_read_one_by_one(
    make: Callable[[MemoryResultCache], TaskService], queue: MemoryWorkQueue
) -> None:
    cache = UnansweringCache()
    service = make(cache)
    assert run_batch(service, queued(service, queue, [INVOICE])) == [False]
    assert cache.calls == {"get_many": 1, "get": 1, "put_many": 1}


def test_a_wrong_hint_cannot_serve_another_documents_result(
    make: Callable[[MemoryResultCache], TaskService],
    cache: MemoryResultCache,
    queue: MemoryWorkQueue,
    classifier: KeywordClassifier,
) -> None:
    service = make(cache)
    run_batch(service, queued(service, queue, [INVOICE]))  # INVOICE's result is cached
    forged = json.loads(queued(service, queue, [b"a letter of complaint"])[0])
    forged["cache"] = json.loads(queued(service, queue, [INVOICE])[0])["cache"]  # names INVOICE's entry
    assert run_batch(service, [json.dumps(forged)]) == [False]  # its own key, computed from its bytes
    assert classifier.calls == 2


def test_outside_a_batch_the_cache_is_read_and_written_per_document(
    make: Callable[[MemoryResultCache], TaskService], cache: MemoryResultCache, queue: MemoryWorkQueue
) -> None:
    service = make(cache)
    body = queued(service, queue, [INVOICE])[0]
    service.process_message(body, 1)
    assert cache.calls == {"get": 1, "put": 1}


HINT = {"sha256": "ab" * 32, "industry": "finance", "split": "none"}


@pytest.mark.parametrize(
    ("message", "hint"),
    [
        ({"task_id": "t", "priority": "high", "cache": HINT}, CacheHint("ab" * 32, "finance", "none")),
        ({"task_id": "t", "priority": "high"}, None),  # queued before the API sent hints
        ({"task_id": "t", "priority": "high", "cache": {**HINT, "split": 3}}, None),
        ({"task_id": "t", "priority": "high", "cache": "ab"}, None),
        ({"task_id": "t", "cache": HINT, "continuation": {"step": 1, "progress": "progress/t/1-x"}}, None),
        ({"Records": [{"s3": {"object": {"key": "uploads/t"}}}]}, None),
    ],
)
def test_a_hint_is_read_when_well_formed_and_never_makes_a_message_poison(
    message: dict[str, Any], hint: CacheHint | None
) -> None:
    body = json.dumps(message)
    assert cache_hint_of(body) == hint
    assert [work.task_id for work in work_of(body)] == ["t"]  # a task's message whatever its hint


def test_an_unparsable_body_has_no_hint() -> None:
    assert cache_hint_of("not json") is None
