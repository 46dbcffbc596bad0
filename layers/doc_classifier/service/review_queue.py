"""The review queue: who enters it, where their documents are kept, how reviewers page through it.

A task in review keeps its document under ``review/`` (messages.REVIEW_PREFIX) until the verdict, which
deletes it; the bucket's lifecycle rule expires what a verdict never came for after
``review_retention_days``, and from then on the preview answers 410 ``preview_expired``.
Listing reads one of two sparse GSIs (all industries, or one), never a scan; its cursor is opaque to
clients and names the listing it belongs to, so it cannot be replayed against another one.
"""

from __future__ import annotations

import base64
import binascii
import json
import math
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any

from doc_classifier.config import ExtractionLimits
from doc_classifier.errors import DocumentError, UnknownIndustry
from doc_classifier.service.errors import (
    InvalidCursor,
    InvalidLimit,
    InvalidReviewStatus,
    NotInReview,
    PreviewExpired,
    PreviewUnavailable,
    TaskNotFound,
)
from doc_classifier.service.messages import review_key
from doc_classifier.service.ports import BlobStore, ReviewPosition, TaskStore
from doc_classifier.service.review import review_reason, threshold_for
from doc_classifier.service.settings import ServiceSettings
from doc_classifier.service.tasks import Review, ReviewStatus, Task
from doc_classifier.taxonomy import AUTO, UNKNOWN, Taxonomy

DEFAULT_PAGE = 20
MAX_PAGE = 100
MAX_CURSOR_CHARS = 512


@dataclass(frozen=True)
class ReviewPage:
    items: list[dict[str, Any]]  # ReviewItem-shaped (service/api/models.py)
    next_cursor: str | None


@dataclass(frozen=True)
class QueueState:
    open: int
    oldest_open_seconds: float | None  # None when nothing is open


