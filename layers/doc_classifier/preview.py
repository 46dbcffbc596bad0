"""A small PNG of a document's first page, for the person reviewing its classification.

PDFs render their first page with PDFium, images are thumbnailed with Pillow, and every other format
(DOCX, XLSX, PPTX, e-mail, text, HTML, XML) becomes a text card: the start of its extracted text drawn
on a page. The extraction limits hold here as when classifying (bytes, pixels, zip bombs, time), with
OCR off: a preview never waits for Tesseract. The result is bounded in width, height and bytes.
"""

from __future__ import annotations

import io
import math
import textwrap
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from doc_classifier.config import ExtractionLimits
from doc_classifier.errors import DocumentTooLarge, EmptyDocument, LimitExceeded, UnreadableDocument
from doc_classifier.extraction import extract, sniff
from doc_classifier.extraction.context import Job
from doc_classifier.extraction.safety import Deadline

if TYPE_CHECKING:
    from PIL import Image

_MARGIN = 24
_FONT_SIZE = 14
_LINE_SPACING = 1.35
_SHRINK = 0.75  # each attempt at fitting max_bytes scales the picture by this
_MAX_ATTEMPTS = 6
_PALETTE_COLOURS = 64  # a page of text and a few colours survives a 64-colour palette


@dataclass(frozen=True)
class PreviewLimits:
    max_width: int = 800
    max_height: int = 1100
    max_bytes: int = 400_000
    timeout_seconds: float = 10.0


def render_preview(data: bytes, limits: PreviewLimits, extraction: ExtractionLimits | None = None) -> bytes:
    """The PNG bytes of the first page; raises DocumentError subclasses like ``extract``."""
    base = extraction or ExtractionLimits()
    extraction = replace(base, timeout_seconds=min(base.timeout_seconds, limits.timeout_seconds), ocr_enabled=False)
    if not data:
        raise EmptyDocument("the document is empty (0 bytes)")
    if len(data) > extraction.max_bytes:
        raise DocumentTooLarge(f"the document is {len(data)} bytes; the limit is {extraction.max_bytes}")
    job = Job(extraction, Deadline(extraction.timeout_seconds))
    media_type = sniff.ZIP if data.startswith(b"PK\x03\x04") else sniff.detect_media_type(data)
    if media_type == sniff.PDF:
        page = _pdf_page(data, limits, extraction)
    elif media_type in sniff.IMAGE_TYPES:
        page = _image_page(data, media_type, limits, job)
    else:
        page = _text_card(extract(data, extraction).text, limits)
    job.deadline.check("drawing the preview")
    return _png(page, limits, job.deadline)


def _pdf_page(data: bytes, limits: PreviewLimits, extraction: ExtractionLimits) -> Image.Image:
    import pypdfium2 as pdfium  # noqa: PLC0415

    from doc_classifier.extraction.pdf import _PDFIUM_LOCK, _open  # noqa: PLC0415  # one PDFium, one lock

    with _PDFIUM_LOCK:
        document = _open(data)
        try:
            if len(document) == 0:
                raise EmptyDocument("PDF has no pages (application/pdf)")
            page = document[0]
            try:
                width, height = page.get_size()
                if width <= 0 or height <= 0:
                    raise UnreadableDocument("application/pdf: the first page has no area")
                scale = _scale(width, height, limits, extraction.max_pixels)
                bitmap = page.render(scale=scale)
                try:
                    image: Image.Image = bitmap.to_pil().convert("RGB")  # a copy: the bitmap's buffer is freed
                finally:
                    bitmap.close()
            finally:
                page.close()
        except pdfium.PdfiumError as exc:
            raise UnreadableDocument("application/pdf: the first page is damaged") from exc
        finally:
            document.close()
    return image


def _scale(width: float, height: float, limits: PreviewLimits, max_pixels: int) -> float:
    """Points to pixels: the page fits the box and, with PDFium rounding each side up, the pixel limit."""
    scale = min(limits.max_width / width, limits.max_height / height, math.sqrt(max_pixels / (width * height)))
    while True:
        pixels_wide, pixels_high = math.ceil(width * scale), math.ceil(height * scale)
        fits = pixels_wide <= limits.max_width and pixels_high <= limits.max_height
        if fits and pixels_wide * pixels_high <= max_pixels:
            return scale
        scale *= 0.99


def _image_page(data: bytes, media_type: str, limits: PreviewLimits, job: Job) -> Image.Image:
    from PIL import Image as PILImage  # noqa: PLC0415
    from PIL import ImageOps  # noqa: PLC0415

    from doc_classifier.extraction.images import _DECODE_ERRORS, open_image  # noqa: PLC0415

    image = open_image(data, media_type, job)  # the pixel limit is checked before decoding
    try:
        image.seek(0)
        if media_type == sniff.JPEG:  # libjpeg decodes at 1/2..1/8 scale: less time and memory
            image.draft("RGB", (limits.max_width, limits.max_height))
        image.load()
        upright = ImageOps.exif_transpose(image).convert("RGB")
    except PILImage.DecompressionBombError as exc:
        raise LimitExceeded(f"{media_type}: image too large to decode safely ({exc})") from exc
    except _DECODE_ERRORS as exc:
        raise UnreadableDocument(f"damaged image ({media_type}): its first page cannot be decoded") from exc
    upright.thumbnail((limits.max_width, limits.max_height))
    return upright


def _text_card(text: str, limits: PreviewLimits) -> Image.Image:
    """The start of the text on a white page, as many lines as the page holds."""
    from PIL import Image as PILImage  # noqa: PLC0415
    from PIL import ImageDraw, ImageFont  # noqa: PLC0415

    font = ImageFont.load_default(size=_FONT_SIZE)
    line_height = int(_FONT_SIZE * _LINE_SPACING)
    usable = limits.max_width - 2 * _MARGIN
    average = max(font.getlength("abcdefghijklmnopqrstuvwxyz0123456789 ") / 37, 1.0)
    columns = max(int(usable / average), 10)
    rows = max((limits.max_height - 2 * _MARGIN) // line_height, 1)
    lines: list[str] = []
    for paragraph in (text or "(no text found)").splitlines():
        lines.extend(textwrap.wrap(paragraph, columns, max_lines=rows) or [""])
        if len(lines) >= rows:
            break
    lines = lines[:rows]
    height = min(limits.max_height, 2 * _MARGIN + line_height * max(len(lines), 1))
    card = PILImage.new("RGB", (limits.max_width, height), "white")
    draw = ImageDraw.Draw(card)
    for row, line in enumerate(lines):
        draw.text((_MARGIN, _MARGIN + row * line_height), line, fill="black", font=font)
    return card


def _png(image: Image.Image, limits: PreviewLimits, deadline: Deadline) -> bytes:
    """PNG bytes within max_bytes: full colour, then a palette, then smaller, until it fits."""
    for _ in range(_MAX_ATTEMPTS):
        for candidate in (image, image.quantize(_PALETTE_COLOURS)):
            buffer = io.BytesIO()
            candidate.save(buffer, format="PNG", optimize=True)
            if buffer.tell() <= limits.max_bytes:
                return buffer.getvalue()
            deadline.check("fitting the preview in its size limit")
        image = image.resize((max(1, int(image.width * _SHRINK)), max(1, int(image.height * _SHRINK))))
    raise LimitExceeded(f"no preview under {limits.max_bytes} bytes could be made")
