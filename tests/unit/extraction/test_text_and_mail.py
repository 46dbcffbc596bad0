"""Plain text, CSV, HTML, XML and e-mail."""

from __future__ import annotations

import pytest
from doc_classifier.config import ExtractionLimits
from doc_classifier.errors import LimitExceeded
from doc_classifier.extraction import extract

from tests.unit.extraction.builders import docx, email_message, text_pdf


@pytest.mark.parametrize(
    "data",
    [
        "Kündigung des Mietvertrags \u2013 Grüße".encode(),
        "\ufeffKündigung des Mietvertrags \u2013 Grüße".encode(),
        "Kündigung des Mietvertrags \u2013 Grüße".encode("utf-16"),
        "Kündigung des Mietvertrags \u2013 Grüße".encode("utf-16-be"),
        "Kündigung des Mietvertrags \u2013 Grüße".encode("cp1252"),
    ],
    ids=["utf-8", "utf-8-bom", "utf-16-bom", "utf-16-be-no-bom", "cp1252"],
)
def test_plain_text_encodings(data: bytes) -> None:
    document = extract(data)
    assert document.media_type == "text/plain"
    assert document.text == "Kündigung des Mietvertrags \u2013 Grüße"
    assert document.pages_total is None


def test_bytes_cp1252_leaves_undefined_fall_back_to_latin_1() -> None:
    document = extract(b"Caf\xe9 au lait \x81 menu")
    assert document.text.startswith("Café au lait")


def test_markdown_is_plain_text() -> None:
    document = extract(b"# Lease renewal\n\nThe **tenant** agrees to the new rent.\n")
    assert document.media_type == "text/plain"
    assert "Lease renewal" in document.text


def test_csv() -> None:
    document = extract(b"date,amount,payee\n2024-01-02,10.00,ACME\n2024-01-03,12.50,Globex\n")
    assert document.media_type == "text/csv"
    assert "Globex" in document.text


def test_html_visible_text_only() -> None:
    html = b"""<!DOCTYPE html><html><head><meta charset="windows-1252"><title>Pay stub</title>
    <style>body { color: red }</style><script>var secret = "do not index";</script></head>
    <body><h1>Earnings statement</h1><p>Gross pay&nbsp;&amp; net pay for Jos\xe9</p>
    <table><tr><td>Gross</td><td>4,000</td></tr></table><noscript>enable js</noscript></body></html>"""
    document = extract(html)
    assert document.media_type == "text/html"
    assert "Pay stub" in document.text
    assert "Earnings statement" in document.text
    assert "Gross pay & net pay for José" in document.text
    assert "Gross\t4,000" in document.text
    for hidden in ("color: red", "do not index", "enable js"):
        assert hidden not in document.text


def test_xml_text_in_document_order() -> None:
    data = b"<?xml version='1.0'?><Invoice><ID>INV-9</ID><Note>Pay <b>now</b> please</Note></Invoice>"
    document = extract(data)
    assert document.media_type == "application/xml"
    assert document.text.split() == ["INV-9", "Pay", "now", "please"]


def test_xml_entity_expansion_is_refused() -> None:
    data = b"""<?xml version="1.0"?><!DOCTYPE d [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;">]><d>&b;</d>"""
    with pytest.raises(LimitExceeded):
        extract(data)


def test_email_headers_body_and_attachment_names() -> None:
    data = email_message(
        attachments=[
            (
                "invoice.pdf",
                text_pdf([["INVOICE 2024-117 total due 99.00 EUR from Initech"]]),
                "application/pdf",
            )
        ]
    )
    document = extract(data)
    assert document.media_type == "message/rfc822"
    assert "Subject: Invoice 2024-117" in document.text
    assert "From: Billing <billing@example.com>" in document.text
    assert "To: Accounts <accounts@example.org>" in document.text
    assert "Date: Tue, 02 Jan 2024" in document.text
    assert "Please find the invoice attached." in document.text
    assert document.attachments == ["invoice.pdf"]
    assert "total due 99.00 EUR from Initech" in document.text  # the attachment's own text


def test_html_only_email_body_is_read_as_text() -> None:
    data = email_message(
        body="", html="<html><body><p>Your <b>statement</b> is ready</p><script>x()</script></body></html>"
    )
    document = extract(data)
    assert "statement" in document.text


def test_unreadable_attachment_is_a_warning_not_a_failure() -> None:
    data = email_message(
        attachments=[
            ("scan.pdf", b"%PDF-1.7 truncated", "application/pdf"),
            ("contract.docx", docx(["MASTER SERVICES AGREEMENT"]), "application/octet-stream"),
            ("archive.gz", b"\x1f\x8b\x08\x00", "application/gzip"),
        ]
    )
    document = extract(data)
    assert document.attachments == ["scan.pdf", "contract.docx", "archive.gz"]
    assert "MASTER SERVICES AGREEMENT" in document.text
    assert any("scan.pdf" in warning and "unreadable_document" in warning for warning in document.warnings)
    assert any("archive.gz" in warning and "unsupported_media_type" in warning for warning in document.warnings)


def test_attachment_text_limit() -> None:
    pdf = text_pdf([["Attached report with enough words on its page to count as text"]])
    data = email_message(attachments=[(f"report-{n}.pdf", pdf, "application/pdf") for n in range(3)])
    document = extract(data, ExtractionLimits(max_attachments=2))
    assert len(document.attachments) == 3
    assert document.text.count("Attached report") == 2
    assert any("first 2" in warning for warning in document.warnings)


def test_attached_email_is_read_with_its_own_attachments() -> None:
    inner = email_message(
        subject="Original lease",
        attachments=[("lease.docx", docx(["RESIDENTIAL LEASE"]), "application/octet-stream")],
    )
    outer = email_message(subject="Fwd: Original lease", attachments=[("forwarded.eml", inner, "message/rfc822")])
    document = extract(outer)
    assert "Subject: Original lease" in document.text
    assert "RESIDENTIAL LEASE" in document.text
