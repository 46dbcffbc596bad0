"""A labelled training text: what every source of examples turns into."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Sample:
    text: str
    label: str
    group: str  # documents of one template share a group: validation holds whole templates out
    path: str
