"""Retry timing and Retry-After parsing of the remote client."""

from __future__ import annotations

import random
from datetime import UTC, datetime

from doc_classifier.service.pacing import RateLimiter, RetryPolicy, parse_retry_after

NOW = datetime(2026, 12, 2, 12, 0, 0, tzinfo=UTC)


def test_retry_after_in_seconds_or_as_an_http_date() -> None:
    assert parse_retry_after("3") == 3.0
    assert parse_retry_after("Wed, 02 Dec 2026 12:00:07 GMT", now=lambda: NOW) == 7.0
    assert parse_retry_after("Wed, 02 Dec 2026 11:00:00 GMT", now=lambda: NOW) == 0.0  # already past
    assert parse_retry_after("soon") is None
    assert parse_retry_after(None) is None


def test_backoff_doubles_up_to_the_cap_with_jitter_and_retry_after_is_a_floor() -> None:
    policy = RetryPolicy(base_delay=1.0, max_delay=8.0)
    rng = random.Random(1)
    for attempt, ceiling in [(1, 1.0), (2, 2.0), (3, 4.0), (4, 8.0), (9, 8.0)]:
        waits = [policy.delay(attempt, None, rng) for _ in range(50)]
        assert all(ceiling / 2 <= w <= ceiling for w in waits)
        assert len(set(waits)) > 1  # jittered
    assert all(policy.delay(1, 5.0, rng) >= 5.0 for _ in range(50))


def test_the_rate_limiter_spaces_requests_evenly() -> None:
    now = [0.0]
    slept: list[float] = []

    def sleep(seconds: float) -> None:
        slept.append(seconds)
        now[0] += seconds

    limiter = RateLimiter(4.0, clock=lambda: now[0], sleep=sleep)
    for _ in range(5):
        limiter.acquire()
    assert slept == [0.25, 0.25, 0.25, 0.25]
