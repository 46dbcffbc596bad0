"""The report's cold-start section shows each handler's import and then its first requests."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any, cast

from bench.cold_start import FirstRequests, ImportCost
from bench.report import Measurements, _imports


def test_the_cold_start_section_lists_each_handlers_first_requests() -> None:
    m: Any = SimpleNamespace(
        boto3_import=0.12,
        imports=[ImportCost("api", 0.19, 1.6, [("handler", 0.18)])],
        first_requests=[
            FirstRequests("api", 0.19, [("GET /health", 0.13), ("POST /classify_file (text PDF)", 0.33)]),
            FirstRequests("worker", 0.2, [("one SQS message (text PDF)", 0.43)]),
        ],
    )

    lines = _imports(cast(Measurements, m))

    assert "| api | 0.190 s | GET /health 0.130 s; POST /classify_file (text PDF) 0.330 s |" in lines
    assert "| worker | 0.200 s | one SQS message (text PDF) 0.430 s |" in lines
