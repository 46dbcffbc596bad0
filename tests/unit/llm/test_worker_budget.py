"""The worker handler classifies under the worker's LLM budget; the sync route does not."""

from __future__ import annotations

import os
from typing import Any

import pytest
from doc_classifier.llm.budget import in_worker

os.environ.setdefault("POWERTOOLS_SERVICE_NAME", "doc-classifier")
os.environ.setdefault("POWERTOOLS_METRICS_NAMESPACE", "DocClassifierTest")
os.environ.setdefault("POWERTOOLS_TRACE_DISABLED", "true")

from aws_lambda_powertools.utilities.data_classes.sqs_event import SQSRecord

from functions.worker import handler as worker


class RecordingService:
    def __init__(self) -> None:
        self.in_worker: list[bool] = []

    def process_message(self, body: str, receive_count: int) -> list[Any]:
        self.in_worker.append(in_worker())
        return []


def test_the_worker_handler_classifies_under_the_worker_budget(monkeypatch: pytest.MonkeyPatch) -> None:
    service = RecordingService()
    monkeypatch.setattr(worker, "aws_task_service", lambda: service)
    record = SQSRecord({"messageId": "m-1", "body": "{}", "attributes": {"ApproximateReceiveCount": "1"}})

    worker.record_handler(record)

    assert service.in_worker == [True]
    assert not in_worker()  # only inside the handler
