"""Packet pages and the LLM tier through ``make run``'s runtime: LLM_CONFIG and the page cap from the environment,
the fake OpenAI-compatible server on loopback, the real ``openai`` client inside the API and worker processes."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import requests

from tests.e2e.conftest import Runtime, start_runtime
from tests.e2e.test_local_runtime import finished, post_packet, wait_for
from tests.support.fake_openai import FakeOpenAI, Fault
from tests.unit.extraction.builders import text_pdf
from tests.unit.llm.test_packet_pages import (
    CONTINUED,
    RECORDS,
    RULE,
    SUMMARY,
    TAX,
    TEXTS,
    UTILITY,
    unsure_pages,
)

pytestmark = [pytest.mark.e2e, pytest.mark.slow]

KEY = "sk-e2e-page-key-0001"
DECIDER = "fake/gpt-4o-mini"


@pytest.fixture(scope="module")
def runtime(tmp_path_factory: pytest.TempPathFactory, fake: FakeOpenAI) -> Iterator[Runtime]:
    config = {
        "providers": [fake.provider(api_keys=[KEY])],
        "tiers": [{"name": "cheap", "providers": ["fake"]}],
        "escalate": RULE,
    }
    started = start_runtime(
        tmp_path_factory.mktemp("llm-pages"),
        "--no-throttle",
        "--api-concurrency",
        "1",
        "--worker-concurrency",
        "1",
        prefix="e2e-pages",
        env={
            "LLM_CONFIG": json.dumps(config),
            "LLM_MAX_ESCALATED_PAGES": "2",
            "LOCAL_LOG_LEVEL": "INFO",
            "POWERTOOLS_LOG_LEVEL": "INFO",
        },
    )
    yield started
    started.stop()


def split_of(body: dict[str, Any]) -> list[tuple[str, int, int]]:
    return [(d["file_class"], *d["pages"]) for d in body["documents"]]


def test_sync_split_auto_a_page_answer_joins_the_documents_around_it(runtime: Runtime, fake: FakeOpenAI) -> None:
    packet = [UTILITY, SUMMARY, UTILITY]
    assert unsure_pages(packet) == [2]
    fake.answer("utility_bill", 0.98)

    data = text_pdf(packet)
    answer = post_packet(runtime, "/classify_file", data, industry="finance", split="auto")
    again = post_packet(runtime, "/classify_file", data, industry="finance", split="auto")

    assert answer.status_code == 200, answer.text
    body = answer.json()
    assert split_of(body) == [("utility_bill", 1, 3)]  # the local model alone cuts out page 2 as a statement
    assert [p["classifier"] for p in body["pages"]] == ["local_model", DECIDER, "local_model"]
    report = body["metadata"]["page_escalation"]
    assert (report["answered"], report["failed"], report["skipped_cap"]) == ([2], [], [])
    assert body["metadata"]["llm"]["calls"][0]["page"] == 2 and body["metadata"]["cost_usd"] > 0
    assert body["review_task_id"] is None
    assert again.json()["cached"] is True and split_of(again.json()) == split_of(body)
    assert [r.key for r in fake.requests] == [KEY]  # one call, the cached answer asked nothing
    counters = requests.get(f"{runtime.url}/metrics", timeout=10).json()["llm"]["counters"]
    assert counters["page_escalations"] == {"escalated": 1, "answered": 1}


def test_async_split_auto_with_the_provider_down_keeps_the_local_pages_and_enters_review(
    runtime: Runtime, fake: FakeOpenAI
) -> None:
    packet = [TAX, CONTINUED, SUMMARY, RECORDS, UTILITY]
    unsure = unsure_pages(packet)
    assert len(unsure) == 3
    fake.fail_key(KEY, Fault("server_error"))
    asked_before = len(fake.requests)

    accepted = post_packet(runtime, "/classify_file_async", text_pdf(packet), industry="finance", split="auto")
    assert accepted.status_code == 202, accepted.text
    task_id = accepted.json()["task_id"]
    done = wait_for(lambda: finished(runtime, task_id), timeout=120)

    assert done["status"] == "completed", done
    result = done["result"]
    report = result["metadata"]["page_escalation"]
    assert report["failed"] == unsure[:2] and report["skipped_cap"] == sorted(unsure[2:])  # LLM_MAX_ESCALATED_PAGES
    assert set(report["outcomes"].values()) == {"unavailable"}
    assert {p["classifier"] for p in result["pages"]} == {"local_model"}
    assert len(fake.requests) - asked_before == 2
    items = requests.get(f"{runtime.url}/reviews", params={"status": "open"}, timeout=10).json()["items"]
    assert [i["reason"] for i in items if i["task_id"] == task_id] == ["escalation_unavailable"], items
    text = requests.get(f"{runtime.url}/metrics", headers={"Accept": "text/plain"}, timeout=10).text
    assert 'doc_classifier_llm_page_escalations_total{outcome="failed"} 2' in text.splitlines()
    output = Path(runtime.log).read_text(errors="replace")
    assert "pages escalated" in output  # the INFO lines were written, and hold neither key nor page text
    assert KEY not in output
    for page_text in TEXTS:
        assert page_text[:30] not in output
