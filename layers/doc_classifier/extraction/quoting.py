"""Strings the sender chose (attachment, file and part names, declared types) made fit to quote in a warning,
an error message or a log line, and the warnings of a result kept to a bounded list.

A name is the sender's to choose: 50,000 characters, newlines that forge a log line, bidirectional overrides that
make ``invoice<U+202E>fdp.exe`` display as ``invoiceexe.pdf``. Quoted, it is one line without control or format
characters, and a long one keeps its start and its end (where a file name's extension is) around an ellipsis.
"""

from __future__ import annotations

from collections.abc import Iterable

ELLIPSIS = "\u2026"
# The share of a shortened name kept from its end: enough for any extension and the characters before it.
_END_SHARE = 3


def one_line(text: str) -> str:
    """``text`` without control or format characters, each run of whitespace (newlines included) one space."""
    if text.isprintable() and "  " not in text:
        return text.strip()
    # Not printable: C0/C1 controls, format characters (bidi overrides, zero-width), separators other than " ".
    kept = "".join(c for c in text if c.isprintable() or c.isspace())
    return " ".join(kept.split())


def shorten(text: str, max_chars: int) -> str:
    """``one_line(text)`` in at most ``max_chars`` characters: the middle of a longer one replaced by an ellipsis."""
    window = 2 * max_chars
    if len(text) > 2 * window:
        # Only the ends are shown: cleaning the middle of a huge name would be wasted work.
        text = text[:window] + ELLIPSIS + text[-window:]
    line = one_line(text)
    if len(line) <= max_chars:
        return line
    end = (max_chars - 1) // _END_SHARE
    start = max_chars - 1 - end
    return line[:start] + ELLIPSIS + line[len(line) - end :]


def quote(text: str, max_chars: int) -> str:
    """``shorten(text, max_chars)`` in single quotes, as a warning names a file."""
    return f"'{shorten(text, max_chars)}'"


def bounded_warnings(warnings: Iterable[str], max_warnings: int) -> list[str]:
    """The first ``max_warnings`` distinct warnings, then one entry saying how many more there were."""
    distinct = list(dict.fromkeys(warnings))
    if len(distinct) <= max_warnings:
        return distinct
    more = len(distinct) - max_warnings
    return [*distinct[:max_warnings], f"{more} more warning{'s' if more > 1 else ''} not listed"]
