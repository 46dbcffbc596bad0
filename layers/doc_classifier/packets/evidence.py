"""What a person looks at to tell where one document ends and the next begins.

Each page yields ``PageCues`` (its page counter, identifiers, running header and
footer lines, size, language); ``boundary_features`` compares a page with the one
before it. The decoder weighs these features with parameters fitted offline on
synthetic packets (``params.json``); nothing here knows any real document.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from doc_classifier.model.features import FeatureVector
from doc_classifier.packets.opening import OpeningModel

# The features ``boundary_features`` returns, in order; ``params.json`` names its weights after them.
FEATURES = (
    "bias",
    "counter_first",  # this page's counter says page 1
    "counter_next",  # this page's counter follows the previous page's (k, then k+1 of the same total)
    "counter_after_last",  # the previous page's counter said it was the last (k of k)
    "counter_mismatch",  # both pages have counters that do not follow each other
    "shared_identifier",  # an account, invoice, case or patient number seen on both pages
    "repeated_line",  # a header or footer line repeated from the previous page
    "similarity",  # cosine of the two pages' word and character n-gram vectors
    "size_change",  # the page size or orientation changes
    "scan_change",  # one page has a text layer, the other had to be OCR'd
    "language_change",
    "title",  # a short title-like line opens the page
    "opening",  # how much the page's first lines open like a document's first page (``opening.py``), in [-1, 1]
    "empty",  # this page has no readable text
)

_COUNTER_PATTERNS = (
    # "Page 2 of 5", "page 2/5", "Seite 2 von 5", "Page 2 sur 5", "Pagina 2 van 5", "Página 2 de 5"
    re.compile(
        r"\b(?:page|pg|p\.|seite|pagina|página)\s*:?\s*(\d{1,3})\s*(?:of|/|von|sur|van|de|di)\s*(\d{1,3})\b",
        re.IGNORECASE,
    ),
    re.compile(r"^\W*(\d{1,3})\s*(?:/|of)\s*(\d{1,3})\W*$", re.IGNORECASE),  # a line that is only "2/5" or "2 of 5"
)
_PAGE_ONLY_PATTERNS = (
    re.compile(r"\b(?:page|seite|pagina|página)\s*:?\s*(\d{1,3})\b", re.IGNORECASE),  # "Page: 7"
    re.compile(r"^\s*[-\u2013\u2014]\s*(\d{1,3})\s*[-\u2013\u2014]\s*$"),  # "- 7 -", en or em dashes too
)
_EDGE_LINES = 3  # counters, running headers and footers live in a page's first and last lines
# An identifier: a run of capitals, digits and inner separators with at least four digits (account,
# invoice, case, claim or patient numbers); dates and amounts break on their "/", "," and "." first.
_IDENTIFIER = re.compile(r"(?<![\w/.,])(?=(?:[A-Z-]*\d){4})[A-Z0-9][A-Z0-9-]{4,}[A-Z0-9](?![\w/]|[.,]\d)")
_DIGITS = re.compile(r"\d+")
_SPACE = re.compile(r"\s+")
_MIN_REPEATED_LINE = 8
_WORD = re.compile(r"[^\W\d_]+")
_STOPWORDS = {
    "en": frozenset(
        [
            "the",
            "and",
            "of",
            "to",
            "in",
            "for",
            "is",
            "on",
            "with",
            "this",
            "that",
            "by",
            "are",
            "from",
            "your",
            "be",
            "as",
            "at",
            "or",
        ]
    ),
    "fr": frozenset(
        [
            "le",
            "la",
            "les",
            "et",
            "des",
            "du",
            "de",
            "un",
            "une",
            "pour",
            "est",
            "dans",
            "sur",
            "par",
            "au",
            "aux",
            "vous",
            "votre",
        ]
    ),
    "de": frozenset(
        [
            "der",
            "die",
            "das",
            "und",
            "ist",
            "nicht",
            "mit",
            "für",
            "von",
            "den",
            "dem",
            "zu",
            "ein",
            "eine",
            "sie",
            "auf",
            "im",
        ]
    ),
    "nl": frozenset(
        ["de", "het", "een", "en", "van", "voor", "met", "niet", "op", "te", "zijn", "uw", "bij", "aan", "dat"]
    ),
    "es": frozenset(
        ["el", "la", "los", "las", "y", "de", "del", "que", "en", "por", "para", "con", "una", "un", "su", "es"]
    ),
}
_MIN_LANGUAGE_WORDS = 5
_TITLE_MAX_WORDS = 6


@dataclass(frozen=True)
class PageCues:
    counter: tuple[int, int | None] | None  # (page number, total or None)
    identifiers: frozenset[str]
    edge_lines: frozenset[str]  # first and last lines, digits folded: running headers and footers
    size: tuple[float, float] | None
    ocr_used: bool
    language: str | None
    title: bool
    opening: float  # OpeningModel.score of the page; 0 for a page without text: it says nothing
    empty: bool


def page_cues(
    text: str, size: tuple[float, float] | None, ocr_used: bool, empty: bool, opening: OpeningModel
) -> PageCues:
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    edges = lines[:_EDGE_LINES] + lines[-_EDGE_LINES:]
    return PageCues(
        counter=page_counter(edges),
        identifiers=frozenset(_IDENTIFIER.findall(text)),
        edge_lines=frozenset(
            folded for line in edges if len(folded := _fold(line)) >= _MIN_REPEATED_LINE and _WORD.search(folded)
        ),
        size=size,
        ocr_used=ocr_used,
        language=_language(text),
        title=_has_title(lines[:_EDGE_LINES]),
        opening=0.0 if empty else opening.score(text),
        empty=empty,
    )


def page_counter(lines: Sequence[str]) -> tuple[int, int | None] | None:
    """The page's own "page k of n" (or "k/n", "Page: k", "- k -") from its first or last lines."""
    for pattern in _COUNTER_PATTERNS:
        for line in lines:
            match = pattern.search(line)
            if match:
                number, total = int(match.group(1)), int(match.group(2))
                if 1 <= number <= total:
                    return number, total
    for pattern in _PAGE_ONLY_PATTERNS:
        for line in lines:
            match = pattern.search(line)
            if match and int(match.group(1)) >= 1:
                return int(match.group(1)), None
    return None


