"""Whether an answer is good enough to stand, or goes to the next tier."""

from __future__ import annotations

from typing import Literal

from doc_classifier.llm.settings import Rule
from doc_classifier.taxonomy import UNKNOWN

Reason = Literal["none", "low_confidence", "unsure_unknown"]


def escalation_reason(rule: Rule, industry: str, file_class: str, confidence: float) -> Reason:
    thresholds = rule.for_industry(industry)
    if file_class == UNKNOWN:
        return "unsure_unknown" if confidence < thresholds.unknown_below else "none"
    return "low_confidence" if confidence < thresholds.escalate_below else "none"
