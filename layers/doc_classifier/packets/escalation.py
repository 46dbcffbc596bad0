"""A packet's pages the local model is unsure of, read again by the LLM tier with their neighbours as context.

After every page is scored and before the split, the pages whose local answer falls under the routing's
``escalate`` rule (``llm/routing.py``; pages without text are never asked) go to the same tiers as single
documents (``llm.tier.ask_tiers``: same keys, breakers, spend cap and redaction), one call per page, lowest
confidence first and at most ``max_escalated_pages`` of them. Each prompt (``build_page_prompt``) says the
page is page i of n of a packet and quotes the start of the previous and next pages that have text, with
their local model's reading: every prompt is built before any page is asked, so a neighbour's LLM answer
is never quoted (it is not known yet when the pages are asked together).

Up to ``page_concurrency`` pages are asked at once, each on a thread of a pool that lives only for this
call (1: one after another, on the caller's thread); the least sure pages start first. Everything a call
touches is shared safely: breakers, key pools, the clients' cache and the spend guard hold locks (DynamoDB's
spend item is one conditional update), the deadline only reads a clock. The spend cap holds as it does
one page at a time: each call reserves its estimate (the whole ``max_output_tokens``) before it is made and
is reconciled after, so pages asked together can never reserve past the cap; only a call whose real
prompt is longer than its estimate can pass it, by that difference, as when pages are asked one by one.

An answer replaces the page's distribution, so the split weighs it like any page reading: the answered
label gets the answer's confidence, the rest is shared in proportion to the local model's reading. The
answers are applied once every call is back. One time budget (the sync route's or the
worker's) covers all of a packet's pages; once it or today's spend runs out (a page's asking ended
``timed_out`` or ``budget_exhausted``), the pages not yet started keep their local reading; those being
asked finish.

The result's metadata gains ``page_escalation``: ``unsure`` (pages under the rule), and the page numbers
``escalated`` (asked), ``answered``, ``failed`` (asked, no usable answer), ``skipped_cap`` (over
``max_escalated_pages``) and ``skipped_budget`` (time or spend ran out before the page was asked, or its
call found no spend left), each in the order the pages are asked, with each asked page's outcome; ``llm``
(calls with their page, sorted by page, tokens) and ``cost_usd`` as for a document; ``classifier`` is the
provider that decided the most pages, ``local_model`` when none did. Each page says who decided it.
"""

from __future__ import annotations

import contextvars
import logging
import threading
from collections import Counter
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, dataclass
from typing import TYPE_CHECKING, Any, Protocol

import numpy as np

from doc_classifier.llm.prompt import PAGE_PROMPT_VERSION, Answer, Neighbour, Prompt, build_page_prompt
from doc_classifier.llm.routing import escalation_reason
from doc_classifier.llm.tier import CallRecord, TierRunner, TiersResult, ask_tiers
from doc_classifier.packets import LOCAL_MODEL, PageView
from doc_classifier.result import Alternative

if TYPE_CHECKING:
    from doc_classifier.llm.budget import Deadline
    from doc_classifier.llm.settings import LlmSettings
    from doc_classifier.taxonomy import Taxonomy

logger = logging.getLogger(__name__)

# Outcomes after which no page is asked: no time or no spend left.
_STOPPING = frozenset({"timed_out", "budget_exhausted"})


@dataclass(frozen=True)
class PagesEscalated:
    deciders: dict[int, str]  # page number -> the provider whose answer replaced the page's reading
    metadata: dict[str, Any]  # what the packet's metadata gains: page_escalation, llm, cost_usd, classifier


class PageEscalation(Protocol):
    """What ``packets.classify_packet`` calls once the pages are scored; it may change ``views``' distributions."""

    def __call__(
        self, industry: str, labels: tuple[str, ...], views: list[PageView], pages_total: int
    ) -> PagesEscalated: ...


