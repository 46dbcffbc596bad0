"""Every format renders to a real file that its own reader opens, with the content inside."""

from __future__ import annotations

import email
import io
import random
import zipfile

import docx
import openpyxl
import pypdf
import pytest
from PIL import Image

from training.synth import FORMATS, generate_document
from training.synth.noise import degrade
from training.synth.registry import build
from training.synth.render import render_document
from training.synth.render.image import LONG_SIDE_MAX


def _invoice() -> tuple[str, object]:
    doc = degrade(build("invoice", random.Random(11), "invoice_de"), random.Random(0), "clean", hand_to_ocr=True)
    number_field = next(v for b in doc.blocks if hasattr(b, "pairs") for k, v in b.pairs if "Nr" in k or "nummer" in k)
    return number_field, doc


def test_pdf_text_layer_holds_the_fields() -> None:
    number, doc = _invoice()
    data, ext = render_document(doc, "pdf", random.Random(1))  # type: ignore[arg-type]
    assert ext == "pdf"
    text = "".join(page.extract_text() for page in pypdf.PdfReader(io.BytesIO(data)).pages)
    assert number in text
    assert "Rechnung" in text or "RECHNUNG" in text


def test_long_documents_make_multi_page_pdfs_within_three_pages() -> None:
    doc = build("power_of_attorney", random.Random(2), "poa_new_york_statutory")
    data, _ = render_document(doc, "pdf", random.Random(2))
    pages = len(pypdf.PdfReader(io.BytesIO(data)).pages)
    assert 2 <= pages <= 4


def test_scanned_pdf_is_an_image_without_text() -> None:
    _, doc = _invoice()
    data, ext = render_document(doc, "pdf_scan", random.Random(3))  # type: ignore[arg-type]
    reader = pypdf.PdfReader(io.BytesIO(data))
    assert ext == "pdf" and len(reader.pages) == 1
    assert not reader.pages[0].extract_text().strip()


@pytest.mark.parametrize("fmt", ["scan", "photo"])
@pytest.mark.parametrize("label", ["passport", "receipt", "contract"])
def test_images_open_and_stay_small(fmt: str, label: str) -> None:
    doc = build(label, random.Random(4))
    data, ext = render_document(doc, fmt, random.Random(4))
    assert ext in ("png", "jpg")
    img = Image.open(io.BytesIO(data))
    img.load()
    assert img.format == ("PNG" if ext == "png" else "JPEG")
    assert 400 <= max(img.size) <= LONG_SIDE_MAX


def test_docx_opens_with_paragraphs_and_tables() -> None:
    number, doc = _invoice()
    data, ext = render_document(doc, "docx", random.Random(5))  # type: ignore[arg-type]
    document = docx.Document(io.BytesIO(data))
    text = "\n".join(p.text for p in document.paragraphs)
    cells = "\n".join(c.text for t in document.tables for row in t.rows for c in row.cells)
    assert ext == "docx" and document.tables
    assert number in text + cells


def test_xlsx_opens_with_the_table() -> None:
    doc = build("bank_statement", random.Random(6), "bank_statement_uk_current")
    data, ext = render_document(doc, "xlsx", random.Random(6))
    sheet = openpyxl.load_workbook(io.BytesIO(data)).active
    assert ext == "xlsx" and sheet is not None
    values = [str(c) for row in sheet.iter_rows(values_only=True) for c in row if c is not None]
    assert any("Sort code" in v for v in values)
    assert sheet.max_row > 10


def test_html_txt_and_eml_carry_the_text() -> None:
    number, doc = _invoice()
    html, _ = render_document(doc, "html", random.Random(7))  # type: ignore[arg-type]
    txt, _ = render_document(doc, "txt", random.Random(7))  # type: ignore[arg-type]
    eml, _ = render_document(doc, "eml", random.Random(7))  # type: ignore[arg-type]
    assert html.startswith(b"<!DOCTYPE html>") and number.encode() in html
    assert number in txt.decode("utf-8")
    message = email.message_from_bytes(eml)
    assert message["Subject"] and message["Date"] and message["From"]
    plain = next(p for p in message.walk() if p.get_content_type() == "text/plain")
    assert number in plain.get_payload(decode=True).decode("utf-8")  # type: ignore[union-attr]


def test_office_files_have_fixed_zip_timestamps() -> None:
    _, doc = _invoice()
    data, _ = render_document(doc, "docx", random.Random(8))  # type: ignore[arg-type]
    assert {i.date_time for i in zipfile.ZipFile(io.BytesIO(data)).infolist()} == {(2020, 1, 1, 0, 0, 0)}


def test_every_format_renders_for_every_shape_of_document() -> None:
    # card (ID), receipt roll, handwritten pad, two-column paper, plain page
    cases = [("drivers_license", 0), ("receipt", 1), ("prescription", 2), ("unknown", 3), ("lease", 4)]
    for label, index in cases:
        for fmt in FORMATS:
            _doc, chosen, _, data, _ = generate_document(label, 99, index, [fmt])
            assert chosen == fmt and len(data) > 200, (label, fmt)
