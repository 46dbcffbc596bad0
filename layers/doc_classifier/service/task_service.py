"""The service's use cases: classify now, queue for later, take uploads, process, sweep, report.

Every dependency is a constructor argument (ports, classifier provider,
clock, id factory), so the same code runs on Lambda, in the local runtime and
against in-memory fakes in unit tests.
"""

from __future__ import annotations

import copy
import hashlib
import json
import logging
import math
import time
import uuid
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field, replace
from functools import partial
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from doc_classifier.config import PacketLimits
from doc_classifier.errors import DocumentError, EmptyDocument
from doc_classifier.llm.budget import worker_time_left
from doc_classifier.service.errors import (
    DocumentMissing,
    FeedbackExists,
    FileTooLargeForSync,
    InvalidFeedback,
    MissingFile,
    ResultTooLarge,
    TaskNotFound,
    TooManyPagesForSync,
    UnknownSplitMode,
)
from doc_classifier.service.messages import (
    CONTINUATION_ROOM,
    CacheHint,
    Continuation,
    Work,
    cache_hint_of,
    inline_key,
    progress_key,
    review_key,
    task_message,
    upload_key,
    work_of,
)
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
from doc_classifier.split_mode import SplitMode
from doc_classifier.taxonomy import AUTO, UNKNOWN, Taxonomy

if TYPE_CHECKING:
    from doc_classifier.packets.progress import PacketProgress

logger = logging.getLogger(__name__)

# Counter names in the stats store.
CACHE_HITS = "cache_hits"
CACHE_MISSES = "cache_misses"
PROCESSED_COUNT = "processed_count"
PROCESSING_SECONDS_TOTAL = "processing_seconds_total"
FEEDBACK_TOTAL = "feedback_total"
FEEDBACK_AGREED = "feedback_agreed"
# Results left out of the cache: too large to cache (CACHE_MAX_ENTRY_BYTES), or a worker batch's write refused.
CACHE_WRITE_FAILURES = "cache_write_failures"
# Results too large for their task (TASK_RESULT_MAX_BYTES): the worker's task failed, or a sync result not queued
# for review.
RESULTS_TOO_LARGE = "results_too_large"


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


def cache_key(sha256: str, industry: str, model_version: str, split: str) -> str:
    return f"{sha256}#{industry}#{model_version}#{split}"


