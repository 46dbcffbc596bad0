from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from doc_classifier.config import PacketLimits
from doc_classifier.service.memory import (
    MemoryBlobStore,
    MemoryResultCache,
    MemoryStatsStore,
    MemoryTaskStore,
    MemoryWorkQueue,
)
from doc_classifier.service.settings import ServiceSettings
from doc_classifier.service.task_service import TaskService
from doc_classifier.taxonomy import load_taxonomy

from tests.support.fakes import KeywordClassifier


class Clock:
    def __init__(self, now: float = 1_700_000_000.0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def classifier() -> KeywordClassifier:
    return KeywordClassifier()


@pytest.fixture
def queue() -> MemoryWorkQueue:
    return MemoryWorkQueue()


@pytest.fixture
def stats() -> MemoryStatsStore:
    return MemoryStatsStore()


@pytest.fixture
def blobs() -> MemoryBlobStore:
    return MemoryBlobStore()


@pytest.fixture
def make_service(
    classifier: KeywordClassifier,
    clock: Clock,
    stats: MemoryStatsStore,
    blobs: MemoryBlobStore,
    queue: MemoryWorkQueue,
) -> Callable[..., TaskService]:
    """The service over the in-memory stores; a test holds the same stores through their fixtures."""

    def make(packet_limits: PacketLimits | None = None, **settings: Any) -> TaskService:
        return TaskService(
            classifier=lambda: classifier,
            taxonomy=load_taxonomy(),
            tasks=MemoryTaskStore(),
            cache=MemoryResultCache(),
            stats=stats,
            blobs=blobs,
            queue=queue,
            settings=ServiceSettings(**settings),
            clock=clock,
            packet_limits=packet_limits,
        )

    return make


@pytest.fixture
def service(make_service: Callable[..., TaskService]) -> TaskService:
    return make_service()
