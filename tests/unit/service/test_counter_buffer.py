"""Counters summed in the container: one write per flush, nothing lost across flushes or failed writes."""

from __future__ import annotations

import logging
from collections.abc import Mapping

import pytest
from doc_classifier.service.counter_buffer import BufferedStats
from doc_classifier.service.memory import MemoryStatsStore

from tests.unit.service.conftest import Clock


class CountedStore(MemoryStatsStore):
    """Records each write; fails the next ``failures`` of them."""

    def __init__(self) -> None:
        super().__init__()
        self.writes: list[dict[str, float]] = []
        self.failures = 0

    def add(self, counters: Mapping[str, float]) -> None:
        if self.failures:
            self.failures -= 1
            raise ConnectionError("table unreachable")
        self.writes.append(dict(counters))
        super().add(counters)


@pytest.fixture
def store() -> CountedStore:
    return CountedStore()


def test_additions_are_summed_and_written_in_one_add(store: CountedStore, clock: Clock) -> None:
    buffer = BufferedStats(store, flush_seconds=1.0, clock=clock)
    buffer.add({"cache_misses": 1, "processing_seconds_total": 0.25})
    buffer.add({"cache_misses": 1, "processing_seconds_total": 0.5, "llm_calls.cheap": 2})
    assert store.writes == []
    assert buffer.read() == {"cache_misses": 2, "processing_seconds_total": 0.75, "llm_calls.cheap": 2}
    buffer.flush()
    assert store.writes == [{"cache_misses": 2, "processing_seconds_total": 0.75, "llm_calls.cheap": 2}]
    assert buffer.read() == store.read()  # nothing counted twice once written


def test_a_container_writes_at_most_once_per_flush_interval_and_loses_nothing(
    store: CountedStore, clock: Clock
) -> None:
    buffer = BufferedStats(store, flush_seconds=1.0, clock=clock)
    for _ in range(12):  # 12 requests, 0.25 s apart, each flushing at its end as the handlers do
        buffer.add({"cache_hits": 1})
        buffer.flush()
        clock.now += 0.25
    assert len(store.writes) == 3  # at 0, 1 and 2 s
    assert store.read() == {"cache_hits": 9}
    assert buffer.read() == {"cache_hits": 12}  # the container still sees its own
    buffer.flush()  # the next invocation, 3 s in: the last ones
    assert store.read() == {"cache_hits": 12} and buffer.read() == {"cache_hits": 12}
    clock.now += 1
    buffer.flush()
    assert len(store.writes) == 4  # nothing left to write


def test_zero_writes_at_the_end_of_every_invocation(store: CountedStore, clock: Clock) -> None:
    buffer = BufferedStats(store, flush_seconds=0, clock=clock)
    for _ in range(3):
        buffer.add({"cache_hits": 1})
        buffer.flush()
    assert store.writes == [{"cache_hits": 1}] * 3


def test_a_failed_write_keeps_the_counts_for_the_next_and_never_raises(
    store: CountedStore, clock: Clock, caplog: pytest.LogCaptureFixture
) -> None:
    buffer = BufferedStats(store, flush_seconds=1.0, clock=clock)
    buffer.add({"cache_misses": 1})
    store.failures = 1
    with caplog.at_level(logging.WARNING, logger="doc_classifier.service.counter_buffer"):
        buffer.flush()  # no exception reaches the request
    assert "ConnectionError" in caplog.text and store.read() == {}
    buffer.add({"cache_misses": 1})
    assert buffer.read() == {"cache_misses": 2}
    buffer.flush()
    assert store.writes == []  # a table that just failed is not asked again at once
    clock.now += 1.0
    buffer.flush()
    assert store.writes == [{"cache_misses": 2}]
