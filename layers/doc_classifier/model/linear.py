"""Prediction with the trained linear model, and the explanation of each prediction.

The model scores every category of every industry plus ``unknown`` (other
kinds of document). Asked about one industry, the probability of the
categories outside it moves to ``unknown``: a lease sent as ``finance`` is
not a finance document, and must not be forced into the nearest one.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import numpy as np
import numpy.typing as npt

from doc_classifier.configured import PACKAGED_MODEL_DIR, read_metadata
from doc_classifier.model.features import FeatureVector, featurize, word_feature_ids
from doc_classifier.result import Alternative, ClassificationResult
from doc_classifier.taxonomy import AUTO, UNKNOWN, Taxonomy

ARTIFACT_DIR = PACKAGED_MODEL_DIR
MIN_WORDS = 3  # fewer readable words than this is no evidence at all
EVIDENCE_PHRASES = 4


@dataclass(frozen=True)
class Scores:
    """Calibrated probabilities over the labels of one industry (its categories and unknown)."""

    labels: tuple[str, ...]
    probabilities: npt.NDArray[np.float64]

    def ranked(self) -> list[Alternative]:
        order = np.argsort(-self.probabilities, kind="stable")
        return [Alternative(self.labels[i], round(float(self.probabilities[i]), 4)) for i in order]

    def decide(self, unknown_threshold: float) -> tuple[str, float]:
        """The answer and its confidence: the likeliest label, or ``unknown`` when no category reaches the threshold."""
        best = int(np.argmax(self.probabilities))
        confidence = float(self.probabilities[best])
        if self.labels[best] != UNKNOWN and confidence < unknown_threshold:
            return UNKNOWN, float(self.probabilities[self.labels.index(UNKNOWN)])
        return self.labels[best], confidence


class LocalModel:
    def __init__(
        self,
        classes: tuple[str, ...],
        weights: npt.NDArray[np.float32],
        bias: npt.NDArray[np.float32],
        temperature: float,
        metadata: dict[str, object],
    ) -> None:
        if UNKNOWN not in classes:
            raise ValueError(f"model classes must include {UNKNOWN!r}")
        self.classes = classes
        self.weights = weights
        self.bias = bias
        self.temperature = temperature
        self.metadata = metadata
        self._index = {label: i for i, label in enumerate(classes)}

    @property
    def version(self) -> str:
        return str(self.metadata.get("version", "unversioned"))

    @property
    def unknown_threshold(self) -> float:
        """The threshold training chose on held-out templates; settings may override it."""
        return float(self.metadata["unknown_threshold"])  # type: ignore[arg-type]

    # -- persistence -------------------------------------------------------------------------
    def save(self, directory: Path) -> None:
        directory.mkdir(parents=True, exist_ok=True)
        np.savez_compressed(
            directory / "model.npz",
            weights=self.weights.astype(np.float16),
            bias=self.bias.astype(np.float32),
        )
        meta = {**self.metadata, "classes": list(self.classes), "temperature": self.temperature}
        (directory / "model.json").write_text(json.dumps(meta, indent=2, sort_keys=True) + "\n")

    @classmethod
    def load(cls, directory: Path) -> LocalModel:
        meta = read_metadata(directory)
        with np.load(directory / "model.npz") as arrays:
            weights = arrays["weights"].astype(np.float32)
            bias = arrays["bias"].astype(np.float32)
        classes = tuple(meta.pop("classes"))
        temperature = float(meta.pop("temperature"))
        if weights.shape[0] != len(classes):
            raise ValueError(f"model in {directory}: {weights.shape[0]} weight rows for {len(classes)} classes")
        return cls(classes, weights, bias, temperature, meta)

    # -- scoring -----------------------------------------------------------------------------
    def logits(self, features: FeatureVector) -> npt.NDArray[np.float64]:
        raw = self.weights[:, features.indices] @ features.values + self.bias
        return raw.astype(np.float64)

    def probabilities(self, features: FeatureVector) -> npt.NDArray[np.float64]:
        scaled = self.logits(features) / self.temperature
        scaled -= scaled.max()
        exp = np.exp(scaled)
        return exp / exp.sum()  # type: ignore[no-any-return]

    def predict(
        self, text: str, taxonomy: Taxonomy, industry: str, *, unknown_threshold: float
    ) -> ClassificationResult:
        features = featurize(text)
        industry_def = taxonomy.industry(industry)
        if len(features.words) < MIN_WORDS:
            reason = "No readable text was found in the document, so there is no evidence for any category."
            return ClassificationResult(UNKNOWN, 1.0, industry, reason, [Alternative(UNKNOWN, 1.0)], {})
        probabilities = self.probabilities(features)
        scores = industry_scores(self._index, probabilities, industry_def.category_ids)
        ranked = scores.ranked()
        top_category = next((a for a in ranked if a.label != UNKNOWN), None)
        file_class, confidence = scores.decide(unknown_threshold)
        found_industry = industry
        if industry == AUTO:
            found_industry = taxonomy.industry_of(file_class) if file_class != UNKNOWN else AUTO
        reasoning = self._reasoning(
            features,
            probabilities,
            taxonomy=taxonomy,
            file_class=file_class,
            confidence=confidence,
            top_category=top_category,
            industry=industry,
            unknown_threshold=unknown_threshold,
        )
        return ClassificationResult(file_class, round(confidence, 4), found_industry, reasoning, ranked[:3], {})

    # -- explanation -------------------------------------------------------------------------
    def evidence(self, features: FeatureVector, label: str, limit: int = EVIDENCE_PHRASES) -> list[str]:
        """The document's words and word pairs that pushed hardest towards ``label``."""
        row = self.weights[self._index[label]]
        tokens = list(features.words)
        unigram_ids, bigram_ids = word_feature_ids(tokens)
        surface: dict[int, str] = {}
        for i, feature_id in enumerate(unigram_ids.tolist()):
            surface.setdefault(feature_id, tokens[i])
        for i, feature_id in enumerate(bigram_ids.tolist()):
            surface.setdefault(feature_id, f"{tokens[i]} {tokens[i + 1]}")
        value_of = dict(zip(features.indices.tolist(), features.values.tolist(), strict=True))
        contributions = sorted(
            ((row[fid] * value_of.get(fid, 0.0), phrase) for fid, phrase in surface.items()),
            reverse=True,
        )
        chosen: list[str] = []
        for contribution, phrase in contributions:
            if contribution <= 0 or len(chosen) >= limit:
                break
            if not _is_readable(phrase) or any(phrase in c or c in phrase for c in chosen):
                continue
            chosen.append(phrase)
        return chosen

    def _reasoning(
        self,
        features: FeatureVector,
        probabilities: npt.NDArray[np.float64],
        *,
        taxonomy: Taxonomy,
        file_class: str,
        confidence: float,
        top_category: Alternative | None,
        industry: str,
        unknown_threshold: float,
    ) -> str:
        names = {c.id: c.name for c in taxonomy.categories.values()}
        if file_class != UNKNOWN:
            phrases = self.evidence(features, file_class)
            found = f"; the text mentions {_quote(phrases)}" if phrases else ""
            return f"Reads as {_article(names[file_class])} ({confidence:.0%} confident){found}."
        best_overall = max(
            (label for label in self.classes if label != UNKNOWN),
            key=lambda label: float(probabilities[self._index[label]]),
        )
        if industry != AUTO and best_overall not in taxonomy.industry(industry).category_ids:
            phrases = self.evidence(features, best_overall)
            hint = f" (it mentions {_quote(phrases)})" if phrases else ""
            return (
                f"Not one of the {industry} categories: it reads most like "
                f"{_article(names[best_overall])}{hint}, which belongs to another industry."
            )
        if top_category is not None and top_category.probability < unknown_threshold:
            return (
                f"No category is likely enough: the closest is {names[top_category.label].lower()} at "
                f"{top_category.probability:.0%}, below the {unknown_threshold:.0%} threshold."
            )
        return "The text does not match any of this industry's categories."


