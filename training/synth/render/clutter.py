"""What real scans and phone photos carry besides the document's own text.

Bilingual letterheads and receipts print a second script that English OCR turns into
junk; offices add rubber stamps, signatures, notes and highlighter; paper gets
folded and its print fades; a photo catches the hand's shadow, glare, a thumb,
another sheet on the table and sometimes cuts the page off. None of it depends on
the document's label, so the classifier learns to read past it. Every choice is
drawn from the document's RNG, so renders stay reproducible.

Two kinds of function live here: ``mark_document`` and ``fold`` draw on the
paper itself (document coordinates, before the scan or photo is taken); the rest
act on the captured image and are called by ``image.py`` where they belong.
"""

from __future__ import annotations

import math
import random
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

import numpy as np
from PIL import Image, ImageChops, ImageDraw, ImageFilter, features

from training.synth.render.fonts import pil_font
from training.synth.render.layout import _hand_word

Color = tuple[int, int, int]

# Chances per document of each mark on the paper (scans and photos alike). Most
# documents get none or one of them; a few get two or three.
P_SECOND_SCRIPT = 0.22  # Arabic / Devanagari / CJK / Hebrew / Cyrillic lines
P_LOGO = 0.12
P_FADED = 0.08  # faded thermal print, low toner
P_SIGNATURE = 0.18
P_NOTE = 0.14  # handwritten word, tick, circle, underline, highlighter, sticky note
P_STAMP = 0.15

INKS: tuple[Color, ...] = ((20, 20, 25), (25, 40, 140), (40, 60, 160), (15, 25, 80))
STAMP_INKS: tuple[Color, ...] = ((40, 60, 170), (90, 40, 150), (190, 30, 40), (30, 30, 40), (20, 110, 70))
LETTERHEAD: tuple[Color, ...] = ((20, 20, 20), (20, 40, 110), (120, 20, 30), (10, 90, 60), (60, 60, 60))
HIGHLIGHTERS: tuple[Color, ...] = ((255, 240, 90), (170, 250, 140), (255, 170, 210), (150, 220, 255))
SKIN: tuple[Color, ...] = ((224, 180, 150), (198, 150, 115), (160, 110, 80), (110, 75, 55), (235, 200, 175))

SYLLABLES = (
    "ka", "ro", "men", "tal", "vi", "sor", "an", "el", "dur", "po", "ne", "li", "gas", "ber", "mo",
    "ti", "ra", "son", "de", "lu", "mar", "ko", "sel", "fen", "u", "is", "ter", "va", "lin", "or",
)  # fmt: skip
STOPWORDS = ("the", "of", "and", "to", "in", "for", "with", "on", "by", "is", "at", "a")
STAMP_WORDS = (
    "RECEIVED", "COPY", "ORIGINAL", "SCANNED", "ENTERED", "FILED", "VERIFIED", "CHECKED",
    "DUPLICATE", "CERTIFIED TRUE COPY", "FOR OFFICE USE", "ARCHIVE", "INWARD", "SEEN",
)  # fmt: skip
ORG_SUFFIXES = ("LTD", "LLC", "INC", "GMBH", "& CO", "GROUP", "OFFICE")
NOTE_WORDS = (
    "ok", "copy", "file", "done", "seen", "urgent", "checked", "scan", "orig", "noted", "pls see",
    "rec'd", "attn", "fwd", "keep", "2nd copy", "see over", "call back", "as discussed", "to file",
)  # fmt: skip
MONTHS = ("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC")


def np_rng(rng: random.Random) -> np.random.Generator:
    return np.random.default_rng(rng.getrandbits(63))


def pseudo_word(rng: random.Random, syllables: tuple[int, int] = (2, 3)) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(*syllables)))


def _date(rng: random.Random) -> str:
    day, year = rng.randint(1, 28), rng.randint(2016, 2025)
    if rng.random() < 0.5:
        return f"{day:02d} {rng.choice(MONTHS)} {year}"
    return f"{day:02d}.{rng.randint(1, 12):02d}.{year % 100:02d}"


# ---------------------------------------------------------------------------
# Where the text is


@dataclass(frozen=True)
class Band:
    """One row of ink (a text line, or a table whose grid joins its lines)."""

    x0: int
    y0: int
    x1: int
    y1: int

    @property
    def height(self) -> int:
        return self.y1 - self.y0


def text_bands(img: Image.Image) -> list[Band]:
    """Rows of dark ink, top to bottom, found on a half-size grey copy (a few ms per page)."""
    ink = np.asarray(img.convert("L").reduce(2)) < 128
    rows = ink.any(axis=1)
    edges = np.diff(np.concatenate(([0], rows.astype(np.int8), [0])))
    bands = []
    for start, end in zip(np.flatnonzero(edges == 1), np.flatnonzero(edges == -1), strict=True):
        cols = np.flatnonzero(ink[start:end].any(axis=0))
        bands.append(Band(int(cols[0]) * 2, int(start) * 2, int(cols[-1]) * 2 + 2, int(end) * 2))
    return bands


