"""A stand-in classifier for tests of the service around the model (the model has its own tests).

It decides from the bytes the way the real one does from text: a word in the
document picks the class, so tests choose outcomes by choosing content.
"""

from __future__ import annotations

import hashlib
import itertools
from collections.abc import Callable

from doc_classifier.config import PacketLimits
from doc_classifier.errors import ProcessingTimeout, UnsupportedMediaType
from doc_classifier.extraction import Page
from doc_classifier.packets import PacketDocument, PacketProgress, PacketResult, PacketUnfinished, PageResult, SplitMode
from doc_classifier.result import Alternative, ClassificationResult
from doc_classifier.taxonomy import Taxonomy, load_taxonomy


class KeywordClassifier:
    model_version = "test-1"

    def __init__(self, taxonomy: Taxonomy | None = None) -> None:
        self.taxonomy = taxonomy or load_taxonomy()
        self.calls = 0
        self.fail_with: Exception | None = None  # set to make the next classify raise (transient errors)
        # classify_packet: the limits it was last given, and the pretend time each page takes to read.
        self.packet_limits: PacketLimits | None = None
        self.seconds_per_page = 0.0
        self.resumed_from: PacketProgress | None = None  # classify_packet: the progress it was last given
        self.while_reading: Callable[[], object] | None = None  # run once inside the next classify_packet

    def resolve_industry(self, industry: str | None) -> str:
        return self.taxonomy.resolve_industry(industry, self.taxonomy.default_industry)

    def classify(self, data: bytes, industry: str | None = None) -> ClassificationResult:
        self.calls += 1
        if self.fail_with is not None:
            raise self.fail_with
        if data.startswith(b"\x00BINARY"):
            raise UnsupportedMediaType("not a document type we read")
        industry_id = self.resolve_industry(industry)
        label = self._label(data, industry_id)
        return ClassificationResult(
            file_class=label,
            confidence=self._confidence(label),
            industry=industry_id,
            reasoning=f"mentions {label}",
            alternatives=[Alternative(label, 0.9)],
            metadata={"sha256": hashlib.sha256(data).hexdigest(), "model_version": self.model_version},
        )

    def classify_packet(
        self,
        data: bytes,
        industry: str | None,
        mode: SplitMode,
        limits: PacketLimits | None = None,
        *,
        resume: PacketProgress | None = None,
    ) -> PacketResult:
        """Pages are the parts between form feeds; consecutive pages of one label are one document (per_page:
        one document each). Pages past ``limits.max_packet_pages``, or past its time at ``seconds_per_page``,
        are not read; with ``resume`` reading goes on from its pages, and running out of time before the page
        cap raises PacketUnfinished unless ``resume.final``."""
        self.calls += 1
        self.packet_limits = limits = limits or PacketLimits()
        self.resumed_from = resume
        if self.fail_with is not None:
            raise self.fail_with
        if self.while_reading is not None:  # e.g. another worker's delivery of the same message, meanwhile
            during, self.while_reading = self.while_reading, None
            during()
        industry_id = self.resolve_industry(industry)
        texts = data.split(b"\f")
        start = resume.next_page if resume is not None else 0
        cap = min(len(texts), limits.max_packet_pages)
        readable = cap
        if self.seconds_per_page:
            readable = min(readable, start + int(limits.packet_timeout_seconds // self.seconds_per_page))
        if resume is not None and readable < cap and not resume.final:
            pages = tuple(Page(n + 1, texts[n].decode("utf-8", "replace"), False) for n in range(readable))
            progress = PacketProgress(sha256=hashlib.sha256(data).hexdigest(), pages=pages)
            raise PacketUnfinished(progress, len(texts))
        if readable == 0:
            raise ProcessingTimeout("no page was read in time")
        labels = [self._label(text, industry_id) for text in texts[:readable]]
        runs: list[tuple[str, int, int]] = []  # label, first, last
        for label, group in itertools.groupby(enumerate(labels, start=1), key=lambda item: item[1]):
            numbers = [number for number, _ in group]
            if mode is SplitMode.PER_PAGE:
                runs.extend((label, n, n) for n in numbers)
            else:
                runs.append((label, numbers[0], numbers[-1]))
        documents = tuple(
            PacketDocument(label, self._confidence(label), (first, last), f"mentions {label}")
            for label, first, last in runs
        )
        pages = tuple(PageResult(n, label, self._confidence(label), False) for n, label in enumerate(labels, start=1))
        main = documents[0]
        return PacketResult(
            file_class=main.file_class,
            confidence=main.confidence,
            industry=industry_id,
            reasoning=f"{len(documents)} documents",
            alternatives=(Alternative(main.file_class, main.confidence),),
            metadata={
                "sha256": hashlib.sha256(data).hexdigest(),
                "model_version": self.model_version,
                "split": str(mode),
                "pages_total": len(texts),
                "pages_read": readable,
                "pages_not_read": len(texts) - readable,
            },
            documents=documents,
            pages=pages,
            pages_total=len(texts),
            pages_read=readable,
            pages_not_read=len(texts) - readable,
        )

    def _label(self, data: bytes, industry: str) -> str:
        text = data.decode("utf-8", "replace").lower()
        categories = self.taxonomy.industry(industry).category_ids
        return next((c for c in categories if c.replace("_", " ") in text), "unknown")

    @staticmethod
    def _confidence(label: str) -> float:
        return 0.9 if label != "unknown" else 0.2