def boundary_features(
    previous: PageCues, current: PageCues, previous_vector: FeatureVector, current_vector: FeatureVector
) -> np.ndarray:
    """The features of "a new document starts at ``current``", in ``FEATURES`` order."""
    prev_counter, counter = previous.counter, current.counter
    follows = bool(
        prev_counter
        and counter
        and counter[0] == prev_counter[0] + 1
        and (counter[1] is None or prev_counter[1] is None or counter[1] == prev_counter[1])
    )
    values = {
        "bias": 1.0,
        "counter_first": float(bool(counter and counter[0] == 1)),
        "counter_next": float(follows),
        "counter_after_last": float(bool(prev_counter and prev_counter[1] and prev_counter[0] == prev_counter[1])),
        "counter_mismatch": float(bool(prev_counter and counter and not follows)),
        "shared_identifier": float(bool(previous.identifiers & current.identifiers)),
        "repeated_line": float(bool(previous.edge_lines & current.edge_lines)),
        "similarity": similarity(previous_vector, current_vector),
        "size_change": float(_size_changed(previous.size, current.size)),
        "scan_change": float(previous.ocr_used != current.ocr_used),
        "language_change": float(
            bool(previous.language and current.language and previous.language != current.language)
        ),
        "title": float(current.title),
        "opening": current.opening,
        "empty": float(current.empty),
    }
    return np.array([values[name] for name in FEATURES], dtype=np.float64)


def counters_agree(previous: PageCues, current: PageCues) -> bool | None:
    """True: both counters say ``current`` continues ``previous``; False: both say it starts anew; None: no say."""
    prev_counter, counter = previous.counter, current.counter
    if not prev_counter or not counter or counter[1] is None or prev_counter[1] is None:
        return None
    if counter[0] == prev_counter[0] + 1 and counter[1] == prev_counter[1]:
        return True
    if counter[0] == 1 and prev_counter[0] == prev_counter[1]:
        return False
    return None


def similarity(a: FeatureVector, b: FeatureVector) -> float:
    if a.indices.size == 0 or b.indices.size == 0:
        return 0.0
    _, ia, ib = np.intersect1d(a.indices, b.indices, assume_unique=True, return_indices=True)
    return float(np.dot(a.values[ia], b.values[ib]))


def _fold(line: str) -> str:
    return _SPACE.sub(" ", _DIGITS.sub("0", line.lower())).strip()


def _size_changed(a: tuple[float, float] | None, b: tuple[float, float] | None) -> bool:
    if a is None or b is None:
        return False
    return abs(a[0] - b[0]) > 0.03 * max(a[0], b[0]) or abs(a[1] - b[1]) > 0.03 * max(a[1], b[1])


def _language(text: str) -> str | None:
    words = [w.lower() for w in _WORD.findall(text[:4000])]
    counts = {lang: sum(w in stop for w in words) for lang, stop in _STOPWORDS.items()}
    best = max(counts, key=lambda lang: counts[lang])
    return best if counts[best] >= _MIN_LANGUAGE_WORDS else None


def _has_title(lines: Sequence[str]) -> bool:
    """A short line of capitalised words near the top, as documents open ("BANK STATEMENT", "Lab Report")."""
    for line in lines:
        words = _WORD.findall(line)
        if 1 <= len(words) <= _TITLE_MAX_WORDS and len(line) <= 60 and not _DIGITS.search(line):
            capitalised = sum(w[0].isupper() for w in words if len(w) > 3)
            long_words = sum(len(w) > 3 for w in words)
            if long_words and capitalised == long_words:
                return True
    return False
