"""PDF: text layer, page limits, encryption, damage, and OCR of pages without usable text."""

from __future__ import annotations

import io

import pytest
from doc_classifier.config import ExtractionLimits
from doc_classifier.errors import EncryptedDocument, UnreadableDocument
from doc_classifier.extraction import extract
from doc_classifier.extraction.quality import looks_garbled
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas

from tests.unit.extraction.builders import encrypted_pdf, scanned_pdf, text_image, text_pdf

INVOICE_LINES = ["INVOICE number 2024-117", "Bill to: Globex Corporation", "Amount due: 1,250.00 EUR"]


def test_text_layer_is_read_without_ocr() -> None:
    document = extract(text_pdf([INVOICE_LINES, ["Payment terms: 30 days net, late payments incur interest"]]))
    assert document.media_type == "application/pdf"
    assert "Globex Corporation" in document.text
    assert "Payment terms" in document.text
    assert (document.pages_total, document.pages_read) == (2, 2)
    assert not document.ocr_used
    assert document.timings_ms["extract"] > 0
    assert "ocr" not in document.timings_ms


def test_only_the_first_pages_are_read() -> None:
    pages = [[f"Page marker {n} with enough words to be a text page of its own"] for n in range(1, 9)]
    document = extract(text_pdf(pages), ExtractionLimits(max_pages=3))
    assert (document.pages_total, document.pages_read) == (8, 3)
    assert "Page marker 3" in document.text
    assert "Page marker 4" not in document.text
    assert "read 3 of 8 pages" in document.warnings


def test_junk_before_the_header_still_reads() -> None:
    document = extract(b"X-Gateway: scanned\r\n\r\n" + text_pdf([INVOICE_LINES]))
    assert "INVOICE number 2024-117" in document.text


def test_owner_password_only_opens_with_the_empty_user_password() -> None:
    document = extract(encrypted_pdf(text_pdf([INVOICE_LINES]), user_password="", owner_password="owner"))
    assert "Globex" in document.text


def test_user_password_raises_encrypted() -> None:
    data = encrypted_pdf(text_pdf([INVOICE_LINES]), user_password="secret", owner_password="owner")
    with pytest.raises(EncryptedDocument, match="password"):
        extract(data)


@pytest.mark.parametrize("keep", [0.3, 0.6, 0.9])
def test_truncated_pdf_is_unreadable_and_names_the_type(keep: float) -> None:
    data = text_pdf([INVOICE_LINES] * 3)
    with pytest.raises(UnreadableDocument, match="application/pdf"):
        extract(data[: int(len(data) * keep)])


def test_blank_page_is_not_sent_to_ocr() -> None:
    document = extract(text_pdf([[]]))
    assert document.pages_read == 1
    assert not document.ocr_used
    assert document.text == ""
    assert "no text found" in document.warnings


def test_scanned_page_is_ocr_read() -> None:
    scan = text_image(["PURCHASE ORDER", "Supplier Initech", "Quantity 42 widgets"], size=(1240, 900))
    document = extract(scanned_pdf([scan]))
    assert document.ocr_used
    assert document.ocr_pages == 1
    assert "PURCHASE ORDER" in document.text
    assert "Initech" in document.text
    assert document.timings_ms["ocr"] > 0


def test_ocr_disabled_leaves_scanned_pages_unread_with_a_warning() -> None:
    scan = text_image(["PURCHASE ORDER"], size=(1240, 900))
    document = extract(scanned_pdf([scan]), ExtractionLimits(ocr_enabled=False))
    assert not document.ocr_used
    assert any("OCR is disabled" in warning for warning in document.warnings)


@pytest.mark.parametrize(
    "text",
    [
        "\x11\x17\x19\x15\x01\x1a\x1a\x0c\x04\x06\x05\x0b\x0b \x1f \x1a\x17\x0e\x13",  # no ToUnicode map
        "i e e ils: e # a e n i o s S R ICE S m n s e . a f s DESCRIPTION qty",  # lost glyphs
        "Xkqz Vbnm Trp Wqxz Hjkl Mnbv Cxz Plk Qrst",  # shifted letters
    ],
)
def test_garbled_text_layers_are_recognised(text: str) -> None:
    assert looks_garbled(text)


@pytest.mark.parametrize(
    "text",
    [
        "INVOICE Bill to: Globex Corporation. Amount due 1,250.00 EUR, payment within 30 days.",
        "Rechnung Nr. 17: Grüße aus Köln, Zahlung innerhalb von 14 Tagen an die Bank.",
        "Счёт на оплату № 17 от 2 января, покупатель \u041e\u041e\u041e Ромашка, итого к оплате",
        "1,250.00 2,400.00 3,100.00 17 18 19 2024-01-02",
    ],
)
def test_real_text_is_not_called_garbled(text: str) -> None:
    assert not looks_garbled(text)


def test_scan_with_a_stamped_text_line_is_still_ocr_read() -> None:
    # E-filing systems stamp a one-line text header onto scanned pages.
    scan = text_image(["MOTION TO DISMISS", "Plaintiff Acme Holdings"], size=(1240, 1754))
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4)
    pdf.drawImage(ImageReader(scan), 0, 0, width=A4[0], height=A4[1])
    pdf.drawString(72, 820, "Case: 17-2400 Document: 3 Filed: 07/13/2017 Pages: 1")
    pdf.showPage()
    pdf.save()
    document = extract(buffer.getvalue())
    assert document.ocr_used
    assert "MOTION TO DISMISS" in document.text
