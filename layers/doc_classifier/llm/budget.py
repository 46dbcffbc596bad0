"""The time budget for all LLM work on one document, and which budget applies (sync route or worker)."""

from __future__ import annotations

import math
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar

# Seconds the worker invocation has left for LLM work; None outside the worker (the sync route).
_WORKER_TIME_LEFT: ContextVar[float | None] = ContextVar("llm_worker_time_left", default=None)


@contextmanager
def worker_budget(time_left_seconds: float = math.inf) -> Iterator[None]:
    """Classifications inside get the worker's longer LLM budget (the sync route's caller is waiting),
    but never more than ``time_left_seconds``: Lambda stops an invocation at its timeout, result unsaved.
    A packet (split auto/per_page) is read for at most as long too (``TaskService``), its other pages not read."""
    token = _WORKER_TIME_LEFT.set(max(0.0, time_left_seconds))
    try:
        yield
    finally:
        _WORKER_TIME_LEFT.reset(token)


def worker_time_left() -> float | None:
    """The cap set by ``worker_budget``, None when not in the worker."""
    return _WORKER_TIME_LEFT.get()


class Deadline:
    def __init__(self, seconds: float, clock: Callable[[], float]) -> None:
        self._clock = clock
        self._ends_at = clock() + seconds

    def remaining(self) -> float:
        return max(0.0, self._ends_at - self._clock())

    @property
    def expired(self) -> bool:
        return self.remaining() <= 0
