"""The small interfaces the task service needs from storage, queueing and the classifier.

AWS adapters live in ``service.aws``, in-memory fakes in ``service.memory``.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Collection, Iterator, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Protocol

from doc_classifier.result import ClassificationResult
from doc_classifier.service.tasks import Priority, Review, ReviewStatus, Task, TaskStatus

if TYPE_CHECKING:
    from doc_classifier.config import PacketLimits
    from doc_classifier.packets import PacketProgress, PacketResult, SplitMode


class Classifier(Protocol):
    """What the service uses of ``doc_classifier.classifier.DocumentClassifier``."""

    @property
    def model_version(self) -> str: ...

    def classify(self, data: bytes, industry: str | None = None) -> ClassificationResult: ...

    def classify_packet(
        self,
        data: bytes,
        industry: str | None,
        mode: SplitMode,
        limits: PacketLimits | None = None,
        *,
        resume: PacketProgress | None = None,
    ) -> PacketResult:
        """Every page labelled and, for ``SplitMode.AUTO``, grouped into documents (the local model alone)."""


@dataclass(frozen=True)
class ReviewPosition:
    """Where a page of the review queue ended: its last item's entry time and id (a cursor decodes to it)."""

    entered_at: float
    task_id: str


@dataclass(frozen=True)
class ReviewSummary:
    open: int
    oldest_entered_at: float | None  # None when nothing is open


class TaskStore(ABC):
    """Task state with conditional transitions, each one atomic.

    queued -> processing (claim, again on every redelivery); queued or processing -> completed | failed;
    processing -> processing at a later step (continue_step: a long packet read on by another invocation).
    Completed and failed are final: no call changes a finished task's status, result, error, attempts
    or history again, whatever arrives later (duplicate messages, late uploads, DLQ redrives, the
    sweeper). Only feedback is added to a completed task. Every store writes the same history notes.

    A result larger than a task stores (``service.task_results``: its attribute over the store's
    ``max_result_bytes``) is refused by ``create`` and ``complete`` alike with ResultTooLarge, before anything
    else and changing nothing.
    """

    @abstractmethod
    def create(self, task: Task) -> None:
        """Store a new task; ValueError when the id exists, ResultTooLarge when its result is too large."""

    @abstractmethod
    def get(self, task_id: str) -> Task | None: ...

    @abstractmethod
    def claim(self, task_id: str, now: float) -> Task | None:
        """Mark a queued or processing task processing and count the attempt (history note CLAIM_NOTE).

        None, changing nothing, when the task is finished. Raises TaskNotFound for an unknown id.
        """

    @abstractmethod
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
        """Store the result of an unfinished task (history note "cached" or ""), with its review entry if any.

        False, changing nothing, when the task is finished; ResultTooLarge when the result is too large."""

    @abstractmethod
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
        """Move a processing task whose progress key is ``expected_key`` (None: no step stored yet) to ``step``
        and ``progress_key``, its deadline set to ``deadline_at`` (history note ``continue_note(step)``).

        False, changing nothing, when the task is not processing or holds another progress key: a stale or
        duplicate continuation (another worker moved it on first) or a finished task. Raises TaskNotFound
        for an unknown id."""

    @abstractmethod
    def fail(self, task_id: str, error: dict[str, str], now: float, overdue_only: bool = False) -> bool:
        """Fail an unfinished task (history note: the error code); False, changing nothing, when it is finished
        or, with overdue_only, when its deadline is still ahead."""

    @abstractmethod
    def record_feedback(
        self, task_id: str, feedback: dict[str, Any], now: float, *, review: Review | None = None
    ) -> Task:
        """Attach reviewer feedback to a completed task (TaskNotFound / TaskNotCompleted otherwise).

        With ``review`` the task's review entry becomes that one in the same write (the verdict closes it)."""

    @abstractmethod
    def close_review(self, task_id: str, review: Review, now: float) -> bool:
        """Replace an open review entry with ``review`` (closed without a verdict); False when it is not open."""

    @abstractmethod
    def reviews(
        self, status: ReviewStatus, industry: str | None, limit: int, after: ReviewPosition | None
    ) -> tuple[list[Task], ReviewPosition | None]:
        """Tasks in review with this status (and industry), read from an index, never a scan.

        Open ones oldest entry first, closed ones newest first; at most ``limit``, starting after ``after``.
        The position is where the next page starts, None when no task follows."""

    @abstractmethod
    def review_summary(self) -> ReviewSummary:
        """How many reviews are open and when the oldest of them entered the queue."""

    @abstractmethod
    def count_by_status(self) -> dict[TaskStatus, int]: ...

    @abstractmethod
    def unfinished(self, status: TaskStatus, created_before: float, limit: int) -> list[Task]:
        """Queued or processing tasks, oldest first."""

    @abstractmethod
    def with_feedback(self) -> Iterator[Task]: ...

    @abstractmethod
    def ping(self) -> None: ...


