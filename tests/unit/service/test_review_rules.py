"""The review queue's entry rules (service/review.py) and their configuration."""

from __future__ import annotations

from typing import Any

import pytest
from doc_classifier.service.review import ESCALATION_FAILED, ReviewReason, review_reason, threshold_for
from doc_classifier.service.settings import ServiceSettings


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


def test_a_packet_enters_when_any_of_its_documents_would() -> None:
    """The packet's own answer is its first known document's; an unsure later document must not hide behind it."""

    def packet(*documents: tuple[str, float]) -> dict[str, Any]:
        answers = [{"file_class": c, "confidence": p, "pages": [n, n]} for n, (c, p) in enumerate(documents, 1)]
        return {**result(*documents[0]), "documents": answers}

    assert review_reason(packet(("invoice", 0.9), ("receipt", 0.8)), 0.5) is None
    assert review_reason(packet(("invoice", 0.9), ("receipt", 0.4)), 0.5) is ReviewReason.LOW_CONFIDENCE
    assert review_reason(packet(("invoice", 0.9), ("unknown", 0.9), ("receipt", 0.4)), 0.5) is ReviewReason.UNKNOWN


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
        {"REVIEW_THRESHOLD": "1.5"},
        {"REVIEW_THRESHOLDS": '{"legal": 2}'},
        {"REVIEW_THRESHOLDS": '{"legal": "high"}'},
        {"REVIEW_THRESHOLDS": "not json"},
        {"REVIEW_THRESHOLDS": "[0.5]"},
        {"REVIEW_RETENTION_DAYS": "0"},
        # a review must not outlive its task
        {"REVIEW_RETENTION_DAYS": "40", "RESULT_TTL_SECONDS": str(30 * 86400)},
    ],
)
def test_bad_review_settings_fail_at_start(values: dict[str, str]) -> None:
    with pytest.raises(ValueError, match=r"REVIEW_|RESULT_TTL"):
        ServiceSettings.from_env(values)
