"""Keys, providers and breakers: the tier keeps answering while keys are limited and providers are down."""

from __future__ import annotations

import json
import threading
from typing import Any

import pytest
from doc_classifier.llm.breaker import BreakerState, CircuitBreaker

from tests.support.fake_openai import FakeOpenAI, Fault
from tests.unit.llm.conftest import ChainFactory, FakeSecrets, ManualClock, ScriptedLocal, provider

DOCUMENT = b"Statement period 1-31 May. Opening balance 10. Closing balance 20."


@pytest.fixture(autouse=True)
def _unsure(local: ScriptedLocal) -> None:
    local.label, local.confidence = "unknown", 0.4


def one_tier(*providers: dict[str, Any], **extra: Any) -> dict[str, Any]:
    return {
        "providers": list(providers),
        "tiers": [{"name": "cheap", "providers": [p["name"] for p in providers]}],
        **extra,
    }


def outcomes(result: Any) -> list[tuple[str, str, int | None]]:
    return [(c["provider"], c["outcome"], c["key_slot"]) for c in result.metadata["llm"]["calls"]]


def test_calls_spread_across_keys_round_robin(fake: FakeOpenAI, make_chain: ChainFactory) -> None:
    chain = make_chain(one_tier(provider("p", fake.base_url, keys=("sk-1", "sk-2", "sk-3"))))
    for _ in range(4):
        chain.classify(DOCUMENT)
    assert [r.key for r in fake.requests] == ["sk-1", "sk-2", "sk-3", "sk-1"]


def test_a_rate_limited_key_rests_for_its_retry_after(
    fake: FakeOpenAI, make_chain: ChainFactory, clock: ManualClock
) -> None:
    chain = make_chain(one_tier(provider("p", fake.base_url, keys=("sk-1", "sk-2"))))
    fake.fail_next(Fault("rate_limit", retry_after=30))

    first = chain.classify(DOCUMENT)
    assert outcomes(first) == [("p", "rate_limited", 0), ("p", "answered", 1)]
    assert first.metadata["escalation"]["outcome"] == "answered"

    clock.advance(29)
    chain.classify(DOCUMENT)
    chain.classify(DOCUMENT)
    assert [r.key for r in fake.requests[2:]] == ["sk-2", "sk-2"]  # sk-1 still resting
    clock.advance(1)
    chain.classify(DOCUMENT)
    assert fake.requests[-1].key == "sk-1"


def test_a_429_without_retry_after_rests_for_the_configured_default(
    fake: FakeOpenAI, make_chain: ChainFactory, clock: ManualClock
) -> None:
    chain = make_chain(one_tier(provider("p", fake.base_url, keys=("sk-1", "sk-2")), rate_limit_cooldown_seconds=5))
    fake.fail_key("sk-1", Fault("rate_limit"))
    chain.classify(DOCUMENT)
    fake.fail_key("sk-1", None)
    clock.advance(4.9)
    chain.classify(DOCUMENT)
    assert fake.requests[-1].key == "sk-2"
    clock.advance(0.1)
    chain.classify(DOCUMENT)
    assert fake.requests[-1].key == "sk-1"


def test_every_key_limited_leaves_the_local_answer_unavailable(fake: FakeOpenAI, make_chain: ChainFactory) -> None:
    chain = make_chain(one_tier(provider("p", fake.base_url, keys=("sk-1", "sk-2"))))
    fake.fail_key("sk-1", Fault("rate_limit", retry_after=60))
    fake.fail_key("sk-2", Fault("rate_limit", retry_after=60))

    result = chain.classify(DOCUMENT)

    assert (result.file_class, result.metadata["classifier"]) == ("unknown", "local_model")
    assert result.metadata["escalation"] == {"reason": "unsure_unknown", "outcome": "unavailable"}
    assert outcomes(result)[-1] == ("p", "no_usable_key", None)
    assert len(fake.requests) == 2


