"""How the remote client stays within a deployment's usage plan and rides out throttling.

API Gateway counts every request of a key against its usage plan (5 req/s by default), polls
included, so the client spaces all its requests with one rate limit. Answers that say "later"
(429, 503) and lost connections are retried with capped exponential backoff and jitter, never
sooner than the service's ``Retry-After``, within a bounded number of attempts and seconds.
"""

from __future__ import annotations

import random
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime

RETRYABLE_STATUSES = frozenset({429, 503})


class RateLimiter:
    """At most ``rate`` requests per second, evenly spaced: no burst, the plan's burst is shared with others."""

    def __init__(
        self,
        rate: float,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        if rate <= 0:
            raise ValueError(f"rate must be positive, got {rate}")
        self._interval = 1.0 / rate
        self._next = float("-inf")
        self._clock = clock
        self._sleep = sleep
        self._lock = threading.Lock()

    def acquire(self) -> None:
        with self._lock:
            now = self._clock()
            start = max(now, self._next)
            self._next = start + self._interval
        if start > now:
            self._sleep(start - now)


@dataclass(frozen=True)
class RetryPolicy:
    max_attempts: int = 6  # including the first
    max_total_seconds: float = 120.0  # per request, waits included
    base_delay: float = 0.5
    max_delay: float = 30.0

    def __post_init__(self) -> None:
        if self.max_attempts < 1 or self.max_total_seconds < 0 or self.base_delay <= 0:
            raise ValueError(f"invalid retry policy {self}")

    def delay(self, failed_attempts: int, retry_after: float | None, rng: random.Random) -> float:
        """Seconds to wait after the ``failed_attempts``-th failure.

        Equal jitter (half fixed, half random) keeps many clients from retrying in step; a
        ``Retry-After`` is a floor, with a little jitter on top for the same reason.
        """
        ceiling = min(self.max_delay, self.base_delay * 2.0 ** (failed_attempts - 1))
        backoff = ceiling / 2 + rng.uniform(0, ceiling / 2)
        if retry_after is None:
            return backoff
        return max(retry_after + rng.uniform(0, self.base_delay / 2), backoff)


def parse_retry_after(value: str | None, now: Callable[[], datetime] = lambda: datetime.now(UTC)) -> float | None:
    """Seconds from a ``Retry-After`` header (delta-seconds or an HTTP date); None when absent or unreadable."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - now()).total_seconds())
