"""The bench's command line."""

from __future__ import annotations

from bench.__main__ import parse_args


def test_async_only_is_off_unless_asked() -> None:
    assert not parse_args([])[2].async_only
    assert parse_args(["--async-only", "--runs", "2"])[2].async_only
