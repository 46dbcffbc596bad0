"""Builders for the documents the extraction tests read: every fixture is generated, none is checked in."""

from __future__ import annotations

import email
import email.policy
import io
import zipfile
from collections.abc import Sequence
from email.message import EmailMessage
from pathlib import Path

import docx as python_docx
import pytest
from openpyxl import Workbook
from PIL import Image, ImageDraw, ImageFont
from pypdf import PdfReader, PdfWriter
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas

_FONT_CANDIDATES = (
    Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"),
    Path(__import__("reportlab").__file__).parent / "fonts" / "Vera.ttf",
)


def font_path() -> Path:
    for candidate in _FONT_CANDIDATES:
        if candidate.exists():
            return candidate
    pytest.skip("no TrueType font available to draw text")


def text_image(
    lines: Sequence[str],
    *,
    size: tuple[int, int] = (1200, 800),
    font_size: int = 44,
    ink: tuple[int, int, int] = (0, 0, 0),
    paper: tuple[int, int, int] = (255, 255, 255),
    mode: str = "RGB",
) -> Image.Image:
    """A clean scan-like image with ``lines`` drawn from the top left."""
    image = Image.new("RGB", size, paper)
    draw = ImageDraw.Draw(image)
    font = ImageFont.truetype(str(font_path()), font_size)
    y = font_size
    for line in lines:
        draw.text((font_size, y), line, fill=ink, font=font)
        y += int(font_size * 1.6)
    return image.convert(mode) if mode != "RGB" else image


def image_bytes(image: Image.Image, fmt: str, **params: object) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, format=fmt, **params)
    return buffer.getvalue()


def text_pdf(pages: Sequence[Sequence[str]]) -> bytes:
    """A PDF with a real text layer: one list of lines per page."""

    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4)
    for lines in pages:
        y = 780
        for line in lines:
            pdf.drawString(72, y, line)
            y -= 18
        pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def scanned_pdf(images: Sequence[Image.Image]) -> bytes:
    """A PDF whose pages are images only (no text layer), like a scanner's output."""

    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4)
    width, height = A4
    for image in images:
        pdf.drawImage(
            ImageReader(image),
            0,
            height - width * image.height / image.width,
            width=width,
            height=width * image.height / image.width,
        )
        pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def encrypted_pdf(source: bytes, user_password: str, owner_password: str) -> bytes:

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(source)))
    writer.encrypt(user_password=user_password, owner_password=owner_password, algorithm="AES-256")
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def docx(
    paragraphs: Sequence[str] = (),
    *,
    table: Sequence[Sequence[str]] = (),
    header: str = "",
    footer: str = "",
    picture: Image.Image | None = None,
) -> bytes:

    document = python_docx.Document()
    for paragraph in paragraphs:
        document.add_paragraph(paragraph)
    if table:
        grid = document.add_table(rows=len(table), cols=len(table[0]))
        for row, values in zip(grid.rows, table, strict=True):
            for cell, value in zip(row.cells, values, strict=True):
                cell.text = value
    if header:
        document.sections[0].header.paragraphs[0].text = header
    if footer:
        document.sections[0].footer.paragraphs[0].text = footer
    if picture is not None:
        document.add_picture(io.BytesIO(image_bytes(picture, "PNG")))
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def xlsx(sheets: dict[str, Sequence[Sequence[object]]]) -> bytes:

    workbook = Workbook()
    workbook.remove(workbook.active)
    for name, rows in sheets.items():
        sheet = workbook.create_sheet(name)
        for row in rows:
            sheet.append(list(row))
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


_PPTX_CONTENT_TYPES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/ppt/presentation.xml"
 ContentType="application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml"/>
{slides}
</Types>"""
_PPTX_SLIDE_TYPE = (
    '<Override PartName="/ppt/slides/slide{n}.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.presentationml.slide+xml"/>'
)
_PPTX_PRESENTATION = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<p:presentation xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main"
 xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
<p:sldIdLst>{ids}</p:sldIdLst></p:presentation>"""
_PPTX_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">{rels}</Relationships>"""
_PPTX_SLIDE = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<p:sld xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"
 xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main">
<p:cSld><p:spTree><p:sp><p:txBody>{paragraphs}</p:txBody></p:sp></p:spTree></p:cSld></p:sld>"""


def pptx(slides: Sequence[Sequence[str]]) -> bytes:
    """A minimal presentation package written by hand (python-pptx is not a dependency)."""
    # Slide order comes from sldIdLst, deliberately not the part names' order.
    order = list(reversed(range(1, len(slides) + 1)))
    parts = {
        "[Content_Types].xml": _PPTX_CONTENT_TYPES.format(slides="".join(_PPTX_SLIDE_TYPE.format(n=n) for n in order)),
        "ppt/presentation.xml": _PPTX_PRESENTATION.format(
            ids="".join(f'<p:sldId id="{255 + i}" r:id="rId{n}"/>' for i, n in enumerate(order, 1))
        ),
        "ppt/_rels/presentation.xml.rels": _PPTX_RELS.format(
            rels="".join(
                f'<Relationship Id="rId{n}" Target="slides/slide{n}.xml" Type="http://schemas.'
                'openxmlformats.org/officeDocument/2006/relationships/slide"/>'
                for n in order
            )
        ),
    }
    for n, lines in zip(order, slides, strict=True):
        paragraphs = "".join(f"<a:p><a:r><a:t>{line}</a:t></a:r></a:p>" for line in lines)
        parts[f"ppt/slides/slide{n}.xml"] = _PPTX_SLIDE.format(paragraphs=paragraphs)
    return zip_bytes({name: text.encode() for name, text in parts.items()})


def zip_bytes(members: dict[str, bytes], compression: int = zipfile.ZIP_DEFLATED) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def replace_zip_member(package: bytes, name: str, data: bytes) -> bytes:
    with zipfile.ZipFile(io.BytesIO(package)) as source:
        members = {info.filename: source.read(info) for info in source.infolist()}
    members[name] = data
    return zip_bytes(members)


def email_message(
    *,
    subject: str = "Invoice 2024-117",
    body: str = "Please find the invoice attached.",
    html: str | None = None,
    attachments: Sequence[tuple[str, bytes, str]] = (),
) -> bytes:
    message = EmailMessage()
    message["Subject"] = subject
    message["From"] = "Billing <billing@example.com>"
    message["To"] = "Accounts <accounts@example.org>"
    message["Date"] = "Tue, 02 Jan 2024 10:00:00 +0000"
    message.set_content(body)
    if html is not None:
        message.add_alternative(html, subtype="html")
    for filename, data, media_type in attachments:
        if media_type == "message/rfc822":
            attached = email.message_from_bytes(data, policy=email.policy.default)
            message.add_attachment(attached, filename=filename)
            continue
        maintype, subtype = media_type.split("/")
        message.add_attachment(data, maintype=maintype, subtype=subtype, filename=filename)
    return message.as_bytes()
