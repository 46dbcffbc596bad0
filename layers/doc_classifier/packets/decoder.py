"""Page labels and boundary evidence in, documents out: an exact segmentation by dynamic programming.

A segmentation of pages 1..n into documents, each with one label, scores

    sum over documents [a..b] with label c of
        log P(boundary before a)                        (nothing before the first page)
      + sum of log P(no boundary before i), a < i <= b
      + w_first * log p_a(c) + w_cont * sum of log p_i(c), a < i <= b
      + w_seg * (log q_ab(c) - m)
      + w_len * (t_ab * log pi(c) + log(1 - pi(c)))

where p_i is the page model's (smoothed) distribution over the industry's labels, q_ab
the same model's (smoothed) distribution for the text of pages a..b read as one document
(``segments.py``), and P(boundary) a logistic function of the boundary features
(``evidence.py``); m, the mean smoothed log probability that reading gives a true
document's label on synthetic packets, makes the segment term cost a typical document
nothing, so that it weighs how well a candidate reads as one document and does not
count documents (every term log q <= 0 would charge each extra document, the more the
less sure the model is). The best segmentation is found exactly in O(n^2 K). Smoothing bounds
what one page can say, so one odd page inside a statement costs less than the two
boundaries that would cut it out; continuation pages weigh less than first pages, which
carry the title; a page with no text has no say in the label at all and follows its
boundary evidence. The segment term reads a document as the single-document classifier
would: an attached form inside a medical record leaves the record's text a medical
record, while two documents read as one rarely look like either. A boundary the page
counters (or a new e-mail attachment) force is final: no document spans it.

The last term is what a person knows of each kind's length: a prescription, a receipt or an ID
card is one page, a statement or a contract runs on. pi(c), the chance that a document of label
c goes on to another page with text (t_ab: its pages with text after the first), is counted on
synthetic packets; a label it was not counted for (a category learned later) has no such term.
Without it, two one-page prescriptions in a row cost no more as one document than as two, and
the decoder cannot let a document's text outweigh an unsure page without joining them. The
boundary evidence already says how often any page goes on, so this term counts some of that
twice: it charges every document of a long kind log(1 - pi(c)) for ending, which leans towards
joining two documents of one long kind in a row (the ratio pi(c) / pi to any document's chance
would not; fitted the same way it read the dev packets worse, see README).
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

import numpy as np
import numpy.typing as npt

from doc_classifier.packets.evidence import FEATURES
from doc_classifier.packets.opening import OPENING_FILE, OpeningModel, packaged_opening

PARAMS_PATH = Path(__file__).with_name("params.json")

Array = npt.NDArray[np.float64]
_MIN_PROBABILITY = 1e-4  # floor for the confidence's geometric mean: one page cannot zero a label


@dataclass(frozen=True)
class DecoderParams:
    boundary_weights: Array  # in ``FEATURES`` order
    first_page_weight: float
    continuation_page_weight: float
    label_smoothing: float
    counter_override: float  # |logit| given to a boundary when the page counters of both pages agree
    segment_weight: float = 0.0  # w_seg: the weight of the segment's text read as one document
    segment_max_pages: int = 30  # a segment's text is its first pages (and at most MAX_CHARS of them)
    segment_expected_log: float = 0.0  # m: a true document's mean smoothed log q of its label (fitted)
    length_weight: float = 0.0  # w_len: the weight of each label's length prior
    continuation: Mapping[str, float] = field(default_factory=dict)  # pi(c) by label (counted)
    # The first-page model whose scores the ``opening`` weight was fitted on: they go together.
    opening: OpeningModel = field(default_factory=packaged_opening, compare=False, repr=False)

    @classmethod
    def from_dict(cls, raw: dict[str, object], opening: OpeningModel | None = None) -> DecoderParams:
        """``opening``: the first-page model fitted with these parameters (the packaged one when not given)."""
        weights = raw["boundary_weights"]
        if not isinstance(weights, dict) or set(weights) != set(FEATURES):
            raise ValueError(f"decoder parameters must weigh exactly these features: {', '.join(FEATURES)}")
        return cls(
            np.array([float(weights[name]) for name in FEATURES], dtype=np.float64),
            float(raw["first_page_weight"]),  # type: ignore[arg-type]
            float(raw["continuation_page_weight"]),  # type: ignore[arg-type]
            float(raw["label_smoothing"]),  # type: ignore[arg-type]
            float(raw["counter_override"]),  # type: ignore[arg-type]
            float(raw["segment_weight"]),  # type: ignore[arg-type]
            int(raw["segment_max_pages"]),  # type: ignore[call-overload]
            float(raw["segment_expected_log"]),  # type: ignore[arg-type]
            float(raw.get("length_weight", 0.0)),  # type: ignore[arg-type]
            _probabilities(raw.get("continuation", {})),
            opening or packaged_opening(),
        )

    @classmethod
    def from_file(cls, path: Path) -> DecoderParams:
        """Parameters as ``python -m training.packets`` writes them (``params.json``; its ``source`` is a note),
        with the first-page model they were fitted with: the file beside them that ``opening_model`` names."""
        raw = json.loads(path.read_text())
        name = raw.get("opening_model")
        if not isinstance(name, str) or Path(name).name != name:
            raise ValueError("opening_model must name the first-page model's file, beside the parameters")
        return cls.from_dict(raw, OpeningModel.load(path.with_name(name)))

    def to_dict(self) -> dict[str, object]:
        return {
            "boundary_weights": {
                name: round(float(w), 4) for name, w in zip(FEATURES, self.boundary_weights, strict=True)
            },
            "first_page_weight": self.first_page_weight,
            "continuation_page_weight": self.continuation_page_weight,
            "label_smoothing": self.label_smoothing,
            "counter_override": self.counter_override,
            "segment_weight": self.segment_weight,
            "segment_max_pages": self.segment_max_pages,
            "segment_expected_log": self.segment_expected_log,
            "length_weight": self.length_weight,
            "continuation": {label: round(p, 4) for label, p in sorted(self.continuation.items())},
            "opening_model": OPENING_FILE,  # training saves the model there (``OpeningModel.save``)
        }


def _probabilities(raw: object) -> dict[str, float]:
    if not isinstance(raw, dict) or not all(0.0 < float(p) < 1.0 for p in raw.values()):
        raise ValueError("continuation must map labels to probabilities strictly between 0 and 1")
    return {str(label): float(p) for label, p in raw.items()}


@cache
def packaged_params() -> DecoderParams:
    return DecoderParams.from_file(PARAMS_PATH)


@dataclass(frozen=True)
class Segment:
    first: int  # 0-based page index
    last: int  # inclusive
    label: int  # index into the label set
    distribution: Array  # the pages' weighted geometric mean distribution: the document's confidence per label


def boundary_logits(features: Array, agree: list[bool | None], params: DecoderParams) -> Array:
    """Logit of "a document starts here" for each page after the first (row i: between pages i and i+1)."""
    logits = features @ params.boundary_weights if len(features) else np.zeros(0)
    for i, verdict in enumerate(agree):
        if verdict is not None:  # page counters that agree override everything else
            logits[i] = -params.counter_override if verdict else params.counter_override
    return logits


def decode(
    probabilities: Array,
    empty: npt.NDArray[np.bool_],
    logits: Array,
    params: DecoderParams,
    texts: list[Array] | None = None,
    *,
    labels: Sequence[str],
) -> list[Segment]:
    """The best segmentation of pages with label ``probabilities`` (n x K) and boundary ``logits`` (n - 1);
    ``texts[a]``: row j the distribution of pages a..a+j read as one text (``segments.segment_texts``);
    ``labels``: the K labels' names, for their length prior (a label without a counted pi(c) has none)."""
    n, k = probabilities.shape
    log_p = _smoothed_log(probabilities, params)
    log_p[empty] = 0.0  # a page without text says nothing about the label
    log_texts = None
    if texts and params.segment_weight:  # relative to a typical document's; an unreadable text still says nothing
        log_texts = [
            _smoothed_log(rows, params) - params.segment_expected_log * (rows.sum(axis=-1, keepdims=True) > 0)
            for rows in texts
        ]
    continuation = np.cumsum(np.vstack([np.zeros((1, k)), params.continuation_page_weight * log_p]), axis=0)
    log_more, log_end = _length_prior(labels, k, params)
    with_text = np.concatenate([[0], np.cumsum(~empty)])  # with_text[i]: pages with text among the first i
    log_start = np.concatenate([[0.0], -np.logaddexp(0.0, -logits)])  # log sigma(s); page 0 always starts
    log_join = np.concatenate([[0.0], -np.logaddexp(0.0, logits)])  # log sigma(-s)
    forced = np.concatenate([[True], logits >= params.counter_override])  # counters or attachments say so
    joined = np.cumsum(log_join)  # joined[i]: sum of log_join[1..i]
    best = np.full(n + 1, -np.inf)
    best[0] = 0.0
    back: list[tuple[int, int]] = [(0, 0)] * (n + 1)
    floor = 0  # no document starts before the last forced boundary and runs past it
    for end in range(1, n + 1):  # a document covers pages [start, end)
        if forced[end - 1]:
            floor = end - 1
        for start in range(floor, end):
            by_label = params.first_page_weight * log_p[start] + continuation[end] - continuation[start + 1]
            if log_texts is not None:
                rows = log_texts[start]
                by_label = by_label + params.segment_weight * rows[min(end - start, len(rows)) - 1]
            by_label = by_label + (with_text[end] - with_text[start + 1]) * log_more + log_end
            label = int(np.argmax(by_label))
            score = best[start] + log_start[start] + joined[end - 1] - joined[start] + by_label[label]
            if score > best[end]:
                best[end], back[end] = score, (start, label)
    segments: list[Segment] = []
    end = n
    while end > 0:
        start, label = back[end]
        raw = np.log(np.clip(probabilities[start:end], _MIN_PROBABILITY, 1.0))
        text = texts[start][min(end - start, len(texts[start])) - 1] if texts and params.segment_weight else None
        segments.append(Segment(start, end - 1, label, _distribution(raw, empty[start:end], text, params)))
        end = start
    return segments[::-1]


