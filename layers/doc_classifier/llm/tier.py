"""One tier: its providers in order, each behind a circuit breaker, each with a pool of keys.

Failover order inside a tier: a rate-limited or refused key gives way to the provider's next key;
a failing, timing-out or open provider gives way to the tier's next provider. An unusable answer
is asked again once, then the tier has failed.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Literal

from doc_classifier.llm.breaker import CircuitBreaker
from doc_classifier.llm.budget import Deadline
from doc_classifier.llm.key_pool import KeyPool, Lease
from doc_classifier.llm.openai_chat import (
    CallFailed,
    CallTimedOut,
    InvalidAnswer,
    KeyRefused,
    OpenAIChat,
    ProviderFailed,
    RateLimited,
)
from doc_classifier.llm.prompt import Answer, Prompt
from doc_classifier.llm.routing import escalation_reason
from doc_classifier.llm.settings import Provider, Rule
from doc_classifier.llm.spend import Reservation, SpendGuard

logger = logging.getLogger(__name__)

TierOutcome = Literal["answered", "unavailable", "timed_out", "budget_exhausted", "invalid_answer"]


@dataclass(frozen=True)
class CallRecord:
    """One attempt, as the result's ``metadata.llm.calls`` lists it (never the key, only its slot)."""

    tier: str
    provider: str
    model: str
    outcome: str
    key_slot: int | None = None
    tokens_in: int = 0
    tokens_out: int = 0
    cost_usd: float = 0.0


@dataclass
class TierResult:
    outcome: TierOutcome
    answer: Answer | None = None
    provider: Provider | None = None
    calls: list[CallRecord] = field(default_factory=list)


@dataclass
class TiersResult:
    """What the tiers made of one prompt: the deciding answer, or why there is none (the local answer stands)."""

    outcome: str  # "answered", else the outcome of the first tier that failed (TierOutcome)
    answer: Answer | None = None
    provider: Provider | None = None
    calls: list[CallRecord] = field(default_factory=list)
    tiers: dict[str, str] = field(default_factory=dict)  # each tier asked: answered, unavailable, timed_out...


def ask_tiers(tiers: Sequence[TierRunner], prompt: Prompt, deadline: Deadline, industry: str) -> TiersResult:
    """Ask the tiers in order until one answers well enough to stand (its ``hand_on`` rule) or none is left.

    An answer handed on still decides when no later tier answers; no time or spend left ends the asking."""
    result = TiersResult("unavailable")
    for position, tier in enumerate(tiers):
        tier_result = tier.ask(prompt, deadline)
        result.calls.extend(tier_result.calls)
        result.tiers[tier.name] = tier_result.outcome
        answer = tier_result.answer
        if answer is not None and tier_result.provider is not None:
            result.outcome, result.answer, result.provider = "answered", answer, tier_result.provider
            last = position == len(tiers) - 1
            if last or escalation_reason(tier.hand_on, industry, answer.file_class, answer.confidence) == "none":
                break
            continue
        if result.answer is None:
            result.outcome = tier_result.outcome
        if tier_result.outcome in ("timed_out", "budget_exhausted"):
            break  # nothing left to spend on the next tier
    return result


@dataclass
class ProviderLane:
    """A provider with the state shared by every document: its breaker and its keys."""

    provider: Provider
    breaker: CircuitBreaker
    keys: KeyPool


class _Stop(Exception):
    """Ends the whole tier (and the escalation): no time or no budget left."""

    def __init__(self, outcome: TierOutcome) -> None:
        self.outcome = outcome


