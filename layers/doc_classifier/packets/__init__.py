"""Packets: one upload holding several documents, split into its documents with a label for every page.

``classify_packet`` reads the file page by page (``extraction.read_pages``), asks the
local model about each page within the industry, gathers the boundary evidence a
person would use (page counters, repeated identifiers and headers, a title, a change
of layout, scan or language: ``evidence.py``), reads each candidate document's pages
as one text (``segments.py``) and lets ``decoder.decode`` choose the segmentation.
``SplitMode.NONE`` is the single-document path, unchanged.

The packet's own ``file_class`` is its first document's that is not ``unknown``
(``unknown`` only when every document is): a packet opens with its main document
(the application, the contract, the referral) and cover or separator pages are
skipped; the same rule reads a one-document file as before.
"""

from __future__ import annotations

import hashlib
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import numpy as np

from doc_classifier.config import PacketLimits
from doc_classifier.errors import ProcessingTimeout
from doc_classifier.extraction import Page, PageStream, count_pages, read_pages
from doc_classifier.extraction.quoting import bounded_warnings
from doc_classifier.model.features import FeatureVector, featurize
from doc_classifier.model.linear import MIN_WORDS, industry_scores
from doc_classifier.packets.decoder import DecoderParams, Segment, boundary_logits, decode, packaged_params
from doc_classifier.packets.evidence import FEATURES, PageCues, boundary_features, counters_agree, page_cues
from doc_classifier.packets.opening import OpeningModel, packaged_opening
from doc_classifier.packets.progress import PacketProgress, PacketUnfinished
from doc_classifier.packets.segments import TextScorer, segment_texts
from doc_classifier.result import Alternative
from doc_classifier.split_mode import SplitMode
from doc_classifier.taxonomy import AUTO, UNKNOWN

if TYPE_CHECKING:
    from doc_classifier.classifier import DocumentClassifier
    from doc_classifier.packets.escalation import PageEscalation

__all__ = [
    "LOCAL_MODEL",
    "PacketDocument",
    "PacketProgress",
    "PacketResult",
    "PacketUnfinished",
    "PageResult",
    "PageView",
    "SplitMode",
    "classify_packet",
    "count_pages",
    "decide",
    "neighbours",
    "score_pages",
    "split_pages",
    "text_scorer",
]


LOCAL_MODEL = "local_model"  # who decided a page when no LLM tier did
_SAID_LOGIT = 1.0  # boundary evidence that adds this much to a boundary's logit is named in the reasoning
_STARTING_SAID = {
    "counter_first": "a page counter at page 1",
    "counter_after_last": "the page before it was the last its counter counted",
    "title": "a title",
    "opening": "an opening like a first page's",
    "size_change": "another paper size",
    "scan_change": "a change between scanned and text pages",
    "language_change": "another language",
}


@dataclass(frozen=True)
class PageResult:
    page: int  # 1-based
    file_class: str
    confidence: float
    ocr_used: bool
    classifier: str = LOCAL_MODEL  # whose reading of the page went into the split: the local model or an LLM tier


@dataclass(frozen=True)
class PacketDocument:
    file_class: str
    confidence: float
    pages: tuple[int, int]  # first and last page, 1-based, inclusive
    reasoning: str


@dataclass(frozen=True)
class PacketResult:
    file_class: str
    confidence: float
    industry: str
    reasoning: str
    alternatives: tuple[Alternative, ...]
    metadata: dict[str, Any]
    documents: tuple[PacketDocument, ...]
    pages: tuple[PageResult, ...]
    pages_total: int
    pages_read: int
    pages_not_read: int

    def to_dict(self) -> dict[str, Any]:
        """The JSON object the API and ``doc-classifier classify --json`` answer with."""
        return {
            "file_class": self.file_class,
            "confidence": self.confidence,
            "industry": self.industry,
            "reasoning": self.reasoning,
            "alternatives": [{"label": a.label, "probability": a.probability} for a in self.alternatives],
            "metadata": self.metadata,
            "documents": [
                {
                    "file_class": d.file_class,
                    "confidence": d.confidence,
                    "pages": list(d.pages),
                    "reasoning": d.reasoning,
                }
                for d in self.documents
            ],
            "pages": [
                {"page": p.page, "file_class": p.file_class, "confidence": p.confidence, "classifier": p.classifier}
                for p in self.pages
            ],
        }


@dataclass
class PageView:
    """One page as the splitter sees it: its label distribution, features and cues."""

    page: Page
    vector: FeatureVector
    probabilities: np.ndarray
    cues: PageCues
    empty: bool = field(default=False)


