"""The bench's load generator against the local gateway with a fake API function (no model, no emulator)."""

from __future__ import annotations

import hashlib
import json
import threading
import time
from collections import Counter
from typing import Any

import pytest

from bench.documents import Document, UniqueDocuments
from bench.load import AsyncRun, async_burst, check_loopback, sync_run
from tests.e2e.conftest import CORPUS
from tests.unit.local_runtime.conftest import FakePool, serve

DOCS = [Document("a.pdf", b"%PDF-1.4 a"), Document("b.pdf", b"%PDF-1.4 b")]


class FakeService:
    """Answers /classify_file, /classify_file_async and polls; ``completions`` per task sets the history."""

    def __init__(self, completions: int = 1, status: str = "completed") -> None:
        self.completions = completions
        self.status = status
        self.created: dict[str, float] = {}
        self.lock = threading.Lock()

    def __call__(self, event: dict[str, Any]) -> dict[str, Any]:
        path = event["path"]
        if path == "/classify_file":
            body: dict[str, Any] = {"cached": False, "metadata": {"timings_ms": {"total": 5.0}}}
            return {"statusCode": 200, "body": json.dumps(body)}
        if path == "/classify_file_async":
            with self.lock:
                task_id = f"t{len(self.created)}"
                self.created[task_id] = time.time()
            return {"statusCode": 202, "body": json.dumps({"task_id": task_id, "estimated_time": 0.01})}
        task_id = path.rsplit("/", 1)[1]
        created = self.created[task_id]
        history = [{"at": created, "status": "queued"}]
        history += [{"at": created + 0.5, "status": "completed"}] * self.completions
        task = {"status": self.status, "created_at": created, "attempts": 1, "history": history}
        return {"statusCode": 200, "body": json.dumps(task)}


def test_sync_run_sends_each_document_once_at_the_given_concurrency() -> None:
    with serve(pool=FakePool(behaviour=FakeService())) as running:
        run = sync_run(running.url, DOCS * 5, 4)
        assert len(running.pool.events) == 10
    assert run.statuses == Counter({200: 10}) and len(run.latencies) == 10 and run.handler_ms == [5.0] * 10
    assert run.throughput > 0 and run.ms(0.5) > 0


def test_async_burst_proves_exactly_once_from_each_tasks_history() -> None:
    with serve(pool=FakePool(behaviour=FakeService())) as running:
        run = async_burst(running.url, DOCS * 3, first_poll=0.05, deadline_seconds=30)
    assert run.exactly_once and run.final_statuses == Counter({"completed": 6})
    assert run.end_to_end and all(abs(seconds - 0.5) < 1e-6 for seconds in run.end_to_end)


@pytest.mark.parametrize(("completions", "status"), [(2, "completed"), (1, "failed"), (0, "completed")])
def test_async_burst_notices_a_task_not_completed_exactly_once(completions: int, status: str) -> None:
    with serve(pool=FakePool(behaviour=FakeService(completions, status))) as running:
        run = async_burst(running.url, DOCS, first_poll=0.05, deadline_seconds=30)
    assert not run.exactly_once


def test_unfinished_tasks_count_against_exactly_once() -> None:
    run = AsyncRun(documents=2, final_statuses=Counter({"completed": 1, "unfinished": 1}))
    run.completed_entries = Counter({1: 1})
    assert not run.exactly_once


@pytest.mark.parametrize("url", ["http://example.com:3000", "http://10.0.0.5:3000", "https://api.example.com/dev"])
def test_the_load_generator_targets_only_this_machine(url: str) -> None:
    with pytest.raises(SystemExit, match="only targets this machine"):
        check_loopback(url)


def test_unique_documents_never_repeat_bytes_and_classify_like_the_original() -> None:
    from doc_classifier.classifier import default_classifier  # noqa: PLC0415 - loads the model

    original = (CORPUS / "invoice" / "heron__invoice_1.pdf").read_bytes()
    variants = UniqueDocuments([Document("invoice.pdf", original)]).take(3)
    assert len({hashlib.sha256(d.data).hexdigest() for d in variants} | {hashlib.sha256(original).hexdigest()}) == 4
    classifier = default_classifier()
    expected = classifier.classify(original, "finance")
    for variant in variants:
        result = classifier.classify(variant.data, "finance")
        assert result.file_class == expected.file_class
        assert result.metadata["text_chars"] == expected.metadata["text_chars"]
