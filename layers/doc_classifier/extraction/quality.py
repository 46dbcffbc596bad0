"""Cheap, language-agnostic signals of whether extracted text is real text.

A PDF font without a usable Unicode map still "extracts": as control
characters, shifted letters or lone glyph fragments. Real text in any
alphabetic language is mostly printable and mostly made of tokens that look
like words (two or more letters with a vowel); garbage fails one of the two.
"""

from __future__ import annotations

import re
import unicodedata

_LETTER_RUN = re.compile(r"[^\W\d_]+")
_UNPRINTABLE = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f\ue000-\uf8ff\ufffc-\uffff]")
_VOWEL = re.compile("[aeiouyàáâãäåæèéêëìíîïòóôõöøùúûüýÿœāăąēĕėęěīĭįōŏőūŭůűų]", re.IGNORECASE)
_BEYOND_LATIN = re.compile("[^\x00-\u024f]")  # Greek, Cyrillic, Arabic, CJK...: no Latin vowels to expect
_SPACES = re.compile(r"[^\S\n\t]+")
_SPACE_AROUND_TAB = re.compile(r" *\t *")
_TRAILING_SPACE = re.compile(r"[ \t]+\n")
_BLANK_LINES = re.compile(r"\n{3,}")

MIN_PRINTABLE_RATIO = 0.9
MIN_WORD_RATIO = 0.6  # natural text in European languages is well above 0.75
MIN_TOKENS_FOR_WORD_RATIO = 8  # fewer tokens say too little to judge


def printable_ratio(text: str) -> float:
    visible = len("".join(text.split()))
    if visible == 0:
        return 1.0
    return 1.0 - len(_UNPRINTABLE.findall(text)) / visible


def word_ratio(text: str) -> float | None:
    """Share of letter tokens that look like words, or None when there are too few tokens to say."""
    tokens = _LETTER_RUN.findall(text)
    if len(tokens) < MIN_TOKENS_FOR_WORD_RATIO:
        return None
    wordlike = sum(1 for token in tokens if len(token) >= 2 and (_VOWEL.search(token) or _BEYOND_LATIN.search(token)))
    return wordlike / len(tokens)


def looks_garbled(text: str) -> bool:
    """True when a text layer is present but is not readable text."""
    if printable_ratio(text) < MIN_PRINTABLE_RATIO:
        return True
    ratio = word_ratio(text)
    return ratio is not None and ratio < MIN_WORD_RATIO


def clean_text(text: str) -> str:
    """Unicode-normalised text without control characters, single-spaced, at most one blank line in a row.

    NFKC folds ligatures (ﬁ), full-width and presentation forms that PDFs and
    OCR produce into the letters a classifier expects.
    """
    text = unicodedata.normalize("NFKC", text.replace("\r\n", "\n").replace("\r", "\n"))
    text = _UNPRINTABLE.sub("", text)
    text = _SPACES.sub(" ", text)
    text = _SPACE_AROUND_TAB.sub("\t", text)
    text = _TRAILING_SPACE.sub("\n", text)
    return _BLANK_LINES.sub("\n\n", text).strip()
