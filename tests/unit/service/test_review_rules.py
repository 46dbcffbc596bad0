"""The review queue's entry rules (service/review.py) and their configuration."""

from __future__ import annotations

from typing import Any

import pytest
from doc_classifier.service.review import ESCALATION_FAILED, ReviewReason, review_reason, threshold_for
from doc_classifier.service.settings import ServiceSettings
from pydantic import ValidationError


def result(file_class: str = "invoice", confidence: float = 0.9, outcome: str | None = None) -> dict[str, Any]:
    metadata: dict[str, Any] = {"classifier": "local_model"}
    if outcome is not None:
        metadata["escalation"] = {"reason": "low_confidence", "outcome": outcome}
    return {"file_class": file_class, "confidence": confidence, "metadata": metadata}


def test_a_confident_answer_stands() -> None:
    assert review_reason(result(confidence=0.9), 0.5) is None
    assert review_reason(result(confidence=0.5), 0.5) is None  # at the threshold: not below it


def test_below_the_threshold_is_low_confidence() -> None:
    assert review_reason(result(confidence=0.49), 0.5) is ReviewReason.LOW_CONFIDENCE


def test_unknown_enters_whatever_its_confidence() -> None:
    assert review_reason(result("unknown", 0.99), 0.5) is ReviewReason.UNKNOWN


@pytest.mark.parametrize("outcome", sorted(ESCALATION_FAILED))
def test_a_failed_escalation_enters_even_when_confident(outcome: str) -> None:
    assert review_reason(result(confidence=0.95, outcome=outcome), 0.5) is ReviewReason.ESCALATION_UNAVAILABLE
    # the most specific reason wins over unknown
    assert review_reason(result("unknown", 0.1, outcome), 0.5) is ReviewReason.ESCALATION_UNAVAILABLE


@pytest.mark.parametrize("outcome", ["none", "answered", "not_configured"])
def test_escalations_that_did_not_fail_leave_it_to_the_threshold(outcome: str) -> None:
    assert review_reason(result(confidence=0.95, outcome=outcome), 0.5) is None
    assert review_reason(result(confidence=0.3, outcome=outcome), 0.5) is ReviewReason.LOW_CONFIDENCE


def test_per_industry_thresholds_override_the_default() -> None:
    overrides = {"legal": 0.8}
    assert threshold_for("legal", 0.5, overrides) == 0.8
    assert threshold_for("finance", 0.5, overrides) == 0.5
    assert review_reason(result("lease", 0.7), threshold_for("legal", 0.5, overrides)) is ReviewReason.LOW_CONFIDENCE
    assert review_reason(result("invoice", 0.7), threshold_for("finance", 0.5, overrides)) is None


def test_settings_read_the_thresholds_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("REVIEW_THRESHOLD", "0.65")
    monkeypatch.setenv("REVIEW_THRESHOLDS", '{"legal": 0.8, "healthcare": 0.7}')
    settings = ServiceSettings.from_env()
    assert settings.review_threshold == 0.65
    assert settings.review_thresholds == {"legal": 0.8, "healthcare": 0.7}


@pytest.mark.parametrize(
    "values",
    [
        {"review_threshold": 1.5},
        {"review_thresholds": '{"legal": 2}'},
        {"review_thresholds": "not json"},
        {"review_thresholds": "[0.5]"},
        {"review_retention_days": 0},
        # a review must not outlive its task
        {"review_retention_days": 40, "result_ttl_seconds": 30 * 86400},
    ],
)
def test_bad_review_settings_fail_at_start(values: dict[str, Any]) -> None:
    with pytest.raises((ValidationError, ValueError)):
        ServiceSettings.model_validate(values)
