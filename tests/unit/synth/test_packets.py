"""Synthetic multi-page documents and packets, and the decoder weights fitted on them."""

from __future__ import annotations

import random

import numpy as np
import pytest
from doc_classifier.classifier import default_classifier
from doc_classifier.extraction import Page
from doc_classifier.packets import score_pages, text_scorer
from doc_classifier.packets.decoder import packaged_params
from doc_classifier.packets.evidence import FEATURES, page_counter

from training.packets import (
    SIGNS,
    continuation_probabilities,
    fit_boundaries,
    score,
    synthetic_packets,
    tuning_scores,
)
from training.synth import packets as synth_packets
from training.synth.corpus import generate_text
from training.synth.model import Heading, SyntheticDocument, block_lines
from training.synth.packets import MULTI_PAGE, document_pages, packet


def test_multi_page_documents_are_reproducible_and_their_counters_count_the_pages() -> None:
    found_multi_page = found_counter = False
    for seed in range(40):
        document = document_pages("bank_statement", random.Random(seed), None)
        assert document == document_pages("bank_statement", random.Random(seed), None)
        texts = [page.text for page in document.pages if page.text]  # blank back sides aside
        if len(texts) < 2:
            continue
        found_multi_page = True
        counters = [page_counter(text.splitlines()[-1:]) for text in texts]
        if all(counters):
            found_counter = True
            assert [c[0] for c in counters if c] == list(range(1, len(texts) + 1))
    assert found_multi_page and found_counter


def test_a_packet_is_two_to_eight_documents_of_the_given_labels() -> None:
    labels = ["invoice", "receipt", "unknown"]
    for seed in range(10):
        documents = packet(labels, random.Random(seed))
        assert 2 <= len(documents) <= 8
        assert {d.label for d in documents} <= set(labels)
        # One page of text (a blank back side aside) unless the kind runs to several pages.
        assert all(sum(bool(p.text) for p in d.pages) == 1 or d.label in MULTI_PAGE for d in documents)


def test_an_id_is_now_and_then_scanned_front_and_back() -> None:
    documents = [document_pages("drivers_license", random.Random(seed), None) for seed in range(30)]
    assert {sum(bool(page.text) for page in document.pages) for document in documents} == {1, 2}


def test_fitted_weights_point_the_way_their_evidence_does() -> None:
    weights = fit_boundaries(score(synthetic_packets(seed=5, count=30)))
    assert len(weights) == len(FEATURES)
    assert all(SIGNS[name] * weight >= 0 for name, weight in zip(FEATURES, weights, strict=True))


def _generated(monkeypatch: pytest.MonkeyPatch) -> list[SyntheticDocument]:
    """The documents the packet generator draws, in order, as it draws them."""
    drawn: list[SyntheticDocument] = []
    original = generate_text

    def recording(*args: object, **kwargs: object) -> SyntheticDocument:
        document = original(*args, **kwargs)  # type: ignore[arg-type]
        drawn.append(document)
        return document

    monkeypatch.setattr(synth_packets, "generate_text", recording)
    return drawn


def test_continuation_pages_keep_their_section_headings(monkeypatch: pytest.MonkeyPatch) -> None:
    """A form's second sheet opens on its next section, under that section's heading (its title, if any, comes
    only as the running header)."""
    drawn = _generated(monkeypatch)
    headed = 0
    for seed in range(30):
        drawn.clear()
        document = document_pages("medical_record", random.Random(seed), None)
        continued = [line for page in document.pages[1:] for line in page.text.splitlines()]
        for more in drawn[1 : len(document.pages)]:
            sections = {b.text for b in more.blocks if isinstance(b, Heading) and b.level > 1}
            headed += bool(sections & set(continued))
    assert headed


def test_some_attached_pages_are_sheets_from_further_into_the_other_form(monkeypatch: pytest.MonkeyPatch) -> None:
    drawn = _generated(monkeypatch)
    monkeypatch.setattr(synth_packets, "ATTACHED_UNKNOWN", 0.0)
    for untitled in (0.0, 1.0):
        monkeypatch.setattr(synth_packets, "ATTACHED_UNTITLED", untitled)
        opened_on_title = []
        for seed in range(20):
            drawn.clear()
            page = synth_packets._attached_page(
                "medical_record",
                "MRN1234567",
                ((612.0, 792.0), False),
                ["prescription"],
                random.Random(seed),
                templates=None,
            )
            (attached,) = drawn
            if attached.title:
                opened_on_title.append(page.text.splitlines()[0] == attached.title)
        assert opened_on_title and all(opened_on_title) is (untitled == 0.0)
        assert any(opened_on_title) is (untitled == 0.0)


def test_each_kinds_chance_of_going_on_is_counted_on_its_pages_with_text() -> None:
    """Two one-page prescriptions (one with a blank back side) and a three-page statement: add-one counts."""
    statement = [f"Statement transactions, page {n}" for n in "123"]
    texts = ["Rx amoxicillin twice daily", "Rx ibuprofen after meals", "", *statement]
    pages = [Page(n, text, False, (612.0, 792.0)) for n, text in enumerate(texts, start=1)]
    labels, views = score_pages(default_classifier(), pages, "healthcare")
    truth = [("prescription", 1, 1), ("prescription", 2, 3), ("bank_statement", 4, 6)]
    assert views[2].empty
    pi = continuation_probabilities([(views, truth, labels, lambda _: np.zeros(len(labels)))])
    assert pi == {"bank_statement": (2 + 1) / (3 + 2), "prescription": (0 + 1) / (2 + 2)}