class ReviewQueue:
    def __init__(
        self,
        *,
        tasks: TaskStore,
        blobs: BlobStore,
        taxonomy: Taxonomy,
        settings: ServiceSettings,
        clock: Callable[[], float],
        extraction_limits: Callable[[], ExtractionLimits] = ExtractionLimits.from_env,
    ) -> None:
        self._tasks = tasks
        self._blobs = blobs
        self._taxonomy = taxonomy
        self._settings = settings
        self._clock = clock
        self._extraction_limits = extraction_limits

    # ----- entering and leaving -----------------------------------------------------------------

    def entry(self, result: dict[str, Any], asked_industry: str) -> Review | None:
        """The open review a finished result starts, None when it can stand (service/review.py's rules)."""
        industry = str(result.get("industry") or asked_industry)
        threshold = threshold_for(industry, self._settings.review_threshold, self._settings.review_thresholds)
        reason = review_reason(result, threshold)
        if reason is None:
            return None
        return Review(ReviewStatus.OPEN, reason.value, industry, self._clock())

    def keep(self, task_id: str, data: bytes) -> None:
        """Keep a document for its reviewer (before the task says it is in review: no item without its page)."""
        self._blobs.put(review_key(task_id), data)

    def release(self, task_id: str) -> None:
        """The verdict is in, or the task never entered review: its document has no further use."""
        self._blobs.delete(review_key(task_id))

    def expire(self, limit: int = 100) -> list[str]:
        """Close open reviews past the retention without a verdict (their documents are gone); the ids closed.

        They stay listed as closed with ``verdict: null``; a late verdict is still recorded and exported."""
        deadline = self._clock() - self._settings.review_retention_days * 86400
        oldest_first, _ = self._tasks.reviews(ReviewStatus.OPEN, None, limit, None)
        closed = []
        for task in oldest_first:
            if task.review is None or task.review.entered_at >= deadline:
                break
            if self._tasks.close_review(task.task_id, replace(task.review, status=ReviewStatus.CLOSED), self._clock()):
                closed.append(task.task_id)
        return closed

    # ----- reading ------------------------------------------------------------------------------

    def page(self, status: str | None, industry: str | None, limit: str | None, cursor: str | None) -> ReviewPage:
        """One page of the queue from the query string's raw values; each bad one is a 400 with its code."""
        wanted = self._status(status)
        industry_id = self._industry(industry)
        size = self._limit(limit)
        after = self._decode(cursor, wanted, industry_id) if cursor is not None else None
        tasks, position = self._tasks.reviews(wanted, industry_id, size, after)
        next_cursor = self._encode(position, wanted, industry_id) if position is not None else None
        return ReviewPage([self.item(task) for task in tasks], next_cursor)

    def item(self, task: Task) -> dict[str, Any]:
        assert task.review is not None
        result = task.result or {}
        metadata = result.get("metadata") or {}
        feedback = task.feedback
        verdict = None
        if feedback is not None:
            verdict = {
                "correct_class": feedback.get("correct_class"),
                "agreed": bool(feedback.get("agreed")),
                "reviewer": feedback.get("reviewer", "anonymous"),
                "at": feedback.get("at"),
                "documents": feedback.get("documents"),
            }
        cost = metadata.get("cost_usd")
        return {
            "task_id": task.task_id,
            "industry": task.review.industry,
            "status": task.review.status.value,
            "reason": task.review.reason,
            "entered_at": task.review.entered_at,
            "file_class": result.get("file_class", UNKNOWN),
            "confidence": result.get("confidence", 0.0),
            "reasoning": result.get("reasoning", ""),
            "alternatives": result.get("alternatives", []),
            "documents": result.get("documents"),
            "classifier": str(metadata.get("classifier", "local_model")),
            "cost_usd": float(cost) if cost is not None else None,
            "preview_url": f"/classification_result/{task.task_id}/preview",
            "categories": self.categories(task.review.industry),
            "verdict": verdict,
        }

    def categories(self, industry: str) -> list[str]:
        """What a reviewer may answer: the industry's categories and ``unknown`` (every category for auto)."""
        if industry == AUTO or industry not in self._taxonomy.industries:
            return [*self._taxonomy.categories, UNKNOWN]
        return [*self._taxonomy.industries[industry].category_ids, UNKNOWN]

    def state(self) -> QueueState:
        summary = self._tasks.review_summary()
        oldest = summary.oldest_entered_at
        age = round(max(0.0, self._clock() - oldest), 2) if oldest is not None else None
        return QueueState(summary.open, age)

    def preview(self, task_id: str) -> bytes:
        task = self._tasks.get(task_id)
        if task is None:
            raise TaskNotFound(f"no task {task_id!r}")
        if task.review is None or task.review.status is not ReviewStatus.OPEN:
            raise NotInReview(f"task {task_id!r} is not waiting for review: its document is not kept")
        retention = self._settings.review_retention_days
        if self._clock() - task.review.entered_at > retention * 86400:
            raise PreviewExpired(f"the document of task {task_id!r} was kept {retention} days and is gone")
        data = self._blobs.get(review_key(task_id), self._settings.upload_max_bytes)
        if data is None:
            raise PreviewExpired(f"the document of task {task_id!r} is no longer kept")
        # Rendering needs extraction (PDFium, Pillow): paid by a reviewer's first preview, not by a cold start.
        from doc_classifier.preview import PreviewLimits, render_preview  # noqa: PLC0415

        settings = self._settings
        limits = PreviewLimits(
            settings.preview_max_width,
            settings.preview_max_height,
            settings.preview_max_bytes,
            settings.preview_timeout_seconds,
        )
        try:
            return render_preview(data, limits, self._extraction_limits())
        except DocumentError as exc:
            raise PreviewUnavailable(f"no preview of this document: {exc.message}") from exc

    # ----- query values -------------------------------------------------------------------------

    @staticmethod
    def _status(raw: str | None) -> ReviewStatus:
        try:
            return ReviewStatus(ReviewStatus.OPEN.value if raw is None else raw)
        except ValueError:
            raise InvalidReviewStatus("status must be open or closed") from None

    def _industry(self, raw: str | None) -> str | None:
        if raw is None:
            return None
        industry = raw.strip().lower()
        if industry != AUTO and industry not in self._taxonomy.industries:
            valid = ", ".join([*self._taxonomy.industry_ids, AUTO])
            raise UnknownIndustry(f"unknown industry {raw[:64]!r}; valid industries: {valid}")
        return industry

    @staticmethod
    def _limit(raw: str | None) -> int:
        if raw is None:
            return DEFAULT_PAGE
        if not raw.isascii() or not raw.isdigit() or not 1 <= int(raw) <= MAX_PAGE:
            raise InvalidLimit(f"limit must be a whole number from 1 to {MAX_PAGE}")
        return int(raw)

    @staticmethod
    def _encode(position: ReviewPosition, status: ReviewStatus, industry: str | None) -> str:
        listing = {"s": status.value, "i": industry, "e": position.entered_at, "t": position.task_id}
        return base64.urlsafe_b64encode(json.dumps(listing, separators=(",", ":")).encode()).decode().rstrip("=")

    @staticmethod
    def _decode(cursor: str, status: ReviewStatus, industry: str | None) -> ReviewPosition:
        refused = InvalidCursor("not a cursor of this listing: start again without one")
        if not cursor or len(cursor) > MAX_CURSOR_CHARS:
            raise refused
        try:
            listing = json.loads(base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)))
        except (binascii.Error, ValueError):
            raise refused from None
        if not isinstance(listing, dict) or set(listing) != {"s", "i", "e", "t"}:
            raise refused
        entered_at, task_id = listing["e"], listing["t"]
        if listing["s"] != status.value or listing["i"] != industry:
            raise refused  # a cursor of another listing would resume at a key outside this one
        if not isinstance(entered_at, int | float) or isinstance(entered_at, bool) or not math.isfinite(entered_at):
            raise refused
        if not isinstance(task_id, str) or not 0 < len(task_id) <= 64:
            raise refused
        return ReviewPosition(float(entered_at), task_id)
