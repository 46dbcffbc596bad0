"""Packets through the task service: the split mode is checked, carried by the task, cached apart, and the
sync route refuses long packets before reading them; the worker reads a packet within its time left."""

from __future__ import annotations

import json
from collections.abc import Callable

import pytest
from doc_classifier.classifier import default_classifier
from doc_classifier.config import PacketLimits
from doc_classifier.llm.budget import worker_budget
from doc_classifier.packets import SplitMode
from doc_classifier.service.errors import InvalidFeedback, TooManyPagesForSync, UnknownSplitMode
from doc_classifier.service.memory import MemoryBlobStore, MemoryWorkQueue
from doc_classifier.service.messages import Work
from doc_classifier.service.task_service import TaskService
from doc_classifier.service.tasks import Priority, TaskStatus

from tests.support.fakes import KeywordClassifier
from tests.support.packets import packet_pdf
from tests.unit.extraction.builders import text_pdf

# Three documents in four pages for the keyword classifier (pages are separated by form feeds).
PACKET = b"INVOICE no 7\fbank statement, March\fbank statement, page 2\fpay stub for May"
PACKET_DOCUMENTS = [
    {"file_class": "invoice", "pages": [1, 1]},
    {"file_class": "bank_statement", "pages": [2, 3]},
    {"file_class": "pay_stub", "pages": [4, 4]},
]


def documents_of(result: dict[str, object]) -> list[dict[str, object]]:
    documents = result["documents"]
    assert isinstance(documents, list)
    return [{"file_class": d["file_class"], "pages": d["pages"]} for d in documents]


def deliver(service: TaskService, queue: MemoryWorkQueue, priority: Priority = Priority.HIGH) -> None:
    service.process_message(json.dumps(queue.waiting[priority].popleft()), 1)


class TestSplitParameter:
    @pytest.mark.parametrize("split", ["sideways", "", "auto,per_page", "NONE!"])
    def test_an_unknown_split_is_refused_on_every_route(self, service: TaskService, split: str) -> None:
        for call in (
            lambda: service.classify_now(PACKET, "finance", split),
            lambda: service.submit(PACKET, "finance", Priority.HIGH, split),
            lambda: service.create_upload("finance", Priority.HIGH, split),
        ):
            with pytest.raises(UnknownSplitMode, match="none, auto, per_page"):
                call()
        assert service.count_by_status()[TaskStatus.QUEUED] == 0

    @pytest.mark.parametrize(
        ("split", "mode"), [(None, SplitMode.NONE), (" Auto ", SplitMode.AUTO), ("per_page", SplitMode.PER_PAGE)]
    )
    def test_the_task_carries_the_split(self, service: TaskService, split: str | None, mode: SplitMode) -> None:
        inline = service.submit(PACKET, "finance", Priority.HIGH, split).task
        upload = service.create_upload("finance", Priority.LOW, split).task
        assert service.get_task(inline.task_id).split is mode and service.get_task(upload.task_id).split is mode


class TestSyncRoute:
    def test_auto_answers_documents_and_pages(self, service: TaskService) -> None:
        result = service.classify_now(PACKET, "finance", "auto").result
        assert documents_of(result) == PACKET_DOCUMENTS
        assert [p["file_class"] for p in result["pages"]] == ["invoice", "bank_statement", "bank_statement", "pay_stub"]
        assert result["file_class"] == "invoice"  # the packet's label stays at the top

    def test_per_page_gives_each_page_its_own_document(self, service: TaskService) -> None:
        result = service.classify_now(PACKET, "finance", "per_page").result
        assert [d["pages"] for d in result["documents"]] == [[1, 1], [2, 2], [3, 3], [4, 4]]

    def test_without_split_the_answer_is_unchanged(self, service: TaskService, classifier: KeywordClassifier) -> None:
        result = service.classify_now(PACKET, "finance").result
        assert "documents" not in result and "pages" not in result and classifier.packet_limits is None

    def test_the_split_is_part_of_the_cache_key(self, service: TaskService, classifier: KeywordClassifier) -> None:
        assert not service.classify_now(PACKET, "finance").cached
        assert not service.classify_now(PACKET, "finance", "auto").cached
        assert not service.classify_now(PACKET, "finance", "per_page").cached
        again = service.classify_now(PACKET, "finance", "auto")
        assert again.cached and documents_of(again.result) == PACKET_DOCUMENTS
        assert classifier.calls == 3

    def test_a_long_packet_is_refused_before_it_is_read(
        self, make_service: Callable[..., TaskService], classifier: KeywordClassifier
    ) -> None:
        service = make_service(sync_max_packet_pages=3)
        pdf = text_pdf([[f"page {n}"] for n in range(4)])
        with pytest.raises(TooManyPagesForSync, match=r"4 pages .* POST /classify_file_async"):
            service.classify_now(pdf, "finance", "auto")
        assert classifier.calls == 0
        assert service.classify_now(text_pdf([[f"page {n}"] for n in range(3)]), "finance", "auto").result
        assert service.classify_now(pdf, "finance").result  # without split the first pages are read, as before

    def test_the_sync_route_reads_a_packet_for_its_own_time(
        self, make_service: Callable[..., TaskService], classifier: KeywordClassifier
    ) -> None:
        service = make_service(sync_packet_timeout_seconds=2.5)
        classifier.seconds_per_page = 1.0
        result = service.classify_now(PACKET, "finance", "auto")
        assert classifier.packet_limits is not None and classifier.packet_limits.packet_timeout_seconds == 2.5
        assert result.result["metadata"]["pages_not_read"] == 2
        # cut short by time: not cached, so a later request may read it whole
        classifier.seconds_per_page = 0.0
        again = service.classify_now(PACKET, "finance", "auto")
        assert not again.cached and again.result["metadata"]["pages_not_read"] == 0


