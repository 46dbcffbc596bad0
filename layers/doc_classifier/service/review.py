"""Which finished results a person should look at: the review queue's entry rules.

Pure functions of a result and the thresholds, so the rules are tested alone and read the same on the
sync route and in the worker. A result enters the queue when

* the LLM tier was wanted but gave no answer (``escalation_unavailable``): every provider unavailable,
  answers outside the label set, the time budget or today's spend cap ran out. The local answer stood
  only because nothing better could be had. ``not_configured`` (no LLM tier deployed) is the operator's
  choice, not a failure: the confidence threshold decides for those. A packet's pages count the same way
  (``metadata.page_escalation``): when pages the tier was asked about failed, or were not asked because of the
  page cap or the budget, and a document holding one of them is ``unknown`` or under the threshold;
* its answer is ``unknown`` (``unknown``);
* its confidence is below the review threshold of its industry (``low_confidence``).

A packet answers once per document (``documents``): it enters when any of its documents would, so an unsure
third document is not hidden behind a sure first one. The first rule that applies is the reason shown to the
reviewer.
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum
from typing import Any

from doc_classifier.taxonomy import UNKNOWN


class ReviewReason(StrEnum):
    LOW_CONFIDENCE = "low_confidence"
    UNKNOWN = "unknown"
    ESCALATION_UNAVAILABLE = "escalation_unavailable"


# Escalation outcomes (doc_classifier.llm.chain) of a document the LLM tier was asked about and did not decide.
ESCALATION_FAILED = frozenset({"unavailable", "invalid_answer", "timed_out", "budget_exhausted"})


def threshold_for(industry: str, default: float, overrides: Mapping[str, float]) -> float:
    """The review threshold of an industry: its override, else the default."""
    return overrides.get(industry, default)


def review_reason(result: Mapping[str, Any], threshold: float) -> ReviewReason | None:
    """Why this classification result needs a person, or None when it can stand."""
    escalation = (result.get("metadata") or {}).get("escalation") or {}
    if escalation.get("outcome") in ESCALATION_FAILED or _unsure_pages_left(result, threshold):
        return ReviewReason.ESCALATION_UNAVAILABLE
    answers = [result, *(result.get("documents") or ())]
    if any(answer.get("file_class") == UNKNOWN for answer in answers):
        return ReviewReason.UNKNOWN
    if any(float(answer.get("confidence", 0.0)) < threshold for answer in answers):
        return ReviewReason.LOW_CONFIDENCE
    return None


def _unsure_pages_left(result: Mapping[str, Any], threshold: float) -> bool:
    """Whether a packet's document is unsure and holds a page the LLM tier should have read and did not."""
    pages = (result.get("metadata") or {}).get("page_escalation") or {}
    left = {*pages.get("failed", ()), *pages.get("skipped_cap", ()), *pages.get("skipped_budget", ())}
    if not left:
        return False
    for document in result.get("documents") or ():
        first, last = document["pages"]
        unsure = document["file_class"] == UNKNOWN or float(document["confidence"]) < threshold
        if unsure and any(first <= page <= last for page in left):
            return True
    return False
