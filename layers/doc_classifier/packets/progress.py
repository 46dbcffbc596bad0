"""A packet read in several steps: what the pages read so far left, to read on from the first unread one.

The worker reads a long packet across invocations (``TaskService``): when its time runs out before the page
cap, ``classify_packet(..., resume=...)`` raises ``PacketUnfinished`` with the progress so far, the service
stores it (``to_bytes``: gzipped JSON) and the next invocation reads on from it. The pages are kept as read
(their text, size and source), not as scores: scoring them is cheap next to reading them (OCR), and scoring
every page once at the end gives exactly the per-page results of an uninterrupted reading.
"""

from __future__ import annotations

import gzip
import json
from dataclasses import dataclass, replace
from typing import Any

from doc_classifier.extraction import Page

_FORMAT = 1


@dataclass(frozen=True)
class PacketProgress:
    """The pages read so far (the first ``len(pages)`` of the packet) and what reading them cost."""

    sha256: str = ""  # the packet's: progress is never applied to other bytes ("" before the first page)
    pages: tuple[Page, ...] = ()
    ocr_pages: int = 0
    ocr_seconds: float = 0.0
    read_seconds: float = 0.0
    warnings: tuple[str, ...] = ()
    # Not stored: this step must finish, pages left when its time runs out reported as not read.
    final: bool = False

    @property
    def next_page(self) -> int:
        """0-based index of the first page not read yet."""
        return len(self.pages)

    def finishing(self) -> PacketProgress:
        return replace(self, final=True)

    def to_bytes(self) -> bytes:
        body = {
            "format": _FORMAT,
            "sha256": self.sha256,
            "pages": [
                {
                    "number": p.number,
                    "text": p.text,
                    "ocr_used": p.ocr_used,
                    "size": list(p.size) if p.size is not None else None,
                    "source": p.source,
                }
                for p in self.pages
            ],
            "ocr_pages": self.ocr_pages,
            "ocr_seconds": self.ocr_seconds,
            "read_seconds": self.read_seconds,
            "warnings": list(self.warnings),
        }
        # mtime=0: the same progress is the same bytes
        return gzip.compress(json.dumps(body, separators=(",", ":")).encode("utf-8"), mtime=0)

    @classmethod
    def from_bytes(cls, data: bytes) -> PacketProgress:
        """Raises ValueError for anything ``to_bytes`` did not write."""
        try:
            body: dict[str, Any] = json.loads(gzip.decompress(data))
            if body.get("format") != _FORMAT:
                raise ValueError(f"unknown progress format {body.get('format')!r}")
            pages = tuple(
                Page(
                    int(p["number"]),
                    str(p["text"]),
                    bool(p["ocr_used"]),
                    (float(p["size"][0]), float(p["size"][1])) if p["size"] is not None else None,
                    str(p["source"]),
                )
                for p in body["pages"]
            )
            return cls(
                sha256=str(body["sha256"]),
                pages=pages,
                ocr_pages=int(body["ocr_pages"]),
                ocr_seconds=float(body["ocr_seconds"]),
                read_seconds=float(body["read_seconds"]),
                warnings=tuple(str(w) for w in body["warnings"]),
            )
        except (OSError, EOFError, KeyError, TypeError, IndexError, json.JSONDecodeError) as exc:
            raise ValueError(f"not a packet progress object: {exc}") from exc


class PacketUnfinished(Exception):
    """Time ran out before the packet's page cap: read on from ``progress`` in another step."""

    def __init__(self, progress: PacketProgress, pages_total: int) -> None:
        super().__init__(f"read {progress.next_page} of {pages_total} pages; time ran out")
        self.progress = progress
        self.pages_total = pages_total
