"""Text PDFs with reportlab: varied fonts, sizes, margins, table styles, one or two columns.

reportlab's invariant mode removes the creation date and random document id, so the
same document and RNG state always produce the same bytes.
"""

from __future__ import annotations

import io
import random
from dataclasses import dataclass
from functools import cache
from xml.sax.saxutils import escape

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4, letter
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    HRFlowable,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus.doctemplate import LayoutError

from training.synth.model import (
    Block,
    Fields,
    Heading,
    Lines,
    Rule,
    SyntheticDocument,
)
from training.synth.model import Paragraph as TextParagraph
from training.synth.model import Table as TextTable
from training.synth.render.fonts import DEJAVU_DIR, VERA_DIR

rl_config.invariant = 1

LETTER_LOCALES = {"en_US", "en_CA", "fr_CA"}
ALIGN = {"left": TA_LEFT, "center": TA_CENTER, "right": TA_RIGHT}


@dataclass(frozen=True)
class FontFamily:
    regular: str
    bold: str
    italic: str
    unicode: bool  # embedded TTF: renders any character; the base-14 fonts only cp1252


STANDARD_FAMILIES = (
    FontFamily("Helvetica", "Helvetica-Bold", "Helvetica-Oblique", False),
    FontFamily("Times-Roman", "Times-Bold", "Times-Italic", False),
    FontFamily("Courier", "Courier-Bold", "Courier-Oblique", False),
)
TTF_FILES = {
    "DejaVuSans": (DEJAVU_DIR, "DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf"),
    "DejaVuSerif": (DEJAVU_DIR, "DejaVuSerif.ttf", "DejaVuSerif-Bold.ttf", "DejaVuSerif-Italic.ttf"),
    "DejaVuSansCondensed": (
        DEJAVU_DIR,
        "DejaVuSansCondensed.ttf",
        "DejaVuSansCondensed-Bold.ttf",
        "DejaVuSansCondensed-Oblique.ttf",
    ),
    "Vera": (VERA_DIR, "Vera.ttf", "VeraBd.ttf", "VeraIt.ttf"),
}


@cache
def _ttf_family(name: str) -> FontFamily:
    folder, regular, bold, italic = TTF_FILES[name]
    names = (name, f"{name}-Bold", f"{name}-Italic")
    for font_name, file in zip(names, (regular, bold, italic), strict=True):
        pdfmetrics.registerFont(TTFont(font_name, str(folder / file)))
    return FontFamily(*names, unicode=True)


def _needs_unicode(doc: SyntheticDocument) -> bool:
    try:
        doc.text.encode("cp1252")
    except UnicodeEncodeError:
        return True
    return False


@dataclass(frozen=True)
class PdfStyle:
    family: FontFamily
    mono: FontFamily
    size: float
    margin: float
    grid: bool
    zebra: bool
    header_fill: colors.Color
    accent: colors.Color
    fields_as_table: bool
    title_align: int
    uppercase_headings: bool
    page_numbers: bool

    @classmethod
    def pick(cls, rng: random.Random, doc: SyntheticDocument) -> PdfStyle:
        unicode = _needs_unicode(doc)
        families = [_ttf_family(n) for n in ("DejaVuSans", "DejaVuSerif", "DejaVuSansCondensed", "Vera")]
        if not unicode:
            families += list(STANDARD_FAMILIES[:2]) * 2 + [STANDARD_FAMILIES[2]]
        mono = _ttf_family("DejaVuSans") if unicode else STANDARD_FAMILIES[2]
        accent = rng.choice(
            [
                colors.black,
                colors.HexColor("#1f3a5f"),
                colors.HexColor("#7a1f1f"),
                colors.HexColor("#1d5c3a"),
                colors.HexColor("#333333"),
            ]
        )
        return cls(
            family=rng.choice(families),
            mono=mono,
            size=rng.choice([8.5, 9, 9.5, 10, 10, 10.5, 11, 11.5, 12])
            if doc.layout != "receipt"
            else rng.choice([7.5, 8, 8.5]),
            margin=rng.choice([15, 18, 20, 25, 25]) * mm if doc.layout != "receipt" else 4 * mm,
            grid=rng.random() < 0.5,
            zebra=rng.random() < 0.25,
            header_fill=rng.choice(
                [colors.HexColor("#dddddd"), colors.HexColor("#e8eef7"), colors.white, colors.HexColor("#f2f2f2")]
            ),
            accent=accent,
            fields_as_table=rng.random() < 0.5,
            title_align=rng.choice([TA_LEFT, TA_LEFT, TA_CENTER, TA_RIGHT]),
            uppercase_headings=rng.random() < 0.3,
            page_numbers=rng.random() < 0.5,
        )


