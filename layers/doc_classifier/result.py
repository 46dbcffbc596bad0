"""The answer the service gives about one document."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass(frozen=True)
class Alternative:
    label: str
    probability: float


@dataclass
class ClassificationResult:
    file_class: str  # a category id of the industry, or "unknown"
    confidence: float  # calibrated probability that file_class is right
    industry: str  # the industry classified against; for "auto", the industry found
    reasoning: str  # a sentence a person can check against the document
    alternatives: list[Alternative]  # top-3 labels with probabilities, best first
    metadata: dict[str, Any] = field(default_factory=dict)
    # metadata keys: sha256, media_type, bytes, pages_total, pages_read, text_chars, ocr_used,
    # ocr_pages, warnings, classifier ("local_model" or "<provider>/<model>"), model_version (the local
    # model's), timings_ms; with the LLM chain also escalation, llm and cost_usd (see doc_classifier.llm.chain)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)
