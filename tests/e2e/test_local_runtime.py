"""The service over HTTP, as a user meets it after ``make run``: real documents, real emulated AWS."""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

import boto3
import pytest
import requests
from doc_classifier.service.remote import RemoteClient, RemoteError, queue_report, task_history

from tests.e2e.conftest import CORPUS, Runtime, free_port, start_runtime

pytestmark = [pytest.mark.e2e, pytest.mark.slow]

INVOICE = CORPUS / "invoice" / "heron__invoice_1.pdf"
STATEMENTS = sorted((CORPUS / "bank_statement").glob("*.pdf"))


def wait_for(check: Callable[[], Any], timeout: float = 60, every: float = 0.5) -> Any:
    deadline = time.monotonic() + timeout
    while True:
        value = check()
        if value:
            return value
        if time.monotonic() > deadline:
            raise AssertionError(f"condition not met within {timeout} s")
        time.sleep(every)


def result_of(runtime: Runtime, task_id: str) -> dict[str, Any]:
    body: dict[str, Any] = requests.get(f"{runtime.url}/classification_result/{task_id}", timeout=10).json()
    return body


def finished(runtime: Runtime, task_id: str) -> dict[str, Any] | None:
    body = result_of(runtime, task_id)
    return body if body["status"] in {"completed", "failed"} else None


def sqs(runtime: Runtime) -> Any:
    return boto3.client(
        "sqs",
        endpoint_url=runtime.aws_endpoint,
        region_name="us-east-1",
        aws_access_key_id="testing",
        aws_secret_access_key="testing",
    )


def queue_url(runtime: Runtime, logical: str) -> str:
    url: str = sqs(runtime).get_queue_url(QueueName=f"{runtime.prefix}-{logical}")["QueueUrl"]
    return url


def post_file(runtime: Runtime, route: str, path: Path, **fields: str) -> requests.Response:
    with path.open("rb") as handle:
        return requests.post(f"{runtime.url}{route}", files={"file": (path.name, handle)}, data=fields, timeout=60)


def post_packet(runtime: Runtime, route: str, data: bytes, **fields: str) -> requests.Response:
    """A PDF made in the test (a packet) posted as ``packet.pdf`` with the form ``fields`` (industry, split...)."""
    return requests.post(f"{runtime.url}{route}", files={"file": ("packet.pdf", data)}, data=fields, timeout=60)


def test_sync_classify_of_a_real_invoice_then_cache_hit(runtime: Runtime) -> None:
    first = post_file(runtime, "/classify_file", INVOICE, industry="finance")
    assert first.status_code == 200, first.text
    body = first.json()
    assert body["file_class"] == "invoice" and body["industry"] == "finance" and body["cached"] is False
    assert body["metadata"]["media_type"] == "application/pdf" and len(body["metadata"]["sha256"]) == 64
    again = post_file(runtime, "/classify_file", INVOICE, industry="finance").json()
    assert again["cached"] is True and again["file_class"] == body["file_class"]


def test_async_flow_to_completed(runtime: Runtime) -> None:
    accepted = post_file(runtime, "/classify_file_async", STATEMENTS[0], industry="finance", priority="low")
    assert accepted.status_code == 202, accepted.text
    body = accepted.json()
    assert body["status"] == "processing" and body["estimated_time"] > 0
    assert body["check_url"] == f"{runtime.url}/classification_result/{body['task_id']}"
    done = wait_for(lambda: finished(runtime, body["task_id"]))
    assert done["status"] == "completed", done
    assert done["result"]["file_class"] == "bank_statement" and done["result"]["processing_time"] is not None


def test_presigned_upload_with_a_real_http_post(runtime: Runtime) -> None:
    ticket = requests.post(f"{runtime.url}/uploads", json={"filename": INVOICE.name, "industry": "finance"}, timeout=10)
    assert ticket.status_code == 201, ticket.text
    upload = ticket.json()["upload"]
    with INVOICE.open("rb") as handle:
        posted = requests.post(upload["url"], data=upload["fields"], files={"file": (INVOICE.name, handle)}, timeout=30)
    assert posted.status_code in {200, 201, 204}, posted.text
    done = wait_for(lambda: finished(runtime, ticket.json()["task_id"]))
    assert done["status"] == "completed" and done["result"]["file_class"] == "invoice"
    # same bytes as the sync test: the worker answered from the cache
    assert done["result"]["cached"] is True


