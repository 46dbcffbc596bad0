"""The first-page model's training: what it learns from, and that each fold's packets are read by a model that
never saw them."""

from __future__ import annotations

import numpy as np
import pytest
from doc_classifier.packets.opening import OpeningModel

import training.packets as training_packets
from training.opening import fit_opening, opening_examples
from training.packets import out_of_fold, synthetic_packets
from training.synth.packets import SyntheticDocumentPages, SyntheticPage


def test_every_page_with_text_is_an_example_and_only_a_documents_first_page_starts_it() -> None:
    blank = SyntheticPage("", (612.0, 792.0), True)
    document = SyntheticDocumentPages(
        "bank_statement",
        (
            SyntheticPage("STATEMENT OF ACCOUNT\nAccount 12345678 period March", (612.0, 792.0), False),
            blank,
            SyntheticPage("03/04 Card payment grocer 45.10\n03/05 Salary 2,400.00", (612.0, 792.0), False),
        ),
    )
    openings, starts = opening_examples([("finance", [document, document])])
    assert starts == [True, False, True, False]
    assert openings[0].startswith("STATEMENT OF ACCOUNT")


def test_the_fitted_model_tells_first_pages_from_the_rest_on_packets_it_has_not_seen() -> None:
    model = fit_opening(synthetic_packets(seed=1, count=40))
    firsts, rest = [], []
    for _, documents in synthetic_packets(seed=2, count=15):
        for document in documents:
            texts = [page.text for page in document.pages if page.text.strip()]
            firsts += [model.score(text) for text in texts[:1]]
            rest += [model.score(text) for text in texts[1:]]
    # The chance that a first page scores above another page (ROC AUC): 0.5 for a model that learnt nothing.
    above = np.mean([first > other for first in firsts for other in rest])
    assert above > 0.65


def test_each_folds_packets_are_read_by_a_first_page_model_fitted_on_the_other_folds(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    fitted_on: list[list[object]] = []
    read: list[tuple[object, object, object]] = []

    def fit(packets: list[object]) -> OpeningModel:
        fitted_on.append(list(packets))
        return f"opening {len(fitted_on) - 1}"  # type: ignore[return-value]

    def score(packets: object, classifier: object, opening: object) -> list[object]:
        read.append((packets, classifier, opening))
        return []

    monkeypatch.setattr(training_packets, "fit_opening", fit)
    monkeypatch.setattr(training_packets, "score", score)
    fit_packets = [[("finance", f"fit {i}")] for i in range(3)]
    tune_packets = [[("finance", f"tune {i}")] for i in range(3)]
    folds = [(f"templates {i}", f"classifier {i}") for i in range(3)]
    out_of_fold(fit_packets, tune_packets, folds)  # type: ignore[arg-type]
    assert fitted_on == [
        [*fit_packets[1], *fit_packets[2]],
        [*fit_packets[0], *fit_packets[2]],
        [*fit_packets[0], *fit_packets[1]],
    ]
    expected = []
    for i in range(3):
        expected += [
            (fit_packets[i], f"classifier {i}", f"opening {i}"),
            (tune_packets[i], f"classifier {i}", f"opening {i}"),
        ]
    assert read == expected
