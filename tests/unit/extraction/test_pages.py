"""Reading a document page by page: what each format yields, lazily, within the packet limits."""

from __future__ import annotations

import pytest
from doc_classifier.config import ExtractionLimits, PacketLimits
from doc_classifier.errors import EmptyDocument, ProcessingTimeout
from doc_classifier.extraction import count_pages, read_pages

from tests.unit.extraction.builders import docx, email_message, image_bytes, scanned_pdf, text_image, text_pdf

LIMITS = ExtractionLimits()
PACKET = PacketLimits()


def _page(number: int) -> list[str]:
    return [f"Statement page number {number} of the account", "Opening balance and closing balance listed"]


def test_every_pdf_page_is_read_past_the_single_document_page_limit() -> None:
    data = text_pdf([_page(n) for n in range(1, 8)])
    stream = read_pages(data, ExtractionLimits(max_pages=2), PACKET)
    pages = list(stream)
    assert [p.number for p in pages] == list(range(1, 8))
    assert all(f"page number {p.number} " in p.text for p in pages)
    assert not any(p.ocr_used for p in pages)
    assert pages[0].size is not None and pages[0].size[0] == pytest.approx(595.27, abs=0.1)
    assert (stream.media_type, stream.pages_total, stream.pages_read, stream.pages_not_read) == (
        "application/pdf",
        7,
        7,
        0,
    )
    assert count_pages(data) == 7


def test_pages_past_the_packet_limit_are_not_read_and_say_so() -> None:
    stream = read_pages(text_pdf([_page(n) for n in range(1, 6)]), LIMITS, PacketLimits(max_packet_pages=3))
    assert [p.number for p in stream] == [1, 2, 3]
    assert (stream.pages_read, stream.pages_not_read) == (3, 2)
    assert any("read 3 of 5 pages" in w for w in stream.warnings)


def test_a_spent_time_budget_stops_reading_and_reports_the_pages_left() -> None:
    stream = read_pages(text_pdf([_page(n) for n in range(1, 4)]), LIMITS, PacketLimits(packet_timeout_seconds=0))
    assert list(stream) == []
    assert stream.timed_out
    assert (stream.pages_read, stream.pages_not_read) == (0, 3)


def test_only_the_page_being_read_is_rendered() -> None:
    """Lazy: taking the first page of a scan OCRs that page alone; nothing is rendered ahead."""
    images = [text_image([f"Scanned page {n}", "Patient record continued"]) for n in (1, 2, 3)]
    stream = read_pages(scanned_pdf(images), LIMITS, PACKET)
    pages = iter(stream)
    first = next(pages)
    assert first.ocr_used and "Scanned page 1" in first.text
    assert stream.job.ocr_pages == 1
    assert stream.pages_read == 1
    rest = list(pages)
    assert [p.number for p in rest] == [2, 3]
    assert stream.job.ocr_pages == 3


def test_each_tiff_frame_is_a_page() -> None:
    frames = [text_image([f"Frame {n} of the fax"], size=(900, 400)) for n in (1, 2, 3)]
    data = image_bytes(frames[0], "TIFF", save_all=True, append_images=frames[1:])
    assert count_pages(data) == 3
    pages = list(read_pages(data, LIMITS, PACKET))
    assert [p.number for p in pages] == [1, 2, 3]
    assert all(f"Frame {p.number}" in p.text and p.ocr_used and p.size == (900.0, 400.0) for p in pages)


def test_an_email_is_its_own_text_then_each_attachments_pages() -> None:
    two_pages = text_pdf([_page(1), _page(2)])
    one_page = text_pdf([["Invoice number 4471 for consulting services"]])
    data = email_message(
        attachments=[("statement.pdf", two_pages, "application/pdf"), ("invoice.pdf", one_page, "application/pdf")]
    )
    assert count_pages(data) == 4
    pages = list(read_pages(data, LIMITS, PACKET))
    assert [(p.number, p.source) for p in pages] == [
        (1, ""),
        (2, "statement.pdf"),
        (3, "statement.pdf"),
        (4, "invoice.pdf"),
    ]
    assert "Please find the invoice attached" in pages[0].text
    assert "Invoice number 4471" in pages[3].text


def test_formats_without_pages_are_one_page() -> None:
    data = docx(["Residential lease agreement", "The tenant shall pay rent monthly."])
    assert count_pages(data) == 1
    pages = list(read_pages(data, LIMITS, PACKET))
    assert len(pages) == 1 and "Residential lease agreement" in pages[0].text


def test_an_empty_file_is_refused_as_extract_refuses_it() -> None:
    with pytest.raises(EmptyDocument):
        read_pages(b"", LIMITS, PACKET)
    with pytest.raises(EmptyDocument):
        count_pages(b"")


class _DeadlineAfter:
    """A deadline that runs out after ``checks`` checks: the packet's clock, made deterministic."""

    seconds = 1.0

    def __init__(self, checks: int) -> None:
        self.left = checks

    def check(self, step: str) -> None:
        self.left -= 1
        if self.left < 0:
            raise ProcessingTimeout(f"out of time while {step}")

    def remaining(self) -> float:
        return 1.0 if self.left > 0 else 0.0


def test_a_packet_that_runs_out_of_time_keeps_the_pages_already_read() -> None:
    stream = read_pages(text_pdf([_page(n) for n in range(1, 6)]), LIMITS, PACKET)
    stream.job.deadline = _DeadlineAfter(2)  # type: ignore[assignment]
    assert [p.number for p in stream] == [1, 2]
    assert stream.timed_out
    assert (stream.pages_read, stream.pages_not_read) == (2, 3)
    assert any("pages 3-5 not read" in w for w in stream.warnings)


def test_reading_resumes_from_a_later_page_as_if_never_stopped() -> None:
    """The worker reads a long packet across invocations: the pages from ``start`` are the whole read's."""
    data = text_pdf([_page(n) for n in range(1, 7)])
    whole = list(read_pages(data, LIMITS, PACKET))
    stream = read_pages(data, LIMITS, PACKET, start=4)
    assert list(stream) == whole[4:]
    assert (stream.pages_read, stream.pages_not_read) == (6, 0)  # the pages before start count as read
    past_the_end = read_pages(data, LIMITS, PacketLimits(max_packet_pages=3), start=4)
    assert list(past_the_end) == [] and past_the_end.pages_not_read == 3
    with pytest.raises(ValueError, match="start"):
        read_pages(data, LIMITS, PACKET, start=-1)


def test_a_stream_stopped_by_time_says_where() -> None:
    stream = read_pages(text_pdf([_page(n) for n in range(1, 4)]), LIMITS, PacketLimits(packet_timeout_seconds=0))
    assert list(stream) == [] and stream.stop_note is not None and "pages 1-3 not read" in stream.stop_note
    assert stream.warnings == [stream.stop_note]
