"""Candidate documents read as one text, as the single-document classifier reads a document.

For each first page ``a`` the decoder needs the page model's distribution for the text of
pages a..b, for every b. The model reads at most ``MAX_CHARS`` of normalised text (the
start of a document is enough to classify it), so once pages a..b fill that window every
longer document from ``a`` reads the same and is not scored again; nor are documents
longer than ``max_pages`` or across a boundary the decoder treats as final. Pages are
normalised once and their normalised texts joined, which reads exactly as the normalised
concatenation would, so a candidate costs one featurisation of at most ``MAX_CHARS``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import numpy as np
import numpy.typing as npt

from doc_classifier.model.features import MAX_CHARS, normalize

Array = npt.NDArray[np.float64]
TextScorer = Callable[[str], Array]  # label distribution of a text; zeros when it has too few words to say


def segment_texts(
    texts: Sequence[str],
    page_rows: Array,
    forced: Sequence[bool],
    score_text: TextScorer,
    max_pages: int,
) -> list[Array]:
    """``rows[a][j]``: the distribution of pages a..a+j read as one text; a longer document from ``a`` reads as
    the last row. ``page_rows``: each page's own distribution (zeros for a page without text); ``forced[b]``:
    page b starts a document whatever else is said."""
    normalized = [normalize(text) for text in texts]
    out = []
    for first in range(len(texts)):
        rows = [page_rows[first]]
        joined = normalized[first]
        for page in range(first + 1, min(len(texts), first + max_pages)):
            if forced[page] or len(joined) >= MAX_CHARS:
                break
            if not normalized[page]:  # nothing new to read: the same text
                rows.append(rows[-1])
                continue
            joined = f"{joined} {normalized[page]}" if joined else normalized[page]
            rows.append(score_text(joined[:MAX_CHARS]))
        out.append(np.array(rows))
    return out