class _Styles:
    def __init__(self, s: PdfStyle) -> None:
        base = s.size
        self.s = s
        self.body = ParagraphStyle(
            "body", fontName=s.family.regular, fontSize=base, leading=base * 1.25, spaceAfter=base * 0.4
        )
        self.small = ParagraphStyle(
            "small", parent=self.body, fontSize=base * 0.8, leading=base, textColor=colors.HexColor("#444444")
        )
        self.cell = ParagraphStyle("cell", parent=self.body, fontSize=base * 0.92, leading=base * 1.1, spaceAfter=0)
        self.cell_bold = ParagraphStyle("cellb", parent=self.cell, fontName=s.family.bold)
        self.mono = ParagraphStyle("mono", parent=self.body, fontName=s.mono.regular, fontSize=base * 0.95)
        self.title = ParagraphStyle(
            "title",
            parent=self.body,
            fontName=s.family.bold,
            fontSize=base * 1.8,
            leading=base * 2.2,
            alignment=s.title_align,
            textColor=s.accent,
            spaceAfter=base,
        )
        self.h = {
            1: ParagraphStyle(
                "h1",
                parent=self.body,
                fontName=s.family.bold,
                fontSize=base * 1.5,
                leading=base * 1.9,
                spaceBefore=base * 0.6,
                textColor=s.accent,
            ),
            2: ParagraphStyle(
                "h2",
                parent=self.body,
                fontName=s.family.bold,
                fontSize=base * 1.2,
                leading=base * 1.5,
                spaceBefore=base * 0.6,
                textColor=s.accent,
            ),
            3: ParagraphStyle(
                "h3",
                parent=self.body,
                fontName=s.family.bold,
                fontSize=base * 1.02,
                leading=base * 1.3,
                spaceBefore=base * 0.4,
            ),
        }

    def aligned(self, style: ParagraphStyle, align: str) -> ParagraphStyle:
        if align == "left":
            return style
        return ParagraphStyle(f"{style.name}-{align}", parent=style, alignment=ALIGN[align])


def _para(text: str, style: ParagraphStyle) -> Paragraph:
    return Paragraph(escape(text).replace("\n", "<br/>"), style)


CELL_PAD = 8.0


def _min_widths(rows: list[list[str]], font: str, size: float) -> list[float]:
    """Per column, the width of its longest word: narrower and reportlab splits words."""
    n = max(len(r) for r in rows)
    columns = [[r[i] if i < len(r) else "" for r in rows] for i in range(n)]
    return [
        max((pdfmetrics.stringWidth(w, font, size) for c in col for w in c.split()), default=0) + CELL_PAD
        for col in columns
    ]


def _col_widths(rows: list[list[str]], width: float, font: str, size: float) -> list[float]:
    """Each column gets its longest word (so words are not split), the rest shared by content length."""
    n = max(len(r) for r in rows)
    columns = [[r[i] if i < len(r) else "" for r in rows] for i in range(n)]
    pad = CELL_PAD
    minimum = _min_widths(rows, font, size)
    natural = [max((pdfmetrics.stringWidth(c, font, size) for c in col), default=0) + pad for col in columns]
    if sum(minimum) >= width:
        return [width * m / sum(minimum) for m in minimum]
    if sum(natural) <= width:
        spare = width - sum(natural)
        return [w + spare * w / sum(natural) for w in natural]
    spare = width - sum(minimum)
    extra = [max(0.0, nat - m) for nat, m in zip(natural, minimum, strict=True)]
    return [m + spare * e / (sum(extra) or 1) for m, e in zip(minimum, extra, strict=True)]


def _table(rows: list[list[str]], width: float, st: _Styles, header: bool, numeric_from: int | None) -> Table:
    n = max(len(r) for r in rows)
    cells = []
    for r, row in enumerate(rows):
        padded = row + [""] * (n - len(row))
        style = st.cell_bold if header and r == 0 else st.cell
        cells.append(
            [
                _para(
                    c,
                    st.aligned(style, "right")
                    if numeric_from is not None and i >= numeric_from and not (header and r == 0)
                    else style,
                )
                for i, c in enumerate(padded)
            ]
        )
    # Never narrower than the cell padding, or reportlab refuses the table (narrow till rolls).
    widths = [max(w, 2 * CELL_PAD) for w in _col_widths(rows, width, st.cell_bold.fontName, st.cell.fontSize)]
    table = Table(cells, colWidths=widths, repeatRows=1 if header else 0)
    commands: list[tuple[object, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        ("LEFTPADDING", (0, 0), (-1, -1), CELL_PAD / 2),
        ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PAD / 2),
    ]
    if st.s.grid:
        commands.append(("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#777777")))
    else:
        commands.append(("LINEBELOW", (0, 0), (-1, 0 if header else -1), 0.6, colors.HexColor("#555555")))
    if header:
        commands.append(("BACKGROUND", (0, 0), (-1, 0), st.s.header_fill))
    if st.s.zebra:
        commands += [
            ("BACKGROUND", (0, r), (-1, r), colors.HexColor("#f6f6f6")) for r in range(2 if header else 1, len(rows), 2)
        ]
    table.setStyle(TableStyle(commands))
    return table


