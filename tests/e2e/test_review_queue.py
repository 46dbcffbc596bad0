"""The review queue on the real local runtime: real documents the model is unsure of, real emulated AWS."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from typing import Any

import boto3
import pytest
import requests
from PIL import Image

from tests.e2e.conftest import CORPUS, REPO, Runtime
from tests.e2e.test_local_runtime import finished, post_file, post_packet, wait_for
from tests.support.packets import packet_pdf

pytestmark = [pytest.mark.e2e, pytest.mark.slow]

# A real invoice the packaged model cannot place (finance: unknown, confidence about 0.57).
UNSURE_PDF = CORPUS / "invoice" / "invoice2data__FlipkartInvoice.pdf"
UNSURE_TEXT = b"Meeting notes: we discussed the weather and the lunch plans for Friday."


def s3(runtime: Runtime) -> Any:
    return boto3.client(
        "s3",
        endpoint_url=runtime.aws_endpoint,
        region_name="us-east-1",
        aws_access_key_id="testing",
        aws_secret_access_key="testing",
    )


def kept_keys(runtime: Runtime) -> set[str]:
    listing = s3(runtime).list_objects_v2(Bucket=f"{runtime.prefix}-uploads", Prefix="review/")
    return {item["Key"] for item in listing.get("Contents", [])}


def open_items(runtime: Runtime, **query: str) -> list[dict[str, Any]]:
    answer = requests.get(f"{runtime.url}/reviews", params={"status": "open", **query}, timeout=10)
    assert answer.status_code == 200, answer.text
    items: list[dict[str, Any]] = answer.json()["items"]
    return items


def export_feedback(runtime: Runtime) -> list[dict[str, Any]]:
    """``doc-classifier ops export-feedback`` as an operator runs it: the deployment's names in the environment."""
    env = {
        **os.environ,
        "AWS_ENDPOINT_URL": runtime.aws_endpoint,
        "AWS_DEFAULT_REGION": "us-east-1",
        "AWS_ACCESS_KEY_ID": "testing",
        "AWS_SECRET_ACCESS_KEY": "testing",
        "TASKS_TABLE_NAME": f"{runtime.prefix}-tasks",
        "CACHE_TABLE_NAME": f"{runtime.prefix}-cache",
        "UPLOAD_BUCKET_NAME": f"{runtime.prefix}-uploads",
    }
    run = subprocess.run(
        [sys.executable, "-m", "doc_classifier.cli", "ops", "export-feedback"],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    return [json.loads(line) for line in run.stdout.splitlines() if line.strip()]


def test_unsure_documents_are_reviewed_previewed_corrected_and_exported(runtime: Runtime) -> None:
    # sync: a real PDF the model is unsure of becomes a task in review
    answer = post_file(runtime, "/classify_file", UNSURE_PDF, industry="finance")
    assert answer.status_code == 200, answer.text
    sync = answer.json()
    assert sync["file_class"] == "unknown" and sync["review_task_id"], sync
    pdf_task = sync["review_task_id"]
    # async: a short ambiguous text, through the queue and the worker
    accepted = requests.post(
        f"{runtime.url}/classify_file_async",
        files={"file": ("notes.txt", UNSURE_TEXT)},
        data={"industry": "finance"},
        timeout=30,
    )
    assert accepted.status_code == 202, accepted.text
    text_task = accepted.json()["task_id"]
    assert wait_for(lambda: finished(runtime, text_task))["review"]["reason"] == "unknown"

    items = {item["task_id"]: item for item in open_items(runtime, industry="finance")}
    assert {pdf_task, text_task} <= set(items)
    assert items[pdf_task]["reason"] == "unknown" and "invoice" in items[pdf_task]["categories"]
    assert {f"review/{pdf_task}", f"review/{text_task}"} <= kept_keys(runtime)

    preview_url = f"{runtime.url}{items[pdf_task]['preview_url']}"
    preview = requests.get(preview_url, headers={"Accept": "image/png"}, timeout=30)
    assert preview.status_code == 200 and preview.headers["Content-Type"] == "image/png"
    page = Image.open(io.BytesIO(preview.content))
    assert page.format == "PNG" and page.width <= 800 and page.height <= 1100

    verdict = requests.post(
        f"{runtime.url}/classification_result/{pdf_task}/feedback",
        json={"correct_class": "invoice", "reviewer": "e2e"},
        timeout=10,
    )
    assert verdict.status_code == 200 and verdict.json()["reviewer"] == "e2e", verdict.text
    assert pdf_task not in {item["task_id"] for item in open_items(runtime)}
    assert f"review/{pdf_task}" not in kept_keys(runtime)  # deleted with the verdict
    gone = requests.get(f"{runtime.url}/classification_result/{pdf_task}/preview", timeout=10)
    assert gone.status_code == 409 and gone.json()["error"]["code"] == "not_in_review"

    exported = {row["task_id"]: row for row in export_feedback(runtime)}
    assert exported[pdf_task]["correct_class"] == "invoice" and exported[pdf_task]["predicted_class"] == "unknown"
    assert exported[pdf_task]["reviewer"] == "e2e" and exported[pdf_task]["review_reason"] == "unknown"
    assert text_task not in exported  # still waiting for its verdict


def test_bad_review_queries_are_400(runtime: Runtime) -> None:
    for query, code in (({"status": "later"}, "invalid_review_status"), ({"cursor": "x"}, "invalid_cursor")):
        answer = requests.get(f"{runtime.url}/reviews", params=query, timeout=10)
        assert answer.status_code == 400 and answer.json()["error"]["code"] == code


def test_a_reviewer_corrects_a_packets_documents_and_its_split(runtime: Runtime) -> None:
    data, spans = packet_pdf(["bank_statement", "invoice", "pay_stub"], seed=5)
    accepted = post_packet(runtime, "/classify_file_async", data, industry="finance", split="auto")
    assert accepted.status_code == 202, accepted.text
    task_id = accepted.json()["task_id"]
    result = wait_for(lambda: finished(runtime, task_id))["result"]
    pages = spans[-1].last
    assert result["documents"][-1]["pages"][1] == pages
    url = f"{runtime.url}/classification_result/{task_id}/feedback"

    # A verdict says something, and its documents describe every page read, in order.
    for body in ({"reviewer": "e2e"}, {"documents": [{"pages": [1], "correct_class": "invoice"}]}):
        refused = requests.post(url, json=body, timeout=10)
        assert refused.status_code == 422 and refused.json()["error"]["code"] == "malformed_request", refused.text
    gap = {
        "documents": [{"pages": [1, 1], "correct_class": "invoice"}, {"pages": [3, pages], "correct_class": "invoice"}]
    }
    refused = requests.post(url, json=gap, timeout=10)
    assert refused.status_code == 400 and refused.json()["error"]["code"] == "invalid_feedback", refused.text
    assert "the next one starts at page 2" in refused.json()["error"]["message"]

    # The reviewer's documents: the first two read as one (say, the statement's attached sheet), the rest as found.
    assert [(d["file_class"], *d["pages"]) for d in result["documents"]] == [(s.label, s.first, s.last) for s in spans]
    documents = [{"pages": [1, spans[1].last], "correct_class": spans[0].label}] + [
        {"pages": [span.first, span.last], "correct_class": span.label} for span in spans[2:]
    ]
    verdict = requests.post(url, json={"documents": documents, "reviewer": "e2e"}, timeout=10)
    assert verdict.status_code == 200, verdict.text
    recorded = verdict.json()
    assert recorded["correct_class"] == "bank_statement"  # its first document's, which is not unknown
    assert recorded["agreed"] is False and recorded["documents"][0]["predicted_class"] is None
    assert [d["agreed"] for d in recorded["documents"]] == [False, True]  # a split corrected, a document confirmed
    assert finished(runtime, task_id)["feedback"]["documents"] == recorded["documents"]
    exported = {row["task_id"]: row for row in export_feedback(runtime)}
    assert exported[task_id]["documents"] == recorded["documents"]
