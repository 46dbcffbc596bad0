"""Packets through the running service (``make run``'s local runtime): ``split`` on the sync route, the async
route and a presigned upload, with synthetic documents rendered as a real PDF; the sync route's page limit; the
CLI's ``--split`` against the service (``--url``)."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import requests
from doc_classifier.service.remote import RemoteClient
from doc_classifier.split_mode import SplitMode

from tests.e2e.conftest import Runtime, start_runtime
from tests.e2e.test_local_runtime import finished, wait_for
from tests.support.packets import Span, packet_pdf
from tests.unit.extraction.builders import text_pdf

pytestmark = [pytest.mark.e2e, pytest.mark.slow]

SYNC_PAGES = 4
LABELS = ["invoice", "bank_statement", "pay_stub"]  # with these seeds the statement runs over two pages


@pytest.fixture(scope="module")
def runtime(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Runtime]:
    started = start_runtime(
        tmp_path_factory.mktemp("packets"), prefix="packets", env={"SYNC_MAX_PACKET_PAGES": str(SYNC_PAGES)}
    )
    yield started
    started.stop()


def split_of(body: dict[str, Any]) -> list[tuple[str, int, int]]:
    return [(d["file_class"], *d["pages"]) for d in body["documents"]]


def expected(spans: list[Span]) -> list[tuple[str, int, int]]:
    return [(s.label, s.first, s.last) for s in spans]


def post(runtime: Runtime, route: str, **kwargs: Any) -> requests.Response:
    # The upload routes' small burst is shared by this module's requests: a 429 is waited out, as a client would.
    for _ in range(20):
        response = requests.post(f"{runtime.url}{route}", timeout=60, **kwargs)
        if response.status_code != 429:
            return response
        time.sleep(0.5)
    return response


def test_sync_split_auto_finds_each_document_and_labels_every_page(runtime: Runtime) -> None:
    data, spans = packet_pdf(LABELS, seed=3)
    assert spans[-1].last == SYNC_PAGES
    answer = post(runtime, "/classify_file", files={"file": ("packet.pdf", data)}, data={"split": "auto"})
    assert answer.status_code == 200, answer.text
    body = answer.json()
    assert split_of(body) == expected(spans) and body["file_class"] == "invoice" and body["cached"] is False
    assert [p["page"] for p in body["pages"]] == [1, 2, 3, 4]
    assert [p["file_class"] for p in body["pages"]] == ["invoice", "bank_statement", "bank_statement", "pay_stub"]
    assert body["metadata"]["pages_not_read"] == 0 and body["metadata"]["split"] == "auto"
    again = post(runtime, "/classify_file", files={"file": ("renamed.pdf", data)}, data={"split": "auto"}).json()
    assert again["cached"] is True and split_of(again) == split_of(body)
    whole = post(runtime, "/classify_file", files={"file": ("packet.pdf", data)}).json()
    assert whole["cached"] is False and whole["documents"] is None and whole["pages"] is None


def test_async_split_per_page(runtime: Runtime) -> None:
    data, spans = packet_pdf(LABELS, seed=5)
    accepted = post(
        runtime,
        "/classify_file_async",
        files={"file": ("packet.pdf", data)},
        data={"split": "per_page", "priority": "low"},
    )
    assert accepted.status_code == 202, accepted.text
    done = wait_for(lambda: finished(runtime, accepted.json()["task_id"]), timeout=120)
    assert done["status"] == "completed" and done["split"] == "per_page", done
    pages = [page for span in spans for page in range(span.first, span.last + 1)]
    labels = [span.label for span in spans for _ in range(span.first, span.last + 1)]
    assert [(d["pages"][0], d["pages"][1]) for d in done["result"]["documents"]] == [(p, p) for p in pages]
    assert [p["file_class"] for p in done["result"]["pages"]] == labels


def test_presigned_upload_split_auto(runtime: Runtime) -> None:
    data, spans = packet_pdf(LABELS, seed=6)
    ticket = post(runtime, "/uploads", json={"filename": "packet.pdf", "split": "auto"})
    assert ticket.status_code == 201, ticket.text
    upload = ticket.json()["upload"]
    posted = requests.post(upload["url"], data=upload["fields"], files={"file": ("packet.pdf", data)}, timeout=30)
    assert posted.status_code in {200, 201, 204}, posted.text
    done = wait_for(lambda: finished(runtime, ticket.json()["task_id"]), timeout=120)
    assert done["status"] == "completed" and done["split"] == "auto", done
    assert split_of(done["result"]) == expected(spans) and done["result"]["cached"] is False


def test_a_packet_over_the_sync_page_limit_is_refused_and_queued_fine(runtime: Runtime) -> None:
    data = text_pdf([[f"Invoice number {n}", "Amount due 100.00"] for n in range(SYNC_PAGES + 1)])
    refused = post(runtime, "/classify_file", files={"file": ("long.pdf", data)}, data={"split": "auto"})
    assert refused.status_code == 413, refused.text
    error = refused.json()["error"]
    assert error["code"] == "too_many_pages" and "/classify_file_async" in error["message"]
    assert post(runtime, "/classify_file", files={"file": ("long.pdf", data)}).status_code == 200  # no split: as before
    accepted = post(runtime, "/classify_file_async", files={"file": ("long.pdf", data)}, data={"split": "auto"})
    assert accepted.status_code == 202, accepted.text
    done = wait_for(lambda: finished(runtime, accepted.json()["task_id"]), timeout=120)
    assert done["status"] == "completed" and len(done["result"]["pages"]) == SYNC_PAGES + 1


@pytest.mark.parametrize("route", ["/classify_file", "/classify_file_async", "/uploads"])
def test_an_unknown_split_is_a_400(runtime: Runtime, route: str) -> None:
    if route == "/uploads":
        answer = post(runtime, route, json={"filename": "p.pdf", "split": "pages"})
    else:
        answer = post(runtime, route, files={"file": ("p.pdf", b"%PDF-1.4")}, data={"split": "pages"})
    assert answer.status_code == 400, answer.text
    assert answer.json()["error"]["code"] == "unknown_split_mode"


def cli(runtime: Runtime, *args: str) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "doc_classifier.cli", "classify", "--url", runtime.url, *args]
    return subprocess.run(command, capture_output=True, text=True, timeout=180, check=False)


def test_the_cli_splits_through_the_service_a_long_packet_through_the_worker(runtime: Runtime, tmp_path: Path) -> None:
    short, spans = packet_pdf(LABELS, seed=3)  # within the sync route's page limit
    (tmp_path / "short.pdf").write_bytes(short)
    table = cli(runtime, "--split", "auto", str(tmp_path / "short.pdf"))
    assert table.returncode == 0, table.stderr
    assert "3 document(s), 4 page(s) labelled" in table.stdout
    for span in spans:
        pages = str(span.first) if span.first == span.last else f"{span.first}-{span.last}"
        assert f"  {pages:<9} {span.label:<18}" in table.stdout
    long, long_spans = packet_pdf(LABELS * 2, seed=3)
    assert long_spans[-1].last > SYNC_PAGES  # the sync route refuses it; the CLI queues it instead
    (tmp_path / "long.pdf").write_bytes(long)
    done = cli(runtime, "--split", "auto", "--json", str(tmp_path / "long.pdf"))
    assert done.returncode == 0, done.stderr
    row = json.loads(done.stdout)
    assert split_of(row) == expected(long_spans) and len(row["pages"]) == long_spans[-1].last
    whole = cli(runtime, str(tmp_path / "short.pdf"))  # not split: the service's null documents print no list
    assert whole.returncode == 0 and "Traceback" not in whole.stderr, whole.stderr
    assert len(whole.stdout.splitlines()) == 2 and "document(s)" not in whole.stdout  # the header and one row


def test_the_remote_client_splits_a_packet_it_uploads(runtime: Runtime, tmp_path: Path) -> None:
    data, spans = packet_pdf(LABELS, seed=6)
    path = tmp_path / "packet.pdf"
    path.write_bytes(data)
    client = RemoteClient(runtime.url, sync_max_bytes=1024)  # larger files go through POST /uploads
    [(_, task)] = list(client.classify_folder([path], deadline_seconds=120, split=SplitMode.AUTO))
    assert task["status"] == "completed" and task["split"] == "auto", task
    assert split_of(task["result"]) == expected(spans)
