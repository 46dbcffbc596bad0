"""A packet's unsure pages asked of the LLM tier, with their neighbours: the real local model reads a PDF
page by page, the real ``openai`` client talks to the fake OpenAI-compatible server over a socket."""

from __future__ import annotations

import json
import logging
import time
from typing import Any

import numpy as np
import pytest
from doc_classifier.classifier import default_classifier
from doc_classifier.config import PacketLimits
from doc_classifier.extraction import Page
from doc_classifier.llm.budget import worker_budget
from doc_classifier.llm.build import build_chain, chain_identity
from doc_classifier.llm.chain import EscalatingClassifier
from doc_classifier.llm.prompt import Neighbour, build_page_prompt
from doc_classifier.llm.settings import LlmSettings
from doc_classifier.llm.spend import MemorySpendGuard
from doc_classifier.packets import PacketResult, SplitMode, score_pages
from doc_classifier.result import Alternative
from doc_classifier.service.health import metrics_snapshot, prometheus_text
from doc_classifier.service.llm_counters import CountingClassifier
from doc_classifier.service.memory import (
    MemoryBlobStore,
    MemoryResultCache,
    MemoryStatsStore,
    MemoryTaskStore,
    MemoryWorkQueue,
)
from doc_classifier.service.review import ReviewReason, review_reason
from doc_classifier.service.settings import ServiceSettings
from doc_classifier.service.task_service import TaskService
from doc_classifier.taxonomy import load_taxonomy

from tests.support.fake_openai import FakeOpenAI, Fault
from tests.unit.extraction.builders import text_pdf
from tests.unit.llm.conftest import FakeSecrets, ManualClock, provider

# Pages the packaged model reads with confidence (tax form, utility bill) and pages it is unsure of.
TAX = ["Form 1040 wages salaries tips", "Taxable income", "Federal income tax withheld", "Refund"]
UTILITY = ["Electricity usage kWh meter reading", "Previous reading 1234 current reading 1500", "Amount due by 12 June"]
CONTINUED = ["Details continued from previous page", "Item description quantity amount", "Subtotal 120.00"]
SUMMARY = ["Account summary", "Opening balance 1,200.00", "Invoice 3391 payment due 30 days", "Closing balance 900.00"]
RECORDS = ["Summary of charges and payments for the period", "Reference 1182-33", "Please keep this for your records"]
# A blank page (a scanned back side) between page 1 and the first unsure page: the neighbour is the page before it.
PACKET = [TAX, [], CONTINUED, UTILITY, SUMMARY, RECORDS, TAX]
RULE = {"escalate_below": 0.95, "unknown_below": 0.95}
TEXTS = [" ".join(lines) for lines in (TAX, UTILITY, CONTINUED, SUMMARY, RECORDS)]


def chain(fake: FakeOpenAI, *, spend_cap: float = 1.0, **extra: Any) -> EscalatingClassifier:
    settings = LlmSettings.model_validate(
        {
            "providers": [provider("mini", fake.base_url, "gpt-4o-mini", ("sk-page",))],
            "tiers": [{"name": "cheap", "providers": ["mini"]}],
            "escalate": RULE,
            "daily_budget_usd": spend_cap,
            **extra,
        }
    )
    return build_chain(
        default_classifier(),
        load_taxonomy(),
        settings,
        spend=MemorySpendGuard(settings.daily_budget_usd, clock=lambda: 1_790_000_000.0),
        secret_reader=FakeSecrets,
        clock=time.monotonic,
    )


def unsure_pages(packet: list[list[str]]) -> list[int]:
    """The pages the local model is unsure of under ``RULE``, lowest confidence first (what the tier is asked)."""
    pages = [Page(n, "\n".join(lines), False, (595.0, 842.0)) for n, lines in enumerate(packet, start=1)]
    labels, views = score_pages(default_classifier(), pages, "finance")
    unsure = []
    for view in views:
        best = int(np.argmax(view.probabilities))
        bar = RULE["unknown_below"] if labels[best] == "unknown" else RULE["escalate_below"]
        if not view.empty and view.probabilities[best] < bar:
            unsure.append((float(view.probabilities[best]), view.page.number))
    return [number for _, number in sorted(unsure)]