def test_a_refused_key_is_set_aside_and_the_secret_read_again_at_once(
    fake: FakeOpenAI, make_chain: ChainFactory, secrets: FakeSecrets
) -> None:
    secrets.documents["llm-keys"] = json.dumps({"provider": "openai", "keys": ["sk-old", "sk-live"], "staged": []})
    chain = make_chain(one_tier(provider("p", fake.base_url, keys=(), secret_id="llm-keys")))
    fake.accept_only("sk-live", "sk-new")

    result = chain.classify(DOCUMENT)

    assert outcomes(result) == [("p", "key_refused", 0), ("p", "answered", 1)]
    assert secrets.forced_reads == 1
    for _ in range(3):  # set aside: only the live key is used from now on
        chain.classify(DOCUMENT)
    assert [r.key for r in fake.requests[2:]] == ["sk-live"] * 3

    # The secret changes (a rotation): every key gets a fresh start, the staged ones are never used.
    secrets.documents["llm-keys"] = json.dumps({"keys": ["sk-old", "sk-new"], "staged": ["sk-staged"]})
    chain.classify(DOCUMENT)
    chain.classify(DOCUMENT)
    assert {r.key for r in fake.requests[5:]} == {"sk-old", "sk-new"}
    assert "sk-staged" not in {r.key for r in fake.requests}


def test_a_failing_provider_gives_way_to_the_next_one_of_the_tier(fake: FakeOpenAI, make_chain: ChainFactory) -> None:
    second = FakeOpenAI().start()
    try:
        chain = make_chain(
            one_tier(provider("down", fake.base_url, keys=("sk-1",)), provider("up", second.base_url, keys=("sk-2",)))
        )
        fake.fail_key("sk-1", Fault("server_error"))
        second.answer("bank_statement", 0.97)

        result = chain.classify(DOCUMENT)

        assert outcomes(result) == [("down", "provider_error", 0), ("up", "answered", 0)]
        assert (result.file_class, result.metadata["classifier"]) == ("bank_statement", "up/gpt-4o-mini")
    finally:
        second.stop()


def test_the_breaker_opens_after_consecutive_failures_then_probes_once(
    fake: FakeOpenAI, make_chain: ChainFactory, clock: ManualClock
) -> None:
    second = FakeOpenAI().start()
    try:
        chain = make_chain(
            one_tier(
                provider("flaky", fake.base_url, keys=("sk-1",)),
                provider("backup", second.base_url, keys=("sk-2",)),
                breaker_failures=2,
                breaker_cooldown_seconds=30,
            )
        )
        breaker = chain.tiers[0].lanes[0].breaker
        fake.fail_key("sk-1", Fault("server_error"))
        chain.classify(DOCUMENT)
        assert breaker.state is BreakerState.CLOSED
        chain.classify(DOCUMENT)
        assert breaker.state is BreakerState.OPEN

        result = chain.classify(DOCUMENT)  # open: the flaky provider is not called at all
        assert outcomes(result) == [("flaky", "breaker_open", None), ("backup", "answered", 0)]
        assert len(fake.requests) == 2

        clock.advance(30)  # half-open: one probe, which fails, and the breaker opens again
        result = chain.classify(DOCUMENT)
        assert outcomes(result)[0] == ("flaky", "provider_error", 0)
        assert breaker.state is BreakerState.OPEN

        clock.advance(30)
        fake.fail_key("sk-1", None)  # recovered: the probe succeeds and the breaker closes
        result = chain.classify(DOCUMENT)
        assert outcomes(result) == [("flaky", "answered", 0)]
        assert breaker.state is BreakerState.CLOSED
    finally:
        second.stop()


def test_half_open_lets_exactly_one_probe_through() -> None:
    now = [0.0]
    breaker = CircuitBreaker(failure_threshold=1, cooldown_seconds=10, clock=lambda: now[0])
    breaker.failed()
    assert not breaker.allow()
    now[0] = 10
    assert breaker.allow()
    assert breaker.state is BreakerState.HALF_OPEN
    assert not breaker.allow()  # a second caller while the probe is out goes elsewhere
    breaker.released()  # the probe made no call (every key resting): the next caller probes
    assert breaker.allow()


