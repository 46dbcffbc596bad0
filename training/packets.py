"""``python -m training.packets``: fit the packet decoder's parameters on synthetic packets.

The boundary weights are a logistic regression of "a document starts at this page" on
the boundary features of consecutive pages (``doc_classifier.packets.evidence``), the
pages scored as the service scores them, by a model that has not seen their templates
(``training.packet_folds``: the packaged model reads its own training templates with a
certainty real pages never get), and their openings by a first-page model fitted on the
other folds' packets (``training.opening``). The page weights and label smoothing are then
chosen on a second set of synthetic packets, read the same way, as those that split the
most documents exactly, each labelled as the service labels it (and, of settings that
split as many, those that give the most pages their document's label). Writes
``layers/doc_classifier/packets/params.json`` and, beside it, the first-page model fitted
on all the fit packets (``opening.npz``). No real document is read.
"""

from __future__ import annotations

import argparse
import hashlib
import itertools
import json
import logging
import random
from dataclasses import replace
from pathlib import Path

import numpy as np
from doc_classifier.classifier import DocumentClassifier, default_classifier
from doc_classifier.extraction import Page
from doc_classifier.packets import PageView, decide, neighbours, score_pages, split_pages, text_scorer
from doc_classifier.packets.decoder import PARAMS_PATH, DecoderParams, packaged_params
from doc_classifier.packets.evidence import FEATURES, boundary_features
from doc_classifier.packets.opening import OPENING_FILE, OpeningModel
from doc_classifier.packets.segments import TextScorer, segment_texts
from doc_classifier.taxonomy import UNKNOWN

from training.opening import Packets, fit_opening
from training.packet_folds import DEFAULT_FOLDS, DEFAULT_PER_CLASS, fold_classifiers
from training.synth.packets import SyntheticDocumentPages, Templates, packet

log = logging.getLogger(__name__)
DEFAULT_SEED = 20261202
_PAGE_WEIGHTS = (0.3, 0.5, 1.0)
_SMOOTHING = (0.05, 0.1, 0.2)
_SEGMENT_WEIGHTS = (0.0, 0.5, 1.0, 2.0, 4.0, 8.0)
_LENGTH_WEIGHTS = (0.0, 0.5, 1.0)

Scored = tuple[list[PageView], list[tuple[str, int, int]], tuple[str, ...], TextScorer]


def _remembered(score_text: TextScorer) -> TextScorer:
    """The tuning grid decodes each packet many times: read each candidate text once."""
    seen: dict[bytes, np.ndarray] = {}

    def score(text: str) -> np.ndarray:
        key = hashlib.blake2b(text.encode(), digest_size=16).digest()
        if key not in seen:
            seen[key] = score_text(text)
        return seen[key]

    return score


def synthetic_packets(seed: int, count: int, templates: Templates | None = None, related_share: float = 0.0) -> Packets:
    """``count`` packets, their documents drawn from ``templates`` only when given (``related_share``: the
    share of continuation pages that read like a related kind, ``training.synth.packets.RELATED``)."""
    classifier = default_classifier()
    taxonomy = classifier.taxonomy
    rng = random.Random(seed)
    industries = sorted(taxonomy.industry_ids)
    out: list[tuple[str, list[SyntheticDocumentPages]]] = []
    for _ in range(count):
        industry = rng.choice(industries)
        labels = [*taxonomy.industry(industry).category_ids, UNKNOWN]
        out.append((industry, packet(labels, rng, templates, related_share)))
    return out


