"""Images: OCR of drawn text in every format, orientation, transparency, pages, and size guards."""

from __future__ import annotations

import ctypes
import struct
import zlib
from pathlib import Path

import pytest
import tesserocr
from doc_classifier.config import ExtractionLimits
from doc_classifier.errors import LimitExceeded, UnreadableDocument
from doc_classifier.extraction import extract
from doc_classifier.extraction.ocr import _LEPTONICA_SEVERITY_NONE, MIN_SKEW, estimate_skew
from PIL import Image

from tests.unit.extraction.builders import image_bytes, text_image

RECEIPT = ["GROCERY RECEIPT", "Bananas 2.40", "Coffee beans 11.90", "TOTAL 14.30"]


def words_found(text: str, words: list[str]) -> int:
    return sum(word.lower() in text.lower() for word in words)


@pytest.mark.parametrize("fmt", ["PNG", "JPEG", "WEBP", "TIFF", "GIF", "BMP"])
def test_every_image_format_is_ocr_read(fmt: str) -> None:
    data = image_bytes(text_image(RECEIPT, size=(900, 520)), fmt)
    document = extract(data)
    assert document.media_type == f"image/{fmt.lower()}"
    assert document.ocr_used and document.ocr_pages == 1
    assert words_found(document.text, ["GROCERY", "RECEIPT", "Bananas", "Coffee", "TOTAL"]) >= 4
    assert document.timings_ms["ocr"] > 0


def test_small_photo_is_upscaled_before_ocr() -> None:
    small = text_image(["INVOICE 4471", "Due 30 days"], size=(300, 110), font_size=14)
    document = extract(image_bytes(small, "PNG"))
    assert "INVOICE" in document.text


def test_transparent_png_text_stays_visible() -> None:
    # Black text on a transparent background: dropping alpha naively gives black on black.
    rgba = Image.new("RGBA", (900, 300), (0, 0, 0, 0))
    ink = text_image(["TRANSPARENT STATEMENT"], size=(900, 300)).convert("L")
    rgba.putalpha(Image.eval(ink, lambda value: 255 - value))
    document = extract(image_bytes(rgba, "PNG"))
    assert "STATEMENT" in document.text


def test_exif_orientation_is_applied() -> None:
    upright = text_image(["ROTATED BY EXIF", "Account statement"], size=(1000, 400))
    stored = upright.rotate(90, expand=True)  # what the camera wrote; EXIF 6 says "turn 90 clockwise"
    exif = Image.Exif()
    exif[0x0112] = 6
    document = extract(image_bytes(stored, "JPEG", exif=exif.tobytes(), quality=95))
    assert words_found(document.text, ["ROTATED", "EXIF", "Account", "statement"]) >= 3


def test_upside_down_scan_is_turned_upright() -> None:
    lines = [
        "LEASE AGREEMENT",
        "This lease is made between the landlord",
        "and the tenant for the premises described",
        "below, for a monthly rent payable in advance",
        "on the first day of each month of the term.",
        "The security deposit is held by the landlord.",
    ]
    page = text_image(lines, size=(1240, 1000), font_size=36)
    document = extract(image_bytes(page.rotate(180), "PNG"))
    assert words_found(document.text, ["LEASE", "landlord", "tenant", "premises", "monthly", "deposit"]) >= 5


def test_sideways_scan_is_turned_upright() -> None:
    lines = ["MEDICAL RECORD", "Patient history and diagnosis", "Prescribed medication twice daily"]
    page = text_image(lines, size=(1240, 700), font_size=40)
    document = extract(image_bytes(page.rotate(90, expand=True), "PNG"))
    assert words_found(document.text, ["MEDICAL", "RECORD", "Patient", "diagnosis", "medication"]) >= 4


LEDGER = [
    "BANK STATEMENT",
    "Opening balance on the first of the month",
    "Card payment at the grocery store",
    "Salary transfer from the employer",
    "Standing order for the monthly rent",
    "Closing balance carried forward",
]


