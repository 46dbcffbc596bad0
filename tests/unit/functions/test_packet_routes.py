"""``split`` through the handlers on moto: the form field and JSON key, their errors, the sync page limit, the
task carrying its split to the worker, the worker's time left reaching the packet reader, and the answers'
``documents`` and ``pages``."""

from __future__ import annotations

import json
from typing import Any

import pytest
from doc_classifier.service.tasks import Priority

from functions.worker import handler as worker
from infra.local_runtime.containers import LocalContext
from tests.unit.extraction.builders import text_pdf
from tests.unit.functions.conftest import Aws, load_event
from tests.unit.functions.test_api_handler import call, error_code, multipart_event

# Three documents in four pages for the keyword classifier (pages are separated by form feeds).
PACKET = b"INVOICE no 7\fbank statement, March\fbank statement, page 2\fpay stub for May"


def uploads_event(body: dict[str, Any]) -> dict[str, Any]:
    event = load_event("api/uploads.json")
    event["body"] = json.dumps(body)
    return event


def result_event(task_id: str) -> dict[str, Any]:
    event = load_event("api/classification_result.json")
    event["path"] = event["requestContext"]["path"] = f"/classification_result/{task_id}"
    event["pathParameters"] = {"task_id": task_id}
    return event


def worker_event(task_id: str) -> dict[str, Any]:
    event = load_event("sqs/task_batch.json")
    record = event["Records"][0]
    record["body"] = json.dumps({"task_id": task_id, "priority": "high"})
    return {"Records": [record]}


def test_sync_split_answers_documents_and_pages(aws: Aws, context: LocalContext) -> None:
    status, body, _ = call(multipart_event({"industry": "finance", "split": "auto"}, PACKET), context)
    assert status == 200, body
    assert body["file_class"] == "invoice"
    assert [(d["file_class"], d["pages"]) for d in body["documents"]] == [
        ("invoice", [1, 1]),
        ("bank_statement", [2, 3]),
        ("pay_stub", [4, 4]),
    ]
    assert [p["page"] for p in body["pages"]] == [1, 2, 3, 4] and set(body["pages"][0]) == {
        "page",
        "file_class",
        "confidence",
        "classifier",
    }
    status, plain, _ = call(multipart_event({"industry": "finance"}, PACKET), context)
    assert status == 200 and plain["documents"] is None and plain["pages"] is None


@pytest.mark.parametrize("path", ["/classify_file", "/classify_file_async"])
def test_an_unknown_split_is_400_naming_the_valid_ones(aws: Aws, context: LocalContext, path: str) -> None:
    status, body, _ = call(multipart_event({"split": "sideways"}, PACKET, path=path), context)
    assert status == 400 and error_code(body) == "unknown_split_mode"
    assert "none, auto, per_page" in body["error"]["message"]


def test_an_unknown_split_on_uploads_is_400(aws: Aws, context: LocalContext) -> None:
    status, body, _ = call(uploads_event({"filename": "p.pdf", "split": "sideways"}), context)
    assert status == 400 and error_code(body) == "unknown_split_mode"
    status, body, _ = call(uploads_event({"filename": "p.pdf", "split": ["auto"]}), context)
    assert status == 422 and error_code(body) == "malformed_request"


def test_a_long_packet_on_the_sync_route_is_413_pointing_to_the_async_route(
    aws: Aws, context: LocalContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SYNC_MAX_PACKET_PAGES", "2")
    pdf = text_pdf([["invoice"], ["invoice"], ["invoice"]])
    status, body, _ = call(multipart_event({"split": "per_page"}, pdf), context)
    assert status == 413 and error_code(body) == "too_many_pages"
    assert "3 pages" in body["error"]["message"] and "/classify_file_async" in body["error"]["message"]
    assert aws.classifier.calls == 0
    status, body, _ = call(multipart_event({"split": "per_page"}, pdf, path="/classify_file_async"), context)
    assert status == 202, body


def test_an_uploaded_packet_is_split_by_the_worker_within_its_time_left(aws: Aws) -> None:
    status, ticket, _ = call(uploads_event({"filename": "p.pdf", "split": "auto"}), LocalContext("api", 128, 29))
    assert status == 201, ticket
    aws.blobs.put(ticket["upload"]["fields"]["key"], PACKET)
    timeout = 30
    assert worker.handler(worker_event(ticket["task_id"]), LocalContext("worker", 128, timeout)) == {
        "batchItemFailures": []
    }
    given, margin = aws.classifier.packet_limits, worker.STORE_MARGIN_SECONDS
    assert given is not None and timeout - margin - 2 < given.packet_timeout_seconds <= timeout - margin
    status, body, _ = call(result_event(ticket["task_id"]), LocalContext("api", 128, 29))
    assert status == 200 and body["split"] == "auto" and body["status"] == "completed"
    assert [d["pages"] for d in body["result"]["documents"]] == [[1, 1], [2, 3], [4, 4]]
    assert len(body["result"]["pages"]) == 4 and body["result"]["metadata"]["pages_not_read"] == 0


def test_an_async_submission_carries_its_split(aws: Aws, context: LocalContext) -> None:
    status, body, _ = call(multipart_event({"split": "per_page"}, PACKET, path="/classify_file_async"), context)
    assert status == 202
    assert aws.service.get_task(body["task_id"]).split == "per_page"
    assert aws.service.queue_depths()[Priority.HIGH].visible == 1