@dataclass
class _CacheBatch:
    """One worker batch's cache traffic: read in one call when it starts, written in one call when it ends."""

    known: dict[str, dict[str, Any] | None]  # what the read answered, None: no entry when the batch started
    pending: dict[str, tuple[dict[str, Any], int]] = field(default_factory=dict)  # results not yet written


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
        default_industry: str | None = None,
        packet_limits: PacketLimits | None = None,
    ) -> None:
        self.default_industry = default_industry or taxonomy.default_industry
        # How much of a packet the worker reads (split auto/per_page); the sync route reads less (settings).
        self.packet_limits = packet_limits or PacketLimits()
        # The classifier is a provider: loading the model is only paid by calls that classify.
        self._classifier = classifier
        self.taxonomy = taxonomy
        # The adapters are the service's own: callers use its operations, never the stores behind them.
        self._tasks = tasks
        self._cache = cache
        self._stats = stats
        self._blobs = blobs
        self._queue = queue
        self.settings = settings
        self._clock = clock
        self._new_id = new_id
        # estimated_time's inputs, shared by this container's submits: a few seconds old is still an estimate.
        max_age = settings.estimate_inputs_max_age_seconds
        self._depths = {p: _Recent(partial(queue.depth, p), max_age, clock) for p in Priority}
        self._average = _Recent(self.average_processing_seconds, max_age, clock)
        self.review = ReviewQueue(tasks=tasks, blobs=blobs, taxonomy=taxonomy, settings=settings, clock=clock)
        # The worker batch in progress on this thread (worker_batch), if any.
        self._batch: ContextVar[_CacheBatch | None] = ContextVar(f"cache_batch_{id(self)}", default=None)

    # ----- synchronous path ---------------------------------------------------------------------

    def classify_now(self, data: bytes | None, industry: str | None, split: str | None = None) -> SyncOutcome:
        industry_id = self._resolve_industry(industry)
        mode = self._resolve_split(split)
        self._check_sync_payload(data)
        assert data is not None
        if mode is not SplitMode.NONE:
            self._check_sync_pages(data)
        classifier = self._classifier()  # loaded only for a request that can be classified
        key = self._cache_key(data, industry_id, classifier.model_version, mode)
        hit = self._cache.get(key, self._clock())
        if hit is not None:
            self._stats.add({CACHE_HITS: 1})
            return SyncOutcome(
                hit,
                cached=True,
                review_task_id=self._sync_review(data, industry_id, mode, hit, elapsed=0.0, cached=True),
            )
        started = time.perf_counter()
        seconds = self.settings.sync_packet_timeout_seconds
        result, complete = self._classify(classifier, data, industry_id, mode, seconds)
        elapsed = time.perf_counter() - started
        if complete:
            self._cache_put(key, result)
        self._stats.add({CACHE_MISSES: 1, PROCESSED_COUNT: 1, PROCESSING_SECONDS_TOTAL: elapsed})
        review_task_id = self._sync_review(data, industry_id, mode, result, elapsed=round(elapsed, 4), cached=False)
        return SyncOutcome(result, cached=False, review_task_id=review_task_id)

    def _sync_review(
        self, data: bytes, industry: str, split: SplitMode, result: dict[str, Any], *, elapsed: float, cached: bool
    ) -> str | None:
        """A sync result that needs review becomes a completed task in review, its bytes kept for the reviewer.

        Every request counts, a cache hit too: each one is a document somebody acted on."""
        review = self.review.entry(result, industry)
        if review is None:
            return None
        task = self._new_task(industry, Priority.HIGH, TaskSource.SYNC, split, deadline_after=0)
        task.status, task.result, task.processing_time, task.cached = TaskStatus.COMPLETED, result, elapsed, cached
        task.review, task.blob_key = review, review_key(task.task_id)
        task.history = [HistoryEntry(task.created_at, TaskStatus.COMPLETED.value, "sync, in review")]
        self.review.keep(task.task_id, data)
        try:
            self._tasks.create(task)
        except ResultTooLarge as exc:
            # The classification is done and answered all the same; only its review is lost, so say so.
            self.review.release(task.task_id)
            self._result_too_large(task.task_id, exc, "sync result not queued for review")
            return None
        return task.task_id

    # ----- asynchronous path --------------------------------------------------------------------

    def submit(
        self, data: bytes | None, industry: str | None, priority: Priority, split: str | None = None
    ) -> Submission:
        industry_id = self._resolve_industry(industry)
        mode = self._resolve_split(split)
        self._check_sync_payload(data)
        assert data is not None
        task_id = self._new_id()
        # The worker reads the cache for a whole batch of these before it claims a task (worker_batch).
        hint = CacheHint(hashlib.sha256(data).hexdigest(), industry_id, mode.value)
        message = task_message(task_id, priority.value, data, cache_hint=hint)
        # A packet may be read on by a later invocation, its continuation message carrying the document too.
        room = CONTINUATION_ROOM if mode is not SplitMode.NONE else 0
        in_message = len(json.dumps(message)) + room <= self.settings.queue_message_max_bytes
        source = TaskSource.MESSAGE if in_message else TaskSource.INLINE
        task = self._new_task(industry_id, priority, source, mode, deadline_after=0, task_id=task_id)
        if not in_message:
            self._blobs.put(task.blob_key, data)
            message = task_message(task_id, priority.value, cache_hint=hint)
        self._tasks.create(task)
        try:
            self._queue.send(priority, message)
        except Exception:
            # Without its message the task would wait for the sweeper; say so now instead.
            error = {"code": "enqueue_failed", "message": "could not queue the task"}
            self._tasks.fail(task.task_id, error, self._clock())
            self._drop_document(task)
            raise
        return Submission(task, self.estimate_seconds(priority))

    def create_upload(self, industry: str | None, priority: Priority, split: str | None = None) -> UploadTicket:
        industry_id = self._resolve_industry(industry)
        mode = self._resolve_split(split)
        expires_in = self.settings.upload_url_expires_seconds
        task = self._new_task(industry_id, priority, TaskSource.UPLOAD, mode, deadline_after=expires_in)
        upload = self._blobs.presigned_post(task.blob_key, self.settings.upload_max_bytes, expires_in)
        self._tasks.create(task)
        return UploadTicket(task, upload)

    def get_task(self, task_id: str) -> Task:
        task = self._tasks.get(task_id)
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
            counters = self._stats.read()
        count = counters.get(PROCESSED_COUNT, 0)
        if count <= 0:
            return self.settings.prior_processing_seconds
        return counters.get(PROCESSING_SECONDS_TOTAL, 0.0) / count

    # ----- worker -------------------------------------------------------------------------------

    @contextmanager
    def worker_batch(self, bodies: Iterable[str]) -> Iterator[None]:
        """The messages of one worker invocation, processed (``process_message``) inside this block: the cache
        entries their hints name are read in one request before the first, the results written in one request
        after the last (and served from memory to an identical document later in the batch).

        Writing at the end means a crash mid-batch loses those entries: the cache is an optimisation, the
        results themselves are stored with each task as it completes. A write DynamoDB refuses, and an entry too
        large to cache, is logged and counted (``cache_write_failures``), never raised: every task of the batch is
        already done."""
        batch = _CacheBatch(self._prefetch(bodies))
        token = self._batch.set(batch)
        try:
            yield
        finally:
            self._batch.reset(token)
            self._flush(batch)

    def _prefetch(self, bodies: Iterable[str]) -> dict[str, dict[str, Any] | None]:
        hints = [hint for hint in map(cache_hint_of, bodies) if hint is not None]
        if not hints:
            return {}
        try:
            version = self._classifier().model_version
            keys = [cache_key(hint.sha256, hint.industry, version, hint.split) for hint in hints]
            return self._cache.get_many(keys, self._clock())
        except Exception:
            # Each document then reads its own entry, and a failure there is the record's to retry.
            logger.warning("batch cache read failed; reading per document", exc_info=True)
            return {}

    def _flush(self, batch: _CacheBatch) -> None:
        if not batch.pending:
            return
        try:
            unwritten = self._cache.put_many(batch.pending)
        except Exception:
            logger.warning("batch cache write failed", exc_info=True)
            unwritten = list(batch.pending)
        self._left_out_of_cache(len(unwritten))

    def _left_out_of_cache(self, count: int) -> None:
        if count:
            logger.warning("results left out of the cache", extra={"count": count})
            self._stats.add({CACHE_WRITE_FAILURES: count})

    def _cache_get(self, key: str) -> dict[str, Any] | None:
        now = self._clock()
        batch = self._batch.get()
        if batch is None:
            return self._cache.get(key, now)
        pending = batch.pending.get(key)
        if pending is not None and pending[1] > now:
            return copy.deepcopy(pending[0])
        if key in batch.known:
            return copy.deepcopy(batch.known[key])
        return self._cache.get(key, now)

    def _cache_put(self, key: str, result: dict[str, Any]) -> None:
        expires_at = int(self._clock()) + self.settings.cache_ttl_seconds
        batch = self._batch.get()
        if batch is not None:
            batch.pending[key] = (copy.deepcopy(result), expires_at)
        elif not self._cache.put(key, result, expires_at):  # too large to cache
            self._left_out_of_cache(1)

    def process_message(self, body: str, receive_count: int) -> list[SyncOutcome]:
        """Process one queue message; raising leaves it on the queue for a retry (and finally the DLQ).

        Returns the classifications it stored, for the worker's metrics."""
        outcomes = (self.process_task(work, receive_count) for work in work_of(body))
        return [outcome for outcome in outcomes if outcome is not None]

    def process_task(self, work: Work, receive_count: int) -> SyncOutcome | None:
        if work.continuation is not None:
            task = self._tasks.get(work.task_id)
            current = task is not None and task.status is TaskStatus.PROCESSING
            if task is None or not current or task.progress_key != work.continuation.progress:
                self._acknowledge_stale(work, task)
                return None
        else:
            task = self._tasks.claim(work.task_id, self._clock())
            if task is None:
                self._acknowledge_finished(work)
                return None
            if task.progress_key is not None:
                # The first message again (delivered twice, or its deletion failed) while later steps carry it on.
                logger.info("task continues in a later step; message acknowledged", extra={"task_id": task.task_id})
                return None
        try:
            return self._classify_task(task, work.document)
        except DocumentError as exc:
            # The document itself is the problem: retrying cannot help.
            self._tasks.fail(task.task_id, exc.to_dict(), self._clock())
            self._drop_document(task)
            return None
        except Exception:
            # Transient (a backend down, DynamoDB throttling...): raising leaves the message for a retry.
            # On the last receive the task is failed now, so its client gets an answer instead of waiting
            # for the sweeper, and the message still goes to the DLQ, where the alarm makes someone look
            # at the cause. Failed is final: a redrive of that message is only acknowledged (its task is
            # not retried), so the error says nothing of redriving; the bytes are no longer needed.
            if receive_count >= self.settings.max_receive_count:
                error = {"code": "processing_error", "message": f"gave up after {receive_count} attempts"}
                self._tasks.fail(task.task_id, error, self._clock())
                self._drop_document(task)
            raise

    def _acknowledge_finished(self, work: Work) -> None:
        """A message for a finished task: a duplicate, a redrive, or an upload after its ticket failed.

        The stored outcome stands; bytes that arrived late are deleted unread (a message's own go with it)."""
        if work.document is not None:
            logger.info("task already finished; message acknowledged", extra={"task_id": work.task_id})
            return
        task = self._tasks.get(work.task_id)
        blob_key = task.blob_key if task else inline_key(work.task_id)
        status = task.status.value if task else "gone"
        logger.info(
            "task already finished; message acknowledged, its document deleted",
            extra={"task_id": work.task_id, "status": status, "blob_key": blob_key},
        )
        self._blobs.delete(blob_key)

    def _acknowledge_stale(self, work: Work, task: Task | None) -> None:
        """A continuation that is not the task's current step: a duplicate of a step another worker moved on
        from, or one for a finished or vanished task. Its progress object is nobody's any longer."""
        assert work.continuation is not None
        logger.info(
            "stale continuation acknowledged",
            extra={
                "task_id": work.task_id,
                "step": work.continuation.step,
                "status": task.status.value if task else "gone",
            },
        )
        self._blobs.delete(work.continuation.progress)

    def _drop_document(self, task: Task) -> None:
        """The task is final: its bytes have no further use (inline ones fall under no bucket expiry), nor has
        the progress of a packet read across invocations."""
        if task.source is not TaskSource.MESSAGE:
            self._blobs.delete(task.blob_key)
        if task.progress_key is not None:
            self._blobs.delete(task.progress_key)

    def _classify_task(self, task: Task, sent: bytes | None) -> SyncOutcome | None:
        uploaded = task.source is TaskSource.UPLOAD
        limit = self.settings.upload_max_bytes if uploaded else self.settings.sync_max_bytes
        if task.source is TaskSource.MESSAGE:
            data = sent if sent is not None and len(sent) <= limit else None
        else:  # a document in a message for a task whose bytes are in the bucket is not trusted
            data = self._blobs.get(task.blob_key, limit)  # the presigned policy alone is not trusted
        if data is None:
            raise DocumentMissing(f"the document for task {task.task_id} is in neither its message nor the bucket")
        if not data:
            raise EmptyDocument("the file is empty")
        classifier = self._classifier()
        started = time.perf_counter()
        key = self._cache_key(data, task.industry, classifier.model_version, task.split)
        result = self._cache_get(key)
        cached = result is not None
        earlier_seconds = 0.0  # what earlier steps of a packet spent reading it
        if result is None:
            # A packet is read for as long as the invocation has left (worker_budget); the pages left are read
            # on by another invocation (up to packet_max_continuations of them), then reported as not read.
            time_left = worker_time_left()
            seconds = math.inf if time_left is None else time_left
            if task.split is SplitMode.NONE:
                result, complete = self._classify(classifier, data, task.industry, task.split, seconds)
            else:
                from doc_classifier.packets.progress import PacketUnfinished  # noqa: PLC0415 - the worker's packets only

                resume = self._resume(task)
                if resume is None:
                    return None
                try:
                    result, complete = self._classify(
                        classifier, data, task.industry, task.split, seconds, resume=resume
                    )
                except PacketUnfinished as unfinished:
                    self._continue(task, data, unfinished.progress)
                    return None
                earlier_seconds = resume.read_seconds
            if complete:
                self._cache_put(key, result)
        elapsed = round(earlier_seconds + time.perf_counter() - started, 4)
        review = self.review.entry(result, task.industry)
        if review is not None:
            self.review.keep(task.task_id, data)
        try:
            stored = self._tasks.complete(task.task_id, result, elapsed, cached, self._clock(), review=review)
        except ResultTooLarge as exc:
            # As large on every retry: a DocumentError, so process_task fails the task with its code now and
            # the message is acknowledged, never retried into the DLQ.
            if review is not None:
                self.review.release(task.task_id)
            self._result_too_large(task.task_id, exc, "result too large for its task; task failed")
            raise
        if review is not None and not stored:
            self.review.release(task.task_id)
        if stored:
            counters: dict[str, float] = {CACHE_HITS: 1} if cached else {CACHE_MISSES: 1, PROCESSED_COUNT: 1}
            if not cached:
                counters[PROCESSING_SECONDS_TOTAL] = elapsed
            self._stats.add(counters)
        self._drop_document(task)
        return SyncOutcome(result, cached) if stored else None

    def _result_too_large(self, task_id: str, exc: ResultTooLarge, what: str) -> None:
        logger.warning(what, extra={"task_id": task_id, "error": exc.message})
        self._stats.add({RESULTS_TOO_LARGE: 1})

    def _resume(self, task: Task) -> PacketProgress | None:
        """Where this step reads on from: the progress the task's current step names (none at step 0); the
        last step allowed finishes, whatever it has not read by then reported as not read. None when that
        progress is gone: the step that moved on from it deleted it, or the task ended (a stale delivery)."""
        from doc_classifier.packets.progress import PacketProgress  # noqa: PLC0415 - the worker's packets only

        progress = PacketProgress()
        if task.progress_key is not None:
            stored = self._blobs.get(task.progress_key, self.settings.upload_max_bytes)
            if stored is None:
                logger.info("continuation's progress is gone; message acknowledged", extra={"task_id": task.task_id})
                return None
            progress = PacketProgress.from_bytes(stored)
        return progress.finishing() if task.step >= self.settings.packet_max_continuations else progress

    def _continue(self, task: Task, data: bytes, progress: PacketProgress) -> None:
        """Hand the packet to another invocation: its progress stored, the task moved to the next step (only
        from the step it is at: a duplicate reading of this step loses here), then the message sent."""
        step = task.step + 1
        key = progress_key(task.task_id, step, self._new_id())
        self._blobs.put(key, progress.to_bytes())
        now = self._clock()
        deadline = now + self.settings.stuck_task_deadline_minutes * 60  # the sweeper leaves a continuing task
        moved = self._tasks.continue_step(
            task.task_id, step, key, expected_key=task.progress_key, deadline_at=deadline, now=now
        )
        if not moved:
            logger.info(
                "another delivery moved the task on, or it finished; this step's progress dropped",
                extra={"task_id": task.task_id, "step": step},
            )
            self._blobs.delete(key)
            return
        document = data if task.source is TaskSource.MESSAGE else None
        message = task_message(task.task_id, task.priority.value, document, Continuation(step, key))
        try:
            self._queue.send(task.priority, message)
        except Exception:
            # Without its message nobody reads on: back to this step, which the retry of its message reads again.
            self._tasks.continue_step(
                task.task_id, task.step, task.progress_key, expected_key=key, deadline_at=deadline, now=now
            )
            self._blobs.delete(key)
            raise
        if task.progress_key is not None:
            self._blobs.delete(task.progress_key)
        logger.info(
            "packet continues in another invocation",
            extra={"task_id": task.task_id, "step": step, "pages_read": progress.next_page},
        )

    # ----- maintenance --------------------------------------------------------------------------

    def sweep(self, limit: int = 100) -> list[str]:
        """Fail queued/processing tasks past their deadline and delete their bytes; the ids it failed."""
        now = self._clock()
        failed: list[str] = []
        for status in (TaskStatus.QUEUED, TaskStatus.PROCESSING):
            for task in self._tasks.unfinished(status, created_before=now, limit=limit):
                if task.deadline_at >= now:
                    continue
                error = {
                    "code": "deadline_exceeded",
                    "message": f"not finished within its deadline (status was {task.status.value})",
                }
                if self._tasks.fail(task.task_id, error, now, overdue_only=True):
                    self._drop_document(task)
                    failed.append(task.task_id)
        return failed

    def oldest_waiting_age(self) -> float:
        """Seconds the oldest queued task has waited, 0 when none waits."""
        oldest = self._tasks.unfinished(TaskStatus.QUEUED, created_before=self._clock(), limit=1)
        return round(self._clock() - oldest[0].created_at, 2) if oldest else 0.0

    # ----- operations: health, metrics, maintenance, the ops CLI ------------------------------

    def backend_checks(self) -> dict[str, Callable[[], object]]:
        """One cheap call per backend, by the name /ready and /metrics report it under; each raises when down."""
        return {
            "tasks_table": self._tasks.ping,
            "cache_table": self._cache.ping,
            "queue": self._queue.ping,
            "bucket": self._blobs.ping,
        }

    def queue_depths(self) -> dict[Priority, QueueDepth]:
        """Each work queue's depth, read now (``estimate_seconds`` reuses recent readings instead)."""
        return {priority: self._queue.depth(priority) for priority in Priority}

    def upload_url(self) -> str:
        """Where presigned uploads are posted (the console's content security policy names its origin).

        Signing a policy is local computation: no request is made."""
        return self._blobs.presigned_post("console-origin-probe", 1, 60).url

    def dead_letter_depth(self) -> int:
        return self._queue.dlq_depth()

    def count_by_status(self) -> dict[TaskStatus, int]:
        return self._tasks.count_by_status()

    def counters(self) -> dict[str, float]:
        """The service's counters (cache hits and misses, processing time, feedback, LLM use)."""
        return self._stats.read()

    def redrive_dead_letters(self, limit: int = 1000) -> int:
        """Move up to ``limit`` dead-lettered messages back to their work queues; the number moved.

        A redriven message for a task that was failed meanwhile is only acknowledged (``process_task``)."""
        return self._queue.redrive_dlq(limit)

    # ----- feedback -----------------------------------------------------------------------------

    def add_feedback(
        self,
        task_id: str,
        correct_class: str | None,
        reviewer: str = "anonymous",
        documents: Iterable[tuple[tuple[int, int], str]] | None = None,
    ) -> Task:
        """A reviewer's verdict; it closes the task's open review and deletes the document kept for it. A packet's
        verdict may give its ``documents`` as they should be (page ranges covering every page read, each with its
        class); the packet's class is then its first document's that is not unknown, as the service labels it."""
        task = self.get_task(task_id)
        if task.feedback is not None:
            raise FeedbackExists(f"task {task_id!r} already has feedback")
        result = task.result or {}
        predicted = result.get("file_class")
        valid = self._classes_of(result.get("industry", task.industry))
        verdicts = None
        if documents is not None:
            verdicts = _document_verdicts(result, documents, valid)
            main = next((v["correct_class"] for v in verdicts if v["correct_class"] != UNKNOWN), UNKNOWN)
            if correct_class not in (None, main):
                raise InvalidFeedback(
                    f"correct_class {correct_class!r} is not the packet's class by its documents: {main!r}, its "
                    "first document that is not unknown"
                )
            correct_class = main
        if correct_class is None:
            raise InvalidFeedback("give correct_class, documents, or both")
        _check_class(correct_class, valid)
        now = self._clock()
        agreed = correct_class == predicted and all(v["agreed"] for v in verdicts or ())
        feedback = {"correct_class": correct_class, "agreed": agreed, "at": now, "reviewer": reviewer}
        if verdicts is not None:
            feedback["documents"] = verdicts
        closed = None
        if task.review is not None and task.review.status is ReviewStatus.OPEN:
            closed = replace(task.review, status=ReviewStatus.CLOSED)
        updated = self._tasks.record_feedback(task_id, feedback, now, review=closed)
        self._stats.add({FEEDBACK_TOTAL: 1, FEEDBACK_AGREED: 1 if feedback["agreed"] else 0})
        if closed is not None:
            self.review.release(task_id)
        return updated

    def export_feedback(self) -> Iterator[dict[str, Any]]:
        """Labelled examples for retraining: the document's hash, what we said and what was right."""
        for task in self._tasks.with_feedback():
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
                "documents": feedback.get("documents"),  # a packet's documents as the reviewer set them, or None
            }

    # ----- helpers ------------------------------------------------------------------------------

    def _classify(
        self,
        classifier: Classifier,
        data: bytes,
        industry: str,
        mode: SplitMode,
        seconds: float,
        *,
        resume: PacketProgress | None = None,
    ) -> tuple[dict[str, Any], bool]:
        """The result, and whether it may be cached: a packet cut short by ``seconds`` may not (read again with
        more time, more of it is read), one cut by the page limit may (it is cut the same way every time).
        With ``resume`` a packet not read to the page limit in ``seconds`` raises PacketUnfinished instead."""
        if mode is SplitMode.NONE:
            return classifier.classify(data, industry).to_dict(), True
        limits = self.packet_limits
        limits = replace(limits, packet_timeout_seconds=min(limits.packet_timeout_seconds, seconds))
        packet = classifier.classify_packet(data, industry, mode, limits, resume=resume)
        return packet.to_dict(), packet.pages_read >= min(packet.pages_total, limits.max_packet_pages)

    def _check_sync_pages(self, data: bytes) -> None:
        """Counted from the page tree alone, before anything is read or rendered."""
        from doc_classifier.extraction import count_pages  # noqa: PLC0415 - a split request only

        pages = count_pages(data)
        if pages > self.settings.sync_max_packet_pages:
            raise TooManyPagesForSync(
                f"{pages} pages is over the {self.settings.sync_max_packet_pages} pages this route splits; "
                "use POST /classify_file_async (or POST /uploads) with the same split"
            )

    def _resolve_split(self, split: str | None) -> SplitMode:
        if split is None:
            return SplitMode.NONE
        try:
            return SplitMode(split.strip().lower())
        except ValueError:
            valid = ", ".join(mode.value for mode in SplitMode)
            raise UnknownSplitMode(f"unknown split {split[:32]!r}; valid values: {valid}") from None

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

    def _new_task(
        self,
        industry: str,
        priority: Priority,
        source: TaskSource,
        split: SplitMode,
        *,
        deadline_after: int,
        task_id: str | None = None,
    ) -> Task:
        now = self._clock()
        task_id = task_id or self._new_id()
        # A MESSAGE task keeps the inline key too: nothing is stored there, so a stray delete finds nothing.
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
            split=split,
            history=[HistoryEntry(now, TaskStatus.QUEUED.value, source.value)],
        )

    def _classes_of(self, industry: str) -> set[str]:
        if industry == AUTO or industry not in self.taxonomy.industries:
            return {*self.taxonomy.categories, UNKNOWN}
        return {*self.taxonomy.industries[industry].category_ids, UNKNOWN}

    @staticmethod
    def _cache_key(data: bytes, industry: str, model_version: str, split: SplitMode) -> str:
        return cache_key(hashlib.sha256(data).hexdigest(), industry, model_version, split.value)

    @staticmethod
    def _pending(depth: QueueDepth) -> int:
        return int(depth.visible + depth.in_flight)


