"""A stand-in classifier for tests of the service around the model (the model has its own tests).

It decides from the bytes the way the real one does from text: a word in the
document picks the class, so tests choose outcomes by choosing content.
"""

from __future__ import annotations

import hashlib

from doc_classifier.errors import UnsupportedMediaType
from doc_classifier.result import Alternative, ClassificationResult
from doc_classifier.taxonomy import Taxonomy, load_taxonomy


class KeywordClassifier:
    model_version = "test-1"

    def __init__(self, taxonomy: Taxonomy | None = None) -> None:
        self.taxonomy = taxonomy or load_taxonomy()
        self.calls = 0
        self.fail_with: Exception | None = None  # set to make the next classify raise (transient errors)

    def resolve_industry(self, industry: str | None) -> str:
        return self.taxonomy.resolve_industry(industry, self.taxonomy.default_industry)

    def classify(self, data: bytes, industry: str | None = None) -> ClassificationResult:
        self.calls += 1
        if self.fail_with is not None:
            raise self.fail_with
        if data.startswith(b"\x00BINARY"):
            raise UnsupportedMediaType("not a document type we read")
        industry_id = self.resolve_industry(industry)
        text = data.decode("utf-8", "replace").lower()
        categories = self.taxonomy.industry(industry_id).category_ids
        label = next((c for c in categories if c.replace("_", " ") in text), "unknown")
        return ClassificationResult(
            file_class=label,
            confidence=0.9 if label != "unknown" else 0.2,
            industry=industry_id,
            reasoning=f"mentions {label}",
            alternatives=[Alternative(label, 0.9)],
            metadata={"sha256": hashlib.sha256(data).hexdigest(), "model_version": self.model_version},
        )
