"""DOCX / XLSX / PPTX: text from the package XML, and refusal of zip and XML bombs."""

from __future__ import annotations

import pytest
from doc_classifier.config import ExtractionLimits
from doc_classifier.errors import EncryptedDocument, LimitExceeded, UnreadableDocument
from doc_classifier.extraction import extract

from tests.unit.extraction.builders import (
    docx,
    pptx,
    replace_zip_member,
    text_image,
    xlsx,
    zip_bytes,
)

BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol9 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
]>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
<w:body><w:p><w:r><w:t>&lol9;</w:t></w:r></w:p></w:body></w:document>"""


def test_docx_paragraphs_tables_headers_and_footers() -> None:
    data = docx(
        ["EMPLOYMENT CONTRACT", "The employee shall report to the board."],
        table=[["Salary", "85,000"], ["Start date", "1 March 2024"]],
        header="Initech Human Resources",
        footer="Confidential page footer",
    )
    document = extract(data)
    assert document.media_type == "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    for expected in ("EMPLOYMENT CONTRACT", "report to the board", "Initech Human Resources", "Confidential"):
        assert expected in document.text
    assert "Salary\t85,000" in document.text
    assert document.text.index("Initech Human Resources") < document.text.index("EMPLOYMENT CONTRACT")
    assert not document.ocr_used
    assert document.pages_total is None


def test_docx_with_only_a_scanned_picture_is_ocr_read() -> None:
    picture = text_image(["SCANNED DEED OF TRUST", "Recorded in county records"], size=(1000, 300))
    document = extract(docx(picture=picture))
    assert document.ocr_used
    assert "DEED" in document.text and "TRUST" in document.text


def test_xlsx_cells_of_the_first_sheets() -> None:
    data = xlsx(
        {
            "Balance": [["Account", "Debit", "Credit"], ["Cash", 1200.5, None], ["Revenue", None, 1200.5]],
            "Notes": [["Prepared by finance"]],
            "Extra": [["Not read"]],
        }
    )
    document = extract(data, ExtractionLimits(max_pages=2))
    assert document.media_type == "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    assert "Account\tDebit\tCredit" in document.text
    assert "Cash\t1200.5" in document.text
    assert "Prepared by finance" in document.text
    assert "Not read" not in document.text
    assert (document.pages_total, document.pages_read) == (3, 2)
    assert "read 2 of 3 sheets" in document.warnings


def test_pptx_slide_text_in_presentation_order() -> None:
    document = extract(pptx([["Quarterly results", "Revenue up 12%"], ["Outlook", "Hiring plan"]]))
    assert document.media_type == "application/vnd.openxmlformats-officedocument.presentationml.presentation"
    assert document.text.index("Quarterly results") < document.text.index("Outlook")
    assert (document.pages_total, document.pages_read) == (2, 2)


def test_billion_laughs_inside_a_docx_is_refused() -> None:
    data = replace_zip_member(docx(["placeholder"]), "word/document.xml", BILLION_LAUGHS)
    with pytest.raises(LimitExceeded, match="entity"):
        extract(data)


def test_zip_bomb_is_refused_from_the_central_directory() -> None:
    bomb = b"<w:t>" + b"0" * 20_000_000 + b"</w:t>"
    data = replace_zip_member(docx(["placeholder"]), "word/document.xml", bomb)
    assert len(data) < 200_000
    with pytest.raises(LimitExceeded, match="zip bomb"):
        extract(data)


def test_total_unzipped_size_limit() -> None:
    with pytest.raises(LimitExceeded, match="expands to"):
        extract(docx(["hello"]), ExtractionLimits(max_unzipped_bytes=10_000))


def test_entry_count_limit() -> None:
    with pytest.raises(LimitExceeded, match="entries"):
        extract(docx(["hello"]), ExtractionLimits(max_zip_entries=5))


def test_zip_that_is_not_office_open_xml_is_unreadable() -> None:
    with pytest.raises(UnreadableDocument, match="application/zip"):
        extract(zip_bytes({"word/readme.txt": b"not a package"}))


def test_truncated_docx_is_unreadable() -> None:
    data = docx(["hello"])
    with pytest.raises(UnreadableDocument, match="zip"):
        extract(data[: len(data) // 2])


def test_docx_with_malformed_xml_is_unreadable() -> None:
    data = replace_zip_member(docx(["hello"]), "word/document.xml", b"<w:document><w:body>")
    with pytest.raises(UnreadableDocument, match="malformed XML"):
        extract(data)


def test_password_protected_office_file_is_encrypted() -> None:
    # Encrypted OOXML is a Compound File holding an "EncryptedPackage" stream.
    data = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504 + "EncryptedPackage".encode("utf-16-le")
    with pytest.raises(EncryptedDocument):
        extract(data)
