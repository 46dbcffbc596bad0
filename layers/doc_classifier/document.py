"""What extraction hands to the classifier: the text of a document and how it was obtained."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class ExtractedDocument:
    text: str
    media_type: str  # detected from the bytes, e.g. "application/pdf", "image/png"
    byte_size: int
    pages_total: int | None = None  # None where the format has no pages (CSV, e-mail...)
    pages_read: int = 0
    ocr_used: bool = False
    ocr_pages: int = 0
    attachments: list[str] = field(default_factory=list)  # e-mail attachment names
    warnings: list[str] = field(default_factory=list)  # e.g. "read 5 of 15 pages"
    timings_ms: dict[str, float] = field(default_factory=dict)  # "extract", "ocr", ...

    @property
    def text_chars(self) -> int:
        return len(self.text)
