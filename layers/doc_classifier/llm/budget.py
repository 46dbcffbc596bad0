"""The time budget for all LLM work on one document, and which budget applies (sync route or worker)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar

_IN_WORKER: ContextVar[bool] = ContextVar("llm_in_worker", default=False)


@contextmanager
def worker_budget() -> Iterator[None]:
    """Classifications inside get the worker's longer LLM budget (the sync route's caller is waiting)."""
    token = _IN_WORKER.set(True)
    try:
        yield
    finally:
        _IN_WORKER.reset(token)


def in_worker() -> bool:
    return _IN_WORKER.get()


class Deadline:
    def __init__(self, seconds: float, clock: Callable[[], float]) -> None:
        self._clock = clock
        self._ends_at = clock() + seconds

    def remaining(self) -> float:
        return max(0.0, self._ends_at - self._clock())

    @property
    def expired(self) -> bool:
        return self.remaining() <= 0