def classify_packet(
    classifier: DocumentClassifier,
    data: bytes,
    industry: str | None,
    mode: SplitMode,
    *,
    limits: PacketLimits | None = None,
    params: DecoderParams | None = None,
    resume: PacketProgress | None = None,
    escalate_pages: PageEscalation | None = None,
) -> PacketResult:
    """Split ``data`` into documents (``mode``) and label each page; DocumentClassifier.classify_packet calls this.

    With ``resume`` (``PacketProgress()`` for a first step) the reading goes on from its first unread page and,
    unless ``resume.final``, time running out before the page cap raises ``PacketUnfinished`` with the
    progress so far instead of answering for part of the packet. ``escalate_pages`` may read again the pages
    the local model is unsure of (``escalation.py``) once all are read, before the split."""
    if mode == SplitMode.NONE:
        return _single(classifier, data, industry)
    industry_id = classifier.resolve_industry(industry)
    limits = limits or classifier.packet_limits
    started = time.perf_counter()
    sha256 = hashlib.sha256(data).hexdigest()
    if resume is not None and resume.sha256 not in ("", sha256):
        raise ValueError("the progress given is another packet's")
    stream = read_pages(data, classifier.limits, limits, start=resume.next_page if resume is not None else 0)
    params = params or packaged_params()
    if resume is None:
        labels, views = score_pages(classifier, stream, industry_id, params.opening)
    else:
        # Scored once, all together, when the reading is done: the same per-page results as one reading.
        pages = (*resume.pages, *stream)
        if stream.timed_out and not resume.final:
            raise PacketUnfinished(_progress(resume, stream, pages, sha256, started), stream.pages_total)
        labels, views = score_pages(classifier, pages, industry_id, params.opening)
    earlier = resume or PacketProgress()
    if not views:
        if stream.timed_out:
            raise ProcessingTimeout(f"no page was read within {limits.packet_timeout_seconds:g} s")
        raise ProcessingTimeout("no page could be read")  # pragma: no cover - read_pages raises first
    read_done = time.perf_counter()
    escalation = None if escalate_pages is None else escalate_pages(industry_id, labels, views, stream.pages_total)
    escalated = time.perf_counter()
    if mode == SplitMode.PER_PAGE:
        segments = [_single_page_segment(i, view) for i, view in enumerate(views)]
    else:
        segments = split_pages(views, params, labels, text_scorer(classifier, industry_id))
    threshold = classifier.unknown_threshold
    documents: list[PacketDocument] = []
    page_results: list[PageResult] = []
    decided: list[tuple[str, float, np.ndarray]] = []
    for segment in segments:
        label, confidence = decide(labels, segment.distribution, threshold)
        decided.append((label, confidence, segment.distribution))
        documents.append(
            PacketDocument(
                label,
                confidence,
                (views[segment.first].page.number, views[segment.last].page.number),
                _reasoning(
                    classifier, views, segment, label, confidence, split=params if mode == SplitMode.AUTO else None
                ),
            )
        )
        for view in views[segment.first : segment.last + 1]:
            decider = LOCAL_MODEL if escalation is None else escalation.deciders.get(view.page.number, LOCAL_MODEL)
            page_results.append(PageResult(view.page.number, label, confidence, view.page.ocr_used, decider))
    main = next((i for i, (label, _, _) in enumerate(decided) if label != UNKNOWN), 0)
    file_class, confidence, distribution = decided[main]
    finished = time.perf_counter()
    found_industry = industry_id
    if industry_id == AUTO and file_class != UNKNOWN:
        found_industry = classifier.taxonomy.industry_of(file_class)
    ocr_pages = earlier.ocr_pages + stream.job.ocr_pages
    metadata = {
        "sha256": sha256,
        "media_type": stream.media_type,
        "bytes": len(data),
        "split": str(mode),
        "pages_total": stream.pages_total,
        "pages_read": stream.pages_read,
        "pages_not_read": stream.pages_not_read,
        "text_chars": sum(len(v.page.text) for v in views),
        "ocr_used": ocr_pages > 0,
        "ocr_pages": ocr_pages,
        "warnings": bounded_warnings([*earlier.warnings, *stream.warnings], stream.job.limits.max_warnings),
        "classifier": "local_model",
        "model_version": classifier.model_version,
        "timings_ms": {  # an earlier step's reading included
            "read_and_score_pages": round((earlier.read_seconds + read_done - started) * 1000, 2),
            "ocr": round((earlier.ocr_seconds + stream.job.ocr_seconds) * 1000, 2),
            "split": round((finished - escalated) * 1000, 2),
            **({} if escalation is None else {"llm": round((escalated - read_done) * 1000, 2)}),
            "total": round((earlier.read_seconds + finished - started) * 1000, 2),
        },
        **({} if escalation is None else escalation.metadata),
    }
    order = np.argsort(-distribution, kind="stable")[:3]
    return PacketResult(
        file_class=file_class,
        confidence=confidence,
        industry=found_industry,
        reasoning=_packet_reasoning(classifier, documents, main),
        alternatives=tuple(Alternative(labels[i], round(float(distribution[i]), 4)) for i in order),
        metadata=metadata,
        documents=tuple(documents),
        pages=tuple(page_results),
        pages_total=stream.pages_total,
        pages_read=stream.pages_read,
        pages_not_read=stream.pages_not_read,
    )


