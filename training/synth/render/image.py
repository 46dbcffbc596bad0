"""Raster renderings: flatbed scans and phone photos of pages, till receipts and ID cards.

A scan is page one with a slight skew, blur, speckle, contrast loss and compression; a
photo puts the document on a coloured surface with perspective, uneven light and
camera blur. Both carry, now and then, the clutter of real captures (``clutter``): a
second script, stamps, signatures, notes, folds, faded print; punch holes, another
sheet or a cut-off strip on scans; shadows, glare, a thumb, another paper and heavy
JPEG on photos. Sizes stay at or below ~1700 px on the long side so OCR in training is
fast. All randomness comes from the document's RNG, so output bytes are reproducible.
"""

from __future__ import annotations

import io
import random
import time

import numpy as np
from PIL import Image, ImageChops, ImageDraw, ImageEnhance, ImageFilter

from training.synth.model import SyntheticDocument
from training.synth.render import clutter
from training.synth.render.layout import draw_card, draw_page, draw_receipt

A4_PX = (1190, 1684)  # ~144 dpi
LETTER_PX = (1224, 1584)
LONG_SIDE_MAX = 1700

# Chances per document of the capture's own clutter (marks on the paper: ``clutter.P_*``).
P_FOLD_SCAN, P_FOLD_PHOTO = 0.1, 0.2
P_PUNCH_HOLES = 0.06
P_EDGE_SHEET = 0.05  # scan: another page over one edge
P_SHIFTED = 0.1  # scan: page askew on the glass, one side cut off
P_HEAVY_JPEG_SCAN = 0.12
P_UNDER_SHEET = 0.15  # photo: another paper on the table
P_THUMB = 0.07
P_HAND_SHADOW = 0.18
P_GLARE = 0.12
P_CUT_OFF = 0.15  # photo: framed too tightly
P_LOW_RES = 0.15  # photo: small picture (old phone, forwarded through a messenger)
P_HEAVY_JPEG_PHOTO = 0.15
P_RECOMPRESSED = 0.1  # photo: JPEG'd twice


def _np_rng(rng: random.Random) -> np.random.Generator:
    return np.random.default_rng(rng.getrandbits(63))


def draw_document(doc: SyntheticDocument, rng: random.Random) -> Image.Image:
    """The clean raster of ``doc`` in the shape its layout calls for."""
    if doc.layout == "card":
        return draw_card(doc, rng)
    if doc.layout == "receipt":
        return draw_receipt(doc, rng)
    size = LETTER_PX if doc.locale in ("en_US", "en_CA") else A4_PX
    return draw_page(doc, rng, size)


def fit(img: Image.Image, long_side: int = LONG_SIDE_MAX) -> Image.Image:
    scale = long_side / max(img.size)
    if scale >= 1:
        return img
    return img.resize(
        (max(1, round(img.width * scale)), max(1, round(img.height * scale))),
        Image.Resampling.BICUBIC,
        reducing_gap=2.0,
    )


def _add_noise(img: Image.Image, nprng: np.random.Generator, sigma: float) -> Image.Image:
    if sigma <= 0:
        return img
    arr = np.asarray(img, dtype=np.int16)
    # Uniform grain with the given spread: far cheaper to draw than Gaussian, looks the same at this scale.
    spread = max(1, round(sigma * 1.7))
    noise = nprng.integers(-spread, spread + 1, size=arr.shape[:2], dtype=np.int16)
    if arr.ndim == 3:
        noise = noise[:, :, None]  # one grain for all channels: cheaper and looks like sensor noise
    return Image.fromarray(np.clip(arr + noise, 0, 255).astype(np.uint8))


def _soften(img: Image.Image, amount: float) -> Image.Image:
    """Defocus by down- and up-sampling: close to a Gaussian blur of radius ~amount, at a fraction of the cost."""
    if amount <= 0.2:
        return img
    factor = 1 / (1 + amount * 0.6)
    small = img.resize(
        (max(1, round(img.width * factor)), max(1, round(img.height * factor))), Image.Resampling.BILINEAR
    )
    return small.resize(img.size, Image.Resampling.BILINEAR)


def _specks(img: Image.Image, nprng: np.random.Generator, amount: float) -> Image.Image:
    arr = np.array(img)
    mask = nprng.random(arr.shape[:2]) < amount
    arr[mask] = 30
    return Image.fromarray(arr)