def _flowables(block: Block, st: _Styles, width: float, rng: random.Random) -> list[Flowable]:
    match block:
        case Heading():
            text = block.text.upper() if st.s.uppercase_headings and block.level > 1 else block.text
            return [_para(text, st.aligned(st.h.get(block.level, st.h[3]), block.align))]
        case TextParagraph():
            return [_para(block.text, st.aligned(st.small if block.small else st.body, block.align))]
        case Lines():
            style = st.mono if block.mono else (st.h[3] if block.bold else st.body)
            return [_para("\n".join(block.lines), st.aligned(style, block.align))]
        case Fields():
            if st.s.fields_as_table or block.columns > 1:
                per_row = max(1, block.columns)
                while True:  # fewer pairs per row until the words fit
                    rows: list[list[str]] = []
                    for i in range(0, len(block.pairs), per_row):
                        row: list[str] = []
                        for k, v in block.pairs[i : i + per_row]:
                            row += [k, v]
                        rows.append(row)
                    if per_row == 1 or sum(_min_widths(rows, st.cell_bold.fontName, st.cell.fontSize)) <= width:
                        break
                    per_row -= 1
                return [_table(rows, width, st, header=False, numeric_from=None), Spacer(1, st.s.size * 0.5)]
            sep = block.sep if "\n" not in block.sep else "\n"
            return [_para("\n".join(f"{k}{sep}{v}" if v else k for k, v in block.pairs), st.body)]
        case TextTable():
            rows = ([list(block.header)] if block.header else []) + [list(r) for r in block.rows]
            if not rows:
                return []
            return [
                _table(rows, width, st, header=block.header is not None, numeric_from=block.numeric_from),
                Spacer(1, st.s.size * 0.6),
            ]
        case Rule():
            return [
                HRFlowable(
                    width="100%",
                    thickness=0.6,
                    dash=(2, 2) if block.dashed else None,
                    color=colors.grey,
                    spaceBefore=3,
                    spaceAfter=3,
                )
            ]


def _page_size(doc: SyntheticDocument, rng: random.Random) -> tuple[float, float]:
    if doc.layout == "receipt":
        return 80 * mm, max(120 * mm, min(600 * mm, (len(doc.text.splitlines()) + 6) * 4.2 * mm))
    width, height = letter if doc.locale in LETTER_LOCALES or (doc.locale == "en_US" and rng.random() < 0.9) else A4
    return float(width), float(height)


def render_pdf(doc: SyntheticDocument, rng: random.Random) -> bytes:
    """A born-digital PDF of ``doc`` (text layer, fonts embedded where needed)."""
    style = PdfStyle.pick(rng, doc)
    st = _Styles(style)
    size = _page_size(doc, rng)
    buf = io.BytesIO()
    width, height = size
    margin = style.margin
    columns = 2 if doc.layout == "columns" else 1
    gap = 8 * mm
    frame_w = (width - 2 * margin - (columns - 1) * gap) / columns
    frames = [
        Frame(
            margin + i * (frame_w + gap),
            margin,
            frame_w,
            height - 2 * margin,
            id=f"c{i}",
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
        )
        for i in range(columns)
    ]
    footer = style.page_numbers and doc.layout != "receipt"

    def on_page(canvas: Canvas, document: BaseDocTemplate) -> None:
        if footer:
            canvas.setFont(style.family.regular, style.size * 0.8)
            canvas.drawCentredString(width / 2, margin / 2, f"Page {document.page}")

    template = BaseDocTemplate(
        buf,
        pagesize=size,
        invariant=1,
        title="",
        author="",
        subject="",
        creator="",
        pageTemplates=[PageTemplate(id="p", frames=frames, onPage=on_page)],
    )
    story: list[Flowable] = []
    if doc.title:
        story.append(_para(doc.title, st.title))
    for block in doc.blocks:
        story.extend(_flowables(block, st, frame_w, rng))
    try:
        template.build(story)
    except (LayoutError, ValueError):
        # A cell taller than a page: fall back to plain paragraphs, which always split.
        buf.seek(0)
        buf.truncate()
        template = BaseDocTemplate(
            buf, pagesize=size, invariant=1, pageTemplates=[PageTemplate(id="p", frames=frames, onPage=on_page)]
        )
        template.build([_para(line, st.body) for line in doc.text.splitlines()])
    return buf.getvalue()
