"""A breaker tells once per transition to open (the LlmBreakerOpened metric and counter), never per failure."""

from __future__ import annotations

from doc_classifier.llm.breaker import CircuitBreaker


def test_on_open_is_called_once_per_opening_including_a_failed_probe() -> None:
    now = [0.0]
    opened: list[float] = []
    breaker = CircuitBreaker(
        failure_threshold=2, cooldown_seconds=10, clock=lambda: now[0], on_open=lambda: opened.append(now[0])
    )
    breaker.failed()
    assert opened == []  # one failure under the threshold
    breaker.failed()
    breaker.failed()  # a late failure of a call made before it opened: already open
    assert opened == [0.0]
    now[0] = 10.0
    assert breaker.allow()  # half-open probe
    breaker.failed()
    assert opened == [0.0, 10.0]
    now[0] = 20.0
    assert breaker.allow()
    breaker.succeeded()
    assert opened == [0.0, 10.0]