def _progress(
    earlier: PacketProgress, stream: PageStream, pages: tuple[Page, ...], sha256: str, started: float
) -> PacketProgress:
    """``earlier`` and what this step read; the note saying where time ran out is not kept (reading goes on)."""
    warnings = [*earlier.warnings, *(w for w in stream.warnings if w != stream.stop_note and w not in earlier.warnings)]
    return PacketProgress(
        sha256=sha256,
        pages=pages,
        ocr_pages=earlier.ocr_pages + stream.job.ocr_pages,
        ocr_seconds=earlier.ocr_seconds + stream.job.ocr_seconds,
        read_seconds=earlier.read_seconds + time.perf_counter() - started,
        warnings=tuple(warnings),
    )


def _single(classifier: DocumentClassifier, data: bytes, industry: str | None) -> PacketResult:
    """``SplitMode.NONE``: today's single-document answer, as one document over the pages read."""
    result = classifier.classify(data, industry)
    metadata = result.metadata
    pages_total = metadata["pages_total"] or 1
    pages_read = metadata["pages_read"] or 1
    document = PacketDocument(result.file_class, result.confidence, (1, pages_read), result.reasoning)
    return PacketResult(
        file_class=result.file_class,
        confidence=result.confidence,
        industry=result.industry,
        reasoning=result.reasoning,
        alternatives=tuple(result.alternatives),
        metadata=metadata,
        documents=(document,),
        pages=(),
        pages_total=pages_total,
        pages_read=pages_read,
        pages_not_read=pages_total - pages_read,
    )


def score_pages(
    classifier: DocumentClassifier, pages: Iterable[Page], industry: str, opening: OpeningModel | None = None
) -> tuple[tuple[str, ...], list[PageView]]:
    """Each page's label distribution within the industry, read and scored one page at a time, and its cues
    (``opening``: the first-page model the decoder parameters were fitted with, the packaged one by default)."""
    opening = opening or packaged_opening()
    model = classifier.model
    index = {label: i for i, label in enumerate(model.classes)}
    categories = classifier.taxonomy.industry(industry).category_ids
    labels: tuple[str, ...] = ()
    views: list[PageView] = []
    for page in pages:
        vector = featurize(page.text)
        scores = industry_scores(index, model.probabilities(vector), categories)
        labels = scores.labels
        empty = len(vector.words) < MIN_WORDS
        probabilities = np.full(len(labels), 1.0 / len(labels)) if empty else scores.probabilities
        cues = page_cues(page.text, page.size, page.ocr_used, empty, opening)
        views.append(PageView(page, vector, probabilities, cues, empty))
    return labels, views


def text_scorer(classifier: DocumentClassifier, industry: str) -> TextScorer:
    """The label distribution of a text within the industry, as ``score_pages`` gives a page's."""
    model = classifier.model
    index = {label: i for i, label in enumerate(model.classes)}
    categories = classifier.taxonomy.industry(industry).category_ids

    def score(text: str) -> np.ndarray:
        vector = featurize(text)
        scores = industry_scores(index, model.probabilities(vector), categories)
        return np.zeros(len(scores.labels)) if len(vector.words) < MIN_WORDS else scores.probabilities

    return score


def split_pages(
    views: list[PageView],
    params: DecoderParams,
    labels: tuple[str, ...],
    score_text: TextScorer | None = None,
) -> list[Segment]:
    """The documents among scored pages (the synthetic-packet fitting in ``training`` calls it too);
    ``labels`` (``score_pages``'s) name the pages' labels, for their length prior; ``score_text``
    (``text_scorer``) reads candidate documents as one text, without it pages alone speak."""
    if len(views) == 1:  # no boundary to weigh
        return [_single_page_segment(0, views[0])]
    features, agree = [], []
    for before, after in neighbours(views):
        features.append(boundary_features(before.cues, after.cues, before.vector, after.vector))
        # Pages of different e-mail attachments are different files: a boundary, as when counters restart.
        agree.append(False if before.page.source != after.page.source else counters_agree(before.cues, after.cues))
    logits = boundary_logits(np.array(features).reshape(len(views) - 1, -1), agree, params)
    probabilities = np.array([view.probabilities for view in views])
    empty = np.array([view.empty for view in views], dtype=bool)
    texts = None
    if score_text is not None and params.segment_weight:
        forced = [True, *(logits >= params.counter_override)]
        page_rows = np.where(empty[:, None], 0.0, probabilities)
        texts = segment_texts([v.page.text for v in views], page_rows, forced, score_text, params.segment_max_pages)
    return decode(probabilities, empty, logits, params, texts, labels=labels)


