"""Probabilities as the model reports them: other industries' mass goes to ``unknown``, at the stored temperature."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest
from doc_classifier.model.features import featurize
from doc_classifier.model.linear import ARTIFACT_DIR, LocalModel, industry_scores, load_packaged_model
from doc_classifier.taxonomy import UNKNOWN, load_taxonomy

from .test_model import LEASE_TEXT


def test_a_lease_asked_as_finance_gives_unknown_most_of_the_mass(toy_model: LocalModel) -> None:
    result = toy_model.predict(LEASE_TEXT, load_taxonomy(), "finance", unknown_threshold=0.0)
    probabilities = {a.label: a.probability for a in result.alternatives}
    # The toy model's own 'unknown' class (recipes) is unlikely here: the mass is lease's, moved over.
    own_unknown = toy_model.probabilities(featurize(LEASE_TEXT))[toy_model.classes.index(UNKNOWN)]
    assert own_unknown < 0.2
    assert result.file_class == UNKNOWN and probabilities[UNKNOWN] > 0.5
    assert sum(probabilities.values()) == pytest.approx(1.0, abs=1e-3)


@pytest.mark.parametrize("industry", ["finance", "legal", "healthcare"])
def test_an_industrys_probabilities_with_unknown_sum_to_one(industry: str) -> None:
    model = load_packaged_model()
    categories = load_taxonomy().industry(industry).category_ids
    index = {label: i for i, label in enumerate(model.classes)}
    probabilities = model.probabilities(featurize(LEASE_TEXT))
    scores = industry_scores(index, probabilities, categories)
    assert scores.labels == (*categories, UNKNOWN)
    assert float(scores.probabilities.sum()) == pytest.approx(1.0)
    outside = sum(float(probabilities[i]) for label, i in index.items() if label not in categories)
    assert float(scores.probabilities[-1]) == pytest.approx(outside)  # unknown = everything not ours
    if industry == "finance":
        assert scores.decide(model.unknown_threshold)[0] == UNKNOWN
        assert float(scores.probabilities[-1]) > 0.5


def _softmax(logits: np.ndarray, temperature: float) -> np.ndarray:
    scaled = logits / temperature
    exp = np.exp(scaled - scaled.max())
    return exp / exp.sum()  # type: ignore[no-any-return]


def test_confidence_is_the_softmax_of_the_scores_at_the_stored_temperature() -> None:
    stored = json.loads((ARTIFACT_DIR / "model.json").read_text())["temperature"]
    assert stored != pytest.approx(1.0)  # else a model that ignored it would pass
    model = load_packaged_model()
    expected = _softmax(model.logits(featurize(LEASE_TEXT)), stored)
    result = model.predict(LEASE_TEXT, load_taxonomy(), "legal", unknown_threshold=0.0)
    assert result.file_class == "lease"
    assert result.confidence == pytest.approx(float(expected[model.classes.index("lease")]), abs=1e-4)


def test_a_changed_temperature_in_the_artifact_changes_the_confidence(toy_model: LocalModel, tmp_path: Path) -> None:
    toy_model.save(tmp_path)
    meta = json.loads((tmp_path / "model.json").read_text())
    meta["temperature"] = 3.0
    (tmp_path / "model.json").write_text(json.dumps(meta))
    loaded = LocalModel.load(tmp_path)
    expected = _softmax(loaded.logits(featurize(LEASE_TEXT)), 3.0)
    result = loaded.predict(LEASE_TEXT, load_taxonomy(), "legal", unknown_threshold=0.0)
    lease = next(a.probability for a in result.alternatives if a.label == "lease")
    assert lease == pytest.approx(float(expected[loaded.classes.index("lease")]), abs=1e-4)
    assert toy_model.temperature != pytest.approx(3.0)  # so the old temperature would give another answer
