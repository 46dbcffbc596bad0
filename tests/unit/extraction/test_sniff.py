"""Media types come from the bytes: magic numbers, container contents, text structure."""

from __future__ import annotations

import gzip
import zipfile

import pytest
from doc_classifier.extraction import detect_media_type

from tests.unit.extraction.builders import (
    docx,
    email_message,
    image_bytes,
    pptx,
    text_image,
    text_pdf,
    xlsx,
    zip_bytes,
)

DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
PPTX = "application/vnd.openxmlformats-officedocument.presentationml.presentation"


@pytest.fixture(scope="module")
def picture() -> object:
    return text_image(["Sample"], size=(200, 100), font_size=30)


@pytest.mark.parametrize(
    ("fmt", "expected"),
    [
        ("PNG", "image/png"),
        ("JPEG", "image/jpeg"),
        ("WEBP", "image/webp"),
        ("TIFF", "image/tiff"),
        ("GIF", "image/gif"),
        ("BMP", "image/bmp"),
    ],
)
def test_images_by_magic_number(picture: object, fmt: str, expected: str) -> None:
    assert detect_media_type(image_bytes(picture, fmt)) == expected  # type: ignore[arg-type]


def test_pdf_and_pdf_with_junk_before_the_header() -> None:
    pdf = text_pdf([["Hello"]])
    assert detect_media_type(pdf) == "application/pdf"
    assert detect_media_type(b"\x00\x01garbage from a mail gateway\r\n" * 20 + pdf) == "application/pdf"


def test_pdf_header_beyond_the_first_kilobyte_is_not_a_pdf() -> None:
    assert detect_media_type(b"\x00" * 2048 + text_pdf([["Hello"]])) != "application/pdf"


def test_office_open_xml_types_from_the_package_contents() -> None:
    assert detect_media_type(docx(["Hello"])) == DOCX
    assert detect_media_type(xlsx({"Sheet": [["a", 1]]})) == XLSX
    assert detect_media_type(pptx([["Title"]])) == PPTX


def test_plain_zip_and_other_zip_formats() -> None:
    assert detect_media_type(zip_bytes({"notes.txt": b"hello"})) == "application/zip"
    odt = zip_bytes({"mimetype": b"application/vnd.oasis.opendocument.text"}, zipfile.ZIP_STORED)
    assert detect_media_type(odt) == "application/vnd.oasis.opendocument.text"


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (b"Dear customer,\nyour order has shipped.\n", "text/plain"),
        (b"# Title\n\nSome *markdown* text, with a comma.\n\n- item one\n- item two\n", "text/plain"),
        ("Grüße aus Köln".encode("cp1252"), "text/plain"),
        ("\ufeffUTF-16 text with a BOM".encode("utf-16"), "text/plain"),
        ("UTF-16 without BOM, still text".encode("utf-16-le"), "text/plain"),
        (b"date,amount,payee\n2024-01-02,10.00,ACME\n2024-01-03,12.50,Globex\n", "text/csv"),
        (b"date;amount\n2024-01-02;10,00\n2024-01-03;12,50\n", "text/csv"),
        (b"<!DOCTYPE html><html><body><p>Hi</p></body></html>", "text/html"),
        (b"  <html lang='en'><head><title>t</title></head></html>", "text/html"),
        (b"<?xml version='1.0'?><Invoice><ID>1</ID></Invoice>", "application/xml"),
    ],
)
def test_text_formats(data: bytes, expected: str) -> None:
    assert detect_media_type(data) == expected


def test_prose_with_commas_is_not_csv() -> None:
    prose = b"Hello, world.\nThis line has, two, commas.\nAnd this one none\nFinally, one.\n"
    assert detect_media_type(prose) == "text/plain"


def test_email() -> None:
    assert detect_media_type(email_message()) == "message/rfc822"
    received = b"Received: from mx.example.com\r\nFrom: a@example.com\r\nSubject: hi\r\n\r\nbody\r\n"
    assert detect_media_type(received) == "message/rfc822"


def test_text_with_a_colon_is_not_email() -> None:
    assert detect_media_type(b"Note: call back\nTodo: invoice\n\nbody") == "text/plain"


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (gzip.compress(b"hello"), "application/gzip"),
        (
            b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100 + "WordDocument".encode("utf-16-le"),
            "application/msword",
        ),
        (b"\x00\x00\x00\x18ftypheic" + b"\x00" * 40, "image/heic"),
        (bytes(range(256)) * 8, "application/octet-stream"),
    ],
)
def test_other_binaries_are_named_or_octet_stream(data: bytes, expected: str) -> None:
    assert detect_media_type(data) == expected


def test_text_starting_with_bm_is_not_a_bitmap() -> None:
    assert detect_media_type(b"BMW service invoice\nTotal 120 EUR\n") == "text/plain"