def fold_packets(
    seed: int, count: int, folds: list[tuple[Templates, DocumentClassifier]], related_share: float = 0.0
) -> list[Packets]:
    """``count`` packets in all, each fold's drawn from its held-out templates."""
    return [
        synthetic_packets(seed * 1000 + i, count // len(folds) + (i < count % len(folds)), templates, related_share)
        for i, (templates, _) in enumerate(folds)
    ]


def out_of_fold(
    fit_packets: list[Packets], tune_packets: list[Packets], folds: list[tuple[Templates, DocumentClassifier]]
) -> tuple[list[Scored], list[Scored]]:
    """Each fold's fit and tuning packets read by its model, their openings by a first-page model fitted on the
    other folds' fit packets."""
    fit_set: list[Scored] = []
    tune_set: list[Scored] = []
    for i, (_, classifier) in enumerate(folds):
        opening = fit_opening([p for j, packets in enumerate(fit_packets) if j != i for p in packets])
        fit_set += score(fit_packets[i], classifier, opening)
        tune_set += score(tune_packets[i], classifier, opening)
    return fit_set, tune_set


def score(
    packets: Packets, classifier: DocumentClassifier | None = None, opening: OpeningModel | None = None
) -> list[Scored]:
    """The packets' pages read by ``classifier`` and their openings by ``opening`` (the packaged ones when not
    given)."""
    classifier = classifier or default_classifier()
    scored = []
    for industry, documents in packets:
        pages, truth, number = [], [], 1
        for document in documents:
            first = number
            for page in document.pages:
                pages.append(Page(number, page.text, page.ocr_used, page.size))
                number += 1
            truth.append((document.label, first, number - 1))
        labels, views = score_pages(classifier, pages, industry, opening)
        scored.append((views, truth, labels, _remembered(text_scorer(classifier, industry))))
    return scored


# The direction each feature's evidence points in, as a person reads it (+1: a new document, -1: the same
# one, 0: either); a fitted weight of the other sign is an artefact of the synthetic data, and is dropped.
SIGNS = {
    "bias": 0,
    "counter_first": 1,
    "counter_next": -1,
    "counter_after_last": 1,
    "counter_mismatch": 1,
    "shared_identifier": -1,
    "repeated_line": -1,
    "similarity": -1,
    "size_change": 1,
    "scan_change": 1,
    "language_change": 1,
    "title": 1,
    "opening": 1,
    "empty": -1,
}


def fit_boundaries(scored: list[Scored]) -> np.ndarray:
    """Logistic regression of "a document starts here", refitted without any feature whose weight points
    against its evidence, until every weight agrees with ``SIGNS``."""
    from sklearn.linear_model import LogisticRegression  # noqa: PLC0415

    rows, targets = [], []
    for views, truth, _, _ in scored:
        starts = {first for _, first, _ in truth}
        for before, after in neighbours(views):
            rows.append(boundary_features(before.cues, after.cues, before.vector, after.vector))
            targets.append(after.page.number in starts)
    x, y = np.array(rows), np.array(targets)
    kept = list(range(len(FEATURES)))
    while True:
        model = LogisticRegression(C=1.0, fit_intercept=False, max_iter=2000)
        model.fit(x[:, kept], y)
        fitted = dict(zip(kept, model.coef_[0], strict=True))
        wrong = [i for i, w in fitted.items() if SIGNS[FEATURES[i]] * w < 0]
        if not wrong:
            break
        log.info("dropped (weight against its evidence): %s", ", ".join(FEATURES[i] for i in wrong))
        kept = [i for i in kept if i not in wrong]
    return np.array([float(fitted.get(i, 0.0)) for i in range(len(FEATURES))])


def expected_segment_log(scored: list[Scored], params: DecoderParams) -> float:
    """The mean smoothed log probability of a true document's label when its pages are read as one text, as the
    decoder reads a candidate: the segment term's zero (``DecoderParams.segment_expected_log``)."""
    logs = []
    for views, truth, labels, score_text in scored:
        for label, first, last in truth:
            pages = [v for v in views if first <= v.page.number <= last]
            rows = np.array([np.zeros(len(labels)) if v.empty else v.probabilities for v in pages])
            reading = segment_texts(
                [v.page.text for v in pages],
                rows,
                [True] + [False] * (len(pages) - 1),
                score_text,
                params.segment_max_pages,
            )[0][-1]
            if reading.sum() > 0:
                smoothed = (1.0 - params.label_smoothing) * reading + params.label_smoothing / len(labels)
                logs.append(float(np.log(smoothed[labels.index(label)])))
    return float(np.mean(logs))


def continuation_probabilities(scored: list[Scored]) -> dict[str, float]:
    """pi(c), the chance that a document of label c goes on to another page with text, counted on the true
    documents (add-one smoothed: no label is ever certain to end or go on)."""
    more: dict[str, int] = {}
    pages: dict[str, int] = {}
    for views, truth, _, _ in scored:
        for label, first, last in truth:
            with_text = sum(not v.empty for v in views if first <= v.page.number <= last)
            more[label] = more.get(label, 0) + max(with_text - 1, 0)
            pages[label] = pages.get(label, 0) + max(with_text, 1)
    return {label: round((more[label] + 1) / (pages[label] + 2), 4) for label in sorted(pages)}


def tuning_scores(scored: list[Scored], params: DecoderParams, threshold: float) -> tuple[float, float]:
    """The share of true documents split exactly and the share of pages given their document's label, each
    document labelled as the service labels it (``decide``: ``unknown`` when no category reaches ``threshold``),
    as ``eval-packets`` counts them. The fit takes the parameters with the most exact documents and, of those
    that split as many, the most pages right."""
    exact = documents = right = pages = 0
    for views, truth, labels, score_text in scored:
        found = {}
        for s in split_pages(views, params, labels, score_text):
            first, last = views[s.first].page.number, views[s.last].page.number
            found[first, last] = decide(labels, s.distribution, threshold)[0]
        given = {n: label for (first, last), label in found.items() for n in range(first, last + 1)}
        for label, first, last in truth:
            exact += found.get((first, last)) == label
            right += sum(given[n] == label for n in range(first, last + 1))
            pages += last - first + 1
        documents += len(truth)
    return exact / documents, right / pages


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m training.packets", description=__doc__)
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    parser.add_argument("--packets", type=int, default=600, help="synthetic packets to fit on (as many to tune on)")
    parser.add_argument("--folds", type=int, default=DEFAULT_FOLDS, help="template folds (0: the packaged model)")
    parser.add_argument("--per-class", type=int, default=DEFAULT_PER_CLASS, help="text documents per fold model label")
    parser.add_argument(
        "--related-sections",
        type=float,
        default=0.0,
        help="share of a record's, claim's, application's or filing's continuation pages that read like a related"
        " kind (0: none; 0.25 and 0.5 were measured and split real packets worse, README Packets)",
    )
    parser.add_argument("--out", type=Path, default=PARAMS_PATH)
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s")
    if args.folds:
        folds = fold_classifiers(default_classifier(), args.folds, args.per_class, args.seed)
        log.info("trained %d fold models", len(folds))
        fit_packets = fold_packets(args.seed, args.packets, folds, args.related_sections)
        fit_set, tune_set = out_of_fold(
            fit_packets, fold_packets(args.seed + 1, args.packets, folds, args.related_sections), folds
        )
        opening = fit_opening([p for packets in fit_packets for p in packets])
        reading = f"--folds {args.folds} --per-class {args.per_class} (synthetic packets only, pages read out of fold"
    else:
        packets = synthetic_packets(args.seed, args.packets, related_share=args.related_sections)
        opening = fit_opening(packets)
        fit_set = score(packets, opening=opening)
        tune_set = score(
            synthetic_packets(args.seed + 1, args.packets, related_share=args.related_sections), opening=opening
        )
        reading = "--folds 0 (synthetic packets only, pages read by the packaged model"
    weights = fit_boundaries(fit_set)
    base = replace(
        packaged_params(), boundary_weights=weights, continuation=continuation_probabilities(fit_set), opening=opening
    )
    log.info("continuation probabilities: %s", base.continuation)
    log.info("boundary weights: %s", dict(zip(FEATURES, np.round(weights, 3).tolist(), strict=True)))
    expected = {
        smoothing: expected_segment_log(fit_set, replace(base, label_smoothing=smoothing)) for smoothing in _SMOOTHING
    }
    log.info("a true document's mean smoothed log q by smoothing: %s", expected)
    threshold = default_classifier().unknown_threshold  # the service's, which the fold models share
    best, best_scores = base, (-1.0, -1.0)
    grid = itertools.product(_LENGTH_WEIGHTS, _SEGMENT_WEIGHTS, _PAGE_WEIGHTS, _SMOOTHING)
    for length, segment, continuation, smoothing in grid:
        candidate = replace(
            base,
            length_weight=length,
            segment_weight=segment,
            continuation_page_weight=continuation,
            label_smoothing=smoothing,
            segment_expected_log=round(expected[smoothing], 4),
        )
        scores = tuning_scores(tune_set, candidate, threshold)
        log.info(
            "length weight %.1f, segment weight %.1f, continuation weight %.2f, smoothing %.2f: exact documents %.4f"
            ", pages %.4f",
            length,
            segment,
            continuation,
            smoothing,
            *scores,
        )
        if scores > best_scores:
            best, best_scores = candidate, scores
    related = f" --related-sections {args.related_sections}" if args.related_sections else ""
    raw = {
        "source": f"python -m training.packets --seed {args.seed} --packets {args.packets}{related} {reading}"
        f"; on the tuning packets exact documents {best_scores[0]:.4f}, pages {best_scores[1]:.4f})",
        **best.to_dict(),
    }
    opening.save(args.out.with_name(OPENING_FILE))
    args.out.write_text(json.dumps(raw, indent=2) + "\n")
    log.info("wrote %s", args.out)


if __name__ == "__main__":
    main()
