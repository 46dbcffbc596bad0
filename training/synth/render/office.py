"""DOCX (python-docx) and XLSX (openpyxl) renderings.

Both formats are zip files whose entries carry the time they were written, and both
libraries stamp creation times into their metadata; we fix the metadata and rewrite
the zip with a constant timestamp so the same document yields the same bytes.
"""

from __future__ import annotations

import datetime as dt
import io
import random
import re
import zipfile

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill

from training.synth.model import Fields, Heading, Lines, Rule, SyntheticDocument
from training.synth.model import Paragraph as TextParagraph
from training.synth.model import Table as TextTable

FIXED_ZIP_TIME = (2020, 1, 1, 0, 0, 0)
DOCX_FONTS = ["Calibri", "Arial", "Times New Roman", "Cambria", "Georgia", "Verdana", "Garamond", "Helvetica"]
TABLE_STYLES = [
    "Table Grid",
    "Light Grid Accent 1",
    "Light List Accent 1",
    "Light Shading",
    "Medium Shading 1 Accent 1",
    "Table Grid",
]
DOCX_ALIGN = {"left": WD_ALIGN_PARAGRAPH.LEFT, "center": WD_ALIGN_PARAGRAPH.CENTER, "right": WD_ALIGN_PARAGRAPH.RIGHT}


MODIFIED = re.compile(rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)")


def normalize_zip(data: bytes, stamp: dt.datetime) -> bytes:
    """Rewrite a zip with fixed entry timestamps (entry order kept) and a fixed 'modified' date.

    openpyxl sets the workbook's modification time to "now" while saving, whatever the
    properties say, so the core properties part is patched here.
    """
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            entry = zipfile.ZipInfo(info.filename, date_time=FIXED_ZIP_TIME)
            entry.compress_type = zipfile.ZIP_DEFLATED
            entry.external_attr = 0o600 << 16
            content = source.read(info.filename)
            if info.filename == "docProps/core.xml":
                content = MODIFIED.sub(rb"\g<1>" + stamp.strftime("%Y-%m-%dT%H:%M:%SZ").encode() + rb"\g<2>", content)
            target.writestr(entry, content)
    return out.getvalue()


def _fixed_time(rng: random.Random) -> dt.datetime:
    return dt.datetime(2018, 1, 1) + dt.timedelta(minutes=rng.randint(0, 60 * 24 * 365 * 7))


def render_docx(doc: SyntheticDocument, rng: random.Random) -> bytes:
    document = docx.Document()
    normal = document.styles["Normal"]
    normal.font.name = rng.choice(DOCX_FONTS)
    normal.font.size = Pt(rng.choice([9, 10, 10, 11, 11, 12]))
    table_style = rng.choice(TABLE_STYLES)
    fields_as_table = rng.random() < 0.5
    if doc.title:
        if rng.random() < 0.6:
            document.add_heading(doc.title, 0)
        else:
            p = document.add_paragraph()
            p.alignment = DOCX_ALIGN[rng.choice(["left", "center"])]
            run = p.add_run(doc.title)
            run.bold = True
            run.font.size = Pt(rng.choice([14, 16, 18, 20]))
    for block in doc.blocks:
        match block:
            case Heading():
                document.add_heading(block.text, min(max(block.level, 1), 3))
            case TextParagraph():
                p = document.add_paragraph(block.text)
                p.alignment = DOCX_ALIGN[block.align]
                if block.small:
                    for run in p.runs:
                        run.font.size = Pt(8)
            case Lines():
                p = document.add_paragraph()
                p.alignment = DOCX_ALIGN[block.align]
                for i, line in enumerate(block.lines):
                    run = p.add_run(line)
                    run.bold = block.bold
                    if block.mono:
                        run.font.name = "Courier New"
                    if i < len(block.lines) - 1:
                        run.add_break()
            case Fields():
                if fields_as_table or block.columns > 1:
                    per_row = max(1, block.columns)
                    chunks = [block.pairs[i : i + per_row] for i in range(0, len(block.pairs), per_row)]
                    table = document.add_table(rows=len(chunks), cols=2 * per_row)
                    table.style = table_style
                    for r, chunk in enumerate(chunks):
                        for c, (label, value) in enumerate(chunk):
                            table.cell(r, 2 * c).text = label
                            table.cell(r, 2 * c + 1).text = value
                else:
                    sep = " " if "\n" in block.sep else block.sep
                    for label, value in block.pairs:
                        p = document.add_paragraph()
                        p.add_run(label + (sep if value else "")).bold = True
                        p.add_run(value)
            case TextTable():
                rows = ([list(block.header)] if block.header else []) + [list(r) for r in block.rows]
                if not rows:
                    continue
                n = max(len(r) for r in rows)
                table = document.add_table(rows=len(rows), cols=n)
                table.style = table_style
                for r, row in enumerate(rows):
                    cells = table.rows[r].cells
                    for c, value in enumerate(row):
                        cells[c].text = value
            case Rule():
                document.add_paragraph("")
    stamp = _fixed_time(rng)
    props = document.core_properties
    props.author = ""
    props.last_modified_by = ""
    props.created = stamp
    props.modified = stamp
    props.revision = 1
    buf = io.BytesIO()
    document.save(buf)
    return normalize_zip(buf.getvalue(), stamp)


