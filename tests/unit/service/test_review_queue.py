"""The review queue through the task service: who enters, what is kept, verdicts, listing and previews."""

from __future__ import annotations

import base64
import json
from collections.abc import Callable

import pytest
from doc_classifier.errors import UnknownIndustry
from doc_classifier.service.errors import (
    InvalidCursor,
    InvalidLimit,
    InvalidReviewStatus,
    NotInReview,
    PreviewExpired,
    PreviewUnavailable,
    TaskNotFound,
)
from doc_classifier.service.memory import MemoryBlobStore, MemoryWorkQueue
from doc_classifier.service.messages import review_key
from doc_classifier.service.task_service import TaskService
from doc_classifier.service.tasks import Priority, ReviewStatus, TaskSource, TaskStatus

from tests.unit.service.conftest import Clock
from tests.unit.service.test_task_service import ANY_SIZE, deliver

INVOICE = b"INVOICE no 7, amount due 100"
UNSURE = b"a note about nothing in particular"  # the keyword classifier answers unknown (0.2)
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
DAY = 86400


def async_task(service: TaskService, queue: MemoryWorkQueue, data: bytes, industry: str = "finance") -> str:
    task_id = service.submit(data, industry, Priority.HIGH).task.task_id
    deliver(service, queue, Priority.HIGH)
    return task_id


def kept(blobs: MemoryBlobStore, task_id: str) -> bytes | None:
    return blobs.get(review_key(task_id), ANY_SIZE)


class TestEntering:
    def test_a_confident_async_result_does_not_enter_and_keeps_nothing(
        self, blobs: MemoryBlobStore, service: TaskService, queue: MemoryWorkQueue
    ) -> None:
        task = service.get_task(async_task(service, queue, INVOICE))
        assert task.review is None and kept(blobs, task.task_id) is None
        assert blobs.get(task.blob_key, ANY_SIZE) is None

    def test_an_unsure_async_result_enters_open_and_keeps_its_document(
        self, blobs: MemoryBlobStore, service: TaskService, queue: MemoryWorkQueue, clock: Clock
    ) -> None:
        task = service.get_task(async_task(service, queue, UNSURE))
        assert task.status is TaskStatus.COMPLETED and task.review is not None
        review = task.review
        assert (review.status, review.reason, review.industry) == (ReviewStatus.OPEN, "unknown", "finance")
        assert task.review.entered_at == clock.now
        assert kept(blobs, task.task_id) == UNSURE  # under review/, for the reviewer
        assert blobs.get(task.blob_key, ANY_SIZE) is None  # the inline copy is gone as before

    def test_low_confidence_follows_the_industry_threshold(
        self, make_service: Callable[..., TaskService], queue: MemoryWorkQueue
    ) -> None:
        service = make_service(review_threshold=0.5, review_thresholds={"legal": 0.95})
        finance = service.get_task(async_task(service, queue, INVOICE, "finance"))  # 0.9 >= 0.5
        legal = service.get_task(async_task(service, queue, b"a lease for the flat", "legal"))  # 0.9 < 0.95
        assert finance.review is None
        assert legal.review is not None and legal.review.reason == "low_confidence"

    def test_an_unsure_sync_result_becomes_a_task_in_review(self, blobs: MemoryBlobStore, service: TaskService) -> None:
        outcome = service.classify_now(UNSURE, "finance")
        assert outcome.review_task_id is not None
        task = service.get_task(outcome.review_task_id)
        assert task.status is TaskStatus.COMPLETED and task.source is TaskSource.SYNC
        assert task.result == outcome.result and task.review is not None and task.review.reason == "unknown"
        assert kept(blobs, task.task_id) == UNSURE and task.blob_key == review_key(task.task_id)
        # a cache hit is a request of its own: its own item
        again = service.classify_now(UNSURE, "finance")
        assert again.cached and again.review_task_id not in {None, outcome.review_task_id}

    def test_a_confident_sync_result_stores_nothing(self, service: TaskService) -> None:
        outcome = service.classify_now(INVOICE, "finance")
        assert outcome.review_task_id is None
        assert service.review.page(None, None, None, None).items == []


