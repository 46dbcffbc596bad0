from pathlib import Path

import numpy as np
import pytest
from doc_classifier.classifier import DocumentClassifier
from doc_classifier.config import ClassifierSettings
from doc_classifier.model.linear import LocalModel
from doc_classifier.taxonomy import AUTO, load_taxonomy

from training.fit import (
    THRESHOLD_CANDIDATES,
    TrainingConfig,
    expected_calibration_error,
    fit_unknown_threshold,
    train_model,
)

from .conftest import VOCABULARY, toy_samples, train_toy

INVOICE_TEXT = "Invoice number 1042. Bill to: Jane Doe. Subtotal 100, VAT 20, amount due 120. Payment terms 30 days."
LEASE_TEXT = "This lease between the landlord and the tenant for the premises: monthly rent and security deposit."


def test_training_is_deterministic_for_a_seed() -> None:
    first, second = train_toy(3), train_toy(3)
    assert np.array_equal(first.weights, second.weights)
    assert first.version == second.version and first.temperature == second.temperature


def test_predicts_the_category_with_evidence_from_the_text(toy_model: LocalModel) -> None:
    result = toy_model.predict(INVOICE_TEXT, load_taxonomy(), "finance", unknown_threshold=0.3)
    assert result.file_class == "invoice"
    assert 0.3 <= result.confidence <= 1.0
    probabilities = [a.probability for a in result.alternatives]
    # The toy model knows two finance labels (invoice, unknown): both come back, and nothing else.
    assert [a.label for a in result.alternatives] == ["invoice", "unknown"]
    assert probabilities == sorted(probabilities, reverse=True) and sum(probabilities) <= 1.0 + 1e-6
    assert probabilities[0] == result.confidence
    assert "invoice" in result.reasoning.lower() and "'" in result.reasoning


def test_a_category_of_another_industry_is_unknown(toy_model: LocalModel) -> None:
    result = toy_model.predict(LEASE_TEXT, load_taxonomy(), "finance", unknown_threshold=0.3)
    assert result.file_class == "unknown"
    assert "lease" in result.reasoning and "another industry" in result.reasoning
    in_legal = toy_model.predict(LEASE_TEXT, load_taxonomy(), "legal", unknown_threshold=0.3)
    assert in_legal.file_class == "lease"


def test_auto_reports_the_industry_found(toy_model: LocalModel) -> None:
    result = toy_model.predict(LEASE_TEXT, load_taxonomy(), AUTO, unknown_threshold=0.3)
    assert (result.file_class, result.industry) == ("lease", "legal")
    assert len(result.alternatives) == 3  # four labels in the union: only the top three are listed


def test_below_the_threshold_the_answer_is_unknown(toy_model: LocalModel) -> None:
    mixed = f"{INVOICE_TEXT} {LEASE_TEXT} recipe: preheat the oven, ingredients, stir"
    lenient = toy_model.predict(mixed, load_taxonomy(), AUTO, unknown_threshold=0.0)
    strict = toy_model.predict(mixed, load_taxonomy(), AUTO, unknown_threshold=0.99)
    assert lenient.file_class != "unknown" and lenient.confidence < 0.99
    assert strict.file_class == "unknown"
    assert "threshold" in strict.reasoning


def test_no_readable_text_is_unknown_with_a_reason(toy_model: LocalModel) -> None:
    result = toy_model.predict("§§ ~~ ..", load_taxonomy(), "finance", unknown_threshold=0.3)
    assert result.file_class == "unknown" and "No readable text" in result.reasoning


def test_save_and_load_round_trip(toy_model: LocalModel, tmp_path: Path) -> None:
    toy_model.save(tmp_path)
    loaded = LocalModel.load(tmp_path)
    assert loaded.classes == toy_model.classes and loaded.version == toy_model.version
    taxonomy = load_taxonomy()
    a = toy_model.predict(INVOICE_TEXT, taxonomy, "finance", unknown_threshold=0.3)
    b = loaded.predict(INVOICE_TEXT, taxonomy, "finance", unknown_threshold=0.3)
    assert a.file_class == b.file_class and abs(a.confidence - b.confidence) < 1e-3  # float16 weights


def test_training_refuses_missing_or_stray_labels() -> None:
    samples = toy_samples(1)
    with pytest.raises(ValueError, match="no training examples for: nda"):
        train_model(samples, [*VOCABULARY, "nda"], load_taxonomy(), TrainingConfig(seed=1))
    with pytest.raises(ValueError, match="outside the taxonomy: lease"):
        train_model(samples, [k for k in VOCABULARY if k != "lease"], load_taxonomy(), TrainingConfig(seed=1))


def test_expected_calibration_error() -> None:
    y = np.array([0, 0, 1, 1])
    perfect = np.array([[1.0, 0.0], [1.0, 0.0], [0.0, 1.0], [0.0, 1.0]])
    overconfident = np.array([[1.0, 0.0], [1.0, 0.0], [1.0, 0.0], [1.0, 0.0]])
    assert expected_calibration_error(perfect, y) == 0.0
    assert expected_calibration_error(overconfident, y) == pytest.approx(0.5)


def test_unknown_threshold_is_fitted_to_the_held_out_decisions() -> None:
    classes = ["invoice", "receipt", "unknown"]
    taxonomy = load_taxonomy()
    # Two right but unsure invoices (0.40) and one other document the model thought an invoice at 0.35.
    unsure = np.array([[0.40, 0.30, 0.30], [0.40, 0.25, 0.35], [0.35, 0.33, 0.32]])
    threshold, accuracy = fit_unknown_threshold(unsure, np.array([0, 0, 2]), classes, taxonomy)
    assert 0.35 < threshold <= 0.40 and accuracy == 1.0
    # When the unsure answers are mostly wrong, the threshold rises above them.
    threshold, accuracy = fit_unknown_threshold(unsure, np.array([2, 2, 0]), classes, taxonomy)
    assert threshold > 0.40 and accuracy == pytest.approx(2 / 3)


def test_the_model_carries_its_threshold_and_settings_can_override_it(
    toy_model: LocalModel, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert toy_model.unknown_threshold in THRESHOLD_CANDIDATES
    assert "held_out_industry_accuracy" in toy_model.metadata["validation"]  # type: ignore[operator]
    monkeypatch.delenv("CLASSIFIER_UNKNOWN_THRESHOLD", raising=False)
    default = DocumentClassifier(toy_model, load_taxonomy(), settings=ClassifierSettings.from_env())
    assert default.unknown_threshold == toy_model.unknown_threshold
    monkeypatch.setenv("CLASSIFIER_UNKNOWN_THRESHOLD", "0.62")
    configured = DocumentClassifier(toy_model, load_taxonomy(), settings=ClassifierSettings.from_env())
    assert configured.unknown_threshold == 0.62
