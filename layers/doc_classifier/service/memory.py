"""In-memory implementations of the ports, with the same conditional semantics as the AWS adapters.

For unit tests of the task service and handlers; thread-safe because the
local runtime's gateway and poller may share one.
"""

from __future__ import annotations

import copy
import json
import threading
from collections import Counter, deque
from collections.abc import Collection, Iterator, Mapping
from typing import Any

from doc_classifier.errors import DocumentTooLarge
from doc_classifier.service.cache_entries import DEFAULT_MAX_ENTRY_BYTES, entry_bytes
from doc_classifier.service.errors import FeedbackExists, TaskNotCompleted, TaskNotFound
from doc_classifier.service.ports import (
    BlobStore,
    PresignedUpload,
    QueueDepth,
    ResultCache,
    ReviewPosition,
    ReviewSummary,
    StatsStore,
    TaskStore,
    WorkQueue,
)
from doc_classifier.service.task_results import DEFAULT_MAX_RESULT_BYTES, stored_result
from doc_classifier.service.tasks import (
    CLAIM_NOTE,
    UNFINISHED,
    HistoryEntry,
    Priority,
    Review,
    ReviewStatus,
    Task,
    TaskStatus,
    continue_note,
)


class MemoryTaskStore(TaskStore):
    def __init__(self, *, max_result_bytes: int = DEFAULT_MAX_RESULT_BYTES) -> None:
        self._tasks: dict[str, Task] = {}
        self._lock = threading.Lock()
        self._max_result_bytes = max_result_bytes  # measured as DynamoDB counts the adapter's attribute

    def create(self, task: Task) -> None:
        if task.result is not None:
            stored_result(task.result, self._max_result_bytes)
        with self._lock:
            if task.task_id in self._tasks:
                raise ValueError(f"task {task.task_id} exists")
            self._tasks[task.task_id] = copy.deepcopy(task)

    def get(self, task_id: str) -> Task | None:
        with self._lock:
            task = self._tasks.get(task_id)
            return copy.deepcopy(task) if task else None

    def claim(self, task_id: str, now: float) -> Task | None:
        with self._lock:
            task = self._require(task_id)
            if task.status not in UNFINISHED:
                return None
            task.status = TaskStatus.PROCESSING
            task.attempts += 1
            task.updated_at = now
            task.history.append(HistoryEntry(now, TaskStatus.PROCESSING.value, CLAIM_NOTE))
            return copy.deepcopy(task)

    def complete(
        self,
        task_id: str,
        result: dict[str, Any],
        processing_time: float,
        cached: bool,
        now: float,
        *,
        review: Review | None = None,
    ) -> bool:
        stored_result(result, self._max_result_bytes)
        with self._lock:
            task = self._require(task_id)
            if task.status not in UNFINISHED:
                return False
            task.status, task.result, task.error = TaskStatus.COMPLETED, copy.deepcopy(result), None
            task.processing_time, task.cached, task.updated_at = processing_time, cached, now
            task.review = review
            task.history.append(HistoryEntry(now, TaskStatus.COMPLETED.value, "cached" if cached else ""))
            return True

    def continue_step(
        self,
        task_id: str,
        step: int,
        progress_key: str | None,
        *,
        expected_key: str | None,
        deadline_at: float,
        now: float,
    ) -> bool:
        with self._lock:
            task = self._require(task_id)
            if task.status is not TaskStatus.PROCESSING or task.progress_key != expected_key:
                return False
            task.step, task.progress_key, task.deadline_at, task.updated_at = step, progress_key, deadline_at, now
            task.history.append(HistoryEntry(now, TaskStatus.PROCESSING.value, continue_note(step)))
            return True

    def fail(self, task_id: str, error: dict[str, str], now: float, overdue_only: bool = False) -> bool:
        with self._lock:
            task = self._require(task_id)
            if task.status not in UNFINISHED or (overdue_only and task.deadline_at >= now):
                return False
            task.status, task.error, task.updated_at = TaskStatus.FAILED, dict(error), now
            task.history.append(HistoryEntry(now, TaskStatus.FAILED.value, error.get("code", "")))
            return True

    def record_feedback(
        self, task_id: str, feedback: dict[str, Any], now: float, *, review: Review | None = None
    ) -> Task:
        with self._lock:
            task = self._require(task_id)
            if task.status is not TaskStatus.COMPLETED:
                raise TaskNotCompleted(f"task {task_id!r} is {task.status.value}")
            if task.feedback is not None:
                raise FeedbackExists(f"task {task_id!r} already has feedback")
            task.feedback, task.updated_at = dict(feedback), now
            if review is not None:
                task.review = review
            return copy.deepcopy(task)

    def close_review(self, task_id: str, review: Review, now: float) -> bool:
        with self._lock:
            task = self._require(task_id)
            if task.review is None or task.review.status is not ReviewStatus.OPEN:
                return False
            task.review, task.updated_at = review, now
            return True

    def reviews(
        self, status: ReviewStatus, industry: str | None, limit: int, after: ReviewPosition | None
    ) -> tuple[list[Task], ReviewPosition | None]:
        newest_first = status is ReviewStatus.CLOSED
        with self._lock:
            found = [
                t
                for t in self._tasks.values()
                if t.review is not None
                and t.review.status is status
                and (industry is None or t.review.industry == industry)
            ]
        # The index's order: entry time, then task id for ties (what DynamoDB's start key resumes from).
        found.sort(key=lambda t: (t.review.entered_at, t.task_id) if t.review else (0.0, ""), reverse=newest_first)
        if after is not None:
            found = [t for t in found if _beyond(t, after, newest_first)]
        page = [copy.deepcopy(t) for t in found[:limit]]
        last = page[-1] if page else None
        if len(found) <= limit or last is None or last.review is None:
            return page, None
        return page, ReviewPosition(last.review.entered_at, last.task_id)

    def review_summary(self) -> ReviewSummary:
        with self._lock:
            entered = [
                t.review.entered_at
                for t in self._tasks.values()
                if t.review is not None and t.review.status is ReviewStatus.OPEN
            ]
        return ReviewSummary(len(entered), min(entered) if entered else None)

    def count_by_status(self) -> dict[TaskStatus, int]:
        with self._lock:
            counts = Counter(task.status for task in self._tasks.values())
        return {status: counts.get(status, 0) for status in TaskStatus}

    def unfinished(self, status: TaskStatus, created_before: float, limit: int) -> list[Task]:
        with self._lock:
            found = [t for t in self._tasks.values() if t.status is status and t.created_at < created_before]
        return [copy.deepcopy(t) for t in sorted(found, key=lambda t: t.created_at)[:limit]]

    def with_feedback(self) -> Iterator[Task]:
        with self._lock:
            found = [copy.deepcopy(t) for t in self._tasks.values() if t.feedback is not None]
        yield from found

    def ping(self) -> None:
        return None

    def _require(self, task_id: str) -> Task:
        task = self._tasks.get(task_id)
        if task is None:
            raise TaskNotFound(f"no task {task_id!r}")
        return task


