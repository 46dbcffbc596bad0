"""Measure the packet splitter on packets assembled from a labelled folder: ``DIR/<label>/<files>``.

The folder is laid out as ``eval`` reads it. Each packet holds 2-8 documents of one
industry (as ``eval`` maps labels to industries; documents of an ``other`` folder may
join any packet, and their pages must come out ``unknown``), in random order: PDF
pages imported as they are (PDFium), each image as a page of its own at 200 dpi. The
splitter sees only the packet's bytes. Reported: page accuracy, boundary precision and
recall (a boundary is a page that starts a document, the packet's first page aside),
the share of true documents found exactly (same first and last page, same label),
seconds per page, and the documents missed most often and how (``PacketReport.misses``).
"""

from __future__ import annotations

import io
import random
import time
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from doc_classifier.classifier import DocumentClassifier
from doc_classifier.evaluation import labelled_files
from doc_classifier.extraction import detect_media_type
from doc_classifier.extraction.sniff import IMAGE_TYPES, PDF
from doc_classifier.packets import PacketResult, SplitMode, classify_packet
from doc_classifier.packets.decoder import DecoderParams
from doc_classifier.taxonomy import UNKNOWN

MIN_DOCUMENTS, MAX_DOCUMENTS = 2, 8
IMAGE_DPI = 200  # an image becomes a page of its pixel size at this resolution, so OCR sees it at its own size


@dataclass(frozen=True)
class Part:
    label: str  # the right answer for its pages; ``unknown`` for documents of an ``other`` folder
    path: Path


@dataclass
class PacketCase:
    industry: str
    files: list[str]
    truth: list[tuple[str, int, int]]  # (label, first page, last page) per document
    predicted: list[tuple[str, int, int]]
    page_truth: list[str]
    page_predicted: list[str]
    seconds: float
    ocr_pages: int
    ocr_seconds: float


@dataclass
class PacketReport:
    seed: int
    cases: list[PacketCase] = field(default_factory=list)

    def summary(self) -> dict[str, Any]:
        pages = sum(len(c.page_truth) for c in self.cases)
        right_pages = sum(t == p for c in self.cases for t, p in zip(c.page_truth, c.page_predicted, strict=True))
        true_starts = {(i, first) for i, c in enumerate(self.cases) for _, first, _ in c.truth if first > 1}
        found_starts = {(i, first) for i, c in enumerate(self.cases) for _, first, _ in c.predicted if first > 1}
        documents = sum(len(c.truth) for c in self.cases)
        exact = sum(len(set(c.truth) & set(c.predicted)) for c in self.cases)
        seconds = sum(c.seconds for c in self.cases)
        ocr_pages = sum(c.ocr_pages for c in self.cases)
        ocr_seconds = sum(c.ocr_seconds for c in self.cases)
        # Time outside OCR is spread over every page; a scanned page also pays its own OCR.
        per_text_page = (seconds - ocr_seconds) / pages if pages else 0.0
        return {
            "seed": self.seed,
            "packets": len(self.cases),
            "documents": documents,
            "pages": pages,
            "page_accuracy": _ratio(right_pages, pages),
            "boundary_precision": _ratio(len(true_starts & found_starts), len(found_starts)),
            "boundary_recall": _ratio(len(true_starts & found_starts), len(true_starts)),
            "exact_documents": _ratio(exact, documents),
            "seconds_per_page": round(seconds / pages, 4) if pages else 0.0,
            "seconds_per_text_page": round(per_text_page, 4),
            "seconds_per_scanned_page": round(per_text_page + ocr_seconds / ocr_pages, 4) if ocr_pages else None,
            "scanned_pages": ocr_pages,
        }

    def misses(self) -> list[dict[str, Any]]:
        """Each document not always found exactly: how often it was cut in two (a boundary inside it), joined to
        a neighbour (no boundary where it starts or ends) or given another label over its exact pages; most
        missed first. A document that appears in several packets is counted in each."""
        seen: dict[str, dict[str, Any]] = {}
        for case in self.cases:
            starts = {first for _, first, _ in case.predicted}
            labels = {(first, last): label for label, first, last in case.predicted}
            pages = len(case.page_truth)
            for name, document in zip(case.files, case.truth, strict=True):
                label, first, last = document
                row = seen.setdefault(
                    name, {"file": name, "label": label, "missed": 0, "of": 0, "cut": 0, "joined": 0, "labelled": 0}
                )
                row["of"] += 1
                if document in case.predicted:
                    continue
                row["missed"] += 1
                row["cut"] += any(first < start <= last for start in starts)
                row["joined"] += first not in starts or (last < pages and last + 1 not in starts)
                row["labelled"] += labels.get((first, last), label) != label
        return sorted((r for r in seen.values() if r["missed"]), key=lambda r: (-r["missed"], r["file"]))


