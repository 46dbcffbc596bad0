"""Segment scoring: a candidate document's pages read as one text, as the single-document classifier reads it."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest
from doc_classifier.model.features import MAX_CHARS, N_FEATURES
from doc_classifier.packets.decoder import PARAMS_PATH, DecoderParams, decode, packaged_params
from doc_classifier.packets.opening import OPENING_FILE, OpeningModel
from doc_classifier.packets.segments import segment_texts

RECORD, FORM, OTHER = 0, 1, 2

UNNAMED = ("a", "b", "c")  # labels the length prior has no count for: these tests weigh pages and texts alone


def _record_with_a_foreign_second_page() -> tuple[np.ndarray, np.ndarray, list[np.ndarray]]:
    """Page 1 reads as a medical record; page 2, an attached insurance form with its own title on paper of another
    size, reads as a form; the boundary evidence leans towards a cut. Read together, the text is a medical record."""
    pages = np.array([[0.90, 0.05, 0.05], [0.15, 0.80, 0.05]])
    logits = np.array([1.5])  # a title and a change of page size, little shared text
    texts = [
        np.array([pages[0], [0.90, 0.07, 0.03]]),  # page 1 alone, then pages 1-2 as one text
        np.array([[0.35, 0.45, 0.20]]),  # page 2 alone: a form, but not clearly one
    ]
    return pages, logits, texts


def _documents(params: DecoderParams, texts: list[np.ndarray] | None) -> list[tuple[int, int, int]]:
    pages, logits, _ = _record_with_a_foreign_second_page()
    return [
        (s.first, s.last, s.label)
        for s in decode(pages, np.zeros(2, dtype=bool), logits, params, texts, labels=UNNAMED)
    ]


def test_a_foreign_looking_second_page_stays_with_its_document_when_the_text_is_read_as_one() -> None:
    assert packaged_params().segment_weight > 0, "the fitted decoder reads candidate documents as one text"
    # A text weight at which the reading decides this example (the fitted one, 0.5, leaves it to the evidence).
    params = replace(packaged_params(), segment_weight=8.0)
    _, _, texts = _record_with_a_foreign_second_page()
    assert _documents(params, texts) == [(0, 1, RECORD)]
    # Pages alone speak: the form is cut off.
    assert _documents(params, None) == [(0, 0, RECORD), (1, 1, FORM)]
    assert _documents(replace(params, segment_weight=0.0), texts) == [(0, 0, RECORD), (1, 1, FORM)]


def test_the_documents_confidence_counts_its_text() -> None:
    pages, _, texts = _record_with_a_foreign_second_page()
    params = packaged_params()
    (with_text,) = decode(pages, np.zeros(2, dtype=bool), np.array([-20.0]), params, texts, labels=UNNAMED)
    (pages_only,) = decode(pages, np.zeros(2, dtype=bool), np.array([-20.0]), params, None, labels=UNNAMED)
    assert with_text.distribution[RECORD] > pages_only.distribution[RECORD]


def test_a_boundary_the_counters_force_is_final() -> None:
    """Whatever the text says, no document spans "1 of 2" after "2 of 2"."""
    pages, _, texts = _record_with_a_foreign_second_page()
    params = replace(packaged_params(), segment_weight=100.0)
    forced = np.array([params.counter_override])
    found = decode(pages, np.zeros(2, dtype=bool), forced, params, texts, labels=UNNAMED)
    assert [(s.first, s.last) for s in found] == [(0, 0), (1, 1)]


def test_each_candidate_is_read_once_until_its_text_fills_the_models_window() -> None:
    read: list[str] = []

    def score(text: str) -> np.ndarray:
        read.append(text)
        return np.array([1.0, 0.0])

    page = "word " * (MAX_CHARS // 8)  # two pages fill the window
    texts = [page, page, "", page, page, page]
    rows = np.full((len(texts), 2), 0.5)
    forced = [True, False, False, False, True, False]  # page 5 starts a document whatever else is said
    out = segment_texts(texts, rows, forced, score, max_pages=30)
    assert [len(r) for r in out] == [2, 3, 2, 1, 2, 1]
    assert all(len(t) <= MAX_CHARS for t in read)
    assert out[1][1].tolist() == [0.5, 0.5]  # pages 2-3 read as page 2: the blank page adds nothing to read
    assert len(read) == 4  # pages 1-2, 2-4, 3-4 (page 4's text), 5-6
    assert [len(r) for r in segment_texts(texts, rows, [True] + [False] * 5, score, max_pages=2)] == [2] * 5 + [1]


def test_the_packaged_parameters_are_what_training_writes() -> None:
    from training.packets import _LENGTH_WEIGHTS, _PAGE_WEIGHTS, _SEGMENT_WEIGHTS, _SMOOTHING  # noqa: PLC0415

    raw = json.loads(PARAMS_PATH.read_text())
    source = raw.pop("source")
    assert source.startswith("python -m training.packets ") and "synthetic packets only" in source
    assert DecoderParams.from_dict(raw).to_dict() == raw  # every field, nothing else
    params = packaged_params()
    assert params.segment_weight in _SEGMENT_WEIGHTS
    assert params.continuation_page_weight in _PAGE_WEIGHTS
    assert params.label_smoothing in _SMOOTHING
    assert params.length_weight in _LENGTH_WEIGHTS
    assert params.continuation["prescription"] < 0.1
    assert params.continuation["bank_statement"] > 0.5


def test_the_text_reading_does_not_count_documents_once_it_is_measured_from_a_typical_documents() -> None:
    """Two one-page documents of one kind, each read (alone or together) as surely as a typical document is:
    the boundary evidence leans towards a cut. A segment term of raw log probabilities charges every extra
    document, so it joins them; measured from a typical document's reading it leaves the cut to the evidence."""
    page = [0.6, 0.2, 0.2]
    pages = np.array([page, page])
    texts = [np.array([page, page]), np.array([page])]
    params = replace(
        packaged_params(), segment_weight=4.0, first_page_weight=1.0, continuation_page_weight=0.3, label_smoothing=0.05
    )
    typical = float(np.log(0.95 * 0.6 + 0.05 / 3))

    def documents(expected_log: float) -> list[tuple[int, int]]:
        found = decode(
            pages,
            np.zeros(2, dtype=bool),
            np.array([0.5]),
            replace(params, segment_expected_log=expected_log),
            texts,
            labels=UNNAMED,
        )
        return [(s.first, s.last) for s in found]

    assert documents(0.0) == [(0, 1)]
    assert documents(typical) == [(0, 0), (1, 1)]


