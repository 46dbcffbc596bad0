"""How much a page opens like the first page of a document.

A person tells a first page by how it opens: a letterhead, a title, an addressee, a date
and a reference; a continuation page opens mid-table, mid-sentence or on a section
heading. ``OpeningModel`` is a logistic regression on the hashed features
(``model.features``) of a page's first ``OPENING_CHARS`` characters, fitted on synthetic
packets' pages (``training.opening``), whatever their kind: it learns how documents open,
not which kind they are. Its score is the boundary feature ``opening`` (``evidence.py``).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

import numpy as np
import numpy.typing as npt

from doc_classifier.model.features import N_FEATURES, featurize

OPENING_FILE = "opening.npz"  # beside the decoder parameters fitted with it (``params.json``)
OPENING_CHARS = 400  # about the first ten lines: what a person glances at
_LOGIT_BOUND = 6.0  # the score is the logit clipped to this and scaled to [-1, 1]: one page cannot say everything


@dataclass(frozen=True)
class OpeningModel:
    weights: npt.NDArray[np.float32]  # one per hashed feature (``N_FEATURES``)
    bias: float

    def __post_init__(self) -> None:
        if self.weights.shape != (N_FEATURES,):
            raise ValueError(f"an opening model weighs {N_FEATURES} features, not {self.weights.shape}")

    def score(self, text: str) -> float:
        """The logit of "a document starts on this page" from the page's opening alone, in [-1, 1]."""
        vector = featurize(text.strip()[:OPENING_CHARS])
        logit = float(np.dot(self.weights[vector.indices], vector.values)) + self.bias
        return float(np.clip(logit, -_LOGIT_BOUND, _LOGIT_BOUND)) / _LOGIT_BOUND

    def save(self, path: Path) -> None:
        np.savez_compressed(path, weights=self.weights, bias=np.array([self.bias]))

    @classmethod
    def load(cls, path: Path) -> OpeningModel:
        with np.load(path) as arrays:
            return cls(arrays["weights"].astype(np.float32), float(arrays["bias"][0]))


@cache
def packaged_opening() -> OpeningModel:
    return OpeningModel.load(Path(__file__).with_name(OPENING_FILE))
