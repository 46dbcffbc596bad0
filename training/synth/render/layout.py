"""Drawing a document's blocks onto a PIL image: a small flow-layout engine for pages, till rolls and cards.

Pages flow top to bottom (optionally in two columns) and stop at the bottom margin, as
a scan of page one does. Handwritten blocks are drawn glyph by glyph with a wobbling
pen so that OCR reads them about as badly as it reads real handwriting.
"""

from __future__ import annotations

import math
import random
from dataclasses import dataclass

from PIL import Image, ImageDraw, ImageFont

from training.synth.model import Block, Fields, Heading, Lines, Rule, SyntheticDocument
from training.synth.model import Paragraph as TextParagraph
from training.synth.model import Table as TextTable
from training.synth.render.fonts import FAMILIES, pil_font, styled

Color = tuple[int, int, int]
Font = ImageFont.FreeTypeFont


def needs_unicode(doc: SyntheticDocument) -> bool:
    try:
        doc.text.encode("cp1252")
    except UnicodeEncodeError:
        return True
    return False


def wrap(text: str, font: Font, width: float) -> list[str]:
    """Greedy word wrap by rendered width; words longer than a line are cut."""
    out: list[str] = []
    for raw in text.split("\n"):
        line = ""
        for token in raw.split(" "):
            candidate = f"{line} {token}" if line else token
            if font.getlength(candidate) <= width:
                line = candidate
                continue
            if line:
                out.append(line)
            rest = token
            while font.getlength(rest) > width and len(rest) > 1:
                cut = max(1, int(len(rest) * width / max(font.getlength(rest), 1)))
                out.append(rest[:cut])
                rest = rest[cut:]
            line = rest
        out.append(line)
    return out


@dataclass
class Pen:
    """Page look chosen once per document."""

    family: str
    size: int
    ink: Color
    hand_ink: Color
    grid: bool
    boxed_fields: bool
    hand_jitter: float


def choose_pen(rng: random.Random, doc: SyntheticDocument, base: int) -> Pen:
    families = list(FAMILIES) if not needs_unicode(doc) else [f for f in FAMILIES if f != "vera"]
    grey = rng.randint(0, 60)
    return Pen(
        family=rng.choice(families),
        size=base,
        ink=(grey, grey, grey + rng.randint(0, 20)),
        hand_ink=rng.choice([(25, 40, 140), (20, 20, 30), (40, 60, 160), (60, 30, 110)]),
        grid=rng.random() < 0.55,
        boxed_fields=rng.random() < 0.35,
        hand_jitter=rng.uniform(0.6, 1.4),
    )


