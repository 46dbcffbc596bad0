"""Which answers escalate, to which tier, and what the result says about it."""

from __future__ import annotations

from tests.support.fake_openai import FakeOpenAI
from tests.unit.llm.conftest import ChainFactory, ScriptedLocal, two_tiers

DOCUMENT = b"Invoice number 42. Bill to ACME. Amount due 100 EUR."


def test_a_confident_local_answer_makes_no_call(
    fake: FakeOpenAI, local: ScriptedLocal, make_chain: ChainFactory
) -> None:
    chain = make_chain(two_tiers(fake))
    local.label, local.confidence = "invoice", 0.71

    result = chain.classify(DOCUMENT, "finance")

    assert fake.requests == []
    assert result.file_class == "invoice"
    assert result.metadata["classifier"] == "local_model"
    assert result.metadata["escalation"] == {"reason": "none", "outcome": "none"}
    assert result.metadata["cost_usd"] == 0


def test_low_confidence_goes_to_the_cheap_tier_which_decides(
    fake: FakeOpenAI, local: ScriptedLocal, make_chain: ChainFactory
) -> None:
    chain = make_chain(two_tiers(fake))
    local.label, local.confidence = "utility_bill", 0.55
    fake.answer("invoice", 0.93)

    result = chain.classify(DOCUMENT, "finance")

    assert [r.model for r in fake.requests] == ["gpt-4o-mini"]
    assert result.file_class == "invoice"
    assert result.confidence == 0.93
    assert result.reasoning == "Reads as invoice."
    assert result.metadata["classifier"] == "mini/gpt-4o-mini"
    assert result.metadata["escalation"] == {"reason": "low_confidence", "outcome": "answered"}
    # The local top-3 stays as the alternatives.
    assert [a.label for a in result.alternatives] == ["utility_bill", "receipt"]


def test_an_unsure_cheap_tier_hands_on_to_the_strong_tier(
    fake: FakeOpenAI, local: ScriptedLocal, make_chain: ChainFactory
) -> None:
    chain = make_chain(two_tiers(fake))
    local.label, local.confidence = "unknown", 0.6
    fake.answer("receipt", 0.5, model="gpt-4o-mini")
    fake.answer("bank_statement", 0.9, model="gpt-4o")

    result = chain.classify(DOCUMENT, "finance")

    assert [r.model for r in fake.requests] == ["gpt-4o-mini", "gpt-4o"]
    assert (result.file_class, result.metadata["classifier"]) == ("bank_statement", "big/gpt-4o")
    assert result.metadata["escalation"] == {"reason": "unsure_unknown", "outcome": "answered"}
    assert [c["tier"] for c in result.metadata["llm"]["calls"]] == ["cheap", "strong"]


def test_unknown_has_its_own_higher_threshold(fake: FakeOpenAI, local: ScriptedLocal, make_chain: ChainFactory) -> None:
    chain = make_chain(two_tiers(fake))
    local.label, local.confidence = "invoice", 0.85
    assert chain.classify(DOCUMENT, "finance").metadata["escalation"]["reason"] == "none"
    local.label = "unknown"
    assert chain.classify(DOCUMENT, "finance").metadata["escalation"]["reason"] == "unsure_unknown"
    local.confidence = 0.91
    assert chain.classify(DOCUMENT, "finance").metadata["escalation"]["reason"] == "none"


def test_thresholds_can_be_set_per_industry(fake: FakeOpenAI, local: ScriptedLocal, make_chain: ChainFactory) -> None:
    rule = {"unknown_below": 0.8, "industries": {"legal": {"escalate_below": 0.95}}}
    chain = make_chain(two_tiers(fake, escalate=rule))
    local.label, local.confidence = "lease", 0.9
    assert chain.classify(DOCUMENT, "legal").metadata["escalation"]["reason"] == "low_confidence"
    local.label = "invoice"
    assert chain.classify(DOCUMENT, "finance").metadata["escalation"]["reason"] == "none"
    local.label, local.confidence = "unknown", 0.85  # legal keeps the rule's own unknown threshold (0.8)
    assert chain.classify(DOCUMENT, "legal").metadata["escalation"]["reason"] == "none"


def test_the_schema_offers_exactly_the_industrys_categories_and_unknown(
    fake: FakeOpenAI, local: ScriptedLocal, make_chain: ChainFactory
) -> None:
    chain = make_chain(two_tiers(fake))
    local.confidence = 0.3
    chain.classify(DOCUMENT, "legal")
    chain.classify(DOCUMENT, "auto")

    legal, auto = fake.requests[0].labels, fake.requests[-1].labels
    assert set(legal) == {*chain.taxonomy.industries["legal"].category_ids, "unknown"}
    assert set(auto) == {*chain.taxonomy.categories, "unknown"}


def test_with_auto_the_industry_comes_from_the_llms_category(
    fake: FakeOpenAI, local: ScriptedLocal, make_chain: ChainFactory
) -> None:
    chain = make_chain(two_tiers(fake))
    local.label, local.confidence = "unknown", 0.5
    fake.answer("lab_report", 0.95)

    result = chain.classify(DOCUMENT, "auto")

    assert (result.file_class, result.industry) == ("lab_report", "healthcare")


def test_without_a_tier_the_local_answer_stands_and_says_so(local: ScriptedLocal, make_chain: ChainFactory) -> None:
    chain = make_chain({})
    local.confidence = 0.3

    result = chain.classify(DOCUMENT, "finance")

    assert chain.model_version == "local-1"
    assert result.metadata["classifier"] == "local_model"
    assert result.metadata["escalation"] == {"reason": "low_confidence", "outcome": "not_configured"}