def asked_pages(fake: FakeOpenAI) -> list[int]:
    """The page each request was about, in the order asked (the prompt says "page i of n")."""
    return [int(r.prompt.split("This is page ", 1)[1].split(" ", 1)[0]) for r in fake.requests]


@pytest.fixture(scope="module")
def unsure() -> list[int]:
    pages = unsure_pages(PACKET)
    assert len(pages) >= 3, "the packet must hold several unsure pages for these tests to mean anything"
    assert 2 not in pages  # the blank page is never asked
    return pages


def test_unsure_pages_are_asked_lowest_confidence_first_with_their_neighbours(
    fake: FakeOpenAI, unsure: list[int]
) -> None:
    fake.answer("receipt", 0.97)

    result = chain(fake, max_escalated_pages=10).classify_packet(text_pdf(PACKET), "finance", SplitMode.PER_PAGE)

    assert sorted(asked_pages(fake)) == sorted(unsure)  # asked together: in no particular order
    report = result.metadata["page_escalation"]
    assert (report["escalated"], report["answered"], report["failed"]) == (unsure, unsure, [])
    assert report["skipped_cap"] == report["skipped_budget"] == []
    assert report["outcomes"] == {str(page): "answered" for page in unsure}
    by_page = {page.page: page for page in result.pages}
    for number, page in by_page.items():
        expected = "mini/gpt-4o-mini" if number in unsure else "local_model"
        assert page.classifier == expected, number
        if number in unsure:  # per_page: the answer is the page's label
            assert (page.file_class, page.confidence) == ("receipt", 0.97)
    assert result.metadata["classifier"] == "mini/gpt-4o-mini"
    assert [call["page"] for call in result.metadata["llm"]["calls"]] == sorted(unsure)
    assert result.metadata["cost_usd"] == pytest.approx(len(unsure) * (120 * 0.15 + 30 * 0.60) / 1e6)
    # Page 3 is asked with page 1 before it (the blank page 2 skipped) and page 4 after it.
    prompt = next(r.prompt for r in fake.requests if "This is page 3 of 7" in r.prompt)
    assert "previous page with text, page 1" in prompt and "Taxable income" in prompt
    assert "next page with text, page 4" in prompt and "Electricity usage kWh" in prompt
    assert "Details continued from previous page" in prompt


def test_a_page_is_placed_among_all_the_files_pages_read_or_not(fake: FakeOpenAI, unsure: list[int]) -> None:
    # Only the first 4 of the 7 pages are read: the prompt still says where the page sits in the whole file.
    fake.answer("receipt", 0.97)
    limits = PacketLimits(max_packet_pages=4, packet_timeout_seconds=600.0)

    result = chain(fake, max_escalated_pages=10).classify_packet(
        text_pdf(PACKET), "finance", SplitMode.PER_PAGE, limits
    )

    assert result.metadata["pages_not_read"] == 3
    read = [page for page in unsure if page <= 4]
    assert read and sorted(asked_pages(fake)) == sorted(read)
    assert all(" of 7 of a packet." in r.prompt for r in fake.requests)


def test_the_page_cap_asks_the_least_sure_pages_and_records_the_rest(fake: FakeOpenAI, unsure: list[int]) -> None:
    result = chain(fake, max_escalated_pages=2).classify_packet(text_pdf(PACKET), "finance", SplitMode.AUTO)

    assert sorted(asked_pages(fake)) == sorted(unsure[:2])
    report = result.metadata["page_escalation"]
    assert report["answered"] == unsure[:2]
    assert report["skipped_cap"] == sorted(unsure[2:])
    assert report["unsure"] == len(unsure)


