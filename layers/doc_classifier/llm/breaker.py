"""A circuit breaker per provider: a provider that keeps failing is skipped until a probe succeeds."""

from __future__ import annotations

import enum
import threading
from collections.abc import Callable


class BreakerState(enum.StrEnum):
    CLOSED = "closed"  # calls flow
    OPEN = "open"  # calls skip this provider until the cool-down has passed
    HALF_OPEN = "half_open"  # one probe call is under way; its outcome closes or re-opens


class CircuitBreaker:
    def __init__(
        self,
        *,
        failure_threshold: int,
        cooldown_seconds: float,
        clock: Callable[[], float],
        on_open: Callable[[], None] | None = None,
    ) -> None:
        self._threshold = failure_threshold
        self._on_open = on_open  # told once per transition to open (metrics), outside the lock
        self._cooldown = cooldown_seconds
        self._clock = clock
        self._lock = threading.Lock()
        self._state = BreakerState.CLOSED
        self._failures = 0
        self._opened_at = 0.0
        self._prober: int | None = None  # the thread whose call probes a half-open provider

    @property
    def state(self) -> BreakerState:
        with self._lock:
            return self._state

    def allow(self) -> bool:
        """Whether a call may go to the provider now; after the cool-down, exactly one caller probes."""
        with self._lock:
            if self._state is BreakerState.CLOSED:
                return True
            if self._state is BreakerState.OPEN and self._clock() - self._opened_at >= self._cooldown:
                self._state = BreakerState.HALF_OPEN
                self._prober = threading.get_ident()
                return True
            return False

    def succeeded(self) -> None:
        with self._lock:
            self._state = BreakerState.CLOSED
            self._failures = 0

    def failed(self) -> None:
        with self._lock:
            self._failures += 1
            opened = False
            if self._state is BreakerState.HALF_OPEN or self._failures >= self._threshold:
                opened = self._state is not BreakerState.OPEN
                self._state = BreakerState.OPEN
                self._opened_at = self._clock()
        if opened and self._on_open is not None:
            self._on_open()

    def released(self) -> None:
        """The caller made no call that says anything about the provider (every key was resting).

        Only the probe's own thread gives the probe back: another caller, let through before the breaker opened
        (a packet's pages are asked on several threads), must not make way for a second probe while one is out."""
        with self._lock:
            if self._state is BreakerState.HALF_OPEN and self._prober == threading.get_ident():
                self._state = BreakerState.OPEN  # the cool-down has passed: the next caller probes