class PageEscalator:
    def __init__(
        self,
        taxonomy: Taxonomy,
        settings: LlmSettings,
        tiers: list[TierRunner],
        *,
        identity: str,
        deadline: Callable[[], Deadline],
    ) -> None:
        self.taxonomy = taxonomy
        self.settings = settings
        self.tiers = tiers
        self.identity = identity
        self._deadline = deadline

    def __call__(
        self, industry: str, labels: tuple[str, ...], views: list[PageView], pages_total: int
    ) -> PagesEscalated:
        """``pages_total``: the file's pages, read or not (a prompt says "page i of n" of the whole packet)."""
        unsure = sorted(
            (float(view.probabilities.max()), index)
            for index, view in enumerate(views)
            if self._unsure(industry, labels, view)
        )
        cap = self.settings.max_escalated_pages
        report: dict[str, Any] = {
            "unsure": len(unsure),
            "escalated": [],
            "answered": [],
            "failed": [],
            "skipped_cap": sorted(views[index].page.number for _, index in unsure[cap:]),
            "skipped_budget": [],
            "outcomes": {},
        }
        order = [index for _, index in unsure[:cap]]
        # Written before any call: a prompt quotes its neighbours' local readings, never an answer still to come.
        prompts = {index: self._prompt(industry, labels, views, index, pages_total) for index in order}
        answers = self._ask(industry, prompts, self._deadline()) if order else {}
        deciders: dict[int, str] = {}
        calls: list[tuple[int, CallRecord]] = []
        for index in order:  # the report lists pages in the order they are asked
            number = views[index].page.number
            result = answers[index]
            if result is not None:
                calls.extend((number, call) for call in result.calls)
            if result is None or result.outcome == "budget_exhausted":  # no call was paid for this page
                report["skipped_budget"].append(number)
                continue
            report["escalated"].append(number)
            report["outcomes"][str(number)] = result.outcome
            if result.answer is not None and result.provider is not None:
                # Every call is back: an answer changes its own page only, whatever the order it is applied in.
                views[index].probabilities = answered_distribution(labels, views[index].probabilities, result.answer)
                deciders[number] = result.provider.label
                report["answered"].append(number)
            else:
                report["failed"].append(number)
        calls.sort(key=lambda item: item[0])  # stable: a page's own calls keep their order
        return PagesEscalated(deciders, self._metadata(report, deciders, calls))

    def _ask(self, industry: str, prompts: dict[int, Prompt], deadline: Deadline) -> dict[int, TiersResult | None]:
        """Each page's result by its index (``prompts``' order: the order of asking), None for a page never asked
        (no time or spend left when its turn came)."""
        stop = threading.Event()  # set once a page's asking found no time or spend left, or raised

        def ask(index: int) -> TiersResult | None:
            if stop.is_set() or deadline.expired:
                return None
            try:
                result = ask_tiers(self.tiers, prompts[index], deadline, industry)
            except BaseException:
                stop.set()  # the pages still waiting are not asked; the error surfaces in the caller
                raise
            if result.outcome in _STOPPING:
                stop.set()
            return result

        workers = min(self.settings.page_concurrency, len(prompts))
        if workers <= 1:
            return {index: ask(index) for index in prompts}
        # The pool ends with the call: leaving the block waits for every thread. A copied context per page
        # keeps the caller's context variables (log keys) in its logs. A page's exception is raised here by its
        # future, and only once the block has waited for the pages under way (those waiting are passed over).
        with ThreadPoolExecutor(max_workers=workers, thread_name_prefix="llm-page") as pool:
            futures = {index: pool.submit(contextvars.copy_context().run, ask, index) for index in prompts}
            return {index: future.result() for index, future in futures.items()}

    def _unsure(self, industry: str, labels: tuple[str, ...], view: PageView) -> bool:
        if view.empty:  # no text to ask about
            return False
        best = int(np.argmax(view.probabilities))
        return (
            escalation_reason(self.settings.escalate, industry, labels[best], float(view.probabilities[best])) != "none"
        )

    def _prompt(
        self, industry: str, labels: tuple[str, ...], views: list[PageView], index: int, pages_total: int
    ) -> Prompt:
        view = views[index]
        order = np.argsort(-view.probabilities, kind="stable")[:3]
        candidates = [Alternative(labels[i], round(float(view.probabilities[i]), 4)) for i in order]
        before = next((v for v in reversed(views[:index]) if not v.empty), None)
        after = next((v for v in views[index + 1 :] if not v.empty), None)
        return build_page_prompt(
            self.taxonomy,
            industry,
            labels,
            candidates,
            view.page.text,
            page=view.page.number,
            pages=max(pages_total, views[-1].page.number),
            before=None if before is None else _neighbour(labels, before),
            after=None if after is None else _neighbour(labels, after),
            max_chars=self.settings.max_page_prompt_chars,
            neighbour_chars=self.settings.neighbour_excerpt_chars,
            redact_text=self.settings.redact,
        )

    def _metadata(
        self, report: dict[str, Any], deciders: dict[int, str], calls: list[tuple[int, CallRecord]]
    ) -> dict[str, Any]:
        records = [c for _, c in calls]
        most = Counter(deciders.values()).most_common(1)
        logger.info(
            "pages escalated",
            extra={
                "unsure": report["unsure"],
                "answered": len(report["answered"]),
                "failed": len(report["failed"]),
                "skipped": len(report["skipped_cap"]) + len(report["skipped_budget"]),
                "calls": [f"{c.tier}:{c.provider}:{c.outcome}" for c in records],
            },
        )
        return {
            "classifier": most[0][0] if most else LOCAL_MODEL,
            "page_escalation": report,
            "llm": {
                "chain": self.identity,
                "prompt_version": PAGE_PROMPT_VERSION,
                "tokens_in": sum(c.tokens_in for c in records),
                "tokens_out": sum(c.tokens_out for c in records),
                "calls": [{"page": page, **asdict(call)} for page, call in calls],
            },
            "cost_usd": round(sum(c.cost_usd for c in records), 8),
        }


def answered_distribution(labels: tuple[str, ...], local: np.ndarray, answer: Answer) -> np.ndarray:
    """The answer's label at its confidence; the rest shared as the local model shared it (its runner-up stays)."""
    chosen = labels.index(answer.file_class)
    rest = local.astype(np.float64).copy()
    rest[chosen] = 0.0
    total = rest.sum()
    others = len(labels) - 1
    rest = rest / total if total > 0 else np.full(len(labels), 1.0 / others)
    distribution = rest * (1.0 - answer.confidence)
    distribution[chosen] = answer.confidence
    return distribution


def _neighbour(labels: tuple[str, ...], view: PageView) -> Neighbour:
    best = int(np.argmax(view.probabilities))
    return Neighbour(view.page.number, view.page.text, f"{labels[best]} ({float(view.probabilities[best]):.0%})")
