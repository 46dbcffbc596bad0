"""Packets for the service's tests: synthetic documents rendered as real PDFs and put one after another."""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass

from pypdf import PdfReader, PdfWriter

from training.synth.corpus import generate_document


@dataclass(frozen=True)
class Span:
    label: str
    first: int  # 1-based, inclusive
    last: int


def packet_pdf(labels: Sequence[str], seed: int = 11, fmt: str = "pdf") -> tuple[bytes, list[Span]]:
    """One PDF holding a synthetic document of each label in turn (``fmt`` "pdf" or "pdf_scan"), and where each is."""
    writer = PdfWriter()
    spans: list[Span] = []
    for index, label in enumerate(labels):
        data = generate_document(label, seed, index, formats=[fmt])[3]
        reader = PdfReader(io.BytesIO(data))
        first = len(writer.pages) + 1
        for page in reader.pages:
            writer.add_page(page)
        spans.append(Span(label, first, len(writer.pages)))
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue(), spans
