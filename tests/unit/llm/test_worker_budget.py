"""The worker handler classifies under the worker's LLM budget; the sync route does not."""

from __future__ import annotations

import os
from typing import Any

import pytest
from doc_classifier.llm.budget import worker_time_left

os.environ.setdefault("POWERTOOLS_SERVICE_NAME", "doc-classifier")
os.environ.setdefault("POWERTOOLS_METRICS_NAMESPACE", "DocClassifierTest")
os.environ.setdefault("POWERTOOLS_TRACE_DISABLED", "true")

from aws_lambda_powertools.utilities.data_classes.sqs_event import SQSRecord

from functions.worker import handler as worker


class RecordingService:
    def __init__(self) -> None:
        self.time_left: list[float | None] = []

    def process_message(self, body: str, receive_count: int) -> list[Any]:
        self.time_left.append(worker_time_left())
        return []


class FakeContext:
    def __init__(self, remaining_ms: int) -> None:
        self._remaining_ms = remaining_ms

    def get_remaining_time_in_millis(self) -> int:
        return self._remaining_ms


def test_the_worker_handler_classifies_under_the_worker_budget(monkeypatch: pytest.MonkeyPatch) -> None:
    service = RecordingService()
    monkeypatch.setattr(worker, "aws_task_service", lambda: service)
    record = SQSRecord({"messageId": "m-1", "body": "{}", "attributes": {"ApproximateReceiveCount": "1"}})

    worker.record_handler(record, FakeContext(remaining_ms=100_000))
    worker.record_handler(record, FakeContext(remaining_ms=5_000))

    # capped by what the invocation has left, less the margin to store the result
    assert service.time_left == [100 - worker.STORE_MARGIN_SECONDS, 0.0]
    assert worker_time_left() is None  # only inside the handler