class TestVerdict:
    def test_the_verdict_closes_the_item_records_who_and_deletes_the_document(
        self, blobs: MemoryBlobStore, service: TaskService, queue: MemoryWorkQueue, clock: Clock
    ) -> None:
        task_id = async_task(service, queue, UNSURE)
        clock.now += 30
        task = service.add_feedback(task_id, "invoice", reviewer="ada")
        assert task.review is not None and task.review.status is ReviewStatus.CLOSED
        assert task.feedback == {"correct_class": "invoice", "agreed": False, "at": clock.now, "reviewer": "ada"}
        assert kept(blobs, task_id) is None
        assert service.review.page("open", None, None, None).items == []
        (closed,) = service.review.page("closed", None, None, None).items
        assert closed["verdict"] == {
            "correct_class": "invoice",
            "agreed": False,
            "reviewer": "ada",
            "at": clock.now,
            "documents": None,  # a packet's, when the reviewer gave them
        }
        (exported,) = list(service.export_feedback())
        assert exported["task_id"] == task_id and exported["correct_class"] == "invoice"
        assert exported["reviewer"] == "ada" and exported["review_reason"] == "unknown"
        with pytest.raises(NotInReview):
            service.review.preview(task_id)

    def test_feedback_on_a_task_never_in_review_still_works(self, service: TaskService, queue: MemoryWorkQueue) -> None:
        task_id = async_task(service, queue, INVOICE)
        task = service.add_feedback(task_id, "invoice")
        assert task.review is None and task.feedback is not None and task.feedback["reviewer"] == "anonymous"


class TestListing:
    def test_open_items_oldest_first_in_pages_with_a_cursor(
        self, service: TaskService, queue: MemoryWorkQueue, clock: Clock
    ) -> None:
        ids = []
        for n in range(5):
            clock.now += 10
            ids.append(async_task(service, queue, UNSURE + bytes([65 + n])))
        first = service.review.page("open", None, "2", None)
        assert [i["task_id"] for i in first.items] == ids[:2] and first.next_cursor is not None
        second = service.review.page("open", None, "2", first.next_cursor)
        third = service.review.page("open", None, "2", second.next_cursor)
        assert [i["task_id"] for i in second.items + third.items] == ids[2:]
        assert third.next_cursor is None  # known on the last page, not one request later

    def test_items_carry_what_the_reviewer_needs(self, service: TaskService, queue: MemoryWorkQueue) -> None:
        task_id = async_task(service, queue, UNSURE, "legal")
        (item,) = service.review.page(None, "legal", None, None).items
        assert item["task_id"] == task_id and item["status"] == "open" and item["reason"] == "unknown"
        assert item["file_class"] == "unknown" and item["confidence"] == 0.2 and item["classifier"] == "local_model"
        assert item["preview_url"] == f"/classification_result/{task_id}/preview"
        assert item["cost_usd"] is None and item["verdict"] is None and item["documents"] is None
        assert "lease" in item["categories"] and item["categories"][-1] == "unknown"
        assert "invoice" not in item["categories"]

    def test_the_industry_filter(self, service: TaskService, queue: MemoryWorkQueue, clock: Clock) -> None:
        finance = async_task(service, queue, UNSURE, "finance")
        clock.now += 1
        legal = async_task(service, queue, UNSURE + b"!", "legal")
        assert [i["task_id"] for i in service.review.page("open", "legal", None, None).items] == [legal]
        assert [i["task_id"] for i in service.review.page("open", "FINANCE ", None, None).items] == [finance]
        assert [i["task_id"] for i in service.review.page("open", None, None, None).items] == [finance, legal]

    @pytest.mark.parametrize(
        ("status", "industry", "limit", "error"),
        [
            ("pending", None, None, InvalidReviewStatus),
            ("", None, None, InvalidReviewStatus),
            (None, "astrology", None, UnknownIndustry),
            (None, None, "0", InvalidLimit),
            (None, None, "101", InvalidLimit),
            (None, None, "ten", InvalidLimit),
            (None, None, "-1", InvalidLimit),
            (None, None, "\u0661", InvalidLimit),  # an Arabic-Indic digit: isdigit() but not ASCII
        ],
    )
    def test_bad_query_values(
        self, service: TaskService, status: str | None, industry: str | None, limit: str | None, error: type[Exception]
    ) -> None:
        with pytest.raises(error):
            service.review.page(status, industry, limit, None)

    def test_cursors_are_checked(self, service: TaskService, queue: MemoryWorkQueue, clock: Clock) -> None:
        for n in range(3):
            clock.now += 1
            async_task(service, queue, UNSURE + bytes([65 + n]))
        cursor = service.review.page("open", None, "1", None).next_cursor
        assert cursor is not None
        forged = base64.urlsafe_b64encode(json.dumps({"s": "open", "i": None, "e": "x", "t": "a"}).encode()).decode()
        infinite = base64.urlsafe_b64encode(b'{"s":"open","i":null,"e":Infinity,"t":"a"}').decode()
        for bad in ("", "!!!", "a" * 600, cursor[:-3], forged, infinite, base64.b64encode(b"[]").decode()):
            with pytest.raises(InvalidCursor):
                service.review.page("open", None, "1", bad)
        with pytest.raises(InvalidCursor):  # another listing's cursor
            service.review.page("open", "finance", "1", cursor)
        with pytest.raises(InvalidCursor):
            service.review.page("closed", None, "1", cursor)