def _beyond(task: Task, after: ReviewPosition, newest_first: bool) -> bool:
    assert task.review is not None
    key = (task.review.entered_at, task.task_id)
    start = (after.entered_at, after.task_id)
    return key < start if newest_first else key > start


class MemoryResultCache(ResultCache):
    def __init__(self, *, max_entry_bytes: int = DEFAULT_MAX_ENTRY_BYTES) -> None:
        self._items: dict[str, tuple[dict[str, Any], int]] = {}
        self._max_entry_bytes = max_entry_bytes  # measured as DynamoDB counts the adapter's item
        self.calls: Counter[str] = Counter()  # requests by method, as the DynamoDB adapter would make them

    def get(self, key: str, now: float) -> dict[str, Any] | None:
        self.calls["get"] += 1
        return self._get(key, now)

    def _get(self, key: str, now: float) -> dict[str, Any] | None:
        item = self._items.get(key)
        if item is None or item[1] <= now:
            return None
        return copy.deepcopy(item[0])

    def _fits(self, key: str, result: dict[str, Any], expires_at: int) -> bool:
        return entry_bytes(key, json.dumps(result), expires_at) <= self._max_entry_bytes

    def put(self, key: str, result: dict[str, Any], expires_at: int) -> bool:
        if not self._fits(key, result, expires_at):
            return False  # never sent, as by the adapter: no request counted
        self.calls["put"] += 1
        self._items[key] = (copy.deepcopy(result), expires_at)
        return True

    def get_many(self, keys: Collection[str], now: float) -> dict[str, dict[str, Any] | None]:
        self.calls["get_many"] += 1
        return {key: self._get(key, now) for key in keys}

    def put_many(self, entries: Mapping[str, tuple[dict[str, Any], int]]) -> list[str]:
        unwritten = [key for key, (result, expires_at) in entries.items() if not self._fits(key, result, expires_at)]
        stored = {key: entry for key, entry in entries.items() if key not in unwritten}
        if stored:
            self.calls["put_many"] += 1  # the adapter sends nothing when no entry fits
        for key, (result, expires_at) in stored.items():
            self._items[key] = (copy.deepcopy(result), expires_at)
        return unwritten

    def ping(self) -> None:
        return None


