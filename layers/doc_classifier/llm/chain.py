"""The classification chain: the local model first, then the LLM tiers for the answers it is unsure of.

It is the service's ``Classifier``: its ``model_version`` names the whole chain, so the result cache
never serves one chain's answer for another. What the result says about the LLM tier:

* ``metadata.classifier``: ``local_model``, or ``<provider>/<model>`` of the tier that decided;
* ``metadata.escalation``: ``{"reason", "outcome"}``. ``reason`` is why the local answer was escalated:
  ``none`` (confident), ``low_confidence``, ``unsure_unknown`` (``unknown`` below its own threshold).
  ``outcome``: ``none`` (not escalated), ``answered`` (an LLM decided), ``unavailable`` (no provider could
  answer: breakers open, keys refused or resting), ``invalid_answer`` (answers outside the label set, twice),
  ``timed_out`` (the time budget ran out), ``budget_exhausted`` (today's spend cap is reached) or
  ``not_configured`` (no LLM tier). Whatever the outcome, the answer is never an error: the local one stands;
* ``metadata.llm``: the chain identity, the prompt version, tokens in/out, every call made
  (tier, provider, model, outcome, key slot, tokens, cost) and each asked tier's outcome (``tiers``);
* ``metadata.cost_usd``: what the calls cost, from the responses' token usage and the providers' prices.
``alternatives`` stay the local model's top 3.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import asdict, replace
from typing import TYPE_CHECKING, Any, Protocol

from doc_classifier.llm.budget import Deadline, worker_time_left
from doc_classifier.llm.prompt import PROMPT_VERSION, Answer, build_prompt
from doc_classifier.llm.routing import escalation_reason
from doc_classifier.llm.settings import LlmSettings, Provider
from doc_classifier.llm.tier import CallRecord, TierRunner
from doc_classifier.result import ClassificationResult
from doc_classifier.taxonomy import AUTO, UNKNOWN, Taxonomy

if TYPE_CHECKING:
    from doc_classifier.config import PacketLimits
    from doc_classifier.packets import PacketProgress, PacketResult, SplitMode

logger = logging.getLogger(__name__)

MAX_REASONING_CHARS = 400


class LocalClassifier(Protocol):
    """What the chain uses of ``DocumentClassifier``."""

    @property
    def model_version(self) -> str: ...

    def resolve_industry(self, industry: str | None) -> str: ...

    def classify_with_text(self, data: bytes, industry: str | None = None) -> tuple[ClassificationResult, str]: ...

    def classify_packet(
        self,
        data: bytes,
        industry: str | None,
        mode: SplitMode,
        limits: PacketLimits | None = None,
        *,
        resume: PacketProgress | None = None,
    ) -> PacketResult: ...


class EscalatingClassifier:
    def __init__(
        self,
        local: LocalClassifier,
        taxonomy: Taxonomy,
        settings: LlmSettings,
        tiers: list[TierRunner],
        *,
        identity: str,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.local = local
        self.taxonomy = taxonomy
        self.settings = settings
        self.tiers = tiers
        self.identity = identity
        self._clock = clock

    @property
    def model_version(self) -> str:
        return self.identity

    def health(self) -> dict[str, dict[str, Any]]:
        """Per provider: breaker state and key counts, never key values (what /ready and /metrics will show)."""
        lanes = {lane.provider.name: lane for tier in self.tiers for lane in tier.lanes}
        return {name: {"breaker": lane.breaker.state.value, **lane.keys.health()} for name, lane in lanes.items()}

    def classify(self, data: bytes, industry: str | None = None) -> ClassificationResult:
        asked = self.local.resolve_industry(industry)
        local, text = self.local.classify_with_text(data, asked)
        reason = escalation_reason(self.settings.escalate, asked, local.file_class, local.confidence)
        if reason == "none":
            return self._with_metadata(local, reason, "none", [], {})
        if not self.tiers:
            return self._with_metadata(local, reason, "not_configured", [], {})
        started = time.perf_counter()
        time_left = worker_time_left()
        budget = (
            self.settings.sync_budget_seconds
            if time_left is None
            else min(self.settings.worker_budget_seconds, time_left)
        )
        deadline = Deadline(budget, self._clock)
        prompt = build_prompt(
            self.taxonomy,
            asked,
            local.alternatives,
            text,
            max_chars=self.settings.max_prompt_chars,
            redact_text=self.settings.redact,
        )
        decided: tuple[Answer, Provider] | None = None
        outcome = "unavailable"
        calls: list[CallRecord] = []
        tier_outcomes: dict[str, str] = {}
        for position, tier in enumerate(self.tiers):
            tier_result = tier.ask(prompt, deadline)
            calls.extend(tier_result.calls)
            tier_outcomes[tier.name] = tier_result.outcome
            if tier_result.answer is not None and tier_result.provider is not None:
                decided, outcome = (tier_result.answer, tier_result.provider), "answered"
                answer = tier_result.answer
                last = position == len(self.tiers) - 1
                if last or escalation_reason(tier.hand_on, asked, answer.file_class, answer.confidence) == "none":
                    break
                continue
            if decided is None:
                outcome = tier_result.outcome
            if tier_result.outcome in ("timed_out", "budget_exhausted"):
                break  # nothing left to spend on the next tier
        result = local if decided is None else self._llm_result(local, asked, *decided)
        result = self._with_metadata(result, reason, outcome, calls, tier_outcomes)
        result.metadata["timings_ms"] = _with_llm_time(result.metadata.get("timings_ms", {}), started)
        logger.info(
            "escalated: %s",
            outcome,
            extra={
                "reason": reason,
                "outcome": outcome,
                "classifier": result.metadata["classifier"],
                "cost_usd": result.metadata["cost_usd"],
                "calls": [f"{c.tier}:{c.provider}:{c.outcome}" for c in calls],
            },
        )
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
        """Pages are labelled by the local model alone: the LLM tier does not read packets (yet)."""
        return self.local.classify_packet(data, industry, mode, limits, resume=resume)

    def _llm_result(
        self, local: ClassificationResult, asked: str, answer: Answer, provider: Provider
    ) -> ClassificationResult:
        industry = local.industry
        if asked == AUTO:
            industry = AUTO if answer.file_class == UNKNOWN else self.taxonomy.industry_of(answer.file_class)
        metadata = {**local.metadata, "classifier": provider.label}
        return replace(
            local,
            file_class=answer.file_class,
            confidence=round(answer.confidence, 4),
            industry=industry,
            reasoning=answer.reasoning.strip()[:MAX_REASONING_CHARS],
            metadata=metadata,
        )

    def _with_metadata(
        self,
        result: ClassificationResult,
        reason: str,
        outcome: str,
        calls: list[CallRecord],
        tier_outcomes: dict[str, str],
    ) -> ClassificationResult:
        metadata: dict[str, Any] = {
            **result.metadata,
            "escalation": {"reason": reason, "outcome": outcome},
            "llm": {
                "chain": self.identity,
                "prompt_version": PROMPT_VERSION,
                "tokens_in": sum(c.tokens_in for c in calls),
                "tokens_out": sum(c.tokens_out for c in calls),
                "calls": [asdict(c) for c in calls],
                "tiers": tier_outcomes,  # each tier asked: answered, unavailable, timed_out, ...
            },
            "cost_usd": round(sum(c.cost_usd for c in calls), 8),
        }
        return replace(result, metadata=metadata)


def _with_llm_time(timings: dict[str, float], started: float) -> dict[str, float]:
    llm_ms = round((time.perf_counter() - started) * 1000, 2)
    return {**timings, "llm": llm_ms, "total": round(timings.get("total", 0.0) + llm_ms, 2)}
