"""The classification path: bytes in, a classified document out."""

from __future__ import annotations

import hashlib
import time
from dataclasses import replace
from functools import cache
from typing import TYPE_CHECKING

from doc_classifier.config import ClassifierSettings, ExtractionLimits, PacketLimits
from doc_classifier.configured import configured_taxonomy, model_dir
from doc_classifier.extraction import extract
from doc_classifier.model import LocalModel, load_packaged_model
from doc_classifier.result import ClassificationResult
from doc_classifier.taxonomy import Taxonomy

if TYPE_CHECKING:
    from doc_classifier.packets import PacketProgress, PacketResult, SplitMode
    from doc_classifier.packets.escalation import PageEscalation


class DocumentClassifier:
    """Reads a document, then asks the local model what it is within an industry's categories."""

    def __init__(
        self,
        model: LocalModel,
        taxonomy: Taxonomy,
        limits: ExtractionLimits | None = None,
        settings: ClassifierSettings | None = None,
        packet_limits: PacketLimits | None = None,
    ) -> None:
        self.model = model
        self.taxonomy = taxonomy
        self.limits = limits or ExtractionLimits()
        self.settings = settings or ClassifierSettings()
        self.packet_limits = packet_limits or PacketLimits()

    @property
    def model_version(self) -> str:
        return self.model.version

    @property
    def unknown_threshold(self) -> float:
        configured = self.settings.unknown_threshold
        return self.model.unknown_threshold if configured is None else configured

    @property
    def default_industry(self) -> str:
        return self.settings.default_industry or self.taxonomy.default_industry

    def resolve_industry(self, industry: str | None) -> str:
        """The industry id to use, or UnknownIndustry listing the valid ones."""
        return self.taxonomy.resolve_industry(industry, self.default_industry)

    def classify(self, data: bytes, industry: str | None = None) -> ClassificationResult:
        return self.classify_with_text(data, industry)[0]

    def classify_packet(
        self,
        data: bytes,
        industry: str | None,
        mode: SplitMode,
        limits: PacketLimits | None = None,
        *,
        resume: PacketProgress | None = None,
        escalate_pages: PageEscalation | None = None,
    ) -> PacketResult:
        """Every page labelled and the file split into its documents (``mode``); see ``doc_classifier.packets``.

        ``escalate_pages``: the LLM tier's second reading of unsure pages (the chain passes it)."""
        from doc_classifier.packets import classify_packet  # noqa: PLC0415 - the single-document path never needs it

        return classify_packet(self, data, industry, mode, limits=limits, resume=resume, escalate_pages=escalate_pages)

    def classify_with_text(self, data: bytes, industry: str | None = None) -> tuple[ClassificationResult, str]:
        """The result and the extracted text it was decided from (the LLM tier reads the same text)."""
        industry_id = self.resolve_industry(industry)
        started = time.perf_counter()
        document = extract(data, self.limits)
        classify_started = time.perf_counter()
        result = self.model.predict(document.text, self.taxonomy, industry_id, unknown_threshold=self.unknown_threshold)
        finished = time.perf_counter()
        timings = {
            **document.timings_ms,
            "classify": round((finished - classify_started) * 1000, 2),
            "total": round((finished - started) * 1000, 2),
        }
        metadata = {
            "sha256": hashlib.sha256(data).hexdigest(),
            "media_type": document.media_type,
            "bytes": document.byte_size,
            "pages_total": document.pages_total,
            "pages_read": document.pages_read,
            "text_chars": document.text_chars,
            "ocr_used": document.ocr_used,
            "ocr_pages": document.ocr_pages,
            "warnings": list(document.warnings),
            "classifier": "local_model",
            "model_version": self.model.version,
            "timings_ms": timings,
        }
        return replace(result, metadata=metadata), document.text


@cache
def classifier_from(
    settings: ClassifierSettings, limits: ExtractionLimits, packet_limits: PacketLimits | None = None
) -> DocumentClassifier:
    """The configured model and taxonomy, checked against each other (one per process and configuration)."""
    taxonomy = configured_taxonomy(settings)
    model = LocalModel.load(model_dir(settings)) if settings.model_dir else load_packaged_model()
    return DocumentClassifier(model, taxonomy, limits, settings, packet_limits)


def default_classifier() -> DocumentClassifier:
    """The model and taxonomy, limits and thresholds of the environment."""
    return classifier_from(ClassifierSettings.from_env(), ExtractionLimits.from_env(), PacketLimits.from_env())
