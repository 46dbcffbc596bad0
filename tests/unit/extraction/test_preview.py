"""The reviewer's page preview (doc_classifier.preview): every format gives a bounded PNG, hostile ones an error."""

from __future__ import annotations

import io

import pytest
from doc_classifier.config import ExtractionLimits
from doc_classifier.errors import EmptyDocument, EncryptedDocument, LimitExceeded, UnreadableDocument
from doc_classifier.preview import PreviewLimits, render_preview
from PIL import Image

from tests.unit.extraction.builders import docx, encrypted_pdf, image_bytes, text_image, text_pdf

SMALL = PreviewLimits(max_width=400, max_height=500, max_bytes=200_000, timeout_seconds=5)


def opened(png: bytes) -> Image.Image:
    image = Image.open(io.BytesIO(png))
    assert image.format == "PNG"
    return image


def ink_share(image: Image.Image) -> float:
    gray = image.convert("L")
    histogram = gray.histogram()
    return sum(histogram[:128]) / (gray.width * gray.height)


def test_a_pdf_shows_its_first_page_within_the_box() -> None:
    pdf = text_pdf([["INVOICE no 7"] * 30, ["second page"]])
    image = opened(render_preview(pdf, SMALL))
    assert image.width <= 400 and image.height <= 500
    assert max(image.width / 400, image.height / 500) > 0.95  # as large as the box allows
    assert 0 < ink_share(image) < 0.5  # text was drawn on white, not a blank or black page


def test_an_image_is_thumbnailed() -> None:
    photo = image_bytes(text_image(["RECEIPT"], size=(2400, 1600)), "JPEG", quality=90)
    image = opened(render_preview(photo, SMALL))
    assert (image.width, image.height) == (400, 267)
    assert ink_share(image) > 0


def test_a_text_format_becomes_a_card_of_its_text() -> None:
    card = opened(render_preview(docx(["Lease agreement between the parties"] * 200), SMALL))
    assert card.width == 400 and card.height <= 500 and ink_share(card) > 0
    short = opened(render_preview(b"just a line of text", SMALL))
    assert short.height < 100  # a short text gives a short card


def test_the_byte_limit_shrinks_the_picture_until_it_fits() -> None:
    noisy = Image.effect_noise((1600, 1600), 120).convert("RGB")  # incompressible
    data = image_bytes(noisy, "PNG")
    tight = PreviewLimits(max_width=800, max_height=800, max_bytes=30_000, timeout_seconds=5)
    png = render_preview(data, tight)
    assert len(png) <= 30_000
    with pytest.raises(LimitExceeded):
        render_preview(data, PreviewLimits(max_width=800, max_height=800, max_bytes=10, timeout_seconds=5))


def test_the_extraction_limits_hold() -> None:
    big = image_bytes(Image.new("RGB", (3000, 3000), "white"), "PNG")
    with pytest.raises(LimitExceeded):
        render_preview(big, SMALL, ExtractionLimits(max_pixels=1_000_000))
    with pytest.raises(Exception, match="limit"):
        render_preview(b"x" * 2000, SMALL, ExtractionLimits(max_bytes=1000))


@pytest.mark.parametrize(
    ("data", "error"),
    [
        (b"", EmptyDocument),
        (b"%PDF-1.7\n1 0 obj truncated", UnreadableDocument),
        (b"\x89PNG\r\n\x1a\n broken", UnreadableDocument),
    ],
)
def test_unreadable_documents_raise_document_errors(data: bytes, error: type[Exception]) -> None:
    with pytest.raises(error):
        render_preview(data, SMALL)


def test_an_encrypted_pdf_is_refused() -> None:
    with pytest.raises(EncryptedDocument):
        render_preview(encrypted_pdf(text_pdf([["secret"]]), "user", "owner"), SMALL)


def test_a_pdf_page_is_drawn_within_the_pixel_limit() -> None:
    image = opened(render_preview(text_pdf([["INVOICE"]]), SMALL, ExtractionLimits(max_pixels=20_000)))
    assert image.width * image.height <= 20_000