def _check_class(label: str, valid: set[str]) -> None:
    if label not in valid:
        raise InvalidFeedback(f"unknown class {label!r}; valid classes: {', '.join(sorted(valid))}")


def _document_verdicts(
    result: Mapping[str, Any], documents: Iterable[tuple[tuple[int, int], str]], valid: set[str]
) -> list[dict[str, Any]]:
    """A reviewer's documents of a packet, checked against the pages it read, each beside the result's document over
    the same pages (if any): ranges that differ correct the split itself."""
    found = result.get("documents")
    if not found:
        raise InvalidFeedback("documents are for a packet's result (split auto or per_page); this result has none")
    predicted = {(d["pages"][0], d["pages"][1]): d["file_class"] for d in found}
    pages_read = max(last for _, last in predicted)
    verdicts = []
    following = 1
    for (first, last), label in documents:
        if first != following or not first <= last <= pages_read:
            raise InvalidFeedback(
                f"documents must cover pages 1-{pages_read} in order, without gaps or overlaps: the next one starts "
                f"at page {following} and ends by page {pages_read}, not [{first}, {last}]"
            )
        _check_class(label, valid)
        said = predicted.get((first, last))
        verdicts.append(
            {"pages": [first, last], "correct_class": label, "predicted_class": said, "agreed": said == label}
        )
        following = last + 1
    if following != pages_read + 1:
        raise InvalidFeedback(f"documents must cover every page read, 1-{pages_read}; they end at page {following - 1}")
    return verdicts