@pytest.mark.parametrize(
    ("request_kwargs", "route", "status", "code"),
    [
        # multipart without a file part (requests would send `data=` alone urlencoded: 415)
        ({"files": {"industry": (None, "finance")}}, "/classify_file", 400, "missing_file"),
        ({"data": {"industry": "finance"}}, "/classify_file", 415, "unsupported_content_type"),
        ({"files": {"file": ("a.pdf", b"")}}, "/classify_file", 400, "empty_file"),
        (
            {"files": {"file": ("a.pdf", b"%PDF")}, "data": {"industry": "astrology"}},
            "/classify_file",
            400,
            "unknown_industry",
        ),
        ({"files": {"file": ("invoice.pdf", bytes(range(256)) * 8)}}, "/classify_file", 415, None),
        (
            {"files": {"file": ("a.pdf", b"x")}, "data": {"priority": "urgent"}},
            "/classify_file_async",
            422,
            "malformed_request",
        ),
        ({"json": {"filename": "a.pdf", "colour": "red"}}, "/uploads", 422, "malformed_request"),
    ],
)
def test_error_statuses(
    runtime: Runtime, request_kwargs: dict[str, Any], route: str, status: int, code: str | None
) -> None:
    # The upload routes' burst is small and the other tests of this module share it: a 429 here is the
    # throttle doing its job (tested on its own below), so wait it out as a client would.
    for _ in range(20):
        response = requests.post(f"{runtime.url}{route}", timeout=30, **request_kwargs)
        if response.status_code != 429:
            break
        time.sleep(0.5)
    assert response.status_code == status, response.text
    error = response.json()["error"]
    assert error["message"] and (code is None or error["code"] == code)


def test_unknown_task_is_404_and_unknown_route_is_api_gateways_403(runtime: Runtime) -> None:
    response = requests.get(f"{runtime.url}/classification_result/does-not-exist", timeout=10)
    assert response.status_code == 404 and response.json()["error"]["code"] == "task_not_found"
    nowhere = requests.get(f"{runtime.url}/nowhere", timeout=10)
    assert nowhere.status_code == 403 and nowhere.json()["message"] == "Missing Authentication Token"
    assert nowhere.json()["error"]["code"] == "route_not_found"


def test_poison_message_reaches_the_dlq_and_shows_in_metrics(runtime: Runtime) -> None:
    sqs(runtime).send_message(QueueUrl=queue_url(runtime, "high"), MessageBody="not a task at all")
    # 3 receives, each failing, 3 s apart (the visibility timeout), then SQS moves it to the DLQ.
    metrics = wait_for(
        lambda: (m := requests.get(f"{runtime.url}/metrics", timeout=10).json())["queue"]["dlq_depth"] >= 1 and m,
        timeout=45,
    )
    assert metrics["queue"]["backends"] == {
        "tasks_table": True,
        "cache_table": True,
        "queue": True,
        "bucket": True,
    }
    text = requests.get(f"{runtime.url}/metrics", headers={"Accept": "text/plain"}, timeout=10).text
    assert "doc_classifier_dlq_messages 1" in text or "doc_classifier_dlq_messages 2" in text


def test_worker_crash_mid_batch_redelivers_and_keeps_one_result(tmp_path: Path) -> None:
    """A worker takes a batch, finishes one document, dies; the redelivered batch yields one result each."""
    api_only = start_runtime(tmp_path, "--no-workers", "--visibility-timeout", "3", prefix="crash")
    try:
        task_ids = [
            post_file(api_only, "/classify_file_async", path, industry="finance").json()["task_id"]
            for path in STATEMENTS
        ]
        client = sqs(api_only)
        high = queue_url(api_only, "high")
        batch = wait_for(
            lambda: client.receive_message(QueueUrl=high, MaxNumberOfMessages=10, AttributeNames=["All"]).get(
                "Messages"
            )
        )
        first = json.loads(batch[0]["Body"])["task_id"]
        # The crashing worker: the real handler code completes the first record, then the process dies
        # before acknowledging anything (no delete, no batchItemFailures).
        from tests.e2e.crash import complete_one_record  # noqa: PLC0415 - needs the runtime's environment

        complete_one_record(api_only.aws_endpoint, "crash", batch[0])
        before = result_of(api_only, first)
        assert before["status"] == "completed"

        workers = start_runtime(
            tmp_path, "--visibility-timeout", "3", aws_endpoint=api_only.aws_endpoint, prefix="crash"
        )
        try:
            results = [wait_for(partial(finished, api_only, task_id)) for task_id in task_ids]
        finally:
            workers.stop()
        assert [r["status"] for r in results] == ["completed"] * len(task_ids)
        after = result_of(api_only, first)
        assert after["result"] == before["result"] and after["updated_at"] == before["updated_at"]
        attributes = client.get_queue_attributes(QueueUrl=high, AttributeNames=["All"])["Attributes"]
        assert attributes["ApproximateNumberOfMessages"] == "0"
        assert attributes["ApproximateNumberOfMessagesNotVisible"] == "0"
    finally:
        api_only.stop()