def test_some_continuation_pages_read_like_a_related_kind(monkeypatch: pytest.MonkeyPatch) -> None:
    """A record's medication list or results page: a continuation page (the record's running header, no title of
    its own) whose body is a prescription's or lab report's, and the record's label."""
    drawn = _generated(monkeypatch)
    related = set(synth_packets.RELATED["medical_record"])
    for share in (0.0, 1.0):
        sections = headed = 0
        for seed in range(30):
            drawn.clear()
            document = document_pages("medical_record", random.Random(seed), None, related_share=share)
            assert document.label == "medical_record"
            heading = drawn[0].text.strip().splitlines()[0][:60]  # the record's first line, its running header
            continued = [page.text.splitlines() for page in document.pages[1:] if page.text]
            for other in (d for d in drawn if d.label in related):
                blocks = [b for b in other.blocks if not synth_packets._title_like(b)]
                body = {line for block in blocks for line in block_lines(block)}
                pages = [lines for lines in continued if body & set(lines)]
                assert other.title not in {line for lines in pages for line in lines}
                sections += bool(pages)
                headed += any(lines[0].startswith(heading) for lines in pages)
        assert bool(sections) is (share == 1.0) and bool(headed) is (share == 1.0)


def test_related_kinds_are_labels_and_only_multi_page_kinds_have_them() -> None:
    labels = set(default_classifier().model.classes)
    assert set(synth_packets.RELATED) <= MULTI_PAGE - {"unknown"}
    assert all(set(kinds) <= labels - {label, "unknown"} for label, kinds in synth_packets.RELATED.items())


def test_the_fits_packets_carry_related_sections_only_when_asked(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[str] = []
    original = synth_packets._related_section

    def counting(label: str, *args: object, **kwargs: object) -> str:
        calls.append(label)
        return original(label, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(synth_packets, "_related_section", counting)
    assert synthetic_packets(seed=3, count=12) == synthetic_packets(seed=3, count=12, related_share=0.0)
    assert not calls
    synthetic_packets(seed=3, count=12, related_share=1.0)
    assert calls and set(calls) <= set(synth_packets.RELATED)


def test_the_tuning_criterion_labels_documents_as_the_service_does() -> None:
    """A document whose reading reaches no category's threshold is ``unknown``, as eval-packets counts it."""
    invoice = "INVOICE\nInvoice number INV-2024-0117\nBill to: Northwind Traders\nTotal amount due 1,440.00"
    labels, views = score_pages(default_classifier(), [Page(1, invoice, False, (612.0, 792.0))], "finance")
    read = text_scorer(default_classifier(), "finance")
    assert tuning_scores([(views, [("invoice", 1, 1)], labels, read)], packaged_params(), threshold=0.0) == (1.0, 1.0)
    # No category is that sure: the service answers unknown, so the invoice is not found, an unknown page is.
    assert tuning_scores([(views, [("invoice", 1, 1)], labels, read)], packaged_params(), threshold=1.1) == (0.0, 0.0)
    assert tuning_scores([(views, [("unknown", 1, 1)], labels, read)], packaged_params(), threshold=1.1) == (1.0, 1.0)


def test_the_tuning_criterion_counts_the_pages_of_a_missed_document_that_are_labelled_right() -> None:
    """Its tie-break: of two settings that split as many documents exactly, the one that labels more pages right."""
    invoice = "INVOICE\nInvoice number INV-2024-0117\nBill to: Northwind Traders\nTotal due 1,440.00\nPage 1 of 1"
    receipt = "RECEIPT\nCorner Cafe\n2 x Espresso 6.00\nCash tendered 10.00\nChange 4.00\nThank you\nPage 1 of 1"
    pages = [Page(1, invoice, False, (612.0, 792.0)), Page(2, receipt, False, (612.0, 792.0))]
    labels, views = score_pages(default_classifier(), pages, "finance")
    read = text_scorer(default_classifier(), "finance")
    # The counters say two documents; were the truth one two-page invoice, none is exact but its first page is right.
    assert tuning_scores([(views, [("invoice", 1, 2)], labels, read)], packaged_params(), threshold=0.0) == (0.0, 0.5)


def test_a_first_page_states_its_reference_among_its_opening_lines_not_above_its_title() -> None:
    """Continuation pages carry a running header with the reference; the first page carries it where a document
    does, under its title, so that "a bare number opens the page" teaches the first-page model nothing real."""
    found = 0
    for seed in range(80):
        document = document_pages("bank_statement", random.Random(seed), None)
        texts = [page.text for page in document.pages if page.text]
        if len(texts) < 2 or len(texts[1].split("\n", 1)[0].split()) < 2:
            continue
        reference = texts[1].split("\n", 1)[0].split()[-1]
        first_lines = texts[0].splitlines()
        if reference not in first_lines:  # no running header: the second page opens on its own text
            continue
        found += 1
        assert 1 <= first_lines.index(reference) <= 3
    assert found