def _percentile(gray: Image.Image, q: float) -> int:
    """The grey level below which a share ``q`` of the pixels lie."""
    counts = np.cumsum(gray.histogram())
    return int(np.searchsorted(counts, q * counts[-1]))


def scan_effects(img: Image.Image, rng: random.Random, grain: bool = True) -> Image.Image:
    """Flatbed/MFP scan: grey, slightly rotated, blurred, speckled, sometimes binarised like a fax.

    ``grain`` adds sensor noise; lossless (PNG) scans from office machines rarely show it.
    """
    nprng = _np_rng(rng)
    gray = img.convert("L")
    if rng.random() < P_PUNCH_HOLES:
        gray = clutter.punch_holes(gray, rng)
    if rng.random() < P_EDGE_SHEET:
        gray = clutter.edge_sheet(gray, rng)
    if rng.random() < P_SHIFTED:
        gray = clutter.shifted(gray, rng)
    if rng.random() < 0.75:
        gray = gray.rotate(rng.uniform(-1.8, 1.8), resample=Image.Resampling.BILINEAR, expand=False, fillcolor=255)
    if rng.random() < 0.5:
        gray = ImageEnhance.Contrast(gray).enhance(rng.uniform(0.55, 0.95))
    if rng.random() < 0.4:
        gray = ImageEnhance.Brightness(gray).enhance(rng.uniform(0.85, 1.08))
    gray = _soften(gray, rng.choice([0.0, 0.0, 0.0, 0.5, 0.7, 0.9, 1.1]))
    gray = _add_noise(gray, nprng, rng.choice([0, 3, 5, 8, 12]) if grain else 0)
    if rng.random() < 0.3:
        gray = _specks(gray, nprng, rng.uniform(0.0002, 0.002))
    if rng.random() < 0.25:  # dark scanner-lid border on one edge
        arr = np.array(gray)
        edge = rng.randint(8, 40)
        side = rng.randrange(4)
        if side == 0:
            arr[:, :edge] = arr[:, :edge] // 4
        elif side == 1:
            arr[:, -edge:] = arr[:, -edge:] // 4
        elif side == 2:
            arr[:edge, :] = arr[:edge, :] // 4
        else:
            arr[-edge:, :] = arr[-edge:, :] // 4
        gray = Image.fromarray(arr)
    if rng.random() < 0.1:  # fax-like black and white, thresholded between the page's ink and paper as scanners do
        ink, paper = _percentile(gray, 0.01), _percentile(gray, 0.5)
        threshold = round(ink + (paper - ink) * rng.uniform(0.45, 0.72))
        gray = gray.point(lambda v: 255 if v > threshold else 0)
    if rng.random() < 0.15:  # lower-resolution scanner, upsampled back
        factor = rng.uniform(0.55, 0.8)
        small = gray.resize((round(gray.width * factor), round(gray.height * factor)), Image.Resampling.BILINEAR)
        gray = small.resize(gray.size, Image.Resampling.BILINEAR)
    return gray


def _perspective_coeffs(dst: list[tuple[float, float]], src: list[tuple[float, float]]) -> list[float]:
    """Coefficients mapping output points ``dst`` to input points ``src`` (PIL PERSPECTIVE)."""
    rows = []
    for (x, y), (u, v) in zip(dst, src, strict=True):
        rows.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        rows.append([0, 0, 0, x, y, 1, -v * x, -v * y])
    a = np.array(rows, dtype=np.float64)
    b = np.array([c for point in src for c in point], dtype=np.float64)
    return [float(c) for c in np.linalg.solve(a, b)]


SURFACES = [
    (120, 90, 60),
    (150, 115, 80),
    (60, 60, 65),
    (200, 200, 195),
    (90, 110, 130),
    (170, 150, 120),
    (40, 45, 50),
    (215, 210, 200),
    (110, 70, 50),
]