class ResultCache(ABC):
    """Results by cache key, each with its expiry (epoch seconds). An optimisation: a lost entry is recomputed.

    An entry larger than the cache stores (``service.cache_entries``: its DynamoDB item over the cache's
    ``max_entry_bytes``) is not written, by ``put`` or ``put_many``, and not raised: each reports it."""

    @abstractmethod
    def get(self, key: str, now: float) -> dict[str, Any] | None: ...

    @abstractmethod
    def put(self, key: str, result: dict[str, Any], expires_at: int) -> bool:
        """Store the key's (result, expires_at); False, writing nothing, when the entry is too large."""

    @abstractmethod
    def get_many(self, keys: Collection[str], now: float) -> dict[str, dict[str, Any] | None]:
        """Every key the cache answered for: its result, or None when it holds none (or an expired one).

        A key it did not answer for (throttled past the retries) is left out: the caller reads it again."""

    @abstractmethod
    def put_many(self, entries: Mapping[str, tuple[dict[str, Any], int]]) -> list[str]:
        """Store each key's (result, expires_at); the keys left unwritten: too large, or still unprocessed
        after the retries. A too large entry never stops the others of the batch."""

    @abstractmethod
    def ping(self) -> None: ...


class StatsStore(ABC):
    """Monotonic counters (cache hits, processing time...), updated atomically."""

    @abstractmethod
    def add(self, counters: Mapping[str, float]) -> None: ...

    @abstractmethod
    def read(self) -> dict[str, float]: ...

    @abstractmethod
    def ping(self) -> None: ...


@dataclass(frozen=True)
class PresignedUpload:
    url: str
    fields: dict[str, str]
    expires_in: int
    max_bytes: int


class BlobStore(ABC):
    @abstractmethod
    def put(self, key: str, data: bytes) -> None: ...

    @abstractmethod
    def get(self, key: str, max_bytes: int) -> bytes | None:
        """The object's bytes, None when it does not exist.

        Raises DocumentTooLarge, without reading the body, when the object is over ``max_bytes``: what an
        upload's presigned policy allowed is checked again here, not trusted."""

    @abstractmethod
    def delete(self, key: str) -> None: ...

    @abstractmethod
    def presigned_post(self, key: str, max_bytes: int, expires_in: int) -> PresignedUpload: ...

    @abstractmethod
    def ping(self) -> None: ...


@dataclass(frozen=True)
class QueueDepth:
    visible: int  # waiting to be received
    in_flight: int  # received, not yet deleted


class WorkQueue(ABC):
    @abstractmethod
    def send(self, priority: Priority, body: dict[str, Any]) -> None: ...

    @abstractmethod
    def depth(self, priority: Priority) -> QueueDepth: ...

    @abstractmethod
    def dlq_depth(self) -> int: ...

    @abstractmethod
    def redrive_dlq(self, limit: int) -> int:
        """Move up to ``limit`` messages from the DLQ back to their work queue; the number moved."""

    @abstractmethod
    def ping(self) -> None: ...
