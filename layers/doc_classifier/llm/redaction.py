"""Personal data removed from document text before it leaves the service."""

from __future__ import annotations

import re

# Order matters: the longer, more specific patterns run first so that a card number is not
# half-eaten by the phone pattern.
_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("[EMAIL]", re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")),
    ("[IBAN]", re.compile(r"\b[A-Z]{2}\d{2}(?:[ ]?[A-Z0-9]{4}){2,7}(?:[ ]?[A-Z0-9]{1,3})?\b")),
    ("[CARD]", re.compile(r"\b\d{4}(?:[ -]?\d{4}){2}[ -]?\d{1,7}\b")),
    ("[SSN]", re.compile(r"\b\d{3}-\d{2}-\d{4}\b")),
    # International (+44 20 7946 0958), North American ((555) 123-4567) and national (020 7946 0958) forms;
    # dates and invoice numbers have too few digits in the right groups to match.
    ("[PHONE]", re.compile(r"\+\d{1,3}(?:[ .-]?\(?\d{1,4}\)?){2,4}\d*(?!\w)")),
    ("[PHONE]", re.compile(r"(?<!\w)\(?\d{3}\)?[ .-]\d{3}[ .-]\d{4}\b")),
    ("[PHONE]", re.compile(r"\b0\d{2,4}[ .-]\d{3,4}[ .-]?\d{3,4}\b")),
    # Account numbers: unbroken runs of 8+ digits (dates and amounts are broken by separators).
    ("[ACCOUNT]", re.compile(r"\b\d{8,}\b")),
)


def redact(text: str) -> str:
    for replacement, pattern in _PATTERNS:
        text = pattern.sub(replacement, text)
    return text