@pytest.mark.parametrize("degrees", [-11.0, 8.0])
def test_tilted_photo_is_levelled_before_ocr(degrees: float) -> None:
    page = text_image(LEDGER, size=(1400, 900), font_size=34).rotate(degrees, expand=True, fillcolor="white")
    document = extract(image_bytes(page, "PNG"))
    expected = ["STATEMENT", "Opening", "grocery", "Salary", "employer", "Standing", "monthly", "Closing", "forward"]
    assert words_found(document.text, expected) >= 8


@pytest.mark.parametrize("degrees", [0.0, 1.0, 8.0, -13.0])
def test_skew_estimate(degrees: float) -> None:
    page = text_image(LEDGER, size=(1400, 900), font_size=34).convert("L")
    tilted = page.rotate(degrees, expand=True, fillcolor=255)
    # Below MIN_SKEW the page is left as it is; above, the estimate undoes the tilt to within half a degree.
    expected = 0.0 if abs(degrees) < MIN_SKEW else -degrees
    assert estimate_skew(tilted) == pytest.approx(expected, abs=0.5)


def test_coloured_text_as_bright_as_its_background() -> None:
    # Red on green of equal luminance vanishes in grayscale; the red channel still shows it.
    card = text_image(
        ["DRIVER LICENSE", "Class C restrictions none"],
        size=(900, 360),
        ink=(220, 40, 40),
        paper=(0, 130, 80),
    )
    document = extract(image_bytes(card, "PNG"))
    assert words_found(document.text, ["DRIVER", "LICENSE", "Class", "restrictions"]) >= 3


def test_multi_page_tiff_reads_pages_up_to_the_limit() -> None:
    pages = [text_image([f"PAGE NUMBER {n}"], size=(800, 200)) for n in ("ONE", "TWO", "THREE")]
    data = image_bytes(pages[0], "TIFF", save_all=True, append_images=pages[1:])
    document = extract(data, ExtractionLimits(max_pages=2))
    assert (document.pages_total, document.pages_read, document.ocr_pages) == (3, 2, 2)
    assert "ONE" in document.text and "TWO" in document.text and "THREE" not in document.text
    assert "read 2 of 3 pages" in document.warnings


def _png_header(width: int, height: int) -> bytes:
    """A PNG that declares a huge canvas in its header but carries one tiny compressed row."""

    def chunk(kind: bytes, payload: bytes) -> bytes:
        return struct.pack(">I", len(payload)) + kind + payload + struct.pack(">I", zlib.crc32(kind + payload))

    ihdr = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", zlib.compress(b"\x00")) + chunk(b"IEND", b"")


@pytest.mark.parametrize("side", [8_000, 100_000])  # over our limit; over Pillow's own bomb limit too
def test_decompression_bomb_header_is_refused_before_decoding(side: int) -> None:
    with pytest.raises(LimitExceeded, match="image"):
        extract(_png_header(side, side))


def test_pixel_limit_is_configurable() -> None:
    data = image_bytes(text_image(["x"], size=(400, 300)), "PNG")
    with pytest.raises(LimitExceeded, match="MP"):
        extract(data, ExtractionLimits(max_pixels=100_000))


@pytest.mark.parametrize("fmt", ["PNG", "JPEG", "WEBP"])
def test_broken_image_is_unreadable_and_names_the_type(fmt: str) -> None:
    data = image_bytes(text_image(RECEIPT, size=(600, 400)), fmt)
    with pytest.raises(UnreadableDocument, match=f"image/{fmt.lower()}"):
        extract(data[: len(data) // 3])


def test_leptonica_messages_are_switched_off_once_ocr_has_run() -> None:
    # Leptonica's "Error in pixScanForForeground" lines would otherwise fill the Lambda logs.
    extract(image_bytes(text_image(RECEIPT, size=(900, 520)), "PNG"))
    bundled = sorted((Path(tesserocr.__file__).parent.parent / "tesserocr.libs").glob("libleptonica*.so*"))
    assert bundled, "tesserocr wheel without its bundled leptonica"
    leptonica = ctypes.CDLL(str(bundled[0]))
    previous = leptonica.setMsgSeverity(_LEPTONICA_SEVERITY_NONE)
    assert previous == _LEPTONICA_SEVERITY_NONE
