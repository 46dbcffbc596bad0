"""A packet's unsure pages asked of the LLM tier together (``LLM_PAGE_CONCURRENCY``): the real ``openai`` client
against the fake OpenAI-compatible server, which counts the requests it is answering at once."""

from __future__ import annotations

import threading
import time
from typing import Any

import pytest
from doc_classifier.classifier import default_classifier
from doc_classifier.llm import tier
from doc_classifier.llm.build import build_chain
from doc_classifier.llm.settings import LlmSettings
from doc_classifier.llm.spend import MemorySpendGuard, utc_day
from doc_classifier.packets import PacketResult, SplitMode, escalation
from doc_classifier.taxonomy import load_taxonomy

from tests.support.fake_openai import FakeOpenAI, Fault
from tests.unit.extraction.builders import text_pdf
from tests.unit.llm.conftest import FakeSecrets, provider
from tests.unit.llm.test_packet_pages import CONTINUED, PACKET, RECORDS, RULE, SUMMARY, unsure_pages

KEY = "sk-page"
# Six pages the local model is unsure of: five are asked (the default LLM_MAX_ESCALATED_PAGES), one is capped.
LONG_PACKET = [*PACKET, CONTINUED, SUMMARY, RECORDS]
NOW = 1_790_000_000.0
OUT_USD_PER_MTOK = 1.0  # prompts are free: a call's estimate is its 300 output tokens whatever its page


def classify(fake: FakeOpenAI, concurrency: int, spend: MemorySpendGuard | None = None, **extra: Any) -> PacketResult:
    settings = LlmSettings.model_validate(
        {
            "providers": [
                provider(
                    "mini",
                    fake.base_url,
                    "gpt-4o-mini",
                    (KEY,),
                    input_usd_per_mtok=0.0,
                    output_usd_per_mtok=OUT_USD_PER_MTOK,
                )
            ],
            "tiers": [{"name": "cheap", "providers": ["mini"]}],
            "escalate": RULE,
            "page_concurrency": concurrency,
            **extra,
        }
    )
    chain = build_chain(
        default_classifier(),
        load_taxonomy(),
        settings,
        spend=spend or MemorySpendGuard(settings.daily_budget_usd, clock=lambda: NOW),
        secret_reader=FakeSecrets,
        clock=time.monotonic,
    )
    return chain.classify_packet(text_pdf(LONG_PACKET), "finance", SplitMode.PER_PAGE)


@pytest.fixture(scope="module")
def unsure() -> list[int]:
    pages = unsure_pages(LONG_PACKET)
    assert len(pages) == 6
    return pages


def test_pages_are_asked_together(fake: FakeOpenAI, unsure: list[int]) -> None:
    fake.fail_key(KEY, Fault("slow", delay_seconds=0.3))  # every answer takes a while: the asks overlap

    result = classify(fake, concurrency=4)

    assert fake.most_in_flight >= 2
    assert result.metadata["page_escalation"]["answered"] == unsure[:5]


def test_a_concurrency_of_one_asks_one_page_at_a_time(fake: FakeOpenAI, unsure: list[int]) -> None:
    fake.fail_key(KEY, Fault("slow", delay_seconds=0.1))

    result = classify(fake, concurrency=1)

    assert len(fake.requests) == 5
    assert fake.most_in_flight == 1
    assert result.metadata["page_escalation"]["answered"] == unsure[:5]


def test_asking_together_reports_what_asking_one_by_one_does(fake: FakeOpenAI, unsure: list[int]) -> None:
    fake.answer("receipt", 0.97)
    fake.fail_key(KEY, Fault("slow", delay_seconds=0.1))

    one_by_one = classify(fake, concurrency=1)
    together = classify(fake, concurrency=4)

    assert fake.most_in_flight >= 2  # the second run did overlap
    assert together.metadata["page_escalation"] == one_by_one.metadata["page_escalation"]
    assert together.metadata["page_escalation"]["escalated"] == unsure[:5]  # the order the pages are asked in
    assert _pages(together) == _pages(one_by_one)
    assert together.metadata["llm"] == one_by_one.metadata["llm"]
    assert [call["page"] for call in together.metadata["llm"]["calls"]] == sorted(unsure[:5])
    assert (together.metadata["classifier"], together.metadata["cost_usd"]) == (
        one_by_one.metadata["classifier"],
        one_by_one.metadata["cost_usd"],
    )