def test_a_one_page_kind_does_not_run_on_to_a_second_page_of_its_kind() -> None:
    """Two pages that both read as prescriptions, the boundary evidence leaning (a little) towards one document:
    without the labels' lengths nothing says two prescriptions are not one; knowing a prescription is one page
    long, they are two. A kind that runs to several pages is joined as before."""
    labels = ("prescription", "medical_record", "unknown")
    pages = np.array([[0.8, 0.1, 0.1], [0.8, 0.1, 0.1]])
    records = pages[:, [1, 0, 2]]
    empty = np.zeros(2, dtype=bool)
    logits = np.array([-0.5])
    params = replace(
        packaged_params(),
        length_weight=1.0,
        continuation={"prescription": 0.03, "medical_record": 0.65, "unknown": 0.6},
    )

    def documents(probabilities: np.ndarray, names: tuple[str, ...], weight: float) -> list[tuple[int, int]]:
        found = decode(probabilities, empty, logits, replace(params, length_weight=weight), None, labels=names)
        return [(s.first, s.last) for s in found]

    assert documents(pages, labels, 0.0) == [(0, 1)]
    assert documents(pages, (), 1.0) == [(0, 1)]  # no names, no lengths
    assert documents(pages, labels, 1.0) == [(0, 0), (1, 1)]
    assert documents(records, labels, 1.0) == [(0, 1)]


def test_a_blank_page_does_not_lengthen_a_one_page_document() -> None:
    """A prescription scanned on both sides: its blank back is no second page of text, so it stays with it."""
    labels = ("prescription", "unknown")
    probabilities = np.array([[0.9, 0.1], [0.5, 0.5]])
    params = replace(packaged_params(), length_weight=1.0, continuation={"prescription": 0.03, "unknown": 0.6})
    found = decode(probabilities, np.array([False, True]), np.array([-2.0]), params, None, labels=labels)
    assert [(s.first, s.last, labels[s.label]) for s in found] == [(0, 1, "prescription")]


def test_the_labels_lengths_are_probabilities() -> None:
    raw = packaged_params().to_dict()
    with pytest.raises(ValueError, match="strictly between 0 and 1"):
        DecoderParams.from_dict({**raw, "continuation": {"prescription": 1.0}})
    older = {k: v for k, v in raw.items() if k not in {"continuation", "length_weight"}}
    assert DecoderParams.from_dict(older).length_weight == 0.0  # parameters fitted before lengths were counted


def test_decoder_parameters_come_with_the_first_page_model_they_were_fitted_with(tmp_path: Path) -> None:
    raw = packaged_params().to_dict()
    assert raw["opening_model"] == OPENING_FILE
    weights = np.zeros(N_FEATURES, dtype=np.float32)
    weights[:3] = (0.5, -1.0, 2.0)
    OpeningModel(weights, -0.25).save(tmp_path / OPENING_FILE)
    (tmp_path / "params.json").write_text(json.dumps(raw))
    loaded = DecoderParams.from_file(tmp_path / "params.json").opening
    assert loaded.bias == -0.25 and loaded.weights[:3].tolist() == [0.5, -1.0, 2.0]
    for name in ("../opening.npz", None, 3):  # a file beside the parameters, named, nothing else
        (tmp_path / "params.json").write_text(json.dumps({**raw, "opening_model": name}))
        with pytest.raises(ValueError, match="opening_model"):
            DecoderParams.from_file(tmp_path / "params.json")
    with pytest.raises(ValueError, match="features"):
        OpeningModel(np.zeros(10, dtype=np.float32), 0.0)