class TestWorker:
    def test_an_async_packet_is_split_by_the_worker(self, service: TaskService, queue: MemoryWorkQueue) -> None:
        task = service.submit(PACKET, "finance", Priority.HIGH, "auto").task
        deliver(service, queue)
        done = service.get_task(task.task_id)
        assert done.status is TaskStatus.COMPLETED and done.result is not None
        assert documents_of(done.result) == PACKET_DOCUMENTS and len(done.result["pages"]) == 4

    def test_an_uploaded_packet_is_split_by_the_worker(self, blobs: MemoryBlobStore, service: TaskService) -> None:
        ticket = service.create_upload("finance", Priority.LOW, "per_page")
        blobs.put(ticket.task.blob_key, PACKET)
        service.process_task(Work(ticket.task.task_id), 1)
        result = service.get_task(ticket.task.task_id).result
        assert result is not None and len(result["documents"]) == 4

    def test_the_worker_reads_for_the_time_its_invocation_has_left_then_another_reads_on(
        self, service: TaskService, queue: MemoryWorkQueue, classifier: KeywordClassifier
    ) -> None:
        classifier.seconds_per_page = 1.0
        task = service.submit(PACKET, "finance", Priority.HIGH, "auto").task
        with worker_budget(3.5):
            deliver(service, queue)
        assert classifier.packet_limits is not None and classifier.packet_limits.packet_timeout_seconds == 3.5
        assert service.get_task(task.task_id).status is TaskStatus.PROCESSING  # 3 pages read, 1 left
        with worker_budget(3.5):
            deliver(service, queue)  # the continuation
        assert classifier.resumed_from is not None and classifier.resumed_from.next_page == 3
        result = service.get_task(task.task_id).result
        assert result is not None and result["metadata"]["pages_not_read"] == 0
        assert documents_of(result) == PACKET_DOCUMENTS

    def test_the_page_cap_comes_from_the_packet_limits(
        self, make_service: Callable[..., TaskService], queue: MemoryWorkQueue, classifier: KeywordClassifier
    ) -> None:
        service = make_service(packet_limits=PacketLimits(max_packet_pages=2))
        task = service.submit(PACKET, "finance", Priority.HIGH, "auto").task
        deliver(service, queue)
        result = service.get_task(task.task_id).result
        assert result is not None and result["metadata"]["pages_not_read"] == 2
        # cut by the page cap, which cuts it the same way every time: cached
        assert service.classify_now(PACKET, "finance", "auto").cached


class TestRealClassifier:
    """The packaged model and splitter behind the service, on synthetic documents rendered as real PDFs."""

    @pytest.fixture
    def real_service(self, make_service: Callable[..., TaskService], monkeypatch: pytest.MonkeyPatch) -> TaskService:
        service = make_service()
        monkeypatch.setattr(service, "_classifier", default_classifier)
        return service

    def test_a_packet_is_split_into_its_documents(self, real_service: TaskService) -> None:
        data, spans = packet_pdf(["invoice", "bank_statement", "pay_stub"], seed=3)
        result = real_service.classify_now(data, "finance", "auto").result
        assert [(d["file_class"], *d["pages"]) for d in result["documents"]] == [
            (s.label, s.first, s.last) for s in spans
        ]

    def test_a_one_page_file_is_one_document(self, real_service: TaskService) -> None:
        data, _ = packet_pdf(["invoice"], seed=3)
        result = real_service.classify_now(data, "finance", "auto").result
        assert [(d["file_class"], *d["pages"]) for d in result["documents"]] == [("invoice", 1, 1)]