def test_an_exhausted_spend_cap_leaves_the_local_pages_and_records_the_skips(
    fake: FakeOpenAI, unsure: list[int]
) -> None:
    local = default_classifier().classify_packet(text_pdf(PACKET), "finance", SplitMode.AUTO)

    result = chain(fake, spend_cap=0.0, max_escalated_pages=10).classify_packet(
        text_pdf(PACKET), "finance", SplitMode.AUTO
    )

    assert fake.requests == []
    report = result.metadata["page_escalation"]
    assert report["skipped_budget"] == unsure  # in the order they would have been asked
    assert report["escalated"] == report["answered"] == report["failed"] == []
    assert _labels(result) == _labels(local)
    assert {page.classifier for page in result.pages} == {"local_model"}
    assert result.metadata["classifier"] == "local_model"


def test_the_time_budget_bounds_the_whole_packet(fake: FakeOpenAI, unsure: list[int]) -> None:
    fake.fail_next(Fault("slow", delay_seconds=3))
    started = time.monotonic()

    # One page at a time: the slow first answer uses up the budget before the next page is asked.
    result = chain(fake, sync_budget_seconds=0.5, max_escalated_pages=10, page_concurrency=1).classify_packet(
        text_pdf(PACKET), "finance", SplitMode.PER_PAGE
    )

    assert time.monotonic() - started < 2.5  # not one budget per page
    report = result.metadata["page_escalation"]
    assert (report["failed"], report["outcomes"]) == (unsure[:1], {str(unsure[0]): "timed_out"})
    assert report["skipped_budget"] == unsure[1:]
    assert {page.classifier for page in result.pages} == {"local_model"}


class SlowReader:
    """The local model, taking ``seconds`` of the chain's clock to read a packet (a long scan in the worker)."""

    def __init__(self, clock: ManualClock, seconds: float) -> None:
        self.local, self.clock, self.seconds = default_classifier(), clock, seconds
        self.model_version = self.local.model_version

    def resolve_industry(self, industry: str | None) -> str:
        return self.local.resolve_industry(industry)

    def classify_with_text(self, data: bytes, industry: str | None = None) -> Any:
        return self.local.classify_with_text(data, industry)

    def classify_packet(
        self, data: bytes, industry: str | None, mode: SplitMode, limits: Any = None, **hook: Any
    ) -> Any:
        self.clock.advance(self.seconds)
        return self.local.classify_packet(data, industry, mode, limits, **hook)


@pytest.mark.parametrize(("reading", "asked"), [(20.0, True), (60.0, False)])
def test_in_the_worker_reading_the_pages_counts_against_the_time_left(
    fake: FakeOpenAI, unsure: list[int], reading: float, asked: bool
) -> None:
    clock = ManualClock()
    settings = LlmSettings.model_validate(
        {
            "providers": [provider("mini", fake.base_url, "gpt-4o-mini", ("sk-page",))],
            "tiers": [{"name": "cheap", "providers": ["mini"]}],
            "escalate": RULE,
            "worker_budget_seconds": 40,
        }
    )
    slow = build_chain(
        SlowReader(clock, reading),
        load_taxonomy(),
        settings,
        spend=MemorySpendGuard(1.0, clock=lambda: 1_790_000_000.0),
        secret_reader=FakeSecrets,
        clock=clock,
    )

    with worker_budget(time_left_seconds=60):  # the invocation's time left when the packet was taken up
        result = slow.classify_packet(text_pdf(PACKET), "finance", SplitMode.AUTO)

    report = result.metadata["page_escalation"]
    if asked:  # 40 s of LLM budget, 40 s left: the pages are asked
        assert report["answered"] == unsure[:5] and report["skipped_budget"] == []
    else:  # the pages took all of the invocation's time: none is asked, the task can still be stored
        assert fake.requests == [] and report["skipped_budget"] == unsure[:5]