class Flow:
    """Places blocks in column boxes on an image, top to bottom."""

    def __init__(self, img: Image.Image, rng: random.Random, pen: Pen, boxes: list[tuple[int, int, int, int]]) -> None:
        self.img = img
        self.draw = ImageDraw.Draw(img)
        self.rng = rng
        self.pen = pen
        self.boxes = boxes  # (x0, y0, x1, y1)
        self.col = 0
        self.y: float = boxes[0][1]
        self.full = False

    @property
    def x0(self) -> int:
        return self.boxes[self.col][0]

    @property
    def x1(self) -> int:
        return self.boxes[self.col][2]

    def font(self, scale: float = 1.0, bold: bool = False, italic: bool = False, mono: bool = False) -> Font:
        face = "mono-bold" if mono and bold else "mono" if mono else styled(self.pen.family, bold, italic)
        return pil_font(face, max(8, round(self.pen.size * scale)))

    def _advance(self, height: float) -> bool:
        """Reserve ``height`` pixels; moves to the next column when needed. False when the page is full."""
        if self.y + height > self.boxes[self.col][3]:
            if self.col + 1 < len(self.boxes):
                self.col += 1
                self.y = self.boxes[self.col][1]
            else:
                self.full = True
                return False
        return True

    def text(
        self,
        text: str,
        font: Font,
        align: str = "left",
        *,
        fill: Color | None = None,
        x0: int | None = None,
        x1: int | None = None,
    ) -> None:
        left, right = x0 if x0 is not None else self.x0, x1 if x1 is not None else self.x1
        height = font.size * 1.28
        for line in wrap(text, font, right - left):
            if not self._advance(height):
                return
            left, right = x0 if x0 is not None else self.x0, x1 if x1 is not None else self.x1
            width = font.getlength(line)
            x = left if align == "left" else right - width if align == "right" else left + (right - left - width) / 2
            self.draw.text((x, self.y), line, font=font, fill=fill or self.pen.ink)
            self.y += height

    def hand(self, text: str, x0: int | None = None, x1: int | None = None) -> None:
        """Handwriting: each word sheared, rotated, scaled and wave-warped on its own, in pen ink.

        Deliberately hard on OCR, as real handwriting is: a few words survive, most do not.
        """
        rng, jitter = self.rng, self.pen.hand_jitter
        size = round(self.pen.size * rng.uniform(1.2, 1.6))
        face = rng.choice(["sans-italic", "serif-italic", "condensed-italic", "sans", "condensed"])
        left, right = x0 if x0 is not None else self.x0, x1 if x1 is not None else self.x1
        line_height = size * rng.uniform(1.3, 1.6)
        if not self._advance(line_height):
            return
        x = left + rng.uniform(0, 25)
        slope = rng.uniform(-0.05, 0.05)
        start_x = x
        for word in text.split():
            glyph = _hand_word(word, face, size, rng, jitter)
            if x + glyph.width > right and x > start_x:
                self.y += line_height
                if not self._advance(line_height):
                    return
                x = left + rng.uniform(0, 25)
                start_x = x
            y = self.y + (x - start_x) * slope + rng.uniform(-0.2, 0.2) * size * jitter
            self.img.paste(self.pen.hand_ink, (round(x), round(y)), mask=glyph)
            x += glyph.width - size * 0.3 + size * rng.uniform(0.15, 0.45)
        self.y += line_height

    def gap(self, px: float) -> None:
        self.y += px

    def rule(self, dashed: bool) -> None:
        if not self._advance(self.pen.size * 0.8):
            return
        y = self.y + self.pen.size * 0.3
        if dashed:
            for x in range(self.x0, self.x1, 16):
                self.draw.line([(x, y), (x + 8, y)], fill=self.pen.ink, width=1)
        else:
            self.draw.line([(self.x0, y), (self.x1, y)], fill=self.pen.ink, width=2)
        self.y += self.pen.size * 0.8

    def table(self, rows: list[list[str]], header: bool, numeric_from: int | None, font_scale: float = 0.9) -> None:
        if not rows:
            return
        n = max(len(r) for r in rows)
        font = self.font(font_scale)
        bold = self.font(font_scale, bold=True)
        lengths = [max((len(r[i]) if i < len(r) else 0) for r in rows) for i in range(n)]
        weights = [min(max(x, 3), 40) for x in lengths]
        width = self.x1 - self.x0
        widths = [width * w / sum(weights) for w in weights]
        pad = 4
        for r, row in enumerate(rows):
            cells = row + [""] * (n - len(row))
            f = bold if header and r == 0 else font
            wrapped = [wrap(c, f, max(10, w - 2 * pad)) for c, w in zip(cells, widths, strict=True)]
            height = max(len(w) for w in wrapped) * f.size * 1.2 + 2 * pad
            if not self._advance(height):
                return
            x = float(self.x0)
            for i, (lines, w) in enumerate(zip(wrapped, widths, strict=True)):
                yy = self.y + pad
                for line in lines:
                    right = numeric_from is not None and i >= numeric_from and not (header and r == 0)
                    tx = x + w - pad - f.getlength(line) if right else x + pad
                    self.draw.text((tx, yy), line, font=f, fill=self.pen.ink)
                    yy += f.size * 1.2
                if self.pen.grid:
                    self.draw.rectangle([x, self.y, x + w, self.y + height], outline=(110, 110, 110), width=1)
                x += w
            if not self.pen.grid and header and r == 0:
                self.draw.line([(self.x0, self.y + height), (self.x1, self.y + height)], fill=self.pen.ink, width=2)
            self.y += height
        self.gap(self.pen.size * 0.5)

    def fields(self, block: Fields) -> None:
        per_row = max(1, block.columns)
        width = (self.x1 - self.x0) / per_row
        label_font, value_font = (
            self.font(0.75 if self.pen.boxed_fields else 1.0),
            self.font(1.0, bold=self.pen.boxed_fields),
        )
        for i in range(0, len(block.pairs), per_row):
            chunk = block.pairs[i : i + per_row]
            start_y, col_at_start = self.y, self.col
            bottoms = []
            for j, (label, value) in enumerate(chunk):
                self.y, self.col = start_y, col_at_start
                x0 = round(self.x0 + j * width)
                x1 = round(x0 + width - 10)
                if self.pen.boxed_fields:
                    top = self.y
                    self.text(label, label_font, x0=x0 + 4, x1=x1)
                    if value:
                        self.hand(value, x0=x0 + 8, x1=x1) if block.hand else self.text(
                            value, value_font, x0=x0 + 8, x1=x1
                        )
                    else:
                        self.gap(value_font.size * 1.2)
                    if not self.full:
                        self.draw.rectangle([x0, top - 2, x1 + 6, self.y + 2], outline=(120, 120, 120), width=1)
                elif block.hand and value:
                    self.text(label + ":", label_font, x0=x0, x1=x1)
                    self.y -= label_font.size * 1.28
                    offset = min(int(label_font.getlength(label + ": ")), (x1 - x0) // 2)
                    self.hand(value, x0=x0 + offset, x1=x1)
                else:
                    sep = " " if "\n" in block.sep else block.sep
                    self.text(
                        f"{label}{sep}{value}"
                        if value
                        else (label + " ____________" if per_row == 1 and not label.endswith("_") else label),
                        value_font,
                        x0=x0,
                        x1=x1,
                    )
                bottoms.append(self.y)
                if self.full:
                    return
            self.y = max(bottoms) + (4 if self.pen.boxed_fields else 0)
        self.gap(self.pen.size * 0.4)

    def block(self, block: Block) -> None:
        if self.full:
            return
        match block:
            case Heading():
                self.gap(self.pen.size * 0.3)
                self.text(block.text, self.font({1: 1.5, 2: 1.2}.get(block.level, 1.02), bold=True), block.align)
            case TextParagraph():
                if block.hand:
                    self.hand(block.text)
                else:
                    self.text(block.text, self.font(0.8 if block.small else 1.0), block.align)
                self.gap(self.pen.size * 0.35)
            case Lines():
                for line in block.lines:
                    if block.hand:
                        self.hand(line)
                    else:
                        self.text(line, self.font(1.0, bold=block.bold, mono=block.mono), block.align)
                self.gap(self.pen.size * 0.35)
            case Fields():
                self.fields(block)
            case TextTable():
                rows = ([list(block.header)] if block.header else []) + [list(r) for r in block.rows]
                self.table(rows, block.header is not None, block.numeric_from)
            case Rule():
                self.rule(block.dashed)


def _hand_word(word: str, face: str, size: int, rng: random.Random, jitter: float) -> Image.Image:
    """One handwritten word as an ink mask (L image)."""
    font = pil_font(face, size)
    w = int(font.getlength(word) + size * 0.6)
    h = int(size * 1.8)
    mask = Image.new("L", (w, h), 0)
    draw = ImageDraw.Draw(mask)
    x = size * 0.3
    for ch in word:  # uneven letter sizes and spacing
        f = pil_font(face, max(8, round(size * rng.uniform(1 - 0.18 * jitter, 1 + 0.22 * jitter))))
        draw.text(
            (x, size * 0.35 + rng.uniform(-0.1, 0.1) * size * jitter),
            ch,
            font=f,
            fill=255,
            stroke_width=rng.choice([0, 1, 1]),
            stroke_fill=255,
        )
        x += f.getlength(ch) * rng.uniform(0.72, 1.05)
    if rng.random() < 0.5 * jitter:  # a connecting stroke through the word, as cursive writing has
        y = h * rng.uniform(0.55, 0.75)
        draw.line([(size * 0.3, y), (x, y + rng.uniform(-4, 4))], fill=255, width=max(1, size // 12))
    shear = rng.uniform(0.1, 0.5) * jitter
    angle = rng.uniform(-6, 6) * jitter
    squash = rng.uniform(0.8, 1.15)
    # Affine map from output to input: shear to the right, squash vertically.
    mask = mask.transform(
        (w + int(h * shear), h),
        Image.Transform.AFFINE,
        (1, -shear, h * shear * 0.5, 0, squash, 0),
        Image.Resampling.BILINEAR,
    )
    return mask.rotate(angle, resample=Image.Resampling.BILINEAR, expand=True)


def draw_page(doc: SyntheticDocument, rng: random.Random, size: tuple[int, int]) -> Image.Image:
    """Page one of ``doc`` on a white sheet."""
    if doc.layout == "handwritten":  # prescription pads and receipt books are A5-ish
        size = (round(size[0] * 0.72), round(size[0] * 0.72 * 1.41))
    img = Image.new("RGB", size, (255, 255, 255))
    width, height = size
    pen = choose_pen(
        rng, doc, base=round(width / (rng.uniform(30, 38) if doc.layout == "handwritten" else rng.uniform(44, 58)))
    )
    margin_x = round(width * rng.uniform(0.06, 0.1))
    margin_y = round(height * rng.uniform(0.04, 0.07))
    if doc.layout == "columns":
        mid = width // 2
        boxes = [
            (margin_x, margin_y, mid - 15, height - margin_y),
            (mid + 15, margin_y, width - margin_x, height - margin_y),
        ]
    else:
        boxes = [(margin_x, margin_y, width - margin_x, height - margin_y)]
    flow = Flow(img, rng, pen, boxes)
    if doc.title:
        flow.text(
            doc.title, flow.font(rng.uniform(1.4, 2.0), bold=True), rng.choice(["left", "center", "center", "right"])
        )
        flow.gap(pen.size * 0.6)
    for block in doc.blocks:
        flow.block(block)
    return img


def draw_receipt(doc: SyntheticDocument, rng: random.Random) -> Image.Image:
    """A till roll: narrow, monospaced or condensed, as long as its content."""
    width = rng.choice([400, 440, 480, 520, 576])
    tall = Image.new("RGB", (width, 4000), (255, 255, 255))
    pen = choose_pen(rng, doc, base=rng.randint(17, 22))
    pen.family = rng.choice(["mono", "mono", "condensed", "sans"])
    pen.grid = False
    pen.boxed_fields = False
    margin = rng.randint(14, 28)
    flow = Flow(tall, rng, pen, [(margin, margin, width - margin, 4000 - margin)])
    if doc.title:
        flow.text(doc.title, flow.font(1.2, bold=True), "center")
    for block in doc.blocks:
        flow.block(block)
    return tall.crop((0, 0, width, min(4000, int(flow.y) + margin * 2)))


CARD_COLORS = [
    ((226, 236, 245), (190, 210, 235)),
    ((246, 232, 226), (230, 200, 190)),
    ((232, 244, 232), (200, 225, 205)),
    ((240, 236, 250), (214, 205, 238)),
    ((250, 246, 228), (235, 220, 180)),
    ((236, 236, 236), (205, 205, 210)),
]


def draw_card(doc: SyntheticDocument, rng: random.Random) -> Image.Image:
    """An ID card or passport data page: tinted guilloche background, photo box, fields, MRZ."""
    passport = doc.label == "passport" or any(
        isinstance(b, Lines) and b.mono and any("<<" in x for x in b.lines) for b in doc.blocks
    )
    size = (1250, 880) if passport else (1012, 638)
    light, dark = rng.choice(CARD_COLORS)
    img = Image.new("RGB", size, light)
    draw = ImageDraw.Draw(img)
    width, height = size
    for i in range(0, height, 3):  # vertical gradient
        t = i / height
        draw.line([(0, i), (width, i)], fill=tuple(round(light[k] * (1 - t) + dark[k] * t) for k in range(3)))
    phase = rng.uniform(0, 6.28)
    for k in range(14):  # guilloche-like waves
        points = [
            (x, height * (0.1 + 0.06 * k) + 18 * math.sin(x / rng.uniform(30, 70) + phase + k))
            for x in range(0, width, 8)
        ]
        draw.line(points, fill=tuple(max(0, c - 25) for c in dark), width=1)
    photo = (
        round(width * 0.05),
        round(height * 0.24),
        round(width * 0.28),
        round(height * (0.72 if passport else 0.86)),
    )
    draw.rectangle(photo, fill=(200, 200, 205), outline=(150, 150, 150))
    cx, cy = (photo[0] + photo[2]) / 2, (photo[1] + photo[3]) / 2
    draw.ellipse([cx - 45, cy - 85, cx + 45, cy + 15], fill=(150, 150, 158))
    draw.ellipse([cx - 85, cy + 25, cx + 85, cy + 190], fill=(150, 150, 158))
    pen = choose_pen(rng, doc, base=rng.randint(20, 25) if passport else rng.randint(18, 23))
    pen.family = rng.choice(["sans", "condensed", "sans"])
    pen.grid, pen.boxed_fields = False, rng.random() < 0.6
    mrz_blocks = [b for b in doc.blocks if isinstance(b, Lines) and b.mono]
    other = [b for b in doc.blocks if b not in mrz_blocks]
    mrz_height = 70 * len(mrz_blocks) + 20
    header = Flow(
        img, rng, pen, [(round(width * 0.05), round(height * 0.04), width - round(width * 0.04), round(height * 0.22))]
    )
    body = Flow(img, rng, pen, [(photo[2] + 30, round(height * 0.22), width - 30, height - mrz_height)])
    for block in other:
        if isinstance(block, Lines) and block.bold and header.y < height * 0.2 and not header.full:
            for line in block.lines:
                header.text(
                    line, header.font(1.35, bold=True), "center" if rng.random() < 0.5 else "left", fill=(30, 40, 90)
                )
        else:
            body.block(block)
    y: float = height - mrz_height + 10
    for block in mrz_blocks:
        for line in block.lines:
            font = pil_font("mono", 34 if passport else 26)
            scale = min(1.0, (width - 60) / max(font.getlength(line), 1))
            font = pil_font("mono", max(12, int(font.size * scale)))
            draw.text((30, y), line, font=font, fill=(20, 20, 20))
            y += font.size * 1.35
    return img
