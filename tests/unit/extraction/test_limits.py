"""Limits that apply to every format, error contracts, robustness on hostile bytes, and import cost."""

from __future__ import annotations

import logging
import random
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor

import pytest
from doc_classifier.config import ExtractionLimits
from doc_classifier.errors import (
    DocumentError,
    DocumentTooLarge,
    EmptyDocument,
    ProcessingTimeout,
    UnsupportedMediaType,
)
from doc_classifier.extraction import extract

from tests.unit.extraction.builders import docx, email_message, image_bytes, text_image, text_pdf, xlsx


def test_empty_input() -> None:
    with pytest.raises(EmptyDocument):
        extract(b"")


def test_too_many_bytes() -> None:
    with pytest.raises(DocumentTooLarge, match="limit is 1000"):
        extract(b"a" * 1001, ExtractionLimits(max_bytes=1000))


def test_text_is_truncated_with_a_warning() -> None:
    document = extract(b"word " * 10_000, ExtractionLimits(max_text_chars=100))
    assert len(document.text) == 100
    assert "text truncated to the first 100 characters" in document.warnings


def test_long_pdf_stops_reading_pages_once_the_text_limit_is_reached() -> None:
    pages = [[f"Page {n} " + "lorem ipsum dolor sit amet " * 8] for n in range(1, 6)]
    document = extract(text_pdf(pages), ExtractionLimits(max_text_chars=300))
    assert document.pages_read < 5
    assert len(document.text) == 300


def test_deadline_raises_processing_timeout() -> None:
    with pytest.raises(ProcessingTimeout, match="longer than 0 s"):
        extract(
            text_pdf([["Some text on a page that is long enough to be a text layer."]]),
            ExtractionLimits(timeout_seconds=0),
        )


def test_deadline_also_bounds_ocr() -> None:
    with pytest.raises(ProcessingTimeout):
        extract(image_bytes(text_image(["RECEIPT"]), "PNG"), ExtractionLimits(timeout_seconds=0))


@pytest.mark.parametrize(
    ("data", "detected"),
    [
        (b"\x1f\x8b\x08\x00" + bytes(100), "application/gzip"),
        (bytes(range(256)) * 4, "application/octet-stream"),
        (b"{\\rtf1\\ansi Hello}", "application/rtf"),
        (b"\x00\x00\x00\x18ftypheic" + bytes(64), "image/heic"),
    ],
)
def test_unsupported_media_type_names_what_was_detected(data: bytes, detected: str) -> None:
    with pytest.raises(UnsupportedMediaType, match=detected):
        extract(data)


def test_errors_carry_codes_and_http_statuses() -> None:
    with pytest.raises(DocumentError) as raised:
        extract(bytes(range(256)))
    assert raised.value.to_dict()["code"] == "unsupported_media_type"
    assert raised.value.http_status == 415


def _mutations(data: bytes, seed: int, count: int) -> list[bytes]:
    rng = random.Random(seed)
    mutated = []
    for _ in range(count):
        buffer = bytearray(data)
        for _ in range(rng.randint(1, 20)):
            position = rng.randrange(len(buffer))
            buffer[position] = rng.randrange(256)
        if rng.random() < 0.3:
            del buffer[rng.randrange(len(buffer)) :]
        mutated.append(bytes(buffer))
    return mutated


@pytest.mark.parametrize(
    "build",
    [
        lambda: text_pdf([["Invoice 17 for consulting services, due in 30 days."]]),
        lambda: docx(["Contract between the parties"], table=[["a", "b"]]),
        lambda: xlsx({"Sheet": [["a", 1], ["b", 2]]}),
        lambda: email_message(attachments=[("a.pdf", text_pdf([["attached"]]), "application/pdf")]),
        lambda: image_bytes(text_image(["x"], size=(64, 32)), "PNG"),
        lambda: b"<html><body><p>hello</p><table><tr><td>1</td></tr></table></body></html>",
    ],
    ids=["pdf", "docx", "xlsx", "eml", "png", "html"],
)
def test_damaged_input_only_ever_raises_document_errors(build: object, caplog: pytest.LogCaptureFixture) -> None:
    limits = ExtractionLimits(ocr_enabled=False)  # robustness of the parsers, not OCR speed
    with caplog.at_level(logging.WARNING, logger="doc_classifier.extraction"):
        for data in _mutations(build(), seed=1234, count=25):  # type: ignore[operator]
            try:
                extract(data, limits)
            except DocumentError:
                continue
    # extract() turns any other exception into UnreadableDocument and logs it as unexpected: without
    # this check a parser crashing on damaged input would still pass.
    assert [r.getMessage() for r in caplog.records if r.getMessage().startswith("unexpected")] == []


def test_import_is_cheap_and_lazy() -> None:
    code = (
        "import sys, doc_classifier.extraction as e;"
        "heavy = ['pypdfium2', 'pypdf', 'tesserocr', 'PIL', 'docx', 'openpyxl', 'numpy', 'defusedxml'];"
        "print(','.join(m for m in heavy if m in sys.modules))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60)
    assert result.stdout.strip() == ""


def test_concurrent_calls_share_pdfium_and_tesseract_safely() -> None:
    words = ("ALPHA", "BRAVO")
    line = "Statement number {} for the account holder, closing balance {}00"
    pdfs = [text_pdf([[line.format(n, n)]]) for n in range(6)]
    scans = [image_bytes(text_image([f"RECEIPT {word}"], size=(700, 200)), "PNG") for word in words]
    with ThreadPoolExecutor(max_workers=4) as pool:
        texts = list(pool.map(lambda data: extract(data).text, pdfs + scans))
    for n in range(6):
        assert f"Statement number {n}" in texts[n]
    assert "ALPHA" in texts[6] and "BRAVO" in texts[7]
