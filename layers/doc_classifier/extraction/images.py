"""Raster images (photos, scans, screenshots) read by OCR, frame by frame for multi-page TIFFs."""

from __future__ import annotations

import io
from typing import TYPE_CHECKING

from doc_classifier.errors import LimitExceeded, UnreadableDocument
from doc_classifier.extraction import sniff
from doc_classifier.extraction.context import Content, Job
from doc_classifier.extraction.safety import check_pixels

if TYPE_CHECKING:
    from PIL import Image

# Pillow decodes only the format the bytes were sniffed as: its other plugins
# (EPS through Ghostscript, for one) never see untrusted input.
_PIL_FORMATS = {
    sniff.PNG: "PNG",
    sniff.JPEG: "JPEG",
    sniff.WEBP: "WEBP",
    sniff.TIFF: "TIFF",
    sniff.GIF: "GIF",
    sniff.BMP: "BMP",
}
# Decoding errors Pillow raises on damaged files; they mean "unreadable", not a bug.
_DECODE_ERRORS = (
    OSError,
    SyntaxError,
    ValueError,
    EOFError,
    IndexError,
    KeyError,
    TypeError,
    ZeroDivisionError,
)


def extract_image(data: bytes, media_type: str, job: Job) -> Content:
    image = open_image(data, media_type, job)
    pages_total = page_count(image, media_type)
    pages_to_read = min(pages_total, job.limits.max_pages)
    if not job.limits.ocr_enabled:
        job.warn("OCR is disabled: images were not read")
        return Content("", pages_total=pages_total, pages_read=0)
    texts = []
    for index in range(pages_to_read):
        job.deadline.check(f"reading image page {index + 1}")
        texts.append(ocr_frame(image, index, media_type, job))
    if pages_to_read < pages_total:
        job.warn(f"read {pages_to_read} of {pages_total} pages")
    return Content("\n\n".join(texts), pages_total=pages_total, pages_read=pages_to_read)


def page_count(image: Image.Image, media_type: str) -> int:
    # Frames of a GIF or WebP are animation; only TIFF stores pages as frames.
    if media_type != sniff.TIFF:
        return 1
    try:
        return int(getattr(image, "n_frames", 1))
    except _DECODE_ERRORS as exc:  # counting TIFF pages walks every page directory
        raise UnreadableDocument(f"damaged image ({media_type}): its page directory cannot be read") from exc


def open_image(data: bytes, media_type: str, job: Job) -> Image.Image:
    """A lazily decoded image whose declared size is within ``max_pixels``."""
    from PIL import Image, UnidentifiedImageError  # noqa: PLC0415

    try:
        image = Image.open(io.BytesIO(data), formats=[_PIL_FORMATS[media_type]])
    except Image.DecompressionBombError as exc:
        raise LimitExceeded(f"{media_type}: image too large to decode safely ({exc})") from exc
    except (UnidentifiedImageError, *_DECODE_ERRORS) as exc:
        raise UnreadableDocument(f"damaged or unsupported image ({media_type})") from exc
    check_pixels(image.width, image.height, job.limits, f"image ({media_type})")
    return image


def ocr_frame(image: Image.Image, index: int, media_type: str, job: Job) -> str:
    """OCR one frame: decoded (at reduced scale where JPEG allows), upright per EXIF, size-checked."""
    from PIL import Image as PILImage  # noqa: PLC0415
    from PIL import ImageOps  # noqa: PLC0415

    from doc_classifier.extraction.ocr import ocr_image  # noqa: PLC0415

    try:
        image.seek(index)
        check_pixels(image.width, image.height, job.limits, f"image ({media_type}) page {index + 1}")
        if media_type == sniff.JPEG:
            _decode_at_ocr_size(image, job.limits.ocr_max_pixels)
        image.load()
        upright = ImageOps.exif_transpose(image)
    except PILImage.DecompressionBombError as exc:
        raise LimitExceeded(f"{media_type}: image too large to decode safely ({exc})") from exc
    except _DECODE_ERRORS as exc:
        raise UnreadableDocument(f"damaged image ({media_type}): page {index + 1} cannot be decoded") from exc
    text = ocr_image(upright, job)
    job.ocr_pages += 1
    return text


def _decode_at_ocr_size(image: Image.Image, max_pixels: int) -> None:
    """Let libjpeg decode at 1/2, 1/4 or 1/8 scale when OCR would downscale anyway (less time and memory)."""
    pixels = image.width * image.height
    if pixels > max_pixels:
        factor = (max_pixels / pixels) ** 0.5
        image.draft(image.mode, (int(image.width * factor), int(image.height * factor)))
