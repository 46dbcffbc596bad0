"""Fit the first-page model (``doc_classifier.packets.opening``) on synthetic packets' pages.

Every page with text is an example: its first ``OPENING_CHARS`` characters, and whether a
document starts on it. The packet fit (``training.packets``) reads each fold's packets with a
model fitted on the other folds' packets, as the decoder's page readings are, so that the
``opening`` weight is fitted on scores of openings the model has not seen.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from doc_classifier.model.features import featurize
from doc_classifier.model.linear import MIN_WORDS
from doc_classifier.packets.opening import OPENING_CHARS, OpeningModel

from training.fit import feature_matrix
from training.synth.packets import SyntheticDocumentPages

Packets = Sequence[tuple[str, list[SyntheticDocumentPages]]]  # (industry, documents), as ``synthetic_packets``


def opening_examples(packets: Packets) -> tuple[list[str], list[bool]]:
    """The opening of every page with text (a page without any says nothing at run time either), and whether it
    is its document's first page."""
    openings, starts = [], []
    for _, documents in packets:
        for document in documents:
            first = True
            for page in document.pages:
                if len(featurize(page.text).words) < MIN_WORDS:
                    continue
                openings.append(page.text.strip()[:OPENING_CHARS])
                starts.append(first)
                first = False
    return openings, starts


def fit_opening(packets: Packets) -> OpeningModel:
    from sklearn.linear_model import LogisticRegression  # noqa: PLC0415

    openings, starts = opening_examples(packets)
    model = LogisticRegression(C=1.0, max_iter=2000)
    model.fit(feature_matrix(openings), np.array(starts))
    return OpeningModel(np.asarray(model.coef_[0], dtype=np.float32), float(model.intercept_[0]))
