"""Arbitrary bytes, bare or behind a real magic number: sniffing names a type, extraction reads the document
or raises a DocumentError; no other exception, and no parser crash hidden behind an ``unexpected`` log line."""

from __future__ import annotations

from datetime import timedelta

from doc_classifier.config import ExtractionLimits
from doc_classifier.errors import DocumentError
from doc_classifier.extraction import detect_media_type, extract
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.support.logs import records_of

MAGIC = [
    b"%PDF-1.7\n",
    b"\x89PNG\r\n\x1a\n",
    b"\xff\xd8\xff\xe0",
    b"RIFF\x00\x00\x00\x00WEBPVP8 ",
    b"II*\x00",
    b"MM\x00*",
    b"GIF89a",
    b"BM",
    b"PK\x03\x04",
    b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1",
    b"<html><body>",
    b"<?xml version='1.0'?>",
    b"From: a@example.com\r\nSubject: x\r\nMIME-Version: 1.0\r\n",
    b"\xef\xbb\xbf",
    b"\xff\xfe",
    b"a,b,c\n1,2,3\n",
]
documents = st.binary(max_size=2048) | st.builds(lambda m, b: m + b, st.sampled_from(MAGIC), st.binary(max_size=2048))
LIMITS = ExtractionLimits(ocr_enabled=False, timeout_seconds=5)  # robustness of the parsers, not OCR speed


@given(documents)
def test_sniffing_always_names_a_type(data: bytes) -> None:
    media_type = detect_media_type(data)
    assert isinstance(media_type, str) and "/" in media_type


@settings(deadline=timedelta(seconds=10))
@given(documents)
def test_extraction_reads_or_raises_a_document_error(data: bytes) -> None:
    with records_of("doc_classifier.extraction") as records:
        try:
            document = extract(data, LIMITS)
        except DocumentError as exc:
            assert exc.code and exc.message
        else:
            assert document.media_type == detect_media_type(data) or data.startswith(b"PK\x03\x04")
    assert [r.getMessage() for r in records if r.getMessage().startswith("unexpected")] == []
