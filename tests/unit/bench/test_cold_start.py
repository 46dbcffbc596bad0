"""The cold-start bench's first requests: real handlers in fresh interpreters, against its own loopback emulator."""

from __future__ import annotations

from bench.cold_start import first_requests


def test_the_api_and_the_worker_answer_their_first_requests() -> None:
    # first_requests itself fails unless /health and the classification answer 200, the submit 202 and the
    # worker's batch has no failure: a bench that times errors would time the wrong thing.
    api, worker = first_requests(runs=1)
    assert [label for label, _ in api.requests] == ["GET /health", "POST /classify_file (text PDF)"]
    assert [label for label, _ in worker.requests] == ["one SQS message (text PDF)"]
    for first in (api, worker):
        assert first.import_seconds > 0 and all(seconds > 0 for _, seconds in first.requests)