def _ratio(numerator: int, denominator: int) -> float:
    return round(numerator / denominator, 4) if denominator else 1.0


def plan_packets(classifier: DocumentClassifier, root: Path, seed: int, count: int) -> list[tuple[str, list[Part]]]:
    """``count`` packets as (industry, documents in packet order), drawn reproducibly from ``seed``."""
    default = classifier.settings.default_industry
    pools: dict[str, list[Part]] = defaultdict(list)
    others: list[Part] = []
    for label, path in labelled_files(root):
        if label == UNKNOWN:
            others.append(Part(UNKNOWN, path))
        else:
            pools[classifier.taxonomy.industry_of(label, preferred=(default,))].append(Part(label, path))
    for pool in pools.values():
        pool.extend(others)
    industries = sorted(industry for industry, pool in pools.items() if len(pool) >= MIN_DOCUMENTS)
    if not industries:
        raise ValueError(f"{root} has no industry with {MIN_DOCUMENTS} or more documents to make a packet of")
    rng = random.Random(seed)
    plans = []
    for _ in range(count):
        industry = rng.choice(industries)
        pool = pools[industry]
        size = rng.randint(MIN_DOCUMENTS, min(MAX_DOCUMENTS, len(pool)))
        plans.append((industry, rng.sample(pool, size)))  # a sample is in random order
    return plans


def assemble(paths: list[Path]) -> tuple[bytes, list[int]]:
    """One PDF of the documents in order, and each document's page count."""
    import pypdfium2 as pdfium  # noqa: PLC0415

    packet = pdfium.PdfDocument.new()
    counts = []
    try:
        for path in paths:
            data = path.read_bytes()
            media_type = detect_media_type(data)
            if media_type in IMAGE_TYPES:
                data = _image_as_pdf(data)
            elif media_type != PDF:
                raise ValueError(f"{path}: only PDF and image documents can be assembled into a packet")
            before = len(packet)
            source = pdfium.PdfDocument(data)
            try:
                packet.import_pages(source)
            finally:
                source.close()
            counts.append(len(packet) - before)
        buffer = io.BytesIO()
        packet.save(buffer)
    finally:
        packet.close()
    return buffer.getvalue(), counts


def _image_as_pdf(data: bytes) -> bytes:
    """A one-page PDF showing the image (upright, as a scanner would deliver it) at ``IMAGE_DPI``."""
    from PIL import Image, ImageOps  # noqa: PLC0415

    with Image.open(io.BytesIO(data)) as opened:
        image = ImageOps.exif_transpose(opened).convert("RGB")
    buffer = io.BytesIO()
    image.save(buffer, format="PDF", resolution=IMAGE_DPI)
    return buffer.getvalue()


def evaluate_packets(
    classifier: DocumentClassifier,
    root: Path,
    seed: int,
    count: int,
    progress: Any = None,
    *,
    params: DecoderParams | None = None,
) -> PacketReport:
    """``params``: the decoder's (the packaged ones when not given), to measure a new fit before packaging it."""
    report = PacketReport(seed)
    plans = plan_packets(classifier, root, seed, count)
    for done, (industry, parts) in enumerate(plans, start=1):
        data, counts = assemble([part.path for part in parts])
        truth, page_truth, first = [], [], 1
        for part, pages in zip(parts, counts, strict=True):
            truth.append((part.label, first, first + pages - 1))
            page_truth.extend([part.label] * pages)
            first += pages
        started = time.perf_counter()
        result = classify_packet(classifier, data, industry, SplitMode.AUTO, params=params)
        seconds = time.perf_counter() - started
        report.cases.append(_case(industry, parts, (truth, page_truth), result, seconds))
        if progress:
            progress(done, len(plans))
    return report


def _case(
    industry: str,
    parts: list[Part],
    answers: tuple[list[tuple[str, int, int]], list[str]],
    result: PacketResult,
    seconds: float,
) -> PacketCase:
    truth, page_truth = answers
    predicted = [(d.file_class, d.pages[0], d.pages[1]) for d in result.documents]
    by_page = {p.page: p.file_class for p in result.pages}
    return PacketCase(
        industry=industry,
        files=[f"{part.path.parent.name}/{part.path.name}" for part in parts],
        truth=truth,
        predicted=predicted,
        page_truth=page_truth,
        page_predicted=[by_page.get(page, "not_read") for page in range(1, len(page_truth) + 1)],
        seconds=round(seconds, 4),
        ocr_pages=int(result.metadata["ocr_pages"]),
        ocr_seconds=float(result.metadata["timings_ms"]["ocr"]) / 1000,
    )
