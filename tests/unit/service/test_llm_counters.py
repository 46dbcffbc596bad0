"""Escalations counted in the shared counters that /metrics reads; counting never costs a result."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from typing import Any

import pytest
from doc_classifier.result import ClassificationResult
from doc_classifier.service.llm_counters import CountingClassifier, by_family, escalation_counters
from doc_classifier.service.memory import MemoryStatsStore

from tests.support.fakes import KeywordClassifier

ESCALATED: dict[str, Any] = {
    "escalation": {"reason": "unsure_unknown", "outcome": "answered"},
    "llm": {
        "calls": [
            {
                "tier": "cheap",
                "provider": "a",
                "outcome": "rate_limited",
                "tokens_in": 0,
                "tokens_out": 0,
                "cost_usd": 0,
            },
            {
                "tier": "cheap",
                "provider": "a",
                "outcome": "answered",
                "tokens_in": 500,
                "tokens_out": 30,
                "cost_usd": 1e-4,
            },
        ]
    },
}


def test_an_escalation_adds_its_outcome_calls_tokens_and_cost_per_tier() -> None:
    counters = escalation_counters(ESCALATED)
    assert counters == {
        "llm_escalations.answered": 1.0,
        "llm_calls.cheap": 2.0,
        "llm_tokens_in.cheap": 500.0,
        "llm_tokens_out.cheap": 30.0,
        "llm_cost_usd.cheap": 1e-4,
    }
    assert by_family({**counters, "cache_hits": 3.0})["llm_calls"] == {"cheap": 2.0}
    assert escalation_counters({"escalation": {"reason": "none", "outcome": "none"}}) == {}
    assert escalation_counters({"classifier": "local_model"}) == {}  # a classifier without the tier


class FailingStats(MemoryStatsStore):
    def add(self, counters: Mapping[str, float]) -> None:
        raise ConnectionError("table unreachable")


class EscalatingKeywords(KeywordClassifier):
    def classify(self, data: bytes, industry: str | None = None) -> ClassificationResult:
        result = super().classify(data, industry)
        return replace(result, metadata={**result.metadata, **ESCALATED})


def test_counting_adds_each_new_result_and_a_lost_count_never_loses_the_result(
    caplog: pytest.LogCaptureFixture,
) -> None:
    stats = MemoryStatsStore()
    counting = CountingClassifier(EscalatingKeywords(), stats)
    assert counting.model_version == "test-1"
    counting.classify(b"INVOICE number 7, amount due 10.00", "finance")
    counting.classify(b"INVOICE number 8, amount due 12.00", "finance")
    assert stats.read()["llm_escalations.answered"] == 2.0

    failing = CountingClassifier(EscalatingKeywords(), FailingStats())
    assert failing.classify(b"INVOICE number 9, amount due 1.00", "finance").file_class
    assert "llm counters not recorded: ConnectionError" in caplog.text
