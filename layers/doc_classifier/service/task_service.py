"""The service's use cases: classify now, queue for later, take uploads, process, sweep, report.

Every dependency is a constructor argument (ports, classifier provider,
clock, id factory), so the same code runs on Lambda, in the local runtime and
against in-memory fakes in unit tests.
"""

from __future__ import annotations

import hashlib
import logging
import math
import time
import uuid
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, replace
from functools import partial
from typing import Any, Generic, TypeVar

from doc_classifier.errors import DocumentError, EmptyDocument
from doc_classifier.service.errors import (
    DocumentMissing,
    FeedbackExists,
    FileTooLargeForSync,
    InvalidFeedback,
    MissingFile,
    TaskNotFound,
)
from doc_classifier.service.messages import inline_key, review_key, task_ids_of, task_message, upload_key
from doc_classifier.service.ports import (
    BlobStore,
    Classifier,
    PresignedUpload,
    QueueDepth,
    ResultCache,
    StatsStore,
    TaskStore,
    WorkQueue,
)
from doc_classifier.service.review_queue import ReviewQueue
from doc_classifier.service.settings import ServiceSettings
from doc_classifier.service.tasks import HistoryEntry, Priority, ReviewStatus, Task, TaskSource, TaskStatus
from doc_classifier.taxonomy import AUTO, UNKNOWN, Taxonomy

logger = logging.getLogger(__name__)

# Counter names in the stats store.
CACHE_HITS = "cache_hits"
CACHE_MISSES = "cache_misses"
PROCESSED_COUNT = "processed_count"
PROCESSING_SECONDS_TOTAL = "processing_seconds_total"
FEEDBACK_TOTAL = "feedback_total"
FEEDBACK_AGREED = "feedback_agreed"


T = TypeVar("T")


class _Recent(Generic[T]):
    """A value read again only once its last reading is ``max_age`` seconds old (0: on every ``get``)."""

    def __init__(self, read: Callable[[], T], max_age: float, clock: Callable[[], float]) -> None:
        self._read = read
        self._max_age = max_age
        self._clock = clock
        self._reading: tuple[float, T] | None = None

    def get(self) -> T:
        now = self._clock()
        if self._reading is None or now - self._reading[0] >= self._max_age:
            self._reading = (now, self._read())
        return self._reading[1]


@dataclass(frozen=True)
class SyncOutcome:
    result: dict[str, Any]
    cached: bool
    review_task_id: str | None = None  # a sync result that entered the review queue: the task created for it


@dataclass(frozen=True)
class Submission:
    task: Task
    estimated_time: float  # seconds until the result is expected


@dataclass(frozen=True)
class UploadTicket:
    task: Task
    upload: PresignedUpload