def _length_prior(labels: Sequence[str], k: int, params: DecoderParams) -> tuple[Array, Array]:
    """w_len * log pi(c) per further page with text and w_len * log(1 - pi(c)) per document, by label index;
    zero for a label without a counted pi(c)."""
    log_more, log_end = np.zeros(k), np.zeros(k)
    if params.length_weight:
        for i, label in enumerate(labels):
            if label in params.continuation:
                log_more[i] = params.length_weight * np.log(params.continuation[label])
                log_end[i] = params.length_weight * np.log1p(-params.continuation[label])
    return log_more, log_end


def _smoothed_log(probabilities: Array, params: DecoderParams) -> Array:
    """Smoothed log probabilities; a row of zeros (no readable text) stays zero: it has no say."""
    k = probabilities.shape[-1]
    smoothed = (1.0 - params.label_smoothing) * probabilities + params.label_smoothing / k
    log_p: Array = np.log(smoothed)
    log_p[probabilities.sum(axis=-1) == 0] = 0.0
    return log_p


def _distribution(log_p: Array, empty: npt.NDArray[np.bool_], text: Array | None, params: DecoderParams) -> Array:
    """The weighted geometric mean of the pages' distributions and, weighing w_seg, of the text's."""
    weights = np.full(len(log_p), params.continuation_page_weight)
    weights[0] = params.first_page_weight
    weights[empty] = 0.0
    if text is not None and text.sum() > 0:
        log_p = np.vstack([log_p, np.log(np.clip(text, _MIN_PROBABILITY, 1.0))])
        weights = np.append(weights, params.segment_weight)
    if weights.sum() == 0:  # only empty pages: no evidence for any label
        return np.full(log_p.shape[1], 1.0 / log_p.shape[1])
    mean = (weights[:, None] * log_p).sum(axis=0) / weights.sum()
    exp = np.exp(mean - mean.max())
    return exp / exp.sum()  # type: ignore[no-any-return]
