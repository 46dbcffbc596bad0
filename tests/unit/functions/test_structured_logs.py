"""Every line a handler invocation logs, library loggers included, is Powertools JSON with the correlation id."""

from __future__ import annotations

import io
import json
import logging
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import pytest
from aws_lambda_powertools import Logger
from doc_classifier.service.tasks import Priority

from functions.api import handler as api
from functions.maintenance import handler as maintenance
from functions.worker import handler as worker
from infra.local_runtime.containers import LocalContext
from tests.unit.functions.conftest import Aws, load_event

INVOICE = b"Invoice number 7, amount due 10, confidential text"


@contextmanager
def captured(logger: Logger) -> Iterator[io.StringIO]:
    """Everything written by the handler the Powertools logger shares with the library loggers."""
    buffer = io.StringIO()
    handlers = [h for h in logger.handlers if isinstance(h, logging.StreamHandler)]
    assert handlers
    previous = [h.setStream(buffer) for h in handlers]
    try:
        yield buffer
    finally:
        for handler, stream in zip(handlers, previous, strict=True):
            handler.setStream(stream)


def json_lines(buffer: io.StringIO) -> list[dict[str, Any]]:
    text = buffer.getvalue()
    assert text, "nothing was logged"
    return [json.loads(line) for line in text.splitlines()]  # a plain-text line fails here


def test_api_library_lines_carry_the_request_id(
    aws: Aws, context: LocalContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CACHE_TABLE_NAME", "does-not-exist")  # service/api/errors.py logs the refused call
    event = load_event("api/classify_file.json")
    with captured(api.logger) as output:
        assert api.handler(event, context)["statusCode"] == 503
    lines = json_lines(output)
    library = [line for line in lines if line.get("name") == "doc_classifier.service.api.errors"]
    assert [line["message"] for line in library] == ["backend call failed"]
    assert library[0]["level"] == "WARNING" and library[0]["aws_error_code"] == "ResourceNotFoundException"
    assert {line["correlation_id"] for line in lines} == {event["requestContext"]["requestId"]}
    assert "confidential" not in output.getvalue() and "invoice" not in output.getvalue().lower()


def test_worker_library_lines_carry_the_message_id(aws: Aws, context: LocalContext) -> None:
    task_id = aws.service.submit(INVOICE, "finance", Priority.HIGH).task.task_id
    record = load_event("sqs/task_batch.json")["Records"][0]
    record["body"] = json.dumps({"task_id": task_id, "priority": "high"})
    assert worker.handler({"Records": [record]}, context) == {"batchItemFailures": []}
    record["attributes"]["ApproximateReceiveCount"] = "2"  # redelivered: task_service logs that it is done
    with captured(worker.logger) as output:
        assert worker.handler({"Records": [record]}, context) == {"batchItemFailures": []}
    lines = json_lines(output)
    library = [line for line in lines if line.get("name") == "doc_classifier.service.task_service"]
    assert [line["message"] for line in library] == [
        "task already finished; message acknowledged, its document deleted"
    ]
    assert library[0]["correlation_id"] == record["messageId"] and library[0]["task_id"] == task_id
    assert "confidential" not in output.getvalue()


def test_maintenance_lines_carry_the_schedule_event_id(
    aws: Aws, context: LocalContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("STUCK_TASK_DEADLINE_MINUTES", "0.001")  # 60 ms
    from doc_classifier.service import wiring  # noqa: PLC0415 - settings are read when the service is built

    wiring.aws_task_service.cache_clear()
    aws.service.submit(INVOICE, None, Priority.LOW)
    time.sleep(0.1)
    event = load_event("schedule/maintenance.json")
    with captured(maintenance.logger) as output:
        assert len(maintenance.handler(event, context)["swept"]) == 1
    lines = json_lines(output)
    assert [line["message"] for line in lines] == ["failed tasks past their deadline"]
    assert {line["correlation_id"] for line in lines} == {event["id"]}


def test_a_library_logger_created_later_is_routed_too(aws: Aws, context: LocalContext) -> None:
    """The classification path is imported lazily; its loggers reach the handler through ``doc_classifier``."""
    late = logging.getLogger("doc_classifier.some_module_imported_on_first_use")
    event = load_event("api/health.json")

    @api.logger.inject_lambda_context(correlation_id_path="requestContext.requestId")
    def handler(event: dict[str, Any], context: Any) -> None:
        late.warning("late line")

    with captured(api.logger) as output:
        handler(event, context)
    (line,) = json_lines(output)
    assert line["message"] == "late line" and line["correlation_id"] == event["requestContext"]["requestId"]
