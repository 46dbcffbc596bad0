"""TrueType fonts for PDF and image rendering: DejaVu when the system has it, reportlab's Vera otherwise."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import reportlab
from PIL import ImageFont

DEJAVU_DIR = Path("/usr/share/fonts/truetype/dejavu")
VERA_DIR = Path(reportlab.__file__).parent / "fonts"

# Logical face -> (DejaVu file, Vera fallback). Vera lacks some glyphs (₹, ℞) but always exists.
FACES = {
    "sans": ("DejaVuSans.ttf", "Vera.ttf"),
    "sans-bold": ("DejaVuSans-Bold.ttf", "VeraBd.ttf"),
    "sans-italic": ("DejaVuSans-Oblique.ttf", "VeraIt.ttf"),
    "serif": ("DejaVuSerif.ttf", "Vera.ttf"),
    "serif-bold": ("DejaVuSerif-Bold.ttf", "VeraBd.ttf"),
    "serif-italic": ("DejaVuSerif-Italic.ttf", "VeraIt.ttf"),
    "condensed": ("DejaVuSansCondensed.ttf", "Vera.ttf"),
    "condensed-bold": ("DejaVuSansCondensed-Bold.ttf", "VeraBd.ttf"),
    "condensed-italic": ("DejaVuSansCondensed-Oblique.ttf", "VeraIt.ttf"),
    "mono": ("DejaVuSansMono.ttf", "VeraMono.ttf"),
    "mono-bold": ("DejaVuSansMono-Bold.ttf", "VeraMoBd.ttf"),
    "vera": ("Vera.ttf", "Vera.ttf"),
    "vera-bold": ("VeraBd.ttf", "VeraBd.ttf"),
}
FAMILIES = ("sans", "serif", "condensed", "vera")


def font_path(face: str) -> Path:
    dejavu, vera = FACES[face]
    path = DEJAVU_DIR / dejavu
    if face.startswith("vera") or not path.exists():
        fallback = VERA_DIR / vera
        return fallback if fallback.exists() else VERA_DIR / "Vera.ttf"
    return path


@cache
def pil_font(face: str, size: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(font_path(face)), size)


def styled(family: str, bold: bool = False, italic: bool = False) -> str:
    """Face name for a family with optional weight/slant (falls back to regular where absent)."""
    if bold and f"{family}-bold" in FACES:
        return f"{family}-bold"
    if italic and f"{family}-italic" in FACES:
        return f"{family}-italic"
    return family