class TaskService:
    def __init__(
        self,
        *,
        classifier: Callable[[], Classifier],
        taxonomy: Taxonomy,
        tasks: TaskStore,
        cache: ResultCache,
        stats: StatsStore,
        blobs: BlobStore,
        queue: WorkQueue,
        settings: ServiceSettings,
        clock: Callable[[], float] = time.time,
        new_id: Callable[[], str] = lambda: uuid.uuid4().hex,
        default_industry: str = "finance",
    ) -> None:
        self.default_industry = default_industry
        # The classifier is a provider: loading the model is only paid by calls that classify.
        self._classifier = classifier
        self.taxonomy = taxonomy
        self.tasks = tasks
        self.cache = cache
        self.stats = stats
        self.blobs = blobs
        self.queue = queue
        self.settings = settings
        self._clock = clock
        self._new_id = new_id
        # estimated_time's inputs, shared by this container's submits: a few seconds old is still an estimate.
        max_age = settings.estimate_inputs_max_age_seconds
        self._depths = {p: _Recent(partial(queue.depth, p), max_age, clock) for p in Priority}
        self._average = _Recent(self.average_processing_seconds, max_age, clock)
        self.review = ReviewQueue(tasks=tasks, blobs=blobs, taxonomy=taxonomy, settings=settings, clock=clock)

    # ----- synchronous path ---------------------------------------------------------------------

    def classify_now(self, data: bytes | None, industry: str | None) -> SyncOutcome:
        industry_id = self._resolve_industry(industry)
        self._check_sync_payload(data)
        assert data is not None
        classifier = self._classifier()  # loaded only for a request that can be classified
        key = self._cache_key(data, industry_id, classifier.model_version)
        hit = self.cache.get(key, self._clock())
        if hit is not None:
            self.stats.add({CACHE_HITS: 1})
            return SyncOutcome(hit, cached=True, review_task_id=self._sync_review(data, industry_id, hit, 0.0, True))
        started = time.perf_counter()
        result = classifier.classify(data, industry_id).to_dict()
        elapsed = time.perf_counter() - started
        self.cache.put(key, result, int(self._clock()) + self.settings.cache_ttl_seconds)
        self.stats.add({CACHE_MISSES: 1, PROCESSED_COUNT: 1, PROCESSING_SECONDS_TOTAL: elapsed})
        review_task_id = self._sync_review(data, industry_id, result, round(elapsed, 4), False)
        return SyncOutcome(result, cached=False, review_task_id=review_task_id)

    def _sync_review(
        self, data: bytes, industry: str, result: dict[str, Any], elapsed: float, cached: bool
    ) -> str | None:
        """A sync result that needs review becomes a completed task in review, its bytes kept for the reviewer.

        Every request counts, a cache hit too: each one is a document somebody acted on."""
        review = self.review.entry(result, industry)
        if review is None:
            return None
        task = self._new_task(industry, Priority.HIGH, TaskSource.SYNC, deadline_after=0)
        task.status, task.result, task.processing_time, task.cached = TaskStatus.COMPLETED, result, elapsed, cached
        task.review, task.blob_key = review, review_key(task.task_id)
        task.history = [HistoryEntry(task.created_at, TaskStatus.COMPLETED.value, "sync, in review")]
        self.review.keep(task.task_id, data)
        self.tasks.create(task)
        return task.task_id

    # ----- asynchronous path --------------------------------------------------------------------

    def submit(self, data: bytes | None, industry: str | None, priority: Priority) -> Submission:
        industry_id = self._resolve_industry(industry)
        self._check_sync_payload(data)
        assert data is not None
        task = self._new_task(industry_id, priority, TaskSource.INLINE, deadline_after=0)
        self.blobs.put(task.blob_key, data)
        self.tasks.create(task)
        try:
            self.queue.send(priority, task_message(task.task_id, priority.value))
        except Exception:
            # Without its message the task would wait for the sweeper; say so now instead.
            error = {"code": "enqueue_failed", "message": "could not queue the task"}
            self.tasks.fail(task.task_id, error, self._clock())
            self.blobs.delete(task.blob_key)
            raise
        return Submission(task, self.estimate_seconds(priority))

    def create_upload(self, industry: str | None, priority: Priority) -> UploadTicket:
        industry_id = self._resolve_industry(industry)
        expires_in = self.settings.upload_url_expires_seconds
        task = self._new_task(industry_id, priority, TaskSource.UPLOAD, deadline_after=expires_in)
        upload = self.blobs.presigned_post(task.blob_key, self.settings.upload_max_bytes, expires_in)
        self.tasks.create(task)
        return UploadTicket(task, upload)

    def get_task(self, task_id: str) -> Task:
        task = self.tasks.get(task_id)
        if task is None:
            raise TaskNotFound(f"no task {task_id!r}")
        return task

    def estimate_seconds(self, priority: Priority) -> float:
        """Seconds until a task queued now is done: the work ahead of it, in waves of worker concurrency.

        Its inputs are read at most every ``estimate_inputs_max_age_seconds`` per container."""
        ahead = self._pending(self._depths[Priority.HIGH].get())
        if priority is Priority.LOW:
            ahead += self._pending(self._depths[Priority.LOW].get())
        waves = max(1, math.ceil(ahead / self.settings.worker_concurrency))
        return round(waves * self._average.get(), 2)

    def average_processing_seconds(self, counters: Mapping[str, float] | None = None) -> float:
        """Mean seconds per classified document; ``counters`` spares a second read when the caller holds them."""
        if counters is None:
            counters = self.stats.read()
        count = counters.get(PROCESSED_COUNT, 0)
        if count <= 0:
            return self.settings.prior_processing_seconds
        return counters.get(PROCESSING_SECONDS_TOTAL, 0.0) / count

    # ----- worker -------------------------------------------------------------------------------

    def process_message(self, body: str, receive_count: int) -> list[SyncOutcome]:
        """Process one queue message; raising leaves it on the queue for a retry (and finally the DLQ).

        Returns the classifications it stored, for the worker's metrics."""
        outcomes = (self.process_task(task_id, receive_count) for task_id in task_ids_of(body))
        return [outcome for outcome in outcomes if outcome is not None]

    def process_task(self, task_id: str, receive_count: int) -> SyncOutcome | None:
        task = self.tasks.claim(task_id, self._clock())
        if task is None:
            self._acknowledge_finished(task_id)
            return None
        try:
            return self._classify_task(task)
        except DocumentError as exc:
            # The document itself is the problem: retrying cannot help.
            self.tasks.fail(task.task_id, exc.to_dict(), self._clock())
            self.blobs.delete(task.blob_key)
            return None
        except Exception:
            # Transient (a backend down, DynamoDB throttling...): raising leaves the message for a retry.
            # On the last receive the task is failed now, so its client gets an answer instead of waiting
            # for the sweeper, and the message still goes to the DLQ, where the alarm makes someone look
            # at the cause. Failed is final: a redrive of that message is only acknowledged (its task is
            # not retried), so the error says nothing of redriving; the bytes are no longer needed.
            if receive_count >= self.settings.max_receive_count:
                error = {"code": "processing_error", "message": f"gave up after {receive_count} attempts"}
                self.tasks.fail(task.task_id, error, self._clock())
                self.blobs.delete(task.blob_key)
            raise

    def _acknowledge_finished(self, task_id: str) -> None:
        """A message for a finished task: a duplicate, a redrive, or an upload after its ticket failed.

        The stored outcome stands; bytes that arrived late are deleted unread."""
        task = self.tasks.get(task_id)
        blob_key = task.blob_key if task else inline_key(task_id)
        status = task.status.value if task else "gone"
        logger.info(
            "task already finished; message acknowledged, its document deleted",
            extra={"task_id": task_id, "status": status, "blob_key": blob_key},
        )
        self.blobs.delete(blob_key)

    def _classify_task(self, task: Task) -> SyncOutcome | None:
        uploaded = task.source is TaskSource.UPLOAD
        limit = self.settings.upload_max_bytes if uploaded else self.settings.sync_max_bytes
        data = self.blobs.get(task.blob_key, limit)  # the presigned policy alone is not trusted
        if data is None:
            raise DocumentMissing(f"the document for task {task.task_id} is not in the bucket")
        if not data:
            raise EmptyDocument("the file is empty")
        classifier = self._classifier()
        started = time.perf_counter()
        key = self._cache_key(data, task.industry, classifier.model_version)
        result = self.cache.get(key, self._clock())
        cached = result is not None
        if result is None:
            result = classifier.classify(data, task.industry).to_dict()
            self.cache.put(key, result, int(self._clock()) + self.settings.cache_ttl_seconds)
        elapsed = round(time.perf_counter() - started, 4)
        review = self.review.entry(result, task.industry)
        if review is not None:
            self.review.keep(task.task_id, data)
        stored = self.tasks.complete(task.task_id, result, elapsed, cached, self._clock(), review=review)
        if review is not None and not stored:
            self.review.release(task.task_id)
        if stored:
            counters: dict[str, float] = {CACHE_HITS: 1} if cached else {CACHE_MISSES: 1, PROCESSED_COUNT: 1}
            if not cached:
                counters[PROCESSING_SECONDS_TOTAL] = elapsed
            self.stats.add(counters)
        self.blobs.delete(task.blob_key)
        return SyncOutcome(result, cached) if stored else None

    # ----- maintenance --------------------------------------------------------------------------

    def sweep(self, limit: int = 100) -> list[str]:
        """Fail queued/processing tasks past their deadline and delete their bytes; the ids it failed."""
        now = self._clock()
        failed: list[str] = []
        for status in (TaskStatus.QUEUED, TaskStatus.PROCESSING):
            for task in self.tasks.unfinished(status, created_before=now, limit=limit):
                if task.deadline_at >= now:
                    continue
                error = {
                    "code": "deadline_exceeded",
                    "message": f"not finished within its deadline (status was {task.status.value})",
                }
                if self.tasks.fail(task.task_id, error, now, overdue_only=True):
                    # Final now: its bytes have no further use (inline ones fall under no bucket expiry).
                    self.blobs.delete(task.blob_key)
                    failed.append(task.task_id)
        return failed

    def oldest_waiting_age(self) -> float:
        """Seconds the oldest queued task has waited, 0 when none waits."""
        oldest = self.tasks.unfinished(TaskStatus.QUEUED, created_before=self._clock(), limit=1)
        return round(self._clock() - oldest[0].created_at, 2) if oldest else 0.0

    # ----- feedback -----------------------------------------------------------------------------

    def add_feedback(self, task_id: str, correct_class: str, reviewer: str = "anonymous") -> Task:
        """A reviewer's verdict; it closes the task's open review and deletes the document kept for it."""
        task = self.get_task(task_id)
        if task.feedback is not None:
            raise FeedbackExists(f"task {task_id!r} already has feedback")
        predicted = (task.result or {}).get("file_class")
        industry = (task.result or {}).get("industry", task.industry)
        valid = self._classes_of(industry)
        if correct_class not in valid:
            choices = ", ".join(sorted(valid))
            raise InvalidFeedback(f"unknown class {correct_class!r}; valid classes: {choices}")
        now = self._clock()
        agreed = correct_class == predicted
        feedback = {"correct_class": correct_class, "agreed": agreed, "at": now, "reviewer": reviewer}
        closed = None
        if task.review is not None and task.review.status is ReviewStatus.OPEN:
            closed = replace(task.review, status=ReviewStatus.CLOSED)
        updated = self.tasks.record_feedback(task_id, feedback, now, review=closed)
        self.stats.add({FEEDBACK_TOTAL: 1, FEEDBACK_AGREED: 1 if feedback["agreed"] else 0})
        if closed is not None:
            self.review.release(task_id)
        return updated

    def export_feedback(self) -> Iterator[dict[str, Any]]:
        """Labelled examples for retraining: the document's hash, what we said and what was right."""
        for task in self.tasks.with_feedback():
            result = task.result or {}
            feedback = task.feedback or {}
            yield {
                "task_id": task.task_id,
                "sha256": result.get("metadata", {}).get("sha256"),
                "industry": result.get("industry", task.industry),
                "predicted_class": result.get("file_class"),
                "correct_class": feedback.get("correct_class"),
                "model_version": result.get("metadata", {}).get("model_version"),
                "reviewer": feedback.get("reviewer"),
                "at": feedback.get("at"),
                "review_reason": task.review.reason if task.review is not None else None,
            }

    # ----- helpers ------------------------------------------------------------------------------

    def _check_sync_payload(self, data: bytes | None) -> None:
        if data is None:
            raise MissingFile("the multipart field 'file' is required")
        if not data:
            raise EmptyDocument("the file is empty")
        if len(data) > self.settings.sync_max_bytes:
            raise FileTooLargeForSync(
                f"{len(data)} bytes is over the {self.settings.sync_max_bytes} bytes this route accepts; "
                "use POST /uploads for large files"
            )

    def _resolve_industry(self, industry: str | None) -> str:
        """The classifier's rule, from the taxonomy alone: queueing work must not load the model."""
        return self.taxonomy.resolve_industry(industry, self.default_industry)

    def _new_task(self, industry: str, priority: Priority, source: TaskSource, deadline_after: int) -> Task:
        now = self._clock()
        task_id = self._new_id()
        blob_key = upload_key(task_id) if source is TaskSource.UPLOAD else inline_key(task_id)
        return Task(
            task_id=task_id,
            status=TaskStatus.QUEUED,
            industry=industry,
            priority=priority,
            source=source,
            blob_key=blob_key,
            created_at=now,
            updated_at=now,
            deadline_at=now + deadline_after + self.settings.stuck_task_deadline_minutes * 60,
            expires_at=int(now) + self.settings.result_ttl_seconds,
            history=[HistoryEntry(now, TaskStatus.QUEUED.value, source.value)],
        )

    def _classes_of(self, industry: str) -> set[str]:
        if industry == AUTO or industry not in self.taxonomy.industries:
            return {*self.taxonomy.categories, UNKNOWN}
        return {*self.taxonomy.industries[industry].category_ids, UNKNOWN}

    @staticmethod
    def _cache_key(data: bytes, industry: str, model_version: str) -> str:
        return f"{hashlib.sha256(data).hexdigest()}#{industry}#{model_version}"

    @staticmethod
    def _pending(depth: QueueDepth) -> int:
        return int(depth.visible + depth.in_flight)