def test_an_open_breaker_leaves_the_local_pages(fake: FakeOpenAI, unsure: list[int]) -> None:
    fake.fail_key("sk-page", Fault("server_error"))
    local = default_classifier().classify_packet(text_pdf(PACKET), "finance", SplitMode.AUTO)

    # One page at a time: the first page's 500 opens the breaker before the next page is asked.
    result = chain(
        fake, breaker_failures=1, breaker_cooldown_seconds=600, max_escalated_pages=10, page_concurrency=1
    ).classify_packet(text_pdf(PACKET), "finance", SplitMode.AUTO)

    assert len(fake.requests) == 1  # the first page's 500 opened the breaker; the other pages never reached it
    report = result.metadata["page_escalation"]
    assert report["failed"] == unsure
    assert set(report["outcomes"].values()) == {"unavailable"}
    outcomes = [call["outcome"] for call in result.metadata["llm"]["calls"]]
    assert outcomes == ["provider_error"] + ["breaker_open"] * (len(unsure) - 1)
    assert _labels(result) == _labels(local)
    assert {page.classifier for page in result.pages} == {"local_model"}


def test_a_page_answer_changes_the_split(fake: FakeOpenAI) -> None:
    # The statement-like page between a tax form and a utility bill is unsure, read alone as a statement; the tier
    # reads it as the utility bill's first page, and the bill's two pages become one document.
    packet = [TAX, SUMMARY, UTILITY]
    assert unsure_pages(packet) == [2]
    local = default_classifier().classify_packet(text_pdf(packet), "finance", SplitMode.AUTO)
    assert _labels(local) == [("tax_form", (1, 1)), ("bank_statement", (2, 2)), ("utility_bill", (3, 3))]
    fake.answer("utility_bill", 0.98)

    result = chain(fake).classify_packet(text_pdf(packet), "finance", SplitMode.AUTO)

    assert _labels(result) == [("tax_form", (1, 1)), ("utility_bill", (2, 3))]
    assert [page.classifier for page in result.pages] == ["local_model", "mini/gpt-4o-mini", "local_model"]


def test_without_unsure_pages_nothing_is_asked(fake: FakeOpenAI) -> None:
    result = chain(fake).classify_packet(text_pdf([TAX, UTILITY]), "finance", SplitMode.AUTO)

    assert fake.requests == []
    assert result.metadata["page_escalation"]["unsure"] == 0
    assert result.metadata["cost_usd"] == 0


def test_no_document_text_reaches_the_logs(
    fake: FakeOpenAI, unsure: list[int], caplog: pytest.LogCaptureFixture
) -> None:
    for name in ("doc_classifier", "openai", "httpx", "httpcore"):
        caplog.set_level(logging.DEBUG, logger=name)

    chain(fake, max_escalated_pages=10).classify_packet(text_pdf(PACKET), "finance", SplitMode.AUTO)

    logged = [record.getMessage() + " " + json.dumps(record.__dict__, default=str) for record in caplog.records]
    assert any("pages escalated" in line for line in logged)  # the capture sees the escalation's own line
    for text in TEXTS:
        for phrase in (text[:30], text[-30:]):
            assert not any(phrase in line for line in logged), phrase


def test_counters_metrics_and_review(fake: FakeOpenAI, unsure: list[int]) -> None:
    stats = MemoryStatsStore()
    service = TaskService(
        classifier=lambda: CountingClassifier(chain(fake, max_escalated_pages=2), stats),
        taxonomy=load_taxonomy(),
        tasks=MemoryTaskStore(),
        cache=MemoryResultCache(),
        stats=stats,
        blobs=MemoryBlobStore(),
        queue=MemoryWorkQueue(),
        settings=ServiceSettings(),
    )
    fake.answer("unknown", 0.5)  # the asked pages stay unsure

    outcome = service.classify_now(text_pdf(PACKET), "finance", "per_page")

    counters = metrics_snapshot(service)["llm"]["counters"]
    skipped = len(unsure) - 2
    assert counters["page_escalations"] == {"escalated": 2, "answered": 2, "skipped_cap": skipped}
    assert counters["calls"] == {"cheap": 2}
    text = prometheus_text(metrics_snapshot(service))
    assert f'doc_classifier_llm_page_escalations_total{{outcome="skipped_cap"}} {skipped}' in text
    # Pages left unasked by the cap sit in unsure documents: a person looks at the packet.
    assert outcome.review_task_id is not None
    assert service.get_task(outcome.review_task_id).review.reason == "escalation_unavailable"  # type: ignore[union-attr]