def neighbours(views: list[PageView]) -> list[tuple[PageView, PageView]]:
    """Each page after the first with the page it is compared to: the last one before it that has text,
    so a blank page (a scanned back side) neither cuts nor links the pages around it."""
    pairs = []
    last_with_text = views[0]
    for view in views[1:]:
        pairs.append((last_with_text, view))
        if not view.empty:
            last_with_text = view
    return pairs


def _single_page_segment(index: int, view: PageView) -> Segment:
    label = int(np.argmax(view.probabilities))
    return Segment(index, index, label, view.probabilities)


def decide(labels: tuple[str, ...], distribution: np.ndarray, threshold: float) -> tuple[str, float]:
    """As for a single document: the likeliest label, ``unknown`` when no category reaches the threshold."""
    best = int(np.argmax(distribution))
    confidence = float(distribution[best])
    if labels[best] != UNKNOWN and confidence < threshold:
        return UNKNOWN, round(float(distribution[labels.index(UNKNOWN)]), 4)
    return labels[best], round(confidence, 4)


def _pages_text(first: int, last: int) -> str:
    return f"page {first}" if first == last else f"pages {first}-{last}"


def _reasoning(
    classifier: DocumentClassifier,
    views: list[PageView],
    segment: Segment,
    label: str,
    confidence: float,
    *,
    split: DecoderParams | None,
) -> str:
    """Why these pages are one document, why this label (the words of its first page that say so) and, after the
    packet's first document, why a new one starts at its first page (``split``: the parameters the pages were split
    with; None when they were labelled page by page, where no boundary was decided)."""
    first, last = views[segment.first].page.number, views[segment.last].page.number
    span = _pages_text(first, last).capitalize()
    if label == UNKNOWN:
        what = f"{span}: no category is likely enough"
        if all(view.empty for view in views[segment.first : segment.last + 1]):
            what = f"{span}: no readable text"
    else:
        name = classifier.taxonomy.categories[label].name.lower()
        phrases = classifier.model.evidence(views[segment.first].vector, label, limit=3)
        said = f"; page {first} mentions " + ", ".join(f"'{p}'" for p in phrases) if phrases else ""
        what = f"{span} read as {name} ({confidence:.0%} confident){said}"
    joined = _joining_evidence(views[segment.first : segment.last + 1])
    started = _starting_evidence(views, segment.first, split) if split is not None else ""
    return f"{what}{'; ' + joined if joined else ''}{'; ' + started if started else ''}."


def _joining_evidence(views: list[PageView]) -> str:
    if len(views) < 2:
        return ""
    found = []
    pairs = neighbours(views)
    if any(counters_agree(a.cues, b.cues) for a, b in pairs):
        found.append("page counters")
    if any(a.cues.edge_lines & b.cues.edge_lines for a, b in pairs):
        found.append("a repeated header or footer")
    if any(a.cues.identifiers & b.cues.identifiers for a, b in pairs):
        found.append("shared reference numbers")
    return "pages held together by " + ", ".join(found) if found else "continuation pages without a title of their own"


def _starting_evidence(views: list[PageView], first: int, params: DecoderParams) -> str:
    """Why a document (not the packet's first) starts at its first page: the evidence that weighed towards a new
    document there, each item at least ``_SAID_LOGIT`` of the boundary's logit, in the decoder's own weights."""
    pairs = [(before, after) for before, after in neighbours(views) if after is views[first]]
    if not pairs or views[first].empty:
        return ""
    before, after = pairs[0]
    found = []
    if before.page.source != after.page.source:
        found.append("another attachment")
    if counters_agree(before.cues, after.cues) is False:
        found.append("its page counter starts again")
    values = boundary_features(before.cues, after.cues, before.vector, after.vector)
    weighed = dict(zip(FEATURES, values * params.boundary_weights, strict=True))
    found += [said for name, said in _STARTING_SAID.items() if weighed[name] >= _SAID_LOGIT]
    if not weighed["shared_identifier"] and not weighed["repeated_line"]:
        found.append(f"no reference number or header line carried over from page {before.page.number}")
    return f"page {after.page.number} starts a document: " + ", ".join(found)


def _packet_reasoning(classifier: DocumentClassifier, documents: list[PacketDocument], main: int) -> str:
    if len(documents) == 1:
        return documents[0].reasoning
    parts = []
    for document in documents:
        name = (
            document.file_class
            if document.file_class == UNKNOWN
            else classifier.taxonomy.categories[document.file_class].name.lower()
        )
        parts.append(f"{name} ({_pages_text(*document.pages)})")
    return f"{len(documents)} documents: " + "; ".join(parts) + f". The packet is labelled by document {main + 1}."
