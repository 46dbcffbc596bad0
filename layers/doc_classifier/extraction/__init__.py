"""Document bytes in, text out: detection by content, a reader per format, OCR where there is no text.

Importing this package is cheap: PDFium, Pillow, Tesseract and the XML
readers load on first use.
"""

from __future__ import annotations

import logging
import time
import traceback

from doc_classifier.config import ExtractionLimits
from doc_classifier.document import ExtractedDocument
from doc_classifier.errors import (
    DocumentError,
    DocumentTooLarge,
    EmptyDocument,
    EncryptedDocument,
    UnreadableDocument,
    UnsupportedMediaType,
)
from doc_classifier.extraction import sniff
from doc_classifier.extraction.context import Content, Job
from doc_classifier.extraction.pages import Page, PageStream, count_pages, read_pages
from doc_classifier.extraction.quality import clean_text
from doc_classifier.extraction.quoting import bounded_warnings
from doc_classifier.extraction.safety import Deadline
from doc_classifier.extraction.sniff import detect_media_type

__all__ = ["Page", "PageStream", "count_pages", "detect_media_type", "extract", "read_pages"]

log = logging.getLogger(__name__)


def extract(data: bytes, limits: ExtractionLimits | None = None) -> ExtractedDocument:
    """The text of a document, read according to the type its bytes show.

    Raises only ``DocumentError`` subclasses: EmptyDocument, DocumentTooLarge,
    UnsupportedMediaType, UnreadableDocument, EncryptedDocument, LimitExceeded,
    ProcessingTimeout.
    """
    started = time.perf_counter()
    limits = limits or ExtractionLimits()
    job = Job(limits, Deadline(limits.timeout_seconds))
    media_type, content = read_content(bytes(data), job)
    text = clean_text(content.text)
    if len(text) > limits.max_text_chars:
        text = text[: limits.max_text_chars]
        job.warn(f"text truncated to the first {limits.max_text_chars} characters")
    if not text:
        job.warn("no text found")
    timings = {"extract": round((time.perf_counter() - started) * 1000, 2)}
    if job.ocr_pages:
        timings["ocr"] = round(job.ocr_seconds * 1000, 2)
    return ExtractedDocument(
        text=text,
        media_type=media_type,
        byte_size=len(data),
        pages_total=content.pages_total,
        pages_read=content.pages_read,
        ocr_used=job.ocr_pages > 0,
        ocr_pages=job.ocr_pages,
        attachments=content.attachments,
        warnings=bounded_warnings(job.warnings, limits.max_warnings),
        timings_ms=timings,
    )


def check_size(data: bytes, limits: ExtractionLimits) -> None:
    if not data:
        raise EmptyDocument("the document is empty (0 bytes)")
    if len(data) > limits.max_bytes:
        raise DocumentTooLarge(f"the document is {len(data)} bytes; the limit is {limits.max_bytes}")


def read_content(data: bytes, job: Job) -> tuple[str, Content]:
    """(media type, content) of one document or attachment; every failure is a DocumentError."""
    limits = job.limits
    check_size(data, limits)
    media_type = sniff.OCTET_STREAM
    try:
        if data.startswith(b"PK\x03\x04"):
            from doc_classifier.extraction.office import extract_office  # noqa: PLC0415
            from doc_classifier.extraction.safety import open_zip  # noqa: PLC0415

            media_type = sniff.ZIP
            archive = open_zip(data, limits)
            media_type, package = sniff.inspect_zip(archive)
            if package is not None:
                return media_type, extract_office(archive, package, job)
            if media_type == sniff.ZIP:
                raise UnreadableDocument("zip archive (application/zip) that is not a DOCX, XLSX or PPTX package")
            raise UnsupportedMediaType(f"unsupported media type {media_type}")
        media_type = detect_media_type(data)
        return media_type, _read_as(media_type, data, job)
    except DocumentError:
        raise
    except Exception as exc:  # a parser bug on hostile input must still surface as a document error
        where = traceback.extract_tb(exc.__traceback__)[-1]
        log.warning("unexpected %s reading %s at %s:%s", type(exc).__name__, media_type, where.filename, where.lineno)
        raise UnreadableDocument(f"{media_type} could not be read ({type(exc).__name__})") from exc


def _read_as(media_type: str, data: bytes, job: Job) -> Content:
    if media_type == sniff.PDF:
        from doc_classifier.extraction.pdf import extract_pdf  # noqa: PLC0415

        return extract_pdf(data, job)
    if media_type in sniff.IMAGE_TYPES:
        from doc_classifier.extraction.images import extract_image  # noqa: PLC0415

        return extract_image(data, media_type, job)
    if media_type in sniff.TEXT_TYPES:
        from doc_classifier.extraction.text import extract_text  # noqa: PLC0415

        return extract_text(data)
    if media_type == sniff.HTML:
        from doc_classifier.extraction.text import extract_html  # noqa: PLC0415

        return extract_html(data)
    if media_type == sniff.XML:
        from doc_classifier.extraction.text import extract_xml  # noqa: PLC0415

        return extract_xml(data, job)
    if media_type == sniff.EMAIL:
        from doc_classifier.extraction.mail import extract_email  # noqa: PLC0415

        return extract_email(data, job, read_content)
    if sniff.is_encrypted_ooxml(data):
        raise EncryptedDocument("password-protected Office document (encrypted DOCX/XLSX/PPTX)")
    if media_type == sniff.ZIP:
        raise UnreadableDocument("zip archive (application/zip) that is not a DOCX, XLSX or PPTX package")
    raise UnsupportedMediaType(f"unsupported media type {media_type}")
