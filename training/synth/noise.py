"""Text degradations: what typing, PDF extraction and OCR do to a document's words.

Images get real OCR errors when training runs the extractor over them, so these
functions mostly serve text-only samples and text renderings that stand for an
OCR text layer. ``scribble`` stands for handwriting, which OCR mostly turns into junk.
"""

from __future__ import annotations

import random
from typing import Literal

from training.synth.model import SyntheticDocument

NoiseLevel = Literal["clean", "typos", "ocr", "heavy"]
NOISE_LEVELS: tuple[NoiseLevel, ...] = ("clean", "typos", "ocr", "heavy")

# Substitutions OCR engines really make on print, both ways round for the symmetric ones.
OCR_CONFUSIONS: tuple[tuple[str, str], ...] = (
    ("rn", "m"),
    ("m", "rn"),
    ("0", "O"),
    ("O", "0"),
    ("1", "l"),
    ("l", "1"),
    ("I", "l"),
    ("l", "I"),
    ("5", "S"),
    ("S", "5"),
    ("8", "B"),
    ("B", "8"),
    ("cl", "d"),
    ("d", "cl"),
    ("e", "c"),
    ("c", "e"),
    ("a", "o"),
    (",", "."),
    (".", ","),
    ("vv", "w"),
    ("h", "li"),
    ("n", "ii"),
    ("t", "f"),
    ("i", "1"),
    ("u", "v"),
    ("g", "q"),
    ("2", "Z"),
    ("6", "G"),
    ("€", "C"),
    ("£", "E"),
    ("$", "S"),
    ("ä", "a"),
    ("é", "e"),
    ("ü", "u"),
    ("ö", "o"),
    (":", ";"),
    ("-", "~"),
    ("/", "l"),
)
JUNK = ("|", "~", "_", "'", "`", "—", ";", "\u2018", ".", ",", "»", "«", "=", "-", "\\", "*")
KEYBOARD_NEIGHBOURS = {
    "a": "qsz",
    "e": "wrd",
    "i": "uok",
    "o": "ipl",
    "n": "bm",
    "s": "adw",
    "t": "ryg",
    "r": "etf",
    "l": "kop",
    "c": "xv",
    "m": "n",
    "u": "yi",
    "d": "sf",
}


def typo(word: str, rng: random.Random) -> str:
    if len(word) < 4:
        return word
    i = rng.randrange(1, len(word) - 1)
    kind = rng.randrange(4)
    if kind == 0:  # swapped letters
        return word[: i - 1] + word[i] + word[i - 1] + word[i + 1 :]
    if kind == 1:  # dropped letter
        return word[:i] + word[i + 1 :]
    if kind == 2:  # doubled letter
        return word[:i] + word[i] + word[i:]
    near = KEYBOARD_NEIGHBOURS.get(word[i].lower())
    return word[:i] + (rng.choice(near) if near else word[i]) + word[i + 1 :]


def add_typos(text: str, rng: random.Random, rate: float) -> str:
    words = text.split(" ")
    return " ".join(typo(w, rng) if rng.random() < rate else w for w in words)


def ocr_confuse(text: str, rng: random.Random, rate: float) -> str:
    """Apply OCR confusions at roughly ``rate`` per character."""
    out: list[str] = []
    i = 0
    while i < len(text):
        if rng.random() < rate:
            for wrong, right in rng.sample(OCR_CONFUSIONS, 6):
                if text.startswith(wrong, i):
                    out.append(right)
                    i += len(wrong)
                    break
            else:
                out.append(text[i])
                i += 1
        else:
            out.append(text[i])
            i += 1
    return "".join(out)


def drop_spaces(text: str, rng: random.Random, rate: float) -> str:
    return "".join(ch for ch in text if not (ch == " " and rng.random() < rate))


def split_words(text: str, rng: random.Random, rate: float) -> str:
    """Spurious spaces inside words, as letter-spaced headings and some PDFs produce."""
    return "".join(ch + (" " if ch.isalpha() and rng.random() < rate else "") for ch in text)