def photo_effects(img: Image.Image, rng: random.Random) -> Image.Image:
    """Phone photo: the document on a surface, in perspective, unevenly lit, a little out of focus."""
    nprng = _np_rng(rng)
    landscape = img.width > img.height
    long_side = rng.randint(1200, 1600)
    frame = (long_side, round(long_side * 0.75)) if landscape else (round(long_side * 0.75), long_side)
    base = rng.choice(SURFACES)
    # Surface: coarse noise upsampled reads as desk mottle; sometimes wood grain or a checked cloth on top.
    coarse = _add_noise(Image.new("RGB", (frame[0] // 8, frame[1] // 8), base), nprng, rng.uniform(4, 12))
    quarter = coarse.resize((frame[0] // 4, frame[1] // 4), Image.Resampling.BILINEAR)
    surface = clutter.surface_texture(quarter, rng, nprng).resize(frame, Image.Resampling.BILINEAR)
    fill = rng.uniform(0.62, 0.9)
    scale = min(frame[0] * fill / img.width, frame[1] * fill / img.height)
    w, h = img.width * scale, img.height * scale
    cx, cy = frame[0] / 2 + rng.uniform(-0.05, 0.05) * frame[0], frame[1] / 2 + rng.uniform(-0.05, 0.05) * frame[1]
    jitter = 0.06
    dst = [
        (cx - w / 2 + rng.uniform(-jitter, jitter) * w, cy - h / 2 + rng.uniform(-jitter, jitter) * h),
        (cx + w / 2 + rng.uniform(-jitter, jitter) * w, cy - h / 2 + rng.uniform(-jitter, jitter) * h),
        (cx + w / 2 + rng.uniform(-jitter, jitter) * w, cy + h / 2 + rng.uniform(-jitter, jitter) * h),
        (cx - w / 2 + rng.uniform(-jitter, jitter) * w, cy + h / 2 + rng.uniform(-jitter, jitter) * h),
    ]
    src = [(0.0, 0.0), (float(img.width), 0.0), (float(img.width), float(img.height)), (0.0, float(img.height))]
    # Warp only into the document's bounding box: the transform's cost scales with its output size.
    bx0 = max(0, int(min(x for x, _ in dst)) - 2)
    by0 = max(0, int(min(y for _, y in dst)) - 2)
    bx1 = min(frame[0], int(max(x for x, _ in dst)) + 2)
    by1 = min(frame[1], int(max(y for _, y in dst)) + 2)
    local = [(x - bx0, y - by0) for x, y in dst]
    doc_box = (min(x for x, _ in dst), min(y for _, y in dst), max(x for x, _ in dst), max(y for _, y in dst))
    if rng.random() < P_UNDER_SHEET:
        clutter.under_sheet(surface, doc_box, rng, scale)
    warped = img.convert("RGB").transform(
        (bx1 - bx0, by1 - by0), Image.Transform.PERSPECTIVE, _perspective_coeffs(local, src), Image.Resampling.BILINEAR
    )
    outline = Image.new("L", warped.size, 0)
    ImageDraw.Draw(outline).polygon(local, fill=255)
    # Soft drop shadow: the outline drawn at 1/8 scale, blurred, upsampled, darkening the surface.
    dx, dy = rng.randint(4, 14), rng.randint(4, 14)
    small = Image.new("L", (frame[0] // 8, frame[1] // 8), 0)
    ImageDraw.Draw(small).polygon([((x + dx) / 8, (y + dy) / 8) for x, y in dst], fill=255)
    shadow = (
        small.filter(ImageFilter.GaussianBlur(2)).resize(frame, Image.Resampling.BILINEAR).point(lambda a: a * 0.45)
    )
    surface.paste((15, 15, 15), (0, 0, frame[0], frame[1]), mask=shadow)
    surface.paste(warped, (bx0, by0), mask=outline)
    photo = surface
    if rng.random() < P_THUMB:
        clutter.thumb(photo, doc_box, rng)
    # Uneven light: a gradient between two corners, built small and upsampled, multiplied in;
    # then a colour cast from per-channel lookup tables (warm indoor light, cool daylight).
    gx = np.linspace(rng.uniform(0.72, 1.0), rng.uniform(0.85, 1.0), 32, dtype=np.float32)
    gy = np.linspace(rng.uniform(0.8, 1.0), rng.uniform(0.8, 1.0), 32, dtype=np.float32)
    light = Image.fromarray((gy[:, None] * gx[None, :] * 255).astype(np.uint8)).resize(frame, Image.Resampling.BILINEAR)
    photo = ImageChops.multiply(photo, Image.merge("RGB", (light, light, light)))
    if rng.random() < P_HAND_SHADOW:
        photo = clutter.hand_shadow(photo, rng)
    if rng.random() < P_GLARE:
        photo = clutter.glare(photo, rng)
    tint = (rng.uniform(0.95, 1.05), 1.0, rng.uniform(0.9, 1.02))
    photo = photo.point([min(255, round(v * tint[band])) for band in range(3) for v in range(256)])
    if rng.random() < 0.35:  # the warp's resampling already softens; some photos are also out of focus
        photo = _soften(photo, rng.uniform(0.5, 1.6))
    if rng.random() < P_CUT_OFF:
        photo = clutter.cut_off(photo, doc_box, rng)
    return _add_noise(photo, nprng, rng.uniform(2, 8))


def encode(img: Image.Image, fmt: str, quality: int = 85) -> bytes:
    buf = io.BytesIO()
    if fmt == "png":
        img.save(buf, format="PNG", compress_level=3)
    else:
        img.convert("RGB").save(buf, format="JPEG", quality=quality, optimize=False)
    return buf.getvalue()


def scanned_page(doc: SyntheticDocument, rng: random.Random, grain: bool = True) -> Image.Image:
    """The page as a scanner sees it; cards and receipts lie on the scanner glass, as photocopies do."""
    drawn = marked_document(doc, rng, P_FOLD_SCAN, gray=True)
    if doc.layout in ("card", "receipt"):
        sheet = Image.new("L", A4_PX, 255)
        item = fit(drawn, round(A4_PX[1] * 0.95)) if doc.layout == "receipt" else drawn
        x = rng.randint(40, max(41, sheet.width - item.width - 40))
        y = rng.randint(40, max(41, sheet.height - item.height - 40))
        sheet.paste(item, (x, y))
        drawn = sheet
    return scan_effects(fit(drawn), rng, grain)


def render_scan(doc: SyntheticDocument, rng: random.Random) -> tuple[bytes, str]:
    """Scanned image bytes and their extension ('png' or 'jpg')."""
    lossless = rng.random() < 0.35
    img = scanned_page(doc, rng, grain=not lossless)
    if lossless:
        return encode(img, "png"), "png"
    return encode(img, "jpeg", rng.randint(15, 35) if rng.random() < P_HEAVY_JPEG_SCAN else rng.randint(40, 88)), "jpg"


def render_scan_pdf(doc: SyntheticDocument, rng: random.Random) -> bytes:
    """A scanner's PDF: the page image (JPEG-compressed) and no text layer.

    Pillow stamps the current time into the PDF info unless told otherwise; a date
    drawn from the RNG keeps the bytes reproducible.
    """
    img = scanned_page(doc, rng)
    stamp = time.gmtime(1_546_300_800 + rng.randint(0, 6 * 365 * 86400))
    buf = io.BytesIO()
    quality = rng.randint(15, 35) if rng.random() < P_HEAVY_JPEG_SCAN else rng.randint(45, 85)
    img.save(buf, format="PDF", resolution=144.0, quality=quality, creationDate=stamp, modDate=stamp)
    return buf.getvalue()


def marked_document(doc: SyntheticDocument, rng: random.Random, p_fold: float, gray: bool = False) -> Image.Image:
    """The drawn document with what was printed or written on it besides its text, sometimes folded.

    ``gray`` hands back a grey image (a scanner's), which makes the fold's shading cheaper.
    """
    img = clutter.mark_document(draw_document(doc, rng), rng, doc.layout)
    if gray:
        img = img.convert("L")
    if rng.random() < p_fold:
        img = clutter.fold(img, rng)
    return img


def render_photo(doc: SyntheticDocument, rng: random.Random) -> bytes:
    img = fit(photo_effects(marked_document(doc, rng, P_FOLD_PHOTO), rng))
    if rng.random() < P_LOW_RES:
        img = fit(img, rng.randint(900, 1150))
    if rng.random() < P_RECOMPRESSED:
        img = Image.open(io.BytesIO(encode(img, "jpeg", rng.randint(30, 60)))).convert("RGB")
    return encode(img, "jpeg", rng.randint(18, 40) if rng.random() < P_HEAVY_JPEG_PHOTO else rng.randint(55, 90))
