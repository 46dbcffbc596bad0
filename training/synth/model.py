"""Structured content of one synthetic document, independent of how it is rendered.

Content modules build a :class:`SyntheticDocument` out of a few block kinds; every
renderer (PDF, image, DOCX, XLSX, HTML, text, e-mail) walks the same blocks, so the
text a classifier later extracts from any rendering is the same content.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from typing import Literal

Align = Literal["left", "center", "right"]
# How the physical document looks; renderers use it to pick a page shape.
#   page: A4/letter sheet; letter: page with a letterhead and a signature;
#   receipt: narrow till roll; card: ID card / passport data page;
#   handwritten: page whose ``hand`` blocks were written with a pen;
#   columns: two-column printed matter (papers, newsletters).
Layout = Literal["page", "letter", "receipt", "card", "handwritten", "columns"]


@dataclass(frozen=True)
class Heading:
    text: str
    level: int = 2  # 1 = as large as a title, 2 = section, 3 = minor caption
    align: Align = "left"


@dataclass(frozen=True)
class Paragraph:
    text: str
    align: Align = "left"
    small: bool = False  # fine print, footnotes
    hand: bool = False  # written by hand: OCR reads it poorly


@dataclass(frozen=True)
class Lines:
    """Short lines kept as they are (address blocks, receipt rows, MRZ)."""

    lines: tuple[str, ...]
    align: Align = "left"
    bold: bool = False
    mono: bool = False
    hand: bool = False


@dataclass(frozen=True)
class Fields:
    """Label/value pairs of a form. An empty value is a blank field of a blank form."""

    pairs: tuple[tuple[str, str], ...]
    sep: str = ": "
    columns: int = 1  # pairs per row when laid out as a form grid
    hand: bool = False  # values filled in by hand


@dataclass(frozen=True)
class Table:
    header: tuple[str, ...] | None
    rows: tuple[tuple[str, ...], ...]
    numeric_from: int | None = None  # columns from this index on are right-aligned amounts


@dataclass(frozen=True)
class Rule:
    """A horizontal line or a gap; contributes no text."""

    dashed: bool = False


Block = Heading | Paragraph | Lines | Fields | Table | Rule


@dataclass(frozen=True)
class SyntheticDocument:
    label: str
    template: str
    locale: str
    title: str | None
    blocks: tuple[Block, ...]
    layout: Layout = "page"

    @property
    def text(self) -> str:
        return to_text(self)

    @property
    def has_handwriting(self) -> bool:
        return any(getattr(b, "hand", False) for b in self.blocks)

    def map_text(self, fn: Callable[[str], str], *, only_hand: bool = False) -> SyntheticDocument:
        """A copy with ``fn`` applied to every string (or only to handwritten blocks)."""
        title = self.title if (only_hand or self.title is None) else fn(self.title)
        return replace(self, title=title, blocks=tuple(_map_block(b, fn, only_hand) for b in self.blocks))


def _map_block(block: Block, fn: Callable[[str], str], only_hand: bool) -> Block:
    hand = getattr(block, "hand", False)
    if only_hand and not hand:
        return block
    match block:
        case Heading():
            return replace(block, text=fn(block.text))
        case Paragraph():
            return replace(block, text=fn(block.text))
        case Lines():
            return replace(block, lines=tuple(fn(x) for x in block.lines))
        case Fields():
            # Handwriting only affects the filled-in values, not the printed labels.
            pairs = tuple((k if hand else fn(k), fn(v)) for k, v in block.pairs)
            return replace(block, pairs=pairs)
        case Table():
            header = None if block.header is None else tuple(fn(x) for x in block.header)
            rows = tuple(tuple(fn(x) for x in row) for row in block.rows)
            return replace(block, header=header, rows=rows)
        case Rule():
            return block


def field_text(label: str, value: str, sep: str) -> str:
    if not value:
        return label
    return f"{label}{sep}{value}" if label else value


def block_lines(block: Block) -> list[str]:
    """Plain-text lines of one block, the way a text extractor would roughly see them."""
    match block:
        case Heading():
            return [block.text]
        case Paragraph():
            return [block.text]
        case Lines():
            return list(block.lines)
        case Fields():
            return [field_text(k, v, block.sep) for k, v in block.pairs]
        case Table():
            rows = ([block.header] if block.header else []) + list(block.rows)
            return ["  ".join(c for c in row if c) for row in rows]
        case Rule():
            return []


def to_text(doc: SyntheticDocument) -> str:
    out: list[str] = [doc.title] if doc.title else []
    for block in doc.blocks:
        out.extend(line for line in block_lines(block) if line.strip())
    return "\n".join(out)


@dataclass
class DocBuilder:
    """Collects blocks so templates read top to bottom like the document they describe."""

    label: str
    template: str
    locale: str
    blocks: list[Block] = field(default_factory=list)

    def h(self, text: str, level: int = 2, align: Align = "left") -> DocBuilder:
        self.blocks.append(Heading(text, level, align))
        return self

    def p(self, text: str, *, align: Align = "left", small: bool = False, hand: bool = False) -> DocBuilder:
        if text:
            self.blocks.append(Paragraph(text, align, small, hand))
        return self

    def paras(self, texts: Iterable[str], *, small: bool = False) -> DocBuilder:
        for text in texts:
            self.p(text, small=small)
        return self

    def lines(
        self,
        lines: Iterable[str],
        *,
        align: Align = "left",
        bold: bool = False,
        mono: bool = False,
        hand: bool = False,
    ) -> DocBuilder:
        kept = tuple(x for x in lines if x is not None)
        if kept:
            self.blocks.append(Lines(kept, align, bold, mono, hand))
        return self

    def fields(
        self,
        pairs: Iterable[tuple[str, str]],
        *,
        sep: str = ": ",
        columns: int = 1,
        hand: bool = False,
    ) -> DocBuilder:
        kept = tuple(pairs)
        if kept:
            self.blocks.append(Fields(kept, sep, columns, hand))
        return self

    def table(
        self,
        header: Sequence[str] | None,
        rows: Iterable[Sequence[str]],
        *,
        numeric_from: int | None = None,
    ) -> DocBuilder:
        body = tuple(tuple(r) for r in rows)
        if body or header:
            self.blocks.append(Table(None if header is None else tuple(header), body, numeric_from))
        return self

    def rule(self, *, dashed: bool = False) -> DocBuilder:
        self.blocks.append(Rule(dashed))
        return self

    def extend(self, blocks: Iterable[Block]) -> DocBuilder:
        self.blocks.extend(blocks)
        return self

    def build(self, title: str | None, layout: Layout = "page") -> SyntheticDocument:
        return SyntheticDocument(self.label, self.template, self.locale, title, tuple(self.blocks), layout)