def _line_height(bands: list[Band], img: Image.Image) -> int:
    heights = sorted(b.height for b in bands if 8 <= b.height <= 70)
    if not heights:
        return max(14, img.width // 50)
    return heights[len(heights) // 2]


def _free(bands: list[Band], img: Image.Image, box: tuple[float, float, float, float], pad: int = 6) -> bool:
    """Whether ``box`` (x, y, width, height) lies inside the image and clear of every band of ink."""
    x, y, w, h = box
    if x < 0 or y < 0 or x + w > img.width or y + h > img.height:
        return False
    return all(b.x1 + pad <= x or b.x0 - pad >= x + w or b.y1 + pad <= y or b.y0 - pad >= y + h for b in bands)


def _ink_onto(img: Image.Image, mask: Image.Image, xy: tuple[int, int], color: Color, opacity: float = 1.0) -> None:
    """Multiply ``color`` into ``img`` through ``mask`` (L, 255 = full ink): ink over print, as on paper."""
    x, y = xy
    box = (max(0, x), max(0, y), min(img.width, x + mask.width), min(img.height, y + mask.height))
    if box[2] <= box[0] or box[3] <= box[1]:
        return
    region = np.asarray(img.crop(box), dtype=np.float32)
    alpha = np.asarray(mask.crop((box[0] - x, box[1] - y, box[2] - x, box[3] - y)), dtype=np.float32)
    alpha = alpha[..., None] * (opacity / 255.0) if region.ndim == 3 else alpha * (opacity / 255.0)
    tint = np.array(color, dtype=np.float32) / 255.0 if region.ndim == 3 else sum(color) / 765.0
    out = region * (1.0 - alpha + alpha * tint)
    img.paste(Image.fromarray(out.astype(np.uint8)), box[:2])


def _mottle(size: tuple[int, int], nprng: np.random.Generator, low: float, cells: int = 6) -> Image.Image:
    """Smooth random field in [low, 1] as an L image (255 = 1): uneven ink, fading."""
    field = nprng.uniform(low, 1.0, size=(cells, cells)).astype(np.float32)
    return Image.fromarray((field * 255).astype(np.uint8)).resize(size, Image.Resampling.BICUBIC)


# ---------------------------------------------------------------------------
# A second script


ARABIC = [chr(c) for c in range(0x628, 0x63B)] + [chr(c) for c in range(0x641, 0x64B)] + ["\u0627", "\u0629"]
HEBREW = [chr(c) for c in range(0x5D0, 0x5EB)]
CYRILLIC = [chr(c) for c in range(0x430, 0x450)]
SCRIPTS = ("arabic", "cjk", "devanagari", "hebrew", "cyrillic")
SCRIPT_WEIGHTS = (0.36, 0.28, 0.24, 0.06, 0.06)
_FONT_LETTERS = {"arabic": ARABIC, "hebrew": HEBREW, "cyrillic": CYRILLIC}
_RTL = frozenset({"arabic", "hebrew"})


@cache
def _covers(face: str, sample: str) -> bool:
    """Whether ``face`` has a glyph for the first letter of ``sample`` (Vera, the fallback, has no Arabic)."""
    font = pil_font(face, 20)
    return bytes(font.getmask(sample[0])) != bytes(font.getmask("\ue000"))


def _font_script_line(script: str, height: int, width: int, bold: bool, rng: random.Random) -> Image.Image | None:
    letters = _FONT_LETTERS[script]
    face = "sans-bold" if bold else rng.choice(["sans", "condensed"])
    if not _covers(face, letters[0]):
        return None
    font = pil_font(face, max(9, round(height * (1.4 if script == "arabic" else 1.1))))
    words: list[str] = []
    while True:
        word = "".join(rng.choice(letters) for _ in range(rng.randint(2, 7)))
        if script == "cyrillic" and rng.random() < 0.3:
            word = word.capitalize()
        if words and font.getlength(" ".join([*words, word])) > width:
            break
        words.append(word)
        if len(words) > 40:
            break
    text = " ".join(words)
    rtl = script in _RTL
    raqm = features.check("raqm")
    if rtl and not raqm:
        text = text[::-1]  # basic layout cannot shape; reversed isolated letters still look the part
    mask = Image.new("L", (width + height, round(height * 2.2)), 0)
    draw = ImageDraw.Draw(mask)
    draw.text((2, round(height * 0.4)), text, font=font, fill=255, direction="rtl" if rtl and raqm else None)
    box = mask.getbbox()
    return mask.crop(box) if box else None


def _cjk_line(draw: ImageDraw.ImageDraw, rng: random.Random, height: int, width: int, stroke: int) -> None:
    """Square glyphs of straight strokes, boxes and dots: reads as Chinese/Japanese at a glance."""
    x, s = 2.0, float(height)
    while x + s < width:
        parts = [(x, 0.0, s, s)]
        if rng.random() < 0.45:  # radical on the left, component on the right
            split = s * rng.uniform(0.3, 0.45)
            parts = [(x, 0.0, split, s), (x + split + s * 0.06, 0.0, s - split - s * 0.06, s)]
        for px, py, pw, ph in parts:
            for _ in range(rng.randint(2, 5)):
                kind = rng.random()
                if kind < 0.34:
                    yy = py + ph * rng.uniform(0.08, 0.92)
                    draw.line([(px + pw * rng.uniform(0, 0.3), yy), (px + pw * rng.uniform(0.7, 1), yy)], 255, stroke)
                elif kind < 0.62:
                    xx = px + pw * rng.uniform(0.1, 0.9)
                    draw.line([(xx, py + ph * rng.uniform(0, 0.3)), (xx, py + ph * rng.uniform(0.7, 1))], 255, stroke)
                elif kind < 0.74:
                    x0, y0 = px + pw * rng.uniform(0.05, 0.3), py + ph * rng.uniform(0.05, 0.4)
                    draw.rectangle([x0, y0, x0 + pw * rng.uniform(0.4, 0.65), y0 + ph * rng.uniform(0.3, 0.55)],
                                   outline=255, width=stroke)  # fmt: skip
                elif kind < 0.87:
                    mid = px + pw * rng.uniform(0.35, 0.65)
                    draw.line([(mid, py + ph * 0.2), (mid - pw * 0.15, py + ph * 0.6), (px + pw * 0.02, py + ph)],
                              255, stroke, joint="curve")  # fmt: skip
                elif kind < 0.95:
                    mid = px + pw * rng.uniform(0.4, 0.6)
                    draw.line([(mid, py + ph * 0.45), (px + pw, py + ph * 0.98)], 255, stroke)
                else:
                    dx, dy = px + pw * rng.uniform(0.2, 0.8), py + ph * rng.uniform(0.05, 0.3)
                    draw.line([(dx, dy), (dx + s * 0.1, dy + s * 0.12)], 255, stroke + 1)
        x += s * rng.uniform(1.08, 1.2)
        if rng.random() < 0.06:  # full-width comma or full stop
            draw.ellipse([x, s * 0.8, x + s * 0.15, s * 0.95], outline=255, width=max(1, stroke - 1))
            x += s * 0.5


def _devanagari_line(draw: ImageDraw.ImageDraw, rng: random.Random, height: int, width: int, stroke: int) -> None:
    """Words hanging from a headline (shirorekha), each letter a stem with a bowl, hook or loop."""
    h = float(height)
    top = h * 0.25  # room for vowel signs above the headline
    x = 2.0
    while True:
        letters = rng.randint(2, 5)
        widths = [h * rng.uniform(0.55, 0.8) for _ in range(letters)]
        if x + sum(widths) > width:
            break
        start, head = x, top + h * 0.05
        for gw in widths:
            if rng.random() < 0.8:
                draw.line([(x + gw * 0.85, head), (x + gw * 0.85, top + h * 0.95)], 255, stroke)
            kind = rng.randrange(4)
            if kind == 0:
                draw.arc([x + gw * 0.05, head + h * 0.12, x + gw * 0.8, top + h * 0.8], 90, 360, 255, stroke)
            elif kind == 1:
                draw.line([(x + gw * 0.15, head), (x + gw * 0.15, top + h * 0.55)], 255, stroke)
                draw.arc([x + gw * 0.1, top + h * 0.35, x + gw * 0.85, top + h * 0.85], 0, 180, 255, stroke)
            elif kind == 2:
                draw.arc([x, head, x + gw * 0.8, top + h * 0.95], 200, 450, 255, stroke)
            else:
                r = gw * 0.18
                cx, cy = x + gw * 0.3, top + h * 0.55
                draw.ellipse([cx - r, cy - r, cx + r, cy + r], outline=255, width=stroke)
                draw.line([(cx + r, cy), (x + gw * 0.85, top + h * 0.9)], 255, stroke)
            if rng.random() < 0.18:  # vowel sign above the headline
                draw.arc([x + gw * 0.2, head - h * 0.28, x + gw * 1.1, head + h * 0.1], 180, 300, 255, stroke)
            if rng.random() < 0.08:  # and below the line
                draw.arc([x + gw * 0.3, top + h * 0.9, x + gw * 0.8, top + h * 1.15], 0, 200, 255, stroke)
            x += gw
        draw.line([(start - h * 0.05, head), (x + h * 0.05, head)], 255, stroke + 1)
        x += h * rng.uniform(0.35, 0.55)


def _arabic_shapes_line(draw: ImageDraw.ImageDraw, rng: random.Random, height: int, width: int, stroke: int) -> None:
    """Arabic-like words without a font: a joined baseline with teeth, loops, tall strokes and dots."""
    h = float(height)
    base = h * 0.75
    x = 2.0
    while True:
        length = h * rng.uniform(0.8, 2.6)
        if x + length > width:
            break
        draw.line([(x, base), (x + length, base)], 255, stroke)
        pos = x
        while pos < x + length:
            kind = rng.random()
            if kind < 0.3:
                draw.line([(pos, base), (pos, base - h * rng.uniform(0.15, 0.3))], 255, stroke)
            elif kind < 0.45:
                draw.line([(pos, base), (pos, base - h * rng.uniform(0.6, 0.8))], 255, stroke)
            elif kind < 0.6:
                r = h * 0.12
                draw.ellipse([pos - r, base - 2 * r, pos + r, base], outline=255, width=stroke)
            elif kind < 0.7:
                draw.arc([pos - h * 0.3, base - h * 0.1, pos + h * 0.05, base + h * 0.35], 0, 180, 255, stroke)
            if rng.random() < 0.35:
                dy = -h * 0.45 if rng.random() < 0.7 else h * 0.2
                for k in range(rng.randint(1, 3)):
                    cx = pos + k * h * 0.12
                    draw.ellipse([cx, base + dy, cx + stroke + 1, base + dy + stroke + 1], fill=255)
            pos += h * rng.uniform(0.15, 0.35)
        x += length + h * rng.uniform(0.3, 0.5)


_DRAWN: dict[str, Callable[[ImageDraw.ImageDraw, random.Random, int, int, int], None]] = {
    "cjk": _cjk_line,
    "devanagari": _devanagari_line,
    "arabic": _arabic_shapes_line,
    "hebrew": _arabic_shapes_line,
    "cyrillic": _arabic_shapes_line,
}


def script_line(script: str, height: int, width: int, rng: random.Random, bold: bool = False) -> Image.Image | None:
    """An ink mask (L) of one line of ``script`` about ``height`` px tall and at most ``width`` wide."""
    if width < height * 2 or height < 6:
        return None
    if script in _FONT_LETTERS:
        line = _font_script_line(script, height, width, bold, rng)
        if line is not None:
            return line
    mask = Image.new("L", (width, round(height * 1.5)), 0)
    stroke = max(1, round(height / (7 if bold else 10)))
    _DRAWN[script](ImageDraw.Draw(mask), rng, height, width, stroke)
    box = mask.getbbox()
    return mask.crop(box) if box else None


def _place(img: Image.Image, mask: Image.Image | None, x: float, y: float, color: Color) -> None:
    if mask is not None:
        _ink_onto(img, mask, (round(x), round(y)), color)


def _insert_rows(img: Image.Image, cuts: list[tuple[int, int]], keep_height: bool) -> Image.Image:
    """``img`` with blank strips of the given heights opened at the given rows (page bottoms drop off)."""
    total = sum(h for _, h in cuts)
    paper = img.getpixel((2, cuts[0][0]))
    out = Image.new("RGB", (img.width, img.height + total), paper if isinstance(paper, tuple) else (255, 255, 255))
    src, dst = 0, 0
    for y, h in sorted(cuts):
        out.paste(img.crop((0, src, img.width, y)), (0, dst))
        dst += y - src + h
        src = y
    out.paste(img.crop((0, src, img.width, img.height)), (0, dst))
    return out.crop((0, 0, img.width, img.height)) if keep_height else out


def second_script(img: Image.Image, bands: list[Band], rng: random.Random, layout: str) -> Image.Image:
    """Lines of another script: a bilingual letterhead or footer, labels beside fields, or lines in between.

    Pages keep their size (text pushed down drops off the bottom), till rolls grow, and cards
    (fixed layouts with an MRZ at the foot) only take lines where there is room.
    """
    keep_height, insert = layout != "receipt", layout != "card"
    script = rng.choices(SCRIPTS, weights=SCRIPT_WEIGHTS)[0]
    lh = _line_height(bands, img)
    left = bands[0].x0 if bands else img.width // 12
    right = max((b.x1 for b in bands), default=img.width - left)
    right = max(right, img.width - left)
    ink = rng.choice(LETTERHEAD)
    mode = rng.choices(["head", "beside", "between"], weights=[0.45, 0.25, 0.3])[0]
    if not bands:
        mode = "head"
    if mode == "beside":
        free = [b for b in bands if b.x1 < img.width * 0.58 and 0.6 * lh <= b.height <= 1.6 * lh]
        if len(free) < 2:
            mode = "between"
        else:
            first = rng.randrange(len(free))
            for band in free[first : first + rng.randint(2, 7)]:
                width = min(round(img.width * 0.38), right - band.x1 - lh * 2)
                mask = script_line(script, round(band.height * rng.uniform(0.8, 1.0)), width, rng)
                if mask is not None:
                    _place(img, mask, right - mask.width, band.y0 + (band.height - mask.height) / 2, ink)
            return img
    if mode == "between" and len(bands) >= 2 and insert:
        gaps = list(range(min(len(bands) - 1, 14)))
        chosen = sorted(rng.sample(gaps, min(len(gaps), rng.randint(1, 4))))
        size = round(lh * rng.uniform(0.8, 1.1))
        strip = round(size * 1.5)
        cuts = [((bands[i].y1 + bands[i + 1].y0) // 2, strip) for i in chosen]
        img = _insert_rows(img, cuts, keep_height)
        for n, i in enumerate(chosen):
            row = (bands[i].y1 + bands[i + 1].y0) // 2 + n * strip
            band = bands[i]
            width = min(right - left, round((band.x1 - band.x0) * rng.uniform(0.6, 1.2)) + lh * 2)
            mask = script_line(script, size, width, rng)
            if mask is None:
                continue
            centred = abs((band.x0 + band.x1) / 2 - img.width / 2) < img.width * 0.06
            at = (img.width - mask.width) / 2 if centred else right - mask.width if rng.random() < 0.5 else band.x0
            _place(img, mask, at, row + (strip - mask.height) / 2, (30, 30, 30) if rng.random() < 0.7 else ink)
        return img
    # Letterhead above the text, or a footer below it; where neither has room, the text is pushed down.
    top = bands[0].y0 if bands else img.height // 2
    bottom = img.height - (bands[-1].y1 if bands else img.height // 2)
    size = round(lh * rng.uniform(1.0, 1.5))
    lines = rng.choice([1, 1, 2])
    need = round(size * 1.5) * lines + 8
    if top < need and bottom < need:
        if not insert:
            return img
        img = _insert_rows(img, [(max(1, top - 4), need)], keep_height)
        top += need
    at_top = top >= need and (bottom < need or rng.random() < 0.65)
    if not at_top:
        size = max(8, round(size * 0.75))
    for k in range(lines):
        width = round((right - left) * rng.uniform(0.35, 0.85))
        mask = script_line(script, size, width, rng, bold=at_top and k == 0)
        if mask is None:
            continue
        align = rng.choice(["centre", "right", "right", "left"])
        x: float = (
            (img.width - mask.width) / 2 if align == "centre" else right - mask.width if align == "right" else left
        )
        y: float
        if at_top:
            y = max(4, top - need + 4) + k * size * 1.5
        else:
            y = img.height - bottom + (bottom - need) / 2 + k * size * 1.5
        _place(img, mask, x, y, ink)
    return img


# ---------------------------------------------------------------------------
# Logos, stamps, signatures, notes


def logo(img: Image.Image, bands: list[Band], rng: random.Random) -> None:
    """A company mark (ring, tile, chevrons or swoosh) with a monogram, where there is room by the first line."""
    s = max(28, min(110, round(min(img.size) * rng.uniform(0.05, 0.09))))
    first = bands[0] if bands else Band(img.width // 3, img.height // 10, img.width * 2 // 3, img.height // 10 + 20)
    margin = max(10, first.x0 if first.x0 < img.width // 4 else img.width // 14)
    top = (first.y0 - s) // 2
    spots = [(margin, top), (img.width - margin - s, top), ((img.width - s) // 2, top)]
    spots += [(first.x0 - s - 12, first.y0), (img.width - margin - s, first.y0), (margin, first.y0)]
    rng.shuffle(spots)
    spot = next(((x, y) for x, y in spots if _free(bands, img, (x, y, s, s))), None)
    if spot is None:
        return
    x, y = spot
    color = rng.choice((*LETTERHEAD[1:], (200, 80, 20), (0, 120, 170)))
    draw = ImageDraw.Draw(img)
    letters = "".join(chr(rng.randint(65, 90)) for _ in range(rng.choice([1, 2, 2, 3])))
    font = pil_font(rng.choice(["sans-bold", "serif-bold"]), max(10, round(s * (0.55 if len(letters) < 3 else 0.38))))
    kind = rng.randrange(4)
    if kind == 0:
        draw.ellipse([x, y, x + s, y + s], outline=color, width=max(2, s // 12))
        draw.text((x + s / 2, y + s / 2), letters, font=font, fill=color, anchor="mm")
    elif kind == 1:
        draw.rounded_rectangle([x, y, x + s, y + s], radius=s // 6, fill=color)
        draw.text((x + s / 2, y + s / 2), letters, font=font, fill=(255, 255, 255), anchor="mm")
    elif kind == 2:
        for k in range(3):
            yy = y + k * s * 0.3
            draw.line([(x, yy + s * 0.35), (x + s / 2, yy), (x + s, yy + s * 0.35)], fill=color, width=max(3, s // 8))
    else:
        draw.arc([x, y, x + s, y + s], rng.randint(150, 200), rng.randint(330, 400), fill=color, width=max(3, s // 7))
        draw.pieslice([x + s * 0.3, y + s * 0.3, x + s * 0.7, y + s * 0.7], 0, 360, fill=color)
    word_font = pil_font(rng.choice(["sans-bold", "serif-bold", "condensed-bold"]), max(10, round(s * 0.4)))
    name = pseudo_word(rng).upper() if rng.random() < 0.5 else pseudo_word(rng).capitalize()
    length = word_font.getlength(name)
    if rng.random() < 0.4 and _free(bands, img, (x + s * 1.15, y + s * 0.2, length, s * 0.6)):  # a wordmark
        draw.text((x + s * 1.15, y + s / 2), name, font=word_font, fill=color, anchor="lm")


def _stamp_mask(rng: random.Random) -> Image.Image:
    """A round or rectangular rubber stamp with text, as an L mask before inking."""
    face = rng.choice(["sans-bold", "condensed-bold", "serif-bold"])
    org = f"{pseudo_word(rng).upper()} {rng.choice(ORG_SUFFIXES)}"
    if rng.random() < 0.5:
        d = rng.randint(150, 240)
        mask = Image.new("L", (d + 8, d + 8), 0)
        draw = ImageDraw.Draw(mask)
        c, r = (d + 8) / 2, d / 2
        width = max(2, d // 60)
        draw.ellipse([c - r, c - r, c + r, c + r], outline=255, width=width + 1)
        inner = r * rng.uniform(0.66, 0.74)
        draw.ellipse([c - inner, c - inner, c + inner, c + inner], outline=255, width=width)
        ring = f"{org} * {rng.choice(STAMP_WORDS)} *" if rng.random() < 0.5 else f"{org} * {org} *"
        font = pil_font(face, max(10, round((r - inner) * 0.62)))
        step = 2 * math.pi / max(len(ring) + 2, 1)
        text_r = (r + inner) / 2
        for i, ch in enumerate(ring):
            a = -math.pi / 2 + (i - len(ring) / 2) * step
            cell = round(font.size * 2)
            glyph = Image.new("L", (cell, cell), 0)
            ImageDraw.Draw(glyph).text((cell / 2, cell / 2), ch, font=font, fill=255, anchor="mm")
            glyph = glyph.rotate(-math.degrees(a) - 90, resample=Image.Resampling.BILINEAR)
            px, py = c + text_r * math.cos(a) - cell / 2, c + text_r * math.sin(a) - cell / 2
            mask.paste(255, (round(px), round(py)), mask=glyph)
        centre = rng.choice([_date(rng), rng.choice(STAMP_WORDS).split()[0], "*", pseudo_word(rng).upper()])
        inner_font = pil_font(face, max(10, round(inner * (0.32 if len(centre) < 8 else 0.22))))
        draw.text((c, c), centre, font=inner_font, fill=255, anchor="mm")
        return mask
    lines = [rng.choice(STAMP_WORDS)]
    if rng.random() < 0.7:
        lines.append(_date(rng))
    if rng.random() < 0.5:
        lines.insert(0, org)
    if rng.random() < 0.3:
        lines.append("By: ________")
    size = rng.randint(20, 30)
    fonts = [
        pil_font(face, size if i == (1 if len(lines) > 2 else 0) else round(size * 0.7)) for i in range(len(lines))
    ]
    width = round(max(f.getlength(t) for f, t in zip(fonts, lines, strict=True)) + size * 1.4)
    height = round(sum(f.size * 1.3 for f in fonts) + size * 0.9)
    mask = Image.new("L", (width + 8, height + 8), 0)
    draw = ImageDraw.Draw(mask)
    draw.rectangle([4, 4, width + 3, height + 3], outline=255, width=3)
    if rng.random() < 0.6:
        draw.rectangle([10, 10, width - 3, height - 3], outline=255, width=1)
    y = 4 + size * 0.45
    for f, t in zip(fonts, lines, strict=True):
        draw.text((4 + width / 2, y), t, font=f, fill=255, anchor="ma")
        y += f.size * 1.3
    return mask


def stamp(img: Image.Image, bands: list[Band], rng: random.Random, nprng: np.random.Generator) -> None:
    """A rubber stamp, tilted and unevenly inked, often over text (which stays readable through it)."""
    mask = _stamp_mask(rng).rotate(rng.uniform(-28, 28), resample=Image.Resampling.BILINEAR, expand=True)
    # Uneven ink: a smooth field of pressure and a sprinkle of dry spots.
    mask = ImageChops.multiply(mask, _mottle(mask.size, nprng, 0.45, cells=5))
    dry = nprng.random((mask.height, mask.width)) < rng.uniform(0.05, 0.25)
    arr = np.asarray(mask).copy()
    arr[dry] = 0
    mask = Image.fromarray(arr)
    if bands and rng.random() < 0.75:
        band = rng.choice(bands[len(bands) // 3 :] or bands)
        x = rng.randint(band.x0, max(band.x0, band.x1 - mask.width // 2)) - mask.width // 4
        y = band.y0 - mask.height // 2 + rng.randint(-20, 20)
    else:
        x = rng.randint(0, max(0, img.width - mask.width))
        y = rng.randint(0, max(0, img.height - mask.height))
    _ink_onto(img, mask, (x, y), rng.choice(STAMP_INKS), rng.uniform(0.6, 0.95))


def _scribble(rng: random.Random, width: int, height: int) -> Image.Image:
    """A signature: cursive loops (a trochoid, one up-and-down per letter), slanted, with pen lifts and a flourish."""
    mask = Image.new("L", (width, height), 0)
    draw = ImageDraw.Draw(mask)
    pen = max(2, round(height / rng.uniform(20, 30)))
    letter = height * rng.uniform(0.12, 0.22)
    slant = rng.uniform(0.1, 0.6)
    base = height * rng.uniform(0.62, 0.78)
    x0 = width * rng.uniform(0.02, 0.08)
    letters = max(3, int((width * 0.9 - x0) / letter))
    stroke: list[tuple[float, float]] = []
    for i in range(letters):
        tall = i == 0 or rng.random() < 0.25
        amp = height * (rng.uniform(0.45, 0.7) if tall else rng.uniform(0.12, 0.3))
        loop = letter / (2 * math.pi) * rng.uniform(0.6, 2.2)  # above 1: the stroke crosses itself
        for k in range(10):
            t = 2 * math.pi * (i + k / 10)
            y = base - amp * (1 - math.cos(t)) / 2 + height * 0.03 * math.sin(i)
            x = x0 + letter / (2 * math.pi) * t - loop * math.sin(t) + (base - y) * slant
            stroke.append((x, y))
        if rng.random() < 0.12 and len(stroke) > 1:  # the pen lifts between names
            draw.line(stroke, fill=255, width=pen, joint="curve")
            stroke = []
            x0 += letter * rng.uniform(0.5, 1.2)
    if len(stroke) > 1:
        draw.line(stroke, fill=255, width=pen, joint="curve")
    if rng.random() < 0.5:  # a flourish under or through the name
        y = height * rng.uniform(0.78, 0.92)
        draw.line([(width * 0.05, y + 4), (width * 0.5, y), (width * 0.95, y - rng.uniform(0, 10))], 255, pen)
    return mask


def signature(img: Image.Image, bands: list[Band], rng: random.Random) -> None:
    """A signature below the text, or over its last lines when the page is full."""
    width = max(90, min(380, round(img.width * rng.uniform(0.16, 0.3))))
    height = round(width * rng.uniform(0.28, 0.45))
    mask = _scribble(rng, width, height)
    mask = mask.rotate(rng.uniform(-8, 8), resample=Image.Resampling.BILINEAR, expand=True)
    last = bands[-1].y1 if bands else img.height // 2
    if img.height - last > mask.height + 20:
        y = last + rng.randint(10, max(10, min(120, img.height - last - mask.height - 10)))
    else:
        y = max(0, img.height - mask.height - rng.randint(0, img.height // 8))
    left = bands[0].x0 if bands else img.width // 12
    x = rng.choice([left, img.width // 2, img.width - left - mask.width])
    _ink_onto(img, mask, (x, y), rng.choice(INKS), rng.uniform(0.8, 1.0))


def note(img: Image.Image, bands: list[Band], rng: random.Random) -> None:
    """One or two handwritten additions: a margin word, tick, circle, underline, highlighter or sticky note."""
    pen_ink = rng.choice((*INKS, (170, 30, 30)))
    size = max(14, round(_line_height(bands, img) * rng.uniform(1.1, 1.7)))
    for _ in range(rng.choice([1, 1, 2])):
        kind = rng.choices(["word", "tick", "circle", "underline", "highlight", "sticky"], [3, 2, 2, 2, 2, 1])[0]
        band = (
            rng.choice(bands)
            if bands
            else Band(img.width // 4, img.height // 3, img.width // 2, img.height // 3 + size)
        )
        if kind == "word":
            text = rng.choice(
                [*NOTE_WORDS, _date(rng), f"#{rng.randint(100, 99999)}", pseudo_word(rng, (1, 1)).upper()]
            )
            mask = _words_mask(text, size, rng).rotate(rng.uniform(-14, 14), expand=True)
            spots = [(band.x0 - mask.width - 6, band.y0 - size // 3), (band.x1 + size, band.y0 - size // 3)]
            spots += [(band.x0 + rng.randint(0, 200), band.y0 - mask.height - 4), (band.x0, band.y1 + 4)]
            spots += [(rng.randint(0, img.width), rng.randint(0, img.height)) for _ in range(4)]
            rng.shuffle(spots)
            free = [(x, y) for x, y in spots if _free(bands, img, (x, y, mask.width, mask.height), 2)]
            if free or rng.random() < 0.25:  # now and then written over the text, as people do
                _ink_onto(img, mask, free[0] if free else spots[0], pen_ink)
        elif kind in ("tick", "circle", "underline"):
            mask = Image.new("L", (band.x1 - band.x0 + 40, band.height + 40), 0)
            draw = ImageDraw.Draw(mask)
            pen = max(2, size // 10)
            w, h = mask.size
            if kind == "tick":
                t = min(h, 50)
                draw.line([(4, t * 0.55), (t * 0.35, t - 6), (t, 4)], 255, pen, joint="curve")
                x = band.x0 - t - 8 if band.x0 > t + 8 else band.x1 + 8
                _ink_onto(img, mask.crop((0, 0, t + 4, t)), (x, band.y0 - 10), pen_ink)
                continue
            if kind == "circle":
                cut = rng.uniform(0.2, 1.0)
                draw.ellipse([4, 4, 20 + (w - 24) * cut, h - 4], outline=255, width=pen)
            else:
                pts = [(10 + k * (w - 20) / 8, h - 14 + rng.uniform(-3, 3)) for k in range(9)]
                draw.line(pts, 255, pen, joint="curve")
            _ink_onto(img, mask, (band.x0 - 20, band.y0 - 20), pen_ink)
        elif kind == "highlight":
            for b in [band, *bands[bands.index(band) + 1 : bands.index(band) + rng.randint(1, 3)]] if bands else [band]:
                strip = Image.new("L", (b.x1 - b.x0 + 12, b.height + 8), 255)
                _ink_onto(img, strip, (b.x0 - 6, b.y0 - 4), rng.choice(HIGHLIGHTERS), rng.uniform(0.7, 1.0))
        else:
            _sticky_note(img, rng)


def _words_mask(text: str, size: int, rng: random.Random) -> Image.Image:
    words = [_hand_word(w, rng.choice(["sans-italic", "serif-italic", "condensed-italic"]), size, rng, 1.2)
             for w in text.split()]  # fmt: skip
    width = sum(w.width for w in words)
    mask = Image.new("L", (max(1, width), max(w.height for w in words)), 0)
    x = 0
    for w in words:
        mask.paste(255, (x, 0), mask=w)
        x += w.width - size // 4
    return mask


def _sticky_note(img: Image.Image, rng: random.Random) -> None:
    """A sticky note with a few handwritten words, stuck over a corner or edge of the page."""
    side = max(90, min(240, round(min(img.size) * rng.uniform(0.14, 0.22))))
    color = rng.choice([(250, 235, 120), (255, 200, 160), (190, 235, 160), (170, 220, 250)])
    paper = Image.new("RGB", (side, side), color)
    words = _words_mask(rng.choice(NOTE_WORDS), max(12, round(side / rng.uniform(5, 7))), rng)
    words.thumbnail((side - 10, side - 10))
    _ink_onto(paper, words, (6, rng.randint(6, max(6, side // 2))), rng.choice(INKS))
    tilted = paper.convert("RGBA").rotate(rng.uniform(-10, 10), resample=Image.Resampling.BILINEAR, expand=True)
    alpha = tilted.getchannel("A")
    x = rng.choice([-side // 4, img.width - side * 3 // 4, rng.randint(0, max(0, img.width - side))])
    y = rng.choice([-side // 4, img.height - side * 3 // 4, rng.randint(0, max(0, img.height - side))])
    img.paste((0, 0, 0), (x + 4, y + 5), mask=alpha.point(lambda a: a * 0.25))
    img.paste(tilted.convert("RGB"), (x, y), mask=alpha)


def fade(img: Image.Image, rng: random.Random, nprng: np.random.Generator) -> Image.Image:
    """Faded print: the ink lightened unevenly; thermal rolls and worn toner fade in streaks along the feed."""
    cells = rng.randint(3, 8)
    field = nprng.uniform(rng.uniform(0.42, 0.7), 1.0, size=(cells, cells)).astype(np.float32)
    small = Image.fromarray((field * 255).astype(np.uint8)).resize((max(4, img.width // 8), max(4, img.height // 8)))
    if rng.random() < 0.5:
        cols = nprng.uniform(0.7, 1.0, size=(1, max(4, img.width // rng.randint(6, 20)))).astype(np.float32)
        streaks = Image.fromarray((cols * 255).astype(np.uint8)).resize(small.size, Image.Resampling.BILINEAR)
        small = ImageChops.multiply(small, streaks)
    # Screening with (1 - f) keeps a fraction f of each pixel's darkness: 255 - (255 - v) * f.
    veil = ImageChops.invert(small).resize(img.size, Image.Resampling.BILINEAR)
    if img.mode == "L":
        return ImageChops.screen(img, veil)
    return ImageChops.screen(img.convert("RGB"), Image.merge("RGB", (veil, veil, veil)))


def mark_document(img: Image.Image, rng: random.Random, layout: str) -> Image.Image:
    """The paper as it reaches the scanner or the camera: with whatever was printed or added besides its text.

    ``layout`` is the document's ("page", "receipt", "card", ...): a till roll may grow taller.
    """
    chances = (P_SECOND_SCRIPT, P_LOGO, P_FADED, P_SIGNATURE, P_NOTE, P_STAMP)
    script, mark, faded, signed, noted, stamped = (rng.random() < p for p in chances)
    if not (script or mark or faded or signed or noted or stamped):
        return img
    nprng = np_rng(rng)
    img = img.convert("RGB")
    bands = text_bands(img)
    if script:
        img = second_script(img, bands, rng, layout)
        bands = text_bands(img)
    if mark:
        logo(img, bands, rng)
    if faded:
        img = fade(img, rng, nprng)
    if signed:
        signature(img, bands, rng)
    if noted:
        note(img, bands, rng)
    if stamped:
        stamp(img, bands, rng, nprng)
    return img


def fold(img: Image.Image, rng: random.Random) -> Image.Image:
    """Creases of a page folded in half, thirds or quarters: a dark line with shading to one side."""
    horizontal = rng.random() < 0.7  # a horizontal crease; the shading varies down the page
    length = img.height if horizontal else img.width
    positions = rng.choice([[0.5], [1 / 3, 2 / 3], [1 / 3, 2 / 3], [0.25, 0.5, 0.75], [rng.uniform(0.2, 0.8)]])
    profile = np.ones(length, dtype=np.float32)
    for p in positions:
        c = int((p + rng.uniform(-0.03, 0.03)) * length)
        reach = max(4, int(length * rng.uniform(0.02, 0.09)))
        depth = rng.uniform(0.04, 0.16)
        ramp = 1.0 - depth * np.linspace(1.0, 0.0, reach, dtype=np.float32)
        if rng.random() < 0.5:
            seg = profile[c : c + reach]
            seg *= ramp[: len(seg)]
        else:
            seg = profile[max(0, c - reach) : c]
            seg *= ramp[::-1][reach - len(seg) :]
        profile[max(0, c - 1) : c + 1] *= rng.uniform(0.75, 0.92)
        if rng.random() < 0.4:  # the panels lie at different angles to the light
            profile[c:] *= rng.uniform(0.93, 1.0)
    values = (profile * 255).astype(np.uint8)
    line = Image.fromarray(values[:, None] if horizontal else values[None, :])
    shade = line.resize(img.size, Image.Resampling.NEAREST)
    if img.mode == "L":
        return ImageChops.multiply(img, shade)
    return ImageChops.multiply(img.convert("RGB"), Image.merge("RGB", (shade, shade, shade)))


# ---------------------------------------------------------------------------
# The capture: scanner glass and phone camera


def _paper_sheet(
    rng: random.Random, size: tuple[int, int], color: Color, indent: int | None = None, scale: float = 1.0
) -> Image.Image:
    """Another sheet: paper with lines of small text (made-up words; the sheet is not the document).

    ``indent`` is where lines start (negative: left of the visible part, which shows their ends);
    ``scale`` that of the document in the picture, so both papers' print is about the same size.
    """
    sheet = Image.new("RGB", size, color)
    draw = ImageDraw.Draw(sheet)
    font = pil_font(rng.choice(["sans", "serif", "condensed"]), max(7, round(rng.randint(15, 24) * scale)))
    margin = round(rng.randint(20, 60) * scale)
    start = margin if indent is None else indent
    y = margin
    ink = (rng.randint(30, 90),) * 3
    while y < size[1] - margin:
        words: list[str] = []
        while len(" ".join(words)) * font.size * 0.5 < (size[0] - margin - start) * rng.uniform(0.5, 1.0):
            words.append(rng.choice(STOPWORDS) if rng.random() < 0.3 else pseudo_word(rng, (1, 3)))
        draw.text((start, y), " ".join(words), font=font, fill=ink)
        y += round(font.size * rng.uniform(1.3, 2.2))
    return sheet


def edge_sheet(gray: Image.Image, rng: random.Random) -> Image.Image:
    """Scan: the edge of another page lying over one side of this one."""
    width = round(gray.width * rng.uniform(0.04, 0.1))
    right = rng.random() < 0.5  # over the right side: the sheet's left edge and the starts of its lines
    indent = None if right else -rng.randint(150, 500)
    sheet = _paper_sheet(rng, (width + 60, gray.height + 120), (250, 250, 250), indent).convert("L")
    edge = 0 if right else width
    ImageDraw.Draw(sheet).line([(edge, 0), (edge, sheet.height)], fill=120, width=3)  # its edge casts a thin shadow
    strip = sheet.rotate(rng.uniform(-2.5, 2.5), resample=Image.Resampling.BILINEAR, fillcolor=250)
    strip = strip.crop((0, 60, width + (0 if right else 2), 60 + gray.height))
    out = gray.copy()
    out.paste(strip, (gray.width - width, 0) if right else (0, 0))
    return out


def punch_holes(gray: Image.Image, rng: random.Random) -> Image.Image:
    """Scan: two or four filing holes along the left (or top) edge, dark as the scanner lid behind them."""
    out = gray.copy()
    draw = ImageDraw.Draw(out)
    r = round(min(gray.size) * rng.uniform(0.012, 0.017))
    offset = round(min(gray.size) * rng.uniform(0.025, 0.05))
    shade = rng.randint(20, 90)
    count = rng.choice([2, 2, 4])
    spacing = round(max(gray.size) * (0.27 if count == 2 else 0.18))
    top = rng.random() < 0.15
    length = gray.width if top else gray.height
    for k in range(count):
        along = length / 2 + (k - (count - 1) / 2) * spacing
        cx, cy = (along, offset) if top else (offset, along)
        draw.ellipse([cx - r, cy - r, cx + r, cy + r], fill=shade, outline=max(0, shade - 20))
    return out


def shifted(gray: Image.Image, rng: random.Random) -> Image.Image:
    """Scan: the page lay askew on the glass, so a strip of one side (text included) is cut off."""
    dx = round(gray.width * rng.uniform(0.03, 0.09)) * rng.choice([-1, 1])
    dy = round(gray.height * rng.uniform(0.02, 0.06)) * rng.choice([-1, 1]) if rng.random() < 0.4 else 0
    out = Image.new("L", gray.size, rng.choice([255, 255, rng.randint(40, 90)]))
    out.paste(gray, (dx, dy))
    return out


def surface_texture(surface: Image.Image, rng: random.Random, nprng: np.random.Generator) -> Image.Image:
    """Photo: wood grain or a checked cloth on a small (pre-upsampling) surface; else the plain mottled one."""
    kind = rng.random()
    if kind >= 0.42:
        return surface
    across = rng.random() < 0.5  # grain or stripes running across the frame rather than down it
    w, h = surface.size if not across else (surface.height, surface.width)
    if kind < 0.3:  # wood grain: wavy stripes
        ys = np.arange(h, dtype=np.float32)[:, None]
        xs = np.arange(w, dtype=np.float32)[None, :]
        warp = np.cumsum(nprng.normal(0, 0.6, size=(1, w)), axis=1).astype(np.float32)
        grain = 0.5 + 0.5 * np.sin(ys * rng.uniform(0.15, 0.5) + warp + np.sin(xs / rng.uniform(20, 60)) * 3)
        factor = 1.0 - rng.uniform(0.08, 0.2) * grain
    else:  # a checked tablecloth
        period = rng.randint(6, 20)
        rows, cols = np.indices((h, w))
        factor = 1.0 - rng.uniform(0.08, 0.25) * ((rows // period + cols // period) % 2).astype(np.float32)
    shade = Image.fromarray(((factor.T if across else factor) * 255).astype(np.uint8))
    return ImageChops.multiply(surface, Image.merge("RGB", (shade, shade, shade)))


def under_sheet(
    surface: Image.Image, doc_box: tuple[float, float, float, float], rng: random.Random, scale: float
) -> None:
    """Photo: another paper on the table, partly under the document and showing past one of its edges.

    ``scale`` is the document's in the picture (drawn pixels to photo pixels).
    """
    x0, y0, x1, y1 = doc_box
    w, h = round((x1 - x0) * rng.uniform(0.7, 1.0)), round((y1 - y0) * rng.uniform(0.6, 1.0))
    grey = rng.randint(228, 250)
    sheet = _paper_sheet(rng, (w, h), (grey, grey, grey), scale=scale)
    angle = rng.uniform(-25, 25)
    mask = Image.new("L", sheet.size, 255).rotate(angle, expand=True)
    sheet = sheet.rotate(angle, expand=True)  # nearest neighbour: 10x faster, and noise and JPEG hide the steps
    side = rng.randrange(4)
    cx, cy = (x0 + x1) / 2, (y0 + y1) / 2
    shift = rng.uniform(0.45, 0.75)
    if side == 0:
        cx = x0 - (x1 - x0) * (shift - 0.5) - w * 0.2
    elif side == 1:
        cx = x1 + (x1 - x0) * (shift - 0.5) + w * 0.2
    elif side == 2:
        cy = y0 - (y1 - y0) * (shift - 0.5) - h * 0.2
    else:
        cy = y1 + (y1 - y0) * (shift - 0.5) + h * 0.2
    cx += rng.uniform(-0.2, 0.2) * (x1 - x0)
    cy += rng.uniform(-0.2, 0.2) * (y1 - y0)
    pos = (round(cx - sheet.width / 2), round(cy - sheet.height / 2))
    surface.paste((20, 20, 20), (pos[0] + 5, pos[1] + 6), mask=mask.point(lambda a: a * 0.3))
    surface.paste(sheet, pos, mask=mask)


def _soft_region(
    small: Image.Image, q: int, size: tuple[int, int], blur: float
) -> tuple[Image.Image, tuple[int, int, int, int]] | None:
    """A mask drawn at 1/``q`` scale, blurred, upsampled only where it is not empty: (mask, box at full scale)."""
    soft = small.filter(ImageFilter.GaussianBlur(blur))
    box = soft.point(lambda a: 255 if a > 2 else 0).getbbox()
    if box is None:
        return None
    sx0, sy0, sx1, sy1 = box
    full = (sx0 * q, sy0 * q, min(size[0], sx1 * q), min(size[1], sy1 * q))
    mask = soft.crop(box).resize(((sx1 - sx0) * q, (sy1 - sy0) * q), Image.Resampling.BILINEAR)
    return mask.crop((0, 0, full[2] - full[0], full[3] - full[1])), full


def thumb(photo: Image.Image, doc_box: tuple[float, float, float, float], rng: random.Random) -> None:
    """Photo: the thumb of the hand holding the document, reaching in from the frame's edge over the paper's."""
    x0, y0, x1, y1 = doc_box
    q = 4
    small = Image.new("L", (photo.width // q, photo.height // q), 0)
    draw = ImageDraw.Draw(small)
    r = max(photo.size) * rng.uniform(0.035, 0.05) / q  # half the thumb's width
    into = r * rng.uniform(0.5, 1.6)  # how far the tip reaches over the paper
    t = rng.uniform(0.2, 0.8)
    side = rng.randrange(4)
    if side == 0:
        tip = (x0 / q + into, (y0 + (y1 - y0) * t) / q)
        base = (-r * 2, tip[1] + rng.uniform(-1, 1) * r)
    elif side == 1:
        tip = (x1 / q - into, (y0 + (y1 - y0) * t) / q)
        base = (small.width + r * 2, tip[1] + rng.uniform(-1, 1) * r)
    elif side == 2:
        tip = ((x0 + (x1 - x0) * t) / q, y0 / q + into)
        base = (tip[0] + rng.uniform(-1, 1) * r, -r * 2)
    else:
        tip = ((x0 + (x1 - x0) * t) / q, y1 / q - into)
        base = (tip[0] + rng.uniform(-1, 1) * r, small.height + r * 2)
    draw.line([base, tip], fill=255, width=round(2 * r))
    draw.ellipse([tip[0] - r, tip[1] - r, tip[0] + r, tip[1] + r], fill=255)
    region = _soft_region(small, q, photo.size, 1.0)
    if region is None:
        return
    mask, box = region
    photo.paste((10, 10, 10), (box[0] + 6, box[1] + 9), mask=mask.point(lambda a: a * 0.35))
    skin = rng.choice(SKIN)
    photo.paste(skin, box[:2], mask=mask)
    # Rounded flesh: lighter along the middle, so the thumb does not read as a flat blob.
    nail = Image.new("L", small.size, 0)
    ImageDraw.Draw(nail).line([base, tip], fill=255, width=max(1, round(r * 0.7)))
    lit = _soft_region(nail, q, photo.size, r * 0.4)
    if lit is not None:
        photo.paste(tuple(min(255, c + 28) for c in skin), lit[1][:2], mask=lit[0].point(lambda a: a * 0.6))


def hand_shadow(photo: Image.Image, rng: random.Random) -> Image.Image:
    """Photo: the soft shadow of the phone and hand over a side or corner of the frame."""
    q = 8
    small = Image.new("L", (photo.width // q, photo.height // q), 0)
    w, h = small.size
    side = rng.randrange(4)
    reach = rng.uniform(0.2, 0.5)
    cx, cy = rng.uniform(0.1, 0.9) * w, rng.uniform(0.1, 0.9) * h
    rx, ry = w * rng.uniform(0.25, 0.6), h * rng.uniform(0.25, 0.6)
    if side == 0:
        cx = -rx + reach * w
    elif side == 1:
        cx = w + rx - reach * w
    elif side == 2:
        cy = -ry + reach * h
    else:
        cy = h + ry - reach * h
    ImageDraw.Draw(small).ellipse([cx - rx, cy - ry, cx + rx, cy + ry], fill=255)
    region = _soft_region(small, q, photo.size, rng.uniform(2, 7))
    if region is None:
        return photo
    mask, box = region
    depth = rng.uniform(0.25, 0.55)
    light = mask.point(lambda a: round(255 - a * depth))
    photo.paste(ImageChops.multiply(photo.crop(box), Image.merge("RGB", (light, light, light))), box[:2])
    return photo


def glare(photo: Image.Image, rng: random.Random) -> Image.Image:
    """Photo: a bright reflection of a lamp or window, washing out what lies under it."""
    q = 8
    small = Image.new("L", (photo.width // q, photo.height // q), 0)
    w, h = small.size
    cx, cy = rng.uniform(0.2, 0.8) * w, rng.uniform(0.2, 0.8) * h
    rx, ry = w * rng.uniform(0.05, 0.16), h * rng.uniform(0.04, 0.12)
    ImageDraw.Draw(small).ellipse([cx - rx, cy - ry, cx + rx, cy + ry], fill=rng.randint(150, 235))
    region = _soft_region(small, q, photo.size, rng.uniform(1.5, 4))
    if region is None:
        return photo
    bright, box = region
    photo.paste(ImageChops.screen(photo.crop(box), Image.merge("RGB", (bright, bright, bright))), box[:2])
    return photo


def cut_off(photo: Image.Image, doc_box: tuple[float, float, float, float], rng: random.Random) -> Image.Image:
    """Photo: framed too tightly, so a strip of the document on one side is outside the picture."""
    x0, y0, x1, y1 = doc_box
    side = rng.randrange(4)
    frac = rng.uniform(0.03, 0.1)
    left, top, right, bottom = 0.0, 0.0, float(photo.width), float(photo.height)
    if side == 0:
        left = x0 + frac * (x1 - x0)
    elif side == 1:
        right = x1 - frac * (x1 - x0)
    elif side == 2:
        top = y0 + frac * (y1 - y0)
    else:
        bottom = y1 - frac * (y1 - y0)
    return photo.crop((round(left), round(top), round(right), round(bottom)))