def test_only_the_probes_own_thread_gives_the_probe_back() -> None:
    now = [0.0]
    breaker = CircuitBreaker(failure_threshold=1, cooldown_seconds=10, clock=lambda: now[0])
    breaker.failed()
    now[0] = 10
    assert breaker.allow()  # this thread probes
    # Another caller, let through before the breaker opened, made no call: the probe is still out.
    other = threading.Thread(target=breaker.released)
    other.start()
    other.join()
    assert breaker.state is BreakerState.HALF_OPEN
    assert not breaker.allow()


def test_with_every_provider_down_the_local_answer_stands(fake: FakeOpenAI, make_chain: ChainFactory) -> None:
    chain = make_chain(one_tier(provider("p", fake.base_url, keys=("sk-1",))))
    fake.fail_key("sk-1", Fault("server_error"))

    result = chain.classify(DOCUMENT)

    assert (result.file_class, result.confidence, result.metadata["classifier"]) == ("unknown", 0.4, "local_model")
    assert result.metadata["escalation"]["outcome"] == "unavailable"


@pytest.mark.parametrize("fault", ["outside_label", "malformed"])
def test_an_invalid_answer_is_asked_again_once(fake: FakeOpenAI, make_chain: ChainFactory, fault: str) -> None:
    chain = make_chain(one_tier(provider("p", fake.base_url, keys=("sk-1", "sk-2"))))
    fake.fail_next(Fault(fault))  # type: ignore[arg-type]
    fake.answer("bank_statement", 0.9)

    result = chain.classify(DOCUMENT)

    assert outcomes(result) == [("p", "invalid_answer", 0), ("p", "answered", 1)]
    assert result.file_class == "bank_statement"


def test_two_invalid_answers_fail_the_tier(fake: FakeOpenAI, make_chain: ChainFactory) -> None:
    chain = make_chain(one_tier(provider("p", fake.base_url, keys=("sk-1",))))
    fake.fail_next(Fault("outside_label"), Fault("malformed"), Fault("outside_label"))

    result = chain.classify(DOCUMENT)

    assert [c["outcome"] for c in result.metadata["llm"]["calls"]] == ["invalid_answer", "invalid_answer"]
    assert result.metadata["escalation"]["outcome"] == "invalid_answer"
    assert (result.file_class, result.metadata["classifier"]) == ("unknown", "local_model")
    assert len(fake.requests) == 2


class FlakySecrets(FakeSecrets):
    def __call__(self, secret_id: str, *, force: bool) -> str:
        if force:
            raise ConnectionError("Secrets Manager is unreachable")
        return super().__call__(secret_id, force=force)


def test_an_unreadable_secret_leaves_the_local_answer_unavailable(fake: FakeOpenAI, make_chain: ChainFactory) -> None:
    secrets = FlakySecrets()
    secrets.documents["keys"] = json.dumps({"keys": ["sk-bad"]})
    chain = make_chain(one_tier(provider("p", fake.base_url, keys=(), secret_id="keys")), reader=secrets)
    fake.accept_only("sk-good")

    result = chain.classify(DOCUMENT)  # 401, then the forced re-read fails: no error reaches the caller

    assert (result.metadata["classifier"], result.metadata["escalation"]["outcome"]) == ("local_model", "unavailable")
    assert outcomes(result) == [("p", "key_refused", 0), ("p", "no_usable_key", None)]


def test_health_reports_breakers_and_key_counts_without_key_values(fake: FakeOpenAI, make_chain: ChainFactory) -> None:
    chain = make_chain(
        one_tier(
            provider("p", fake.base_url, keys=("sk-1", "sk-2", "sk-3")), provider("q", fake.base_url, keys=("sk-q",))
        )
    )
    fake.fail_key("sk-1", Fault("rate_limit", retry_after=60))
    fake.fail_key("sk-2", Fault("unauthorized"))
    fake.fail_key("sk-3", Fault("server_error"))
    chain.classify(DOCUMENT)

    health = chain.health()

    assert health == {
        "p": {"breaker": "closed", "keys": 3, "resting": 1, "set_aside": 1},
        "q": {"breaker": "closed", "keys": 1, "resting": 0, "set_aside": 0},
    }
    assert "sk-" not in json.dumps(health)