def render_xlsx(doc: SyntheticDocument, rng: random.Random) -> bytes:
    """One worksheet laid out like an exported statement: title, key/value rows, the table(s)."""
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = rng.choice(["Sheet1", "Sheet1", "Export", "Data", "Report", "Page 1"])
    bold = Font(bold=True)
    fill = PatternFill("solid", fgColor=rng.choice(["DDDDDD", "DCE6F1", "FFF2CC", "E2EFDA"]))
    row = 1
    widths: dict[int, int] = {}

    def put(r: int, c: int, value: str, *, strong: bool = False, shaded: bool = False) -> None:
        cell = ws.cell(row=r, column=c, value=_cell_value(value))
        if strong:
            cell.font = bold
        if shaded:
            cell.fill = fill
        if isinstance(cell.value, float):
            cell.alignment = Alignment(horizontal="right")
        widths[c] = max(widths.get(c, 8), min(60, len(value) + 2))

    if doc.title:
        put(row, 1, doc.title, strong=True)
        row += 2
    for block in doc.blocks:
        match block:
            case Heading():
                put(row, 1, block.text, strong=True)
                row += 1
            case TextParagraph():
                put(row, 1, block.text)
                row += 1
            case Lines():
                for line in block.lines:
                    put(row, 1, line, strong=block.bold)
                    row += 1
            case Fields():
                for label, value in block.pairs:
                    put(row, 1, label, strong=True)
                    put(row, 2, value)
                    row += 1
            case TextTable():
                if block.header:
                    for c, value in enumerate(block.header, 1):
                        put(row, c, value, strong=True, shaded=True)
                    row += 1
                for r in block.rows:
                    for c, value in enumerate(r, 1):
                        put(row, c, value)
                    row += 1
            case Rule():
                pass
        row += 1 if rng.random() < 0.5 else 0
    for c, w in widths.items():
        ws.column_dimensions[ws.cell(row=1, column=c).column_letter].width = w
    stamp = _fixed_time(rng)
    wb.properties.created = stamp
    wb.properties.modified = stamp
    wb.properties.creator = ""
    wb.properties.lastModifiedBy = ""
    buf = io.BytesIO()
    wb.save(buf)
    return normalize_zip(buf.getvalue(), stamp)


AMOUNT = re.compile(r"-?(?:\d{1,3}(?:,\d{3})+|\d+)\.\d{2}")


def _cell_value(text: str) -> str | float:
    """English-formatted amounts become numeric cells, as in real exports; anything else stays text."""
    stripped = text.strip()
    if AMOUNT.fullmatch(stripped):
        return float(stripped.replace(",", ""))
    return text