class TestPreviewAndRetention:
    def test_preview_of_an_open_item_is_a_bounded_png(
        self, make_service: Callable[..., TaskService], queue: MemoryWorkQueue
    ) -> None:
        service = make_service(preview_max_width=300, preview_max_height=200)
        task_id = async_task(service, queue, UNSURE)
        image = service.review.preview(task_id)
        assert image.startswith(PNG_SIGNATURE)
        width, height = int.from_bytes(image[16:20], "big"), int.from_bytes(image[20:24], "big")
        assert width <= 300 and height <= 200

    def test_no_preview_outside_review(self, service: TaskService, queue: MemoryWorkQueue) -> None:
        with pytest.raises(TaskNotFound):
            service.review.preview("missing")
        with pytest.raises(NotInReview):
            service.review.preview(async_task(service, queue, INVOICE))

    def test_kept_while_in_review_then_expired_after_the_retention(
        self, make_service: Callable[..., TaskService], queue: MemoryWorkQueue, clock: Clock
    ) -> None:
        service = make_service(review_retention_days=14)
        task_id = async_task(service, queue, UNSURE)
        clock.now += 14 * DAY - 1
        assert service.review.preview(task_id).startswith(PNG_SIGNATURE)
        clock.now += 2  # past the deadline: gone, even before the bucket's lifecycle rule ran
        with pytest.raises(PreviewExpired):
            service.review.preview(task_id)

    def test_reviews_past_the_retention_are_closed_without_a_verdict(
        self, make_service: Callable[..., TaskService], queue: MemoryWorkQueue, clock: Clock
    ) -> None:
        service = make_service(review_retention_days=1)
        old = async_task(service, queue, UNSURE)
        clock.now += DAY - 10
        recent = async_task(service, queue, UNSURE + b"?")
        assert service.review.expire() == []
        clock.now += 11
        assert service.review.expire() == [old]
        assert [i["task_id"] for i in service.review.page("open", None, None, None).items] == [recent]
        (closed,) = service.review.page("closed", None, None, None).items
        assert closed["task_id"] == old and closed["verdict"] is None
        with pytest.raises(NotInReview):
            service.review.preview(old)
        service.add_feedback(old, "invoice")  # a late verdict still counts
        assert [row["task_id"] for row in service.export_feedback()] == [old]

    def test_an_object_the_lifecycle_rule_deleted_answers_expired(
        self, blobs: MemoryBlobStore, service: TaskService, queue: MemoryWorkQueue
    ) -> None:
        task_id = async_task(service, queue, UNSURE)
        blobs.delete(review_key(task_id))  # what S3's expiry does
        with pytest.raises(PreviewExpired):
            service.review.preview(task_id)

    def test_a_document_without_a_picture_is_unavailable(
        self, blobs: MemoryBlobStore, service: TaskService, queue: MemoryWorkQueue
    ) -> None:
        task_id = async_task(service, queue, UNSURE)
        blobs.put(review_key(task_id), b"%PDF-1.7 truncated")
        with pytest.raises(PreviewUnavailable):
            service.review.preview(task_id)

    def test_the_queue_state_for_metrics(self, service: TaskService, queue: MemoryWorkQueue, clock: Clock) -> None:
        assert (service.review.state().open, service.review.state().oldest_open_seconds) == (0, None)
        first = async_task(service, queue, UNSURE)
        clock.now += 100
        async_task(service, queue, UNSURE + b"?")
        clock.now += 20
        assert (service.review.state().open, service.review.state().oldest_open_seconds) == (2, 120)
        service.add_feedback(first, "unknown")
        assert (service.review.state().open, service.review.state().oldest_open_seconds) == (1, 20)