def test_remote_client_classifies_a_folder_and_reports_queues(runtime: Runtime) -> None:
    client = RemoteClient(runtime.url, sync_max_bytes=2048)  # the bank statements (>3 KB) go through /uploads
    seen: list[tuple[int, int]] = []
    results = dict(
        client.classify_folder(
            STATEMENTS,
            "finance",
            deadline_seconds=90,
            progress=lambda done, total: seen.append((done, total)),
        )
    )
    assert set(results) == set(STATEMENTS)
    assert {task["result"]["file_class"] for task in results.values()} == {"bank_statement"}
    assert seen[-1] == (len(STATEMENTS), len(STATEMENTS))
    task = task_history(client, next(iter(results.values()))["task_id"])
    statuses = [h["status"] for h in task["history"]]
    assert statuses[0] == "queued" and statuses[-1] == "completed"
    assert {"queue_length", "in_flight", "dlq_depth"} <= set(queue_report(client))
    with pytest.raises(RemoteError) as error:
        client.result("no-such-task")
    assert (error.value.status, error.value.code) == (404, "task_not_found")


def test_backend_down_answers_503_and_ready_names_it(tmp_path: Path) -> None:
    from moto.server import ThreadedMotoServer  # noqa: PLC0415 - only this test runs its own emulator

    port = free_port()
    emulator = ThreadedMotoServer(ip_address="127.0.0.1", port=port)
    emulator.start()
    runtime = start_runtime(tmp_path, "--no-workers", aws_endpoint=f"http://127.0.0.1:{port}", prefix="down")
    try:
        assert requests.get(f"{runtime.url}/ready", timeout=10).status_code == 200
        emulator.stop()
        ready = requests.get(f"{runtime.url}/ready", timeout=60)
        assert ready.status_code == 503 and ready.json()["error"]["code"] == "not_ready"
        submitted = post_file(runtime, "/classify_file_async", STATEMENTS[0], industry="finance")
        assert submitted.status_code == 503, submitted.text
        assert submitted.json()["error"]["code"] == "backend_unavailable"
        assert requests.get(f"{runtime.url}/health", timeout=10).status_code == 200  # liveness needs no backend
    finally:
        runtime.stop()


def test_keys_on_an_external_emulator_without_credentials(tmp_path: Path) -> None:
    """``AWS_ENDPOINT_URL=... make run --api-key K`` with no AWS credentials configured: it starts (dummy
    credentials for the emulator), serves the real handler behind the key check, and never prints the key."""
    from moto.server import ThreadedMotoServer  # noqa: PLC0415 - only this test and the next run their own emulator

    key = "e2e-s3cr3t-k3y-00000000000"
    bulk_key = "e2e-bulk-k3y-000000000000"
    port = free_port()
    emulator = ThreadedMotoServer(ip_address="127.0.0.1", port=port)
    emulator.start()
    runtime = start_runtime(
        tmp_path,
        "--no-workers",
        "--api-key",
        key,
        "--tier-key",
        "bulk",
        bulk_key,
        aws_endpoint=f"http://127.0.0.1:{port}",
        prefix="keys",
        credentials=False,
    )
    try:
        assert requests.get(f"{runtime.url}/ready", headers={"x-api-key": key}, timeout=30).status_code == 200
        refused = requests.get(f"{runtime.url}/industries", timeout=10)
        assert refused.status_code == 403 and refused.json()["message"] == "Forbidden"
        industries = requests.get(f"{runtime.url}/industries?k={key}", headers={"x-api-key": key}, timeout=10)
        assert industries.status_code == 200 and "finance" in industries.text
        # Per client: the standard tier's upload limit (2/s, burst 4) refuses a quick series, the bulk tier's not.
        uploads = {
            tier: [
                requests.post(
                    f"{runtime.url}/uploads", json={"filename": "x.pdf"}, headers={"x-api-key": k}, timeout=10
                ).status_code
                for _ in range(10)
            ]
            for tier, k in (("standard", key), ("bulk", bulk_key))
        }
        assert 429 in uploads["standard"] and 201 in uploads["standard"]
        assert set(uploads["bulk"]) == {201}
    finally:
        runtime.stop()
        emulator.stop()
    output = runtime.log.read_text()
    assert '-H "x-api-key: $API_KEY"' in output and "dummy ones for the emulator" in output
    assert key not in output and bulk_key not in output