class MemoryStatsStore(StatsStore):
    def __init__(self) -> None:
        self._counters: dict[str, float] = {}
        self._lock = threading.Lock()

    def add(self, counters: Mapping[str, float]) -> None:
        with self._lock:
            for name, amount in counters.items():
                self._counters[name] = self._counters.get(name, 0.0) + amount

    def read(self) -> dict[str, float]:
        with self._lock:
            return dict(self._counters)

    def ping(self) -> None:
        return None


class MemoryBlobStore(BlobStore):
    def __init__(self, url: str = "http://blobs.invalid/bucket") -> None:
        self.objects: dict[str, bytes] = {}
        self._url = url

    def put(self, key: str, data: bytes) -> None:
        self.objects[key] = bytes(data)

    def get(self, key: str, max_bytes: int) -> bytes | None:
        data = self.objects.get(key)
        if data is not None and len(data) > max_bytes:
            raise DocumentTooLarge(f"{len(data)} bytes is over the limit of {max_bytes} bytes")
        return data

    def delete(self, key: str) -> None:
        self.objects.pop(key, None)

    def presigned_post(self, key: str, max_bytes: int, expires_in: int) -> PresignedUpload:
        return PresignedUpload(self._url, {"key": key}, expires_in, max_bytes)

    def ping(self) -> None:
        return None


class MemoryWorkQueue(WorkQueue):
    """Message bodies waiting per priority, and a dead-letter queue.

    Tests take messages off ``waiting`` and hand them to the worker logic in one step, so
    nothing is ever in flight here; they put what SQS would have dead-lettered in ``dead_letters``.
    """

    def __init__(self) -> None:
        self.waiting: dict[Priority, deque[dict[str, Any]]] = {p: deque() for p in Priority}
        self.dead_letters: deque[dict[str, Any]] = deque()

    def send(self, priority: Priority, body: dict[str, Any]) -> None:
        self.waiting[priority].append(copy.deepcopy(body))

    def depth(self, priority: Priority) -> QueueDepth:
        return QueueDepth(len(self.waiting[priority]), 0)

    def dlq_depth(self) -> int:
        return len(self.dead_letters)

    def redrive_dlq(self, limit: int) -> int:
        moved = 0
        while self.dead_letters and moved < limit:
            body = self.dead_letters.popleft()
            # As SqsWorkQueue: back to the queue the body names; an S3 notification names none (low).
            priority = body.get("priority")
            self.waiting[Priority(priority) if priority in {p.value for p in Priority} else Priority.LOW].append(body)
            moved += 1
        return moved

    def ping(self) -> None:
        return None