def test_the_review_rule_wants_an_unsure_document_holding_a_page_left_unasked() -> None:
    def packet(confidence: float, **pages: list[int]) -> dict[str, Any]:
        report = {"failed": [], "skipped_cap": [], "skipped_budget": [], **pages}
        return {
            "file_class": "invoice",
            "confidence": 0.99,
            "metadata": {"page_escalation": report},
            "documents": [
                {"file_class": "invoice", "confidence": 0.99, "pages": [1, 2]},
                {"file_class": "receipt", "confidence": confidence, "pages": [3, 4]},
            ],
        }

    assert review_reason(packet(0.5, skipped_budget=[4]), 0.7) is ReviewReason.ESCALATION_UNAVAILABLE
    assert review_reason(packet(0.5, failed=[3]), 0.7) is ReviewReason.ESCALATION_UNAVAILABLE
    # The unasked page is in a sure document: the unsure one enters for its confidence, not for the tier.
    assert review_reason(packet(0.5, skipped_cap=[1]), 0.7) is ReviewReason.LOW_CONFIDENCE
    assert review_reason(packet(0.9, skipped_cap=[3]), 0.7) is None  # its document is sure after all
    # Every unsure page was asked and answered: the document under the threshold is reviewed as any would be.
    assert review_reason(packet(0.5), 0.7) is ReviewReason.LOW_CONFIDENCE


@pytest.mark.parametrize(
    "change", [{"max_escalated_pages": 2}, {"max_page_prompt_chars": 1000}, {"neighbour_excerpt_chars": 100}]
)
def test_the_page_settings_are_part_of_the_chain_identity(change: dict[str, int]) -> None:
    base: dict[str, Any] = {
        "providers": [provider("mini", "http://127.0.0.1:1/v1")],
        "tiers": [{"name": "cheap", "providers": ["mini"]}],
    }
    identity = chain_identity("svm-1", LlmSettings.model_validate(base))
    assert chain_identity("svm-1", LlmSettings.model_validate({**base, **change})) != identity


def test_the_page_settings_come_from_the_environment() -> None:
    settings = LlmSettings.from_env(
        {"LLM_MAX_ESCALATED_PAGES": "3", "LLM_MAX_PAGE_PROMPT_CHARS": "1500", "LLM_NEIGHBOUR_EXCERPT_CHARS": "0"}
    )
    assert (settings.max_escalated_pages, settings.max_page_prompt_chars, settings.neighbour_excerpt_chars) == (
        3,
        1500,
        0,
    )
    defaults = LlmSettings()
    assert (defaults.max_escalated_pages, defaults.max_page_prompt_chars, defaults.neighbour_excerpt_chars) == (
        5,
        2000,
        400,
    )
    with pytest.raises(ValueError, match="max_escalated_pages"):
        LlmSettings.from_env({"LLM_MAX_ESCALATED_PAGES": "-1"})


def _labels(result: PacketResult) -> list[tuple[str, tuple[int, int]]]:
    return [(document.file_class, document.pages) for document in result.documents]


def test_a_page_prompt_is_bounded_and_redacted_neighbours_included() -> None:
    neighbour = "Contact billing@example.com for questions. " + "x" * 1000
    prompt = build_page_prompt(
        load_taxonomy(),
        "finance",
        ("invoice", "receipt", "unknown"),
        [Alternative("invoice", 0.6)],
        "Invoice total due " + "y" * 5000,
        page=2,
        pages=3,
        before=Neighbour(1, neighbour, "receipt (90%)"),
        after=None,
        max_chars=2000,
        neighbour_chars=400,
        redact_text=True,
    )
    user = prompt.messages[1]["content"]
    assert "This is page 2 of 3 of a packet." in user
    assert user.count("y") < 2000 and "y" * 1900 in user  # the page's first 2,000 characters
    assert "x" * 300 in user and "x" * 400 not in user  # the neighbour's first 400
    assert "billing@example.com" not in user and "next page" not in user
    assert prompt.labels == ("invoice", "receipt", "unknown")  # only labels the page model scores
