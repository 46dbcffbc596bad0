"""Fixtures shared by the unit tests."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.support.fake_openai import FakeOpenAI


@pytest.fixture
def fake() -> Iterator[FakeOpenAI]:
    """An OpenAI-compatible server on a loopback port, for the real ``openai`` client."""
    server = FakeOpenAI().start()
    yield server
    server.stop()
