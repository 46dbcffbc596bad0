"""Synthetic multi-page documents and the packets made of them, as page texts with their look.

A long document's first page carries its title and opening blocks; its continuation
pages carry later blocks (more transactions, clauses, findings) and no title, and,
as real ones do only sometimes, a running header with the document's reference
number and a page counter in one of several styles. A packet is 2-8 documents of
one industry (``unknown`` ones among them), either scanned in one pass (every page
the same size and OCR'd) or put together from files of different origins, where a
photographed document's pages each have their own size.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from training.synth.corpus import generate_text
from training.synth.model import Heading, block_lines
from training.synth.noise import degrade_text

# Labels whose documents run to several pages; the others are one page (receipts, ID cards...).
MULTI_PAGE = frozenset(
    {
        "bank_statement",
        "contract",
        "nda",
        "lease",
        "court_filing",
        "power_of_attorney",
        "medical_record",
        "discharge_summary",
        "loan_application",
        "insurance_claim",
        "tax_form",
        "lab_report",
        "utility_bill",
        "invoice",
        "unknown",
    }
)
_SIZES = ((612.0, 792.0), (595.0, 842.0), (612.0, 1008.0), (842.0, 595.0), (250.0, 600.0), (243.0, 153.0))
_COUNTER_STYLES = ("Page {k} of {n}", "{k}/{n}", "- {k} -", "Page: {k}", "Seite {k} von {n}", "Page {k}")


@dataclass(frozen=True)
class SyntheticPage:
    text: str
    size: tuple[float, float]
    ocr_used: bool


@dataclass(frozen=True)
class SyntheticDocumentPages:
    label: str
    pages: tuple[SyntheticPage, ...]


def document_pages(label: str, rng: random.Random, scan: tuple[float, float] | None) -> SyntheticDocumentPages:
    """One document as pages; ``scan``: the packet's page size when it was scanned in one pass."""
    first = generate_text(label, rng)
    pages_wanted = rng.choice((1, 1, 2, 2, 3, 4, 6)) if label in MULTI_PAGE else 1
    texts = [first.text]
    for _ in range(pages_wanted - 1):
        # A continuation page: the body of another document of the kind, without its title or headings.
        more = generate_text(label, rng, template=first.template)
        body = [line for block in more.blocks if not isinstance(block, Heading) for line in block_lines(block)]
        text = "\n".join(body[rng.randint(0, max(0, len(body) // 3)) :])
        # Now and then a page the scanner mangled: the decoder must not split the document there.
        texts.append(degrade_text(text, rng, "heavy") if rng.random() < 0.1 else text)
    reference = f"{rng.choice(('ACCT', 'INV', 'CASE', 'MRN', 'REF', ''))}{rng.randint(10_000, 99_999_999)}"
    header = rng.random() < 0.5 and len(texts) > 1
    counter = rng.random() < 0.45 and len(texts) > 1
    style = rng.choice(_COUNTER_STYLES)
    heading = first.text.strip().splitlines()[0][:60] if first.text.strip() else ""
    size = scan or rng.choice(_SIZES)
    ocr = scan is not None or rng.random() < 0.3
    pages = []
    for k, text in enumerate(texts, start=1):
        lines = [text]
        if header and k > 1:
            lines.insert(0, f"{heading}  {reference}" if rng.random() < 0.7 else heading)
        if header and k == 1:
            lines.insert(0, reference)
        if counter:
            lines.append(style.format(k=k, n=len(texts)))
        pages.append(SyntheticPage("\n".join(lines), _photographed(size, rng) if ocr and not scan else size, ocr))
        if rng.random() < 0.05:  # the blank back of a sheet scanned on both sides
            pages.append(SyntheticPage("", size, ocr))
    return SyntheticDocumentPages(label, tuple(pages))


def _photographed(size: tuple[float, float], rng: random.Random) -> tuple[float, float]:
    """Pages photographed or auto-cropped one by one come out at slightly different sizes."""
    return size[0] * rng.uniform(0.85, 1.15), size[1] * rng.uniform(0.85, 1.15)


def packet(labels: list[str], rng: random.Random) -> list[SyntheticDocumentPages]:
    """2-8 documents drawn from ``labels`` (one industry's, ``unknown`` included), in random order."""
    scan = rng.choice(_SIZES[:3]) if rng.random() < 0.5 else None
    count = rng.randint(2, 8)
    return [document_pages(rng.choice(labels), rng, scan) for _ in range(count)]