def junk(text: str, rng: random.Random, rate: float) -> str:
    """Stray marks OCR reads from specks, rules and table borders."""
    if rng.random() >= rate:
        return text
    mark = "".join(rng.choice(JUNK) for _ in range(rng.randint(1, 3)))
    return f"{mark} {text}" if rng.random() < 0.5 else f"{text} {mark}"


def break_line(text: str, rng: random.Random, rate: float) -> str:
    if len(text) < 30 or rng.random() >= rate:
        return text
    cut = text.find(" ", rng.randrange(10, len(text) - 10))
    return text if cut < 0 else text[:cut] + "\n" + text[cut + 1 :]


def scribble(text: str, rng: random.Random, legibility: float) -> str:
    """What OCR makes of handwriting: at best a few recognisable fragments in a lot of junk.

    ``legibility`` is the share of words that come through whole. It is drawn once per document:
    a doctor's scrawl is often read as nothing but junk, a careful hand gives the odd drug name.
    """
    out: list[str] = []
    for word in text.split():
        roll = rng.random()
        if roll < legibility and len(word) > 1:
            out.append(word)
        elif roll < legibility + 0.25:
            out.append(ocr_confuse(word, rng, 0.5))
        elif roll < 0.85:
            length = max(1, len(word) + rng.randint(-2, 2))
            pool = "aeimnoruvwlhtcs1l|/\\-~.,'" + word
            out.append("".join(rng.choice(pool) for _ in range(length)))
        # else: the word is lost altogether
    if rng.random() < 0.5:
        out.insert(rng.randrange(len(out) + 1), rng.choice(JUNK) * rng.randint(1, 3))
    return " ".join(out)


def handwriting_legibility(rng: random.Random) -> float:
    """How much of one document's handwriting OCR gets right: often nothing at all."""
    return rng.choice((0.0, rng.uniform(0.0, 0.1), rng.uniform(0.1, 0.3)))


def degrade_text(text: str, rng: random.Random, level: NoiseLevel) -> str:
    if level == "clean" or not text:
        return text
    if level == "typos":
        return add_typos(text, rng, 0.03)
    if level == "ocr":
        text = ocr_confuse(text, rng, 0.015)
        text = drop_spaces(text, rng, 0.02)
        text = junk(text, rng, 0.05)
        return break_line(text, rng, 0.05)
    text = ocr_confuse(text, rng, 0.06)
    text = drop_spaces(text, rng, 0.06)
    text = split_words(text, rng, 0.01)
    text = add_typos(text, rng, 0.05)
    text = junk(text, rng, 0.2)
    return break_line(text, rng, 0.15)


def degrade(doc: SyntheticDocument, rng: random.Random, level: NoiseLevel, *, hand_to_ocr: bool) -> SyntheticDocument:
    """``doc`` with ``level`` noise; with ``hand_to_ocr`` its handwriting becomes OCR junk."""
    if hand_to_ocr and doc.has_handwriting:
        legibility = handwriting_legibility(rng)
        doc = doc.map_text(lambda s: scribble(s, rng, legibility), only_hand=True)
    if level == "clean":
        return doc
    return doc.map_text(lambda s: degrade_text(s, rng, level))


# How documents of each label usually reach a text extractor: identity documents and
# shop receipts are photographed, court opinions are born-digital PDFs.
NOISE_PROFILE: dict[str, tuple[float, float, float, float]] = {
    # clean, typos, ocr, heavy
    "drivers_license": (0.15, 0.05, 0.45, 0.35),
    "passport": (0.15, 0.05, 0.45, 0.35),
    "receipt": (0.25, 0.05, 0.45, 0.25),
    "prescription": (0.3, 0.05, 0.4, 0.25),
    "court_filing": (0.75, 0.1, 0.12, 0.03),
    "contract": (0.65, 0.1, 0.2, 0.05),
    "nda": (0.65, 0.1, 0.2, 0.05),
}
DEFAULT_PROFILE = (0.55, 0.1, 0.28, 0.07)


def sample_level(label: str, rng: random.Random) -> NoiseLevel:
    weights = NOISE_PROFILE.get(label, DEFAULT_PROFILE)
    return rng.choices(NOISE_LEVELS, weights=weights)[0]
