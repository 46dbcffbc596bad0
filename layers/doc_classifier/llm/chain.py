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

A packet's pages (``classify_packet``) are asked about one by one, the unsure ones only: ``packets/escalation.py``.
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
from doc_classifier.llm.tier import CallRecord, TierRunner, ask_tiers
from doc_classifier.result import ClassificationResult
from doc_classifier.taxonomy import AUTO, UNKNOWN, Taxonomy

if TYPE_CHECKING:
    from doc_classifier.config import PacketLimits
    from doc_classifier.packets import PacketProgress, PacketResult, SplitMode
    from doc_classifier.packets.escalation import PageEscalation

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
        escalate_pages: PageEscalation | None = None,
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
        prompt = build_prompt(
            self.taxonomy,
            asked,
            local.alternatives,
            text,
            max_chars=self.settings.max_prompt_chars,
            redact_text=self.settings.redact,
        )
        tiers = ask_tiers(self.tiers, prompt, self._deadline(), asked)
        calls, outcome = tiers.calls, tiers.outcome
        decided = None if tiers.answer is None or tiers.provider is None else (tiers.answer, tiers.provider)
        result = local if decided is None else self._llm_result(local, asked, *decided)
        result = self._with_metadata(result, reason, outcome, calls, tiers.tiers)
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
        """Pages the local model is unsure of are asked of the tiers with their neighbours (``packets.escalation``)."""
        if not self.tiers:
            return self.local.classify_packet(data, industry, mode, limits, resume=resume)
        from doc_classifier.packets.escalation import PageEscalator  # noqa: PLC0415 - packets only

        started = self._clock()
        escalator = PageEscalator(
            self.taxonomy,
            self.settings,
            self.tiers,
            identity=self.identity,
            # Made once the pages are read: their reading counts against the worker's time left.
            deadline=lambda: self._deadline(spent=self._clock() - started),
        )
        return self.local.classify_packet(data, industry, mode, limits, resume=resume, escalate_pages=escalator)

    def _deadline(self, spent: float = 0.0) -> Deadline:
        """The time all of one request's LLM work may take: the sync budget, or the worker's (capped by what its
        invocation has left, less the ``spent`` seconds of this request already gone)."""
        time_left = worker_time_left()
        if time_left is None:
            return Deadline(self.settings.sync_budget_seconds, self._clock)
        return Deadline(min(self.settings.worker_budget_seconds, time_left - spent), self._clock)

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
