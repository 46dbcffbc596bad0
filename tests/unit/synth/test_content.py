"""Templates: every label is covered, every template runs, and content is deterministic."""

from __future__ import annotations

import datetime as dt
import random

import pytest
from doc_classifier.taxonomy import UNKNOWN, load_taxonomy

from training.synth import LABELS, TEMPLATES, generate_text, template_names
from training.synth.content.identity import mrz_check_digit, passport_mrz
from training.synth.locales import amount_in_words, format_date, money, number
from training.synth.noise import NOISE_LEVELS, degrade
from training.synth.registry import build

# The category ids are an API contract, asserted in tests/unit/core/test_taxonomy.py.
CATEGORIES = set(load_taxonomy().categories)


def test_labels_are_the_19_categories_plus_unknown() -> None:
    assert len(CATEGORIES) == 19
    assert set(LABELS) == CATEGORIES | {UNKNOWN}
    assert LABELS[-1] == UNKNOWN


@pytest.mark.parametrize("label", sorted(CATEGORIES | {"unknown"}))
def test_each_label_has_several_distinct_templates(label: str) -> None:
    names = template_names(label)
    assert len(names) >= 5
    assert len(set(names)) == len(names)


@pytest.mark.parametrize("label", sorted(CATEGORIES | {"unknown"}))
def test_every_template_produces_labelled_text(label: str) -> None:
    for template in TEMPLATES[label]:
        for seed in range(4):
            doc = build(label, random.Random(seed), template.__name__)
            assert doc.label == label
            assert doc.template == template.__name__
            assert len(doc.text) > 80, (template.__name__, doc.text)
            assert doc.locale


def test_generate_text_is_deterministic_and_independent_of_history() -> None:
    first = [generate_text(label, random.Random(42)).text for label in LABELS]
    random.Random(0).random()  # unrelated randomness in between must not matter
    generate_text("invoice", random.Random(7))
    second = [generate_text(label, random.Random(42)).text for label in LABELS]
    assert first == second


def test_generate_text_varies_with_the_seed() -> None:
    texts = {generate_text("invoice", random.Random(seed)).text for seed in range(20)}
    assert len(texts) == 20


def test_the_label_is_not_stamped_on_documents() -> None:
    # Category ids are an API contract, not words documents contain.
    for label in (
        "bank_statement",
        "pay_stub",
        "utility_bill",
        "loan_application",
        "power_of_attorney",
        "court_filing",
    ):
        for seed in range(10):
            assert label not in build(label, random.Random(seed)).text


def test_noise_levels_degrade_progressively() -> None:
    doc = build("contract", random.Random(3))
    changed = []
    for level in NOISE_LEVELS:
        noisy = degrade(doc, random.Random(1), level, hand_to_ocr=True)
        changed.append(sum(a != b for a, b in zip(noisy.text, doc.text, strict=False)))
    assert changed[0] == 0
    assert changed[1] < changed[3]


def test_handwriting_becomes_ocr_junk_but_letterhead_survives() -> None:
    doc = build("prescription", random.Random(5), "prescription_handwritten_pad")
    noisy = degrade(doc, random.Random(5), "clean", hand_to_ocr=True)
    assert noisy.blocks[0] == doc.blocks[0]  # printed letterhead untouched
    assert noisy.text != doc.text


def test_mrz_check_digits_follow_icao_9303() -> None:
    # The ICAO 9303 specimen: passport L898902C3 (check 6), born 740812 (2), expires 120415 (9).
    assert mrz_check_digit("L898902C3") == "6"
    assert mrz_check_digit("740812") == "2"
    assert mrz_check_digit("120415") == "9"
    line1, line2 = passport_mrz(
        "UTO",
        "ERIKSSON",
        "ANNA MARIA",
        number="L898902C3",
        nationality="UTO",
        birth=dt.date(1974, 8, 12),
        sex="F",
        expiry=dt.date(2012, 4, 15),
    )
    assert line1.startswith("P<UTOERIKSSON<<ANNA<MARIA<")
    assert len(line1) == len(line2) == 44
    assert line2.startswith("L898902C36UTO7408122F1204159")


def test_locale_number_and_date_formats() -> None:
    assert number(1234567.891, "en_US") == "1,234,567.89"
    assert number(1234567.891, "en_IN") == "12,34,567.89"
    assert number(1234.5, "de_DE") == "1.234,50"
    assert number(1234.5, "fr_FR") == "1 234,50"
    assert money(12.5, "MYR", "en_MY", 0) == "RM12.50"
    assert money(99, "EUR", "de_DE", 0) == "99,00 €"
    assert format_date(dt.date(2024, 3, 5), "de_DE", 1) == "5. März 2024"
    assert format_date(dt.date(2024, 3, 5), "en_US", 0) == "03/05/2024"
    assert amount_in_words(123456) == "One Lakh Twenty Three Thousand Four Hundred Fifty Six"
