"""The service's counters summed in the container and written to the shared store in one ``ADD``.

Every classification, escalation and feedback adds to counters that are aggregate metrics (``GET /metrics``,
``estimated_time``); writing each addition costs a storage call per request. Here they are summed per
container and written at most once every ``flush_seconds``, by the handler at the end of an invocation: a
frozen Lambda container runs no code, so a timer could never flush. What that costs: counts added since the
last write wait for the container's next invocation, and are lost if the container is never invoked again
(at most ``flush_seconds`` of its last activity). A write that fails keeps the sums for the next one and never
fails the request that triggered it; a write that fails after DynamoDB applied it counts twice, like any
retried ``ADD``.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Mapping

from doc_classifier.service.ports import StatsStore

logger = logging.getLogger(__name__)


class BufferedStats(StatsStore):
    """A ``StatsStore`` whose additions wait in the container until ``flush``; reads include them."""

    def __init__(self, store: StatsStore, flush_seconds: float, clock: Callable[[], float] = time.monotonic) -> None:
        self._store = store
        self._flush_seconds = flush_seconds
        self._clock = clock
        self._pending: dict[str, float] = {}
        self._last_flush = float("-inf")
        self._lock = threading.Lock()

    def add(self, counters: Mapping[str, float]) -> None:
        with self._lock:
            self._merge(counters)

    def read(self) -> dict[str, float]:
        """The shared counters plus this container's unwritten sums, so it always sees its own work."""
        stored = self._store.read()
        with self._lock:
            for name, amount in self._pending.items():
                stored[name] = stored.get(name, 0.0) + amount
        return stored

    def ping(self) -> None:
        self._store.ping()

    def flush(self) -> None:
        """Write the sums if the last write is ``flush_seconds`` old; never raises."""
        with self._lock:
            if not self._pending or self._clock() - self._last_flush < self._flush_seconds:
                return
            pending, self._pending = self._pending, {}
            self._last_flush = self._clock()
        try:
            self._store.add(pending)
        except Exception as exc:  # a late count, never a failed request
            logger.warning("counters not written, kept for the next flush: %s", type(exc).__name__)
            with self._lock:
                self._merge(pending)

    def _merge(self, counters: Mapping[str, float]) -> None:
        for name, amount in counters.items():
            self._pending[name] = self._pending.get(name, 0.0) + amount
