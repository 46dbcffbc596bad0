"""State shared by the readers of one document: limits, deadline, OCR accounting and warnings."""

from __future__ import annotations

from dataclasses import dataclass, field

from doc_classifier.config import ExtractionLimits
from doc_classifier.extraction.quoting import one_line, quote
from doc_classifier.extraction.safety import Deadline


@dataclass
class Job:
    """One call to ``extract``; attachments share its limits and deadline, so they hold overall."""

    limits: ExtractionLimits
    deadline: Deadline
    depth: int = 0  # attachment nesting level
    ocr_pages: int = 0
    ocr_seconds: float = 0.0
    warnings: list[str] = field(default_factory=list)

    def warn(self, message: str) -> None:
        """Note ``message`` once; names in it go through ``quote``. A result lists the first ``max_warnings``."""
        message = one_line(message)  # a warning is also a log line: never more than one
        if message not in self.warnings:
            self.warnings.append(message)

    def quote(self, name: str) -> str:
        """A name the sender chose, fit for a warning or an error message (one line, ``max_name_chars``)."""
        return quote(name, self.limits.max_name_chars)


@dataclass
class Content:
    """What a format reader found; ``extract`` turns it into an ExtractedDocument."""

    text: str
    pages_total: int | None = None
    pages_read: int = 0
    attachments: list[str] = field(default_factory=list)