def test_a_packet_in_review_shows_its_documents(service: TaskService, queue: MemoryWorkQueue) -> None:
    unsure = b"a note about nothing in particular\fanother note about nothing"  # the keyword classifier: unknown
    task_id = service.submit(unsure, "finance", Priority.HIGH, "per_page").task.task_id
    deliver(service, queue)
    (item,) = service.review.page("open", None, None, None).items
    assert item["task_id"] == task_id and item["file_class"] == "unknown"
    assert [(d["file_class"], d["pages"]) for d in item["documents"]] == [("unknown", [1, 1]), ("unknown", [2, 2])]


class TestPacketVerdicts:
    """A reviewer may correct each document of a packet, and its split; what was right is exported for retraining."""

    def packet_task(self, service: TaskService, queue: MemoryWorkQueue) -> str:
        task_id = service.submit(PACKET, "finance", Priority.HIGH, "auto").task.task_id
        deliver(service, queue)
        assert documents_of(service.get_task(task_id).result or {}) == PACKET_DOCUMENTS
        return task_id

    def test_documents_as_found_agree(self, service: TaskService, queue: MemoryWorkQueue) -> None:
        task_id = self.packet_task(service, queue)
        as_found = [((1, 1), "invoice"), ((2, 3), "bank_statement"), ((4, 4), "pay_stub")]
        feedback = service.add_feedback(task_id, None, "ana", as_found).feedback or {}
        assert (feedback["correct_class"], feedback["agreed"]) == ("invoice", True)
        assert [d["agreed"] for d in feedback["documents"]] == [True, True, True]

    def test_a_corrected_document_and_split_are_recorded_and_exported(
        self, service: TaskService, queue: MemoryWorkQueue
    ) -> None:
        task_id = self.packet_task(service, queue)
        # The statement's second page was a utility bill of its own; the pay stub was right.
        corrected = [((1, 1), "invoice"), ((2, 2), "bank_statement"), ((3, 3), "utility_bill"), ((4, 4), "pay_stub")]
        feedback = service.add_feedback(task_id, "invoice", "ana", corrected).feedback or {}
        assert feedback["agreed"] is False  # the packet's class agrees, its documents do not
        assert [(d["pages"], d["predicted_class"], d["agreed"]) for d in feedback["documents"]] == [
            ([1, 1], "invoice", True),
            ([2, 2], None, False),  # no document of the result ran over exactly these pages
            ([3, 3], None, False),
            ([4, 4], "pay_stub", True),
        ]
        exported = next(row for row in service.export_feedback() if row["task_id"] == task_id)
        assert exported["documents"] == feedback["documents"]

    def test_the_packets_class_is_its_first_known_documents(self, service: TaskService, queue: MemoryWorkQueue) -> None:
        task_id = self.packet_task(service, queue)
        cover_first = [((1, 1), "unknown"), ((2, 3), "bank_statement"), ((4, 4), "pay_stub")]
        with pytest.raises(InvalidFeedback, match="'bank_statement', its first document that is not unknown"):
            service.add_feedback(task_id, "invoice", "ana", cover_first)
        assert service.add_feedback(task_id, None, "ana", cover_first).feedback["correct_class"] == "bank_statement"  # type: ignore[index]

    @pytest.mark.parametrize(
        ("documents", "message"),
        [
            ([((1, 2), "invoice"), ((2, 4), "pay_stub")], "the next one starts at page 3"),  # overlap
            ([((1, 1), "invoice"), ((3, 4), "pay_stub")], "the next one starts at page 2"),  # gap
            ([((1, 1), "invoice"), ((2, 5), "pay_stub")], "ends by page 4"),  # past the pages read
            ([((1, 1), "invoice"), ((2, 3), "pay_stub")], "they end at page 3"),  # a page left out
            ([((1, 4), "lease")], "unknown class 'lease'"),  # legal's, not finance's
        ],
    )
    def test_documents_that_do_not_describe_the_packet_are_refused(
        self, service: TaskService, queue: MemoryWorkQueue, documents: list[tuple[tuple[int, int], str]], message: str
    ) -> None:
        task_id = self.packet_task(service, queue)
        with pytest.raises(InvalidFeedback, match=message):
            service.add_feedback(task_id, None, "ana", documents)
        assert service.get_task(task_id).feedback is None

    def test_a_result_that_was_not_split_takes_no_documents(self, service: TaskService, queue: MemoryWorkQueue) -> None:
        task_id = service.submit(PACKET, "finance", Priority.HIGH).task.task_id
        deliver(service, queue)
        with pytest.raises(InvalidFeedback, match="split auto or per_page"):
            service.add_feedback(task_id, None, "ana", [((1, 4), "invoice")])
