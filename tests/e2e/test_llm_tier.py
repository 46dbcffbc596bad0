"""The LLM tier through ``make run``'s runtime: two OpenAI-compatible providers (fake servers on loopback,
driven by the real ``openai`` client inside the runtime) and three keys configured with ``LLM_CONFIG``,
while one key is rate-limited and one provider is down."""

from __future__ import annotations

import json
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest
import requests
from doc_classifier.taxonomy import load_taxonomy

from tests.e2e.conftest import CORPUS, Runtime, start_runtime
from tests.e2e.test_local_runtime import finished, post_file, wait_for
from tests.support.fake_openai import FakeOpenAI, Fault

pytestmark = [pytest.mark.e2e, pytest.mark.slow]

CONTAINERS = 2  # one API and one worker process: each has its own key pool and breakers
LIMITED, GOOD, DOWN_KEY = "sk-alpha-limited-0001", "sk-alpha-good-0002", "sk-beta-0003"
PRICES = {"input_usd_per_mtok": 0.15, "output_usd_per_mtok": 0.60}
ANSWER_COST = (120 * 0.15 + 30 * 0.60) / 1e6  # the fake reports 120 prompt and 30 completion tokens
TAXONOMY = load_taxonomy()
INDUSTRY = {"prescription": "healthcare", "medical_record": "healthcare", "court_filing": "legal", "contract": "legal"}
# Real documents of several formats; most are below the forced 0.99 threshold, a few are not.
FIRST = "invoice/invoice2data__FlipkartInvoice.pdf"  # `unknown` at 0.57: escalates under any rule
SYNC = [
    "prescription/Kronbii__15.jpeg",
    "receipt/sroie__415.jpg",
    "invoice/invoice2data__QualityHosting.pdf",
    "receipt/invoice2data__oyo.pdf",
    "invoice/invoice2data__AmazonWebServices.pdf",
    "invoice/invoice2data__coolblue1.pdf",
    "court_filing/doctor__ca5_00516242060.pdf",
    "bank_statement/heron__bank_statement_1.pdf",
]
ASYNC = [
    "prescription/Kronbii__21.jpeg",
    "receipt/gdocai__13a_receipt.jpg",
    "invoice/invoice2data__NetpresseInvoice.pdf",
    "medical_record/chaulkar__pd_2.pdf",
    "passport/gdocai__FRA-Passport-2009.jpg",
    "invoice/heron__invoice_1.pdf",
]


def provider(name: str, fake: FakeOpenAI, keys: list[str]) -> dict[str, Any]:
    return {"name": name, "base_url": fake.base_url, "model": "gpt-4o-mini", "api_keys": keys, **PRICES}


def industry_of(relative: str) -> str:
    return INDUSTRY.get(relative.split("/", maxsplit=1)[0], "finance")


def classify_sync(runtime: Runtime, relative: str) -> requests.Response:
    return post_file(runtime, "/classify_file", CORPUS / relative, industry=industry_of(relative))


@pytest.fixture
def alpha() -> Iterator[FakeOpenAI]:
    server = FakeOpenAI().start()
    yield server
    server.stop()


@pytest.fixture
def beta() -> Iterator[FakeOpenAI]:
    server = FakeOpenAI().start()
    yield server
    server.stop()


