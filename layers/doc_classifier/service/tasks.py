"""A classification task as stored: its status, where its bytes are, and its outcome."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from doc_classifier.split_mode import SplitMode


class TaskStatus(StrEnum):
    QUEUED = "queued"
    PROCESSING = "processing"
    COMPLETED = "completed"
    FAILED = "failed"


# Completed and failed are final: no store transition leaves them (see TaskStore).
UNFINISHED = frozenset({TaskStatus.QUEUED, TaskStatus.PROCESSING})
# The history note of every claim, in every store; the attempt number is the task's `attempts`.
CLAIM_NOTE = "claimed by a worker"


CONTINUE_NOTE = "reading continues"


def continue_note(step: int) -> str:
    """The history note of a long packet's move to ``step`` (the next invocation reads on), in every store."""
    return f"{CONTINUE_NOTE}: step {step}"


class Priority(StrEnum):
    HIGH = "high"  # interactive work
    LOW = "low"  # bulk / off-peak work: its own queue so it never delays HIGH


class TaskSource(StrEnum):
    INLINE = "inline"  # bytes came in the API request and were parked in the bucket
    UPLOAD = "upload"  # bytes arrive through a presigned POST
    MESSAGE = "message"  # bytes came in the API request and travel in the queue message: nothing in the bucket
    # A /classify_file result that needs review: sync results are otherwise never stored, so the task is
    # created completed, in review, with its bytes under the review prefix.
    SYNC = "sync"


class ReviewStatus(StrEnum):
    OPEN = "open"  # waiting for a reviewer's verdict
    CLOSED = "closed"  # a verdict came (through the feedback route)


@dataclass(frozen=True)
class Review:
    """A task's place in the review queue (service/review.py decides who enters it)."""

    status: ReviewStatus
    reason: str  # a ReviewReason value
    industry: str  # the industry the result was classified against: the queue is listed per industry
    entered_at: float


@dataclass
class HistoryEntry:
    at: float
    status: str
    note: str = ""


@dataclass
class Task:
    task_id: str
    status: TaskStatus
    industry: str
    priority: Priority
    source: TaskSource
    blob_key: str
    created_at: float
    updated_at: float
    deadline_at: float
    expires_at: int  # DynamoDB TTL (epoch seconds)
    split: SplitMode = SplitMode.NONE  # chosen at submission; the worker splits the packet accordingly
    attempts: int = 0
    # A packet read across worker invocations: the step reading on now (0: the first invocation) and the
    # object holding the pages read before it (None at step 0). Only a message naming it continues the task.
    step: int = 0
    progress_key: str | None = None
    result: dict[str, Any] | None = None
    error: dict[str, str] | None = None
    processing_time: float | None = None
    cached: bool = False
    feedback: dict[str, Any] | None = None
    review: Review | None = None
    history: list[HistoryEntry] = field(default_factory=list)