def industry_scores(
    index: Mapping[str, int], probabilities: npt.NDArray[np.float64], category_ids: tuple[str, ...]
) -> Scores:
    """``probabilities`` (``index`` maps a label to its position) seen from one industry: what is not
    one of its categories is ``unknown``."""
    own = [c for c in category_ids if c in index]
    own_probs = [probabilities[index[c]] for c in own]
    unknown = max(0.0, 1.0 - float(sum(own_probs)))
    return Scores((*own, UNKNOWN), np.array([*own_probs, unknown], dtype=np.float64))


def _is_readable(phrase: str) -> bool:
    """A phrase worth quoting to a person: real-looking words, not digits or OCR crumbs like 'b unl'."""
    tokens = phrase.split()
    return "0" not in phrase and all(len(t) >= 2 for t in tokens) and max(len(t) for t in tokens) >= 4


def _article(name: str) -> str:
    # "a utility bill", "an invoice": the category names here start with a vowel sound only on a/e/i/o.
    return f"{'an' if name[0].lower() in 'aeio' else 'a'} {name.lower()}"


def _quote(phrases: list[str]) -> str:
    quoted = [f"'{p}'" for p in phrases]
    return quoted[0] if len(quoted) == 1 else ", ".join(quoted[:-1]) + " and " + quoted[-1]


@cache
def load_packaged_model() -> LocalModel:
    return LocalModel.load(ARTIFACT_DIR)
