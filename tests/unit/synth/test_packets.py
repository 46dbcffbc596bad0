"""Synthetic multi-page documents and packets, and the decoder weights fitted on them."""

from __future__ import annotations

import random

from doc_classifier.packets.evidence import FEATURES, page_counter

from training.packets import SIGNS, fit_boundaries, score, synthetic_packets
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
        assert all(len(d.pages) == 1 or d.label in MULTI_PAGE for d in documents)


def test_fitted_weights_point_the_way_their_evidence_does() -> None:
    weights = fit_boundaries(score(synthetic_packets(seed=5, count=30)))
    assert len(weights) == len(FEATURES)
    assert all(SIGNS[name] * weight >= 0 for name, weight in zip(FEATURES, weights, strict=True))
