"""PDF text from the text layer, with OCR of rendered pages where the layer is missing or unreadable.

Both the text layer and the rendering come from PDFium (pypdfium2): on the
dev corpus's 1-3 page text PDFs it extracts in ~3 ms p50 where pypdf's pure
Python needs ~33 ms (its ToUnicode CMap parsing alone can take 300 ms), which
misses the 20 ms budget; and one parser instead of two halves the attack surface.
PDFium is not thread safe at all (not even across documents), so every call
into it holds ``_PDFIUM_LOCK``; OCR runs outside it.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from itertools import islice
from typing import TYPE_CHECKING

from doc_classifier.errors import EmptyDocument, EncryptedDocument, UnreadableDocument
from doc_classifier.extraction.context import Content, Job
from doc_classifier.extraction.quality import looks_garbled

if TYPE_CHECKING:
    import pypdfium2
    from PIL import Image

_PDFIUM_LOCK = threading.Lock()

# A page with this little text but mostly covered by images is a scan with a stamp
# or caption in its text layer (court e-filing headers, scanner footers): OCR it.
SCAN_WITH_STAMP_MAX_CHARS = 200
SCAN_IMAGE_COVERAGE = 0.5
_MAX_IMAGE_OBJECTS = 200  # enough to judge coverage; pages with thousands of tiles are not slowed down
_INK_LEVEL = 160  # gray value below which a rendered pixel counts as ink
_BLANK_INK_SHARE = 0.0002  # fewer ink pixels than this (about a word) and the page is blank


def extract_pdf(data: bytes, job: Job) -> Content:
    document, pages_total = open_pdf(data)
    try:
        pages_to_read = min(pages_total, job.limits.max_pages)
        texts: list[str] = []
        failed = 0
        chars = 0
        for index in range(pages_to_read):
            job.deadline.check(f"reading PDF page {index + 1}")
            page = read_page(document, index, job)
            if page is None:
                failed += 1
                continue
            texts.append(page.text)
            chars += len(page.text)
            if chars >= job.limits.max_text_chars:
                pages_to_read = index + 1
                break
    finally:
        close(document)
    if failed and failed == pages_to_read:
        raise UnreadableDocument("application/pdf: no page could be read")
    if pages_to_read < pages_total:
        job.warn(f"read {pages_to_read} of {pages_total} pages")
    return Content("\n\n".join(texts), pages_total=pages_total, pages_read=pages_to_read)


@dataclass(frozen=True)
class PdfPageText:
    text: str
    ocr_used: bool
    size: tuple[float, float]  # width, height in points


def open_pdf(data: bytes) -> tuple[pypdfium2.PdfDocument, int]:
    """The document and its page count (from the page tree, nothing rendered); ``close`` it when done."""
    with _PDFIUM_LOCK:
        document = _open(data)
        return document, len(document)


def close(document: pypdfium2.PdfDocument) -> None:
    with _PDFIUM_LOCK:
        document.close()


def read_page(document: pypdfium2.PdfDocument, index: int, job: Job) -> PdfPageText | None:
    """One page's text: its text layer, or OCR of its rendering where the layer is missing or unreadable.

    None (with a warning) for a damaged page; only this page's rendering is held, and only while it is read.
    """
    from doc_classifier.extraction.ocr import ocr_image  # noqa: PLC0415

    try:
        with _PDFIUM_LOCK:
            layer, image, size = _read_page(document, index, job)
    except UnreadableDocument:
        job.warn(f"PDF page {index + 1} could not be read")
        return None
    if image is None:
        return PdfPageText(layer, False, size)
    recognised = ocr_image(image, job)
    job.ocr_pages += 1
    if _visible_chars(recognised) >= _visible_chars(layer) or looks_garbled(layer):
        return PdfPageText(recognised, True, size)
    return PdfPageText(layer, True, size)


def _open(data: bytes) -> pypdfium2.PdfDocument:
    import pypdfium2 as pdfium  # noqa: PLC0415
    import pypdfium2.raw as pdfium_c  # noqa: PLC0415

    try:
        # With no password PDFium tries the empty user password, which opens owner-password-only files.
        document = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        if exc.err_code == pdfium_c.FPDF_ERR_PASSWORD:
            raise EncryptedDocument("PDF is protected by a password (application/pdf)") from exc
        if exc.err_code == pdfium_c.FPDF_ERR_SECURITY:
            raise EncryptedDocument("PDF uses an unsupported encryption scheme (application/pdf)") from exc
        if exc.err_code == pdfium_c.FPDF_ERR_SUCCESS:
            raise EmptyDocument("PDF has no pages (application/pdf)") from exc
        raise UnreadableDocument("damaged or truncated PDF (application/pdf)") from exc
    return document


def _read_page(
    document: pypdfium2.PdfDocument, index: int, job: Job
) -> tuple[str, Image.Image | None, tuple[float, float]]:
    """The page's text layer, its rendering when that layer needs OCR, and its size in points."""
    import pypdfium2 as pdfium  # noqa: PLC0415

    limits = job.limits
    try:
        page = document[index]
    except pdfium.PdfiumError as exc:
        raise UnreadableDocument(f"application/pdf: page {index + 1} is damaged") from exc
    try:
        size = page.get_size()
        textpage = page.get_textpage()
        layer = textpage.get_text_bounded()
        textpage.close()
        chars = _visible_chars(layer)
        garbled = chars > 0 and looks_garbled(layer)
        if chars >= limits.min_text_chars_per_page and not garbled and not _is_scan_with_stamp(page, chars):
            return layer, None, size
        if not limits.ocr_enabled:
            job.warn("OCR is disabled: pages without a readable text layer were not read")
            return ("" if garbled else layer), None, size
        image = _render(page, limits.ocr_dpi, limits.ocr_max_pixels)
        return layer, (None if _is_blank(image) else image), size
    except (pdfium.PdfiumError, ValueError) as exc:  # ValueError: a page with no area to render
        raise UnreadableDocument(f"application/pdf: page {index + 1} is damaged") from exc
    finally:
        page.close()


def _is_scan_with_stamp(page: pypdfium2.PdfPage, chars: int) -> bool:
    if chars >= SCAN_WITH_STAMP_MAX_CHARS:
        return False
    import pypdfium2.raw as pdfium_c  # noqa: PLC0415

    width, height = page.get_size()
    area = width * height
    if area <= 0:
        return False
    covered = 0.0
    images = page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_IMAGE], max_depth=3)
    for image in islice(images, _MAX_IMAGE_OBJECTS):
        left, bottom, right, top = image.get_bounds()
        covered += max(0.0, right - left) * max(0.0, top - bottom)
    return bool(covered / area >= SCAN_IMAGE_COVERAGE)


def _render(page: pypdfium2.PdfPage, dpi: int, max_pixels: int) -> Image.Image:
    width, height = page.get_size()
    scale = dpi / 72
    if width * height * scale * scale > max_pixels:
        scale = (max_pixels / max(width * height, 1.0)) ** 0.5
    bitmap = page.render(scale=scale, grayscale=True)
    try:
        # The PIL image shares PDFium's buffer, which is freed with the bitmap.
        image: Image.Image = bitmap.to_pil().copy()
    finally:
        bitmap.close()
    return image


def _is_blank(image: Image.Image) -> bool:
    histogram = image.histogram()
    ink = sum(histogram[:_INK_LEVEL])
    return ink < _BLANK_INK_SHARE * image.width * image.height


def _visible_chars(text: str) -> int:
    return len("".join(text.split()))
