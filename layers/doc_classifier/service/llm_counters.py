"""What the LLM tier did, counted in the service's shared counters (``StatsStore``) for ``GET /metrics``.

The counters live in DynamoDB like the cache counters, so /metrics shows every container's
escalations, not only those of the container that answers it; in Lambda they are summed in the container
with the others and written in the same ``ADD`` (``counter_buffer``). Counting never costs a result:
a counter that cannot be written is logged and lost.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from doc_classifier.result import ClassificationResult
from doc_classifier.service.ports import Classifier, StatsStore

if TYPE_CHECKING:
    from doc_classifier.config import PacketLimits
    from doc_classifier.packets import PacketProgress, PacketResult, SplitMode

logger = logging.getLogger(__name__)

# Counter families; each stored counter is "<family>.<escalation outcome | tier | provider>".
ESCALATIONS = "llm_escalations"  # per escalation outcome
CALLS = "llm_calls"  # per tier
TOKENS_IN = "llm_tokens_in"  # per tier
TOKENS_OUT = "llm_tokens_out"  # per tier
COST_USD = "llm_cost_usd"  # per tier
BREAKER_OPENS = "llm_breaker_opens"  # per provider
PAGE_ESCALATIONS = "llm_page_escalations"  # packet pages: escalated, answered, failed, skipped_cap, skipped_budget
FAMILIES = (ESCALATIONS, CALLS, TOKENS_IN, TOKENS_OUT, COST_USD, BREAKER_OPENS, PAGE_ESCALATIONS)
PAGE_OUTCOMES = ("escalated", "answered", "failed", "skipped_cap", "skipped_budget")


def escalation_counters(metadata: Mapping[str, Any]) -> dict[str, float]:
    """What one new result adds (nothing when the local answer was confident)."""
    escalation = metadata.get("escalation") or {}
    if escalation.get("reason", "none") == "none":
        return {}
    counters = {f"{ESCALATIONS}.{escalation.get('outcome', 'unknown')}": 1.0}
    _add_calls(counters, metadata)
    return counters


def page_escalation_counters(metadata: Mapping[str, Any]) -> dict[str, float]:
    """What one new packet adds: its pages by escalation outcome, and the calls made for them."""
    pages = metadata.get("page_escalation")
    if not pages:
        return {}
    counters = {f"{PAGE_ESCALATIONS}.{outcome}": float(len(pages[outcome])) for outcome in PAGE_OUTCOMES}
    counters = {name: value for name, value in counters.items() if value}
    _add_calls(counters, metadata)
    return counters


def _add_calls(counters: dict[str, float], metadata: Mapping[str, Any]) -> None:
    for call in (metadata.get("llm") or {}).get("calls") or []:
        tier = call["tier"]
        for family, amount in (
            (CALLS, 1),
            (TOKENS_IN, call["tokens_in"]),
            (TOKENS_OUT, call["tokens_out"]),
            (COST_USD, call["cost_usd"]),
        ):
            name = f"{family}.{tier}"
            counters[name] = counters.get(name, 0.0) + float(amount)


def by_family(counters: Mapping[str, float]) -> dict[str, dict[str, float]]:
    """Stored counters grouped back: {"llm_calls": {"cheap": 12.0, ...}, ...}."""
    grouped: dict[str, dict[str, float]] = {family: {} for family in FAMILIES}
    for name, value in counters.items():
        family, _, key = name.partition(".")
        if family in grouped and key:
            grouped[family][key] = value
    return grouped


def add_counters(stats: StatsStore, counters: Mapping[str, float]) -> None:
    if not counters:
        return
    try:
        stats.add(counters)
    except Exception as exc:  # a lost count, never a lost (and paid-for) result
        logger.warning("llm counters not recorded: %s", type(exc).__name__)


def count_breaker_open(stats: StatsStore, provider: str) -> None:
    add_counters(stats, {f"{BREAKER_OPENS}.{provider}": 1.0})


class CountingClassifier:
    """The classification chain, adding what each escalation did to the shared counters."""

    def __init__(self, counted: Classifier, stats: StatsStore) -> None:
        self.counted = counted
        self._stats = stats

    @property
    def model_version(self) -> str:
        return self.counted.model_version

    def classify(self, data: bytes, industry: str | None = None) -> ClassificationResult:
        result = self.counted.classify(data, industry)
        add_counters(self._stats, escalation_counters(result.metadata))
        return result

    def classify_packet(
        self,
        data: bytes,
        industry: str | None,
        mode: SplitMode,
        limits: PacketLimits | None = None,
        *,
        resume: PacketProgress | None = None,
    ) -> PacketResult:
        packet = self.counted.classify_packet(data, industry, mode, limits, resume=resume)
        add_counters(self._stats, page_escalation_counters(packet.metadata))
        return packet
