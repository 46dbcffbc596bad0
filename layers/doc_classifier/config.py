"""Limits and thresholds, each overridable from the environment.

The core stays free of pydantic so that importing the classification path is
cheap in a Lambda cold start; values are read once with ``from_env``.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, fields
from typing import Self


def _parse_bool(raw: str) -> bool:
    lowered = raw.strip().lower()
    if lowered in {"1", "true", "yes", "on"}:
        return True
    if lowered in {"0", "false", "no", "off"}:
        return False
    raise ValueError(raw)


def _read_env(cls: type, prefix: str) -> dict[str, object]:
    values: dict[str, object] = {}
    for field in fields(cls):
        raw = os.environ.get(f"{prefix}{field.name.upper()}")
        if raw is None:
            continue
        # A field whose default is None ("decided elsewhere") takes a number when set.
        kind: type = float if field.default is None else type(field.default)
        try:
            values[field.name] = _parse_bool(raw) if kind is bool else kind(raw)
        except ValueError as exc:
            raise ValueError(f"{prefix}{field.name.upper()}={raw!r} is not a valid {kind.__name__}") from exc
    return values


@dataclass(frozen=True)
class ExtractionLimits:
    """Safety limits for reading one document. Env: ``DOC_<FIELD>``, e.g. ``DOC_MAX_BYTES``."""

    max_bytes: int = 50 * 1024 * 1024
    max_pages: int = 5  # first pages are enough to classify
    max_pixels: int = 60_000_000  # per image, before decoding (decompression bombs)
    max_zip_entries: int = 5_000
    max_zip_ratio: float = 100.0  # uncompressed / compressed, per archive
    max_unzipped_bytes: int = 200 * 1024 * 1024
    max_text_chars: int = 200_000
    timeout_seconds: float = 60.0
    ocr_dpi: int = 200
    # Pixels per page given to Tesseract, which cannot be interrupted: this bounds OCR time.
    ocr_max_pixels: int = 6_000_000
    ocr_enabled: bool = True
    min_text_chars_per_page: int = 40  # fewer extracted characters than this sends a PDF page to OCR
    max_attachments: int = 10  # e-mail attachments whose text is extracted (all are listed by name)

    @classmethod
    def from_env(cls) -> Self:
        return cls(**_read_env(cls, "DOC_"))  # type: ignore[arg-type]


@dataclass(frozen=True)
class PacketLimits:
    """Limits for reading a packet page by page (split ``auto``/``per_page``). Env: ``DOC_<FIELD>``.

    Each page is still read under ``ExtractionLimits`` (bytes, pixels, OCR size); these bound the whole.
    """

    max_packet_pages: int = 100  # pages past it are not read and are reported as not read
    # Wall-clock budget for reading a packet; pages left when it runs out are reported as not read.
    packet_timeout_seconds: float = 600.0

    @classmethod
    def from_env(cls) -> Self:
        return cls(**_read_env(cls, "DOC_"))  # type: ignore[arg-type]


@dataclass(frozen=True)
class ClassifierSettings:
    """Decision thresholds. Env: ``CLASSIFIER_<FIELD>``."""

    # Below this confidence the answer is ``unknown``; None uses the threshold the model was trained with.
    unknown_threshold: float | None = None
    default_industry: str = "finance"

    @classmethod
    def from_env(cls) -> Self:
        return cls(**_read_env(cls, "CLASSIFIER_"))  # type: ignore[arg-type]