def test_the_spend_cap_holds_when_pages_are_asked_together(fake: FakeOpenAI, unsure: list[int]) -> None:
    call_usd = 300 * OUT_USD_PER_MTOK / 1e6  # estimate and real cost alike: 300 output tokens
    fake.state.usage = (120, 300)
    fake.fail_key(KEY, Fault("slow", delay_seconds=0.2))  # the calls that fit are still under way as the rest try
    spend = MemorySpendGuard(2.5 * call_usd, clock=lambda: NOW)  # room for two calls

    result = classify(fake, concurrency=4, spend=spend)

    report = result.metadata["page_escalation"]
    assert len(fake.requests) == 2
    assert len(report["answered"]) == len(report["escalated"]) == 2
    assert set(report["answered"]) | set(report["skipped_budget"]) == set(unsure[:5])
    assert report["skipped_budget"] == [page for page in unsure[:5] if page not in report["answered"]]
    assert spend.spent(utc_day(NOW)) == pytest.approx(2 * call_usd)
    assert result.metadata["cost_usd"] == pytest.approx(2 * call_usd)
    answered = {page.page for page in result.pages if page.classifier != "local_model"}
    assert answered == set(report["answered"])


def _pages(result: PacketResult) -> list[tuple[Any, ...]]:
    return [(page.page, page.file_class, page.confidence, page.classifier) for page in result.pages]


def test_pages_not_started_when_the_time_runs_out_are_skipped(fake: FakeOpenAI, unsure: list[int]) -> None:
    fake.fail_key(KEY, Fault("slow", delay_seconds=3))  # no answer within the packet's whole budget

    result = classify(fake, concurrency=4, sync_budget_seconds=0.5)

    report = result.metadata["page_escalation"]
    assert report["answered"] == []
    assert set(report["outcomes"].values()) == {"timed_out"}
    assert report["failed"] == report["escalated"] == [int(page) for page in report["outcomes"]]
    # The fifth page waits for a thread that is free only once the budget is gone.
    assert unsure[4] in report["skipped_budget"]
    assert sorted(report["escalated"] + report["skipped_budget"]) == sorted(unsure[:5])
    assert report["skipped_budget"] == [page for page in unsure[:5] if page not in report["escalated"]]
    assert {page.classifier for page in result.pages} == {"local_model"}


def test_an_error_in_a_pages_thread_surfaces_and_no_thread_outlives_the_call(
    fake: FakeOpenAI, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[str] = []

    def ask_tiers(*args: Any) -> Any:
        seen.append(threading.current_thread().name)
        if len(seen) == 2:
            raise RuntimeError("a bug in the tier")
        return tier.ask_tiers(*args)

    monkeypatch.setattr(escalation, "ask_tiers", ask_tiers)

    with pytest.raises(RuntimeError, match="a bug in the tier"):
        classify(fake, concurrency=4)

    assert all(name.startswith("llm-page") for name in seen)
    assert not [thread for thread in threading.enumerate() if thread.name.startswith("llm-page")]


def test_the_concurrency_comes_from_the_environment_within_bounds() -> None:
    assert LlmSettings().page_concurrency == 4
    assert LlmSettings.from_env({"LLM_PAGE_CONCURRENCY": "1"}).page_concurrency == 1
    for bad in ("0", "17"):
        with pytest.raises(ValueError, match="page_concurrency"):
            LlmSettings.from_env({"LLM_PAGE_CONCURRENCY": bad})