class TierRunner:
    def __init__(
        self,
        name: str,
        lanes: list[ProviderLane],
        hand_on: Rule,
        *,
        chat: OpenAIChat,
        spend: SpendGuard,
        max_output_tokens: int,
    ) -> None:
        self.name = name
        self.lanes = lanes
        self.hand_on = hand_on
        self._chat = chat
        self._spend = spend
        self._max_output_tokens = max_output_tokens

    def ask(self, prompt: Prompt, deadline: Deadline) -> TierResult:
        result = TierResult("unavailable")
        invalid_answers = 0
        try:
            for lane in self.lanes:
                if deadline.expired:
                    raise _Stop("timed_out")
                if not lane.breaker.allow():
                    result.calls.append(self._record(lane, "breaker_open"))
                    continue
                answered, invalid = self._ask_lane(lane, prompt, deadline, result, invalid_answers)
                invalid_answers += invalid
                if answered:
                    return result
                if invalid_answers > 1:
                    result.outcome = "invalid_answer"
                    return result
        except _Stop as stop:
            result.outcome = stop.outcome
        return result

    def _ask_lane(
        self, lane: ProviderLane, prompt: Prompt, deadline: Deadline, result: TierResult, invalid_so_far: int
    ) -> tuple[bool, int]:
        """Try the lane's keys until one answers; (answered, invalid answers seen)."""
        provider, invalid = lane.provider, 0
        reported = False  # whether the breaker heard how the provider is doing
        try:
            while True:
                if deadline.expired:
                    raise _Stop("timed_out")
                try:
                    lease = lane.keys.acquire()
                except Exception as exc:  # the secret could not be read: not the provider's fault
                    self._log_unreadable(lane, exc)
                    result.calls.append(self._record(lane, "keys_unreadable"))
                    return False, invalid
                if lease is None:
                    result.calls.append(self._record(lane, "no_usable_key"))
                    return False, invalid
                estimate = provider.cost_usd(prompt.estimated_tokens, self._max_output_tokens)
                try:
                    reservation = self._spend.reserve(estimate)
                except Exception:  # spend that cannot be counted is not spent; the local answer stands
                    logger.warning("llm spend guard unreachable", exc_info=True)
                    raise _Stop("unavailable") from None
                if reservation is None:
                    raise _Stop("budget_exhausted")
                timeout = min(provider.timeout_seconds, deadline.remaining())
                try:
                    completion = self._chat.complete(
                        provider, lease.key, prompt, timeout_seconds=timeout, max_output_tokens=self._max_output_tokens
                    )
                except CallFailed as failure:
                    # A timed-out or invalid answer may still be billed: keep the estimate for those.
                    billed = isinstance(failure, CallTimedOut | InvalidAnswer)
                    self._settle(reservation, estimate if billed else 0.0)
                    result.calls.append(self._record(lane, failure.outcome, lease))
                    self._log(lane, lease, failure.outcome)
                    if isinstance(failure, RateLimited):
                        lane.keys.rate_limited(lease, failure.retry_after_seconds)
                        continue
                    if isinstance(failure, KeyRefused):
                        try:
                            lane.keys.rejected(lease)
                        except Exception as exc:  # the re-read failed: the next acquire says so
                            self._log_unreadable(lane, exc)
                        continue
                    if isinstance(failure, InvalidAnswer):
                        reported = True
                        lane.breaker.succeeded()  # the provider is up; its answer was the problem
                        invalid += 1
                        if invalid_so_far + invalid > 1:
                            return False, invalid
                        continue
                    assert isinstance(failure, ProviderFailed | CallTimedOut)
                    reported = True
                    lane.breaker.failed()
                    if deadline.expired:
                        raise _Stop("timed_out") from None
                    return False, invalid
                cost = provider.cost_usd(completion.tokens_in, completion.tokens_out)
                self._settle(reservation, cost)
                reported = True
                lane.breaker.succeeded()
                result.calls.append(
                    self._record(
                        lane,
                        "answered",
                        lease,
                        tokens_in=completion.tokens_in,
                        tokens_out=completion.tokens_out,
                        cost=cost,
                    )
                )
                self._log(lane, lease, "answered")
                result.outcome, result.answer, result.provider = "answered", completion.answer, provider
                return True, invalid
        finally:
            if not reported:
                lane.breaker.released()

    @staticmethod
    def _log_unreadable(lane: ProviderLane, exc: Exception) -> None:
        # The type only: a parse error's message could quote the secret's text.
        logger.warning("llm keys unreadable: %s", type(exc).__name__, extra={"provider": lane.provider.name})

    def _settle(self, reservation: Reservation, actual_usd: float) -> None:
        try:
            self._spend.settle(reservation, actual_usd)
        except Exception:  # the estimate stays counted: an over-count, never an under-count
            logger.warning("llm spend not reconciled", exc_info=True)

    def _record(
        self,
        lane: ProviderLane,
        outcome: str,
        lease: Lease | None = None,
        *,
        tokens_in: int = 0,
        tokens_out: int = 0,
        cost: float = 0.0,
    ) -> CallRecord:
        provider = lane.provider
        slot = lease.slot if lease else None
        return CallRecord(self.name, provider.name, provider.model, outcome, slot, tokens_in, tokens_out, cost)

    def _log(self, lane: ProviderLane, lease: Lease, outcome: str) -> None:
        level = logging.INFO if outcome == "answered" else logging.WARNING
        logger.log(
            level,
            "llm call %s",
            outcome,
            extra={"tier": self.name, "provider": lane.provider.name, "key_slot": lease.slot, "outcome": outcome},
        )