def test_a_load_of_real_documents_keeps_answering_with_a_rate_limited_key_and_a_provider_down(
    tmp_path: Path, alpha: FakeOpenAI, beta: FakeOpenAI
) -> None:
    alpha.fail_key(LIMITED, Fault("rate_limit", retry_after=600))  # the pool caps the rest at 300 s
    beta.fail_key(DOWN_KEY, Fault("server_error"))
    config = {
        # The down provider comes first, so every escalation meets it until its breaker opens.
        "providers": [provider("beta", beta, [DOWN_KEY]), provider("alpha", alpha, [LIMITED, GOOD])],
        "tiers": [{"name": "cheap", "providers": ["beta", "alpha"]}],
        "escalate": {"escalate_below": 0.99, "unknown_below": 0.99},  # most documents escalate
        "breaker_cooldown_seconds": 600,  # no half-open probe during the test
    }
    runtime = start_runtime(
        tmp_path,
        "--no-throttle",
        "--api-concurrency",
        "1",
        "--worker-concurrency",
        "1",
        env={"LLM_CONFIG": json.dumps(config), "LOCAL_LOG_LEVEL": "INFO", "POWERTOOLS_LOG_LEVEL": "INFO"},
    )
    try:
        first = classify_sync(runtime, FIRST)  # alone: its call meets the rate-limited key first
        submitted = [post_file(runtime, "/classify_file_async", CORPUS / r, industry=industry_of(r)) for r in ASYNC]
        with ThreadPoolExecutor(max_workers=3) as pool:
            answers = list(pool.map(lambda r: classify_sync(runtime, r), SYNC))
        assert all(s.status_code == 202 for s in submitted), [s.text for s in submitted]
        tasks = [wait_for(lambda s=s: finished(runtime, s.json()["task_id"]), timeout=120) for s in submitted]
    finally:
        runtime.stop()

    assert [a.status_code for a in [first, *answers]] == [200] * (1 + len(SYNC)), [a.text for a in answers]
    assert [t["status"] for t in tasks] == ["completed"] * len(ASYNC), tasks
    results = [first.json(), *(a.json() for a in answers), *(t["result"] for t in tasks)]
    escalated = [r for r in results if r["metadata"]["escalation"]["reason"] != "none"]
    assert len(escalated) >= 12, [r["metadata"]["escalation"] for r in results]  # the test means something
    for result in results:
        metadata = result["metadata"]
        if metadata["escalation"]["reason"] == "none":
            assert (metadata["classifier"], metadata["cost_usd"]) == ("local_model", 0)
            continue
        # Every escalation was answered, by the provider still up, and says what it cost.
        assert metadata["escalation"]["outcome"] == "answered", metadata["llm"]["calls"]
        # The fake answers the first label the request offers: the asked industry's first category.
        first_category = TAXONOMY.industry(result["industry"]).categories[0].id
        assert (result["file_class"], metadata["classifier"]) == (first_category, "alpha/gpt-4o-mini")
        assert metadata["cost_usd"] == pytest.approx(ANSWER_COST)
    # Key pools and breakers live per container (one API and one worker container here, each its own process,
    # as on Lambda). In each, the limited key was tried once; its 429 benched it, and every later call used the
    # other key.
    limited = [r.status for r in alpha.requests if r.key == LIMITED]
    assert limited == [429] * len(limited) and 1 <= len(limited) <= CONTAINERS
    assert [r.key for r in alpha.requests if r.status == 200] == [GOOD] * len(escalated)
    # Each escalation met the down provider once: a 500, or, once its container's breaker had opened after 3
    # failures, skipped.
    beta_calls = [c["outcome"] for r in escalated for c in r["metadata"]["llm"]["calls"] if c["provider"] == "beta"]
    assert len(beta_calls) == len(escalated)
    assert beta_calls.count("provider_error") == len(beta.requests)
    assert 3 <= len(beta.requests) <= 3 * CONTAINERS
    assert beta_calls.count("breaker_open") == len(escalated) - len(beta.requests)
    output = runtime.log.read_text(errors="replace")
    assert "escalated" in output  # the INFO lines of the chain were written, and hold no key
    assert not any(key in output for key in (LIMITED, GOOD, DOWN_KEY))


def test_a_sync_request_whose_provider_is_slow_answers_locally_within_the_budget(
    tmp_path: Path, alpha: FakeOpenAI
) -> None:
    alpha.fail_key(GOOD, Fault("slow", delay_seconds=60))
    config = {
        "providers": [provider("alpha", alpha, [GOOD])],
        "tiers": [{"name": "cheap", "providers": ["alpha"]}],
        "escalate": {"escalate_below": 0.99, "unknown_below": 0.99},
    }
    runtime = start_runtime(tmp_path, env={"LLM_CONFIG": json.dumps(config), "LLM_SYNC_BUDGET_SECONDS": "1"})
    try:
        # Bounded well below the provider's 60 s: waiting for it would fail here, not hang.
        response = post_file(runtime, "/classify_file", CORPUS / FIRST, industry="finance")
    finally:
        runtime.stop()

    assert response.status_code == 200, response.text
    body = response.json()
    assert (body["file_class"], body["metadata"]["classifier"]) == ("unknown", "local_model")
    assert body["metadata"]["escalation"] == {"reason": "unsure_unknown", "outcome": "timed_out"}
    assert body["metadata"]["cost_usd"] == 0
    assert [r.key for r in alpha.requests] in ([], [GOOD])  # the slow call was abandoned, maybe not yet recorded
