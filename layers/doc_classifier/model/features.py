"""Hashed word and character n-gram features, shared by training and prediction.

Prediction runs in Lambda with numpy alone, so the featurizer is written
once here, vectorised with numpy, and training calls the very same function:
there is no second implementation that could disagree with this one.

Character n-grams survive OCR noise ("lnvoice", "T0TAL") far better than
words; word unigrams and bigrams carry the phrases a person would cite, and
are what the model's reasoning names.
"""

from __future__ import annotations

import re
import unicodedata
import zlib
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

N_FEATURES = 1 << 18
MAX_CHARS = 12_000  # the start of a document is enough to classify it; bounds the cost of huge texts
CHAR_NGRAMS = (3, 4, 5)
_WORD = re.compile(r"[a-z][a-z0-9]*(?:['-][a-z0-9]+)*")
_DIGIT = re.compile(r"\d")
_SPACE = re.compile(r"\s+")
_NON_TEXT = re.compile(r"[^a-z0-9 .,:;/#%$€£&()'-]")
_PRIME = np.uint64(1_000_003)
_MASK32 = np.uint64(0xFFFFFFFF)
_SALT = {"w1": 0x9E3779B1, "w2": 0x85EBCA77, 3: 0xC2B2AE3D, 4: 0x27D4EB2F, 5: 0x165667B1}


def normalize(text: str) -> str:
    """Lower case, accents dropped, digits folded to 0, whitespace collapsed."""
    text = unicodedata.normalize("NFKD", text[: MAX_CHARS * 2])
    text = text.encode("ascii", "ignore").decode("ascii").lower()
    text = _DIGIT.sub("0", text)
    return _SPACE.sub(" ", text).strip()[:MAX_CHARS]


def words(normalized: str) -> list[str]:
    return _WORD.findall(normalized)


def word_hash(word: str) -> int:
    return zlib.crc32(word.encode("ascii"))


@dataclass(frozen=True)
class FeatureVector:
    indices: npt.NDArray[np.int64]  # sorted, unique feature ids
    values: npt.NDArray[np.float32]  # L2-normalised weights
    words: tuple[str, ...]  # the document's words, for explaining a prediction


def _bucket(hashes: npt.NDArray[np.uint64], salt: int) -> npt.NDArray[np.int64]:
    mixed = ((hashes ^ np.uint64(salt)) * np.uint64(0x9E3779B97F4A7C15)) >> np.uint64(40)
    return (mixed % np.uint64(N_FEATURES)).astype(np.int64)


def _char_ngram_hashes(normalized: str, n: int) -> npt.NDArray[np.uint64]:
    # Rolling polynomial hash over the byte string, one numpy pass per n.
    codes = np.frombuffer(_NON_TEXT.sub(" ", normalized).encode("ascii"), dtype=np.uint8).astype(np.uint64)
    if codes.size < n:
        return np.empty(0, dtype=np.uint64)
    windows = codes.size - n + 1
    hashes = np.zeros(windows, dtype=np.uint64)
    for offset in range(n):
        hashes = (hashes * _PRIME + codes[offset : offset + windows]) & _MASK32
    return hashes


def word_feature_ids(tokens: list[str]) -> tuple[npt.NDArray[np.int64], npt.NDArray[np.int64]]:
    """Feature ids of each word (unigram) and of each adjacent pair (bigram), in document order."""
    unigram = np.fromiter((word_hash(t) for t in tokens), dtype=np.uint64, count=len(tokens))
    bigram = (unigram[:-1] * _PRIME + unigram[1:]) & _MASK32 if len(tokens) > 1 else unigram[:0]
    return _bucket(unigram, _SALT["w1"]), _bucket(bigram, _SALT["w2"])


def featurize(text: str) -> FeatureVector:
    normalized = normalize(text)
    tokens = words(normalized)
    unigram_ids, bigram_ids = word_feature_ids(tokens)
    padded = f" {normalized} "
    # Each kind of n-gram is normalised on its own, so words and each character length weigh alike.
    blocks = [unigram_ids, bigram_ids, *(_bucket(_char_ngram_hashes(padded, n), _SALT[n]) for n in CHAR_NGRAMS)]
    parts: list[npt.NDArray[np.float32]] = []
    ids: list[npt.NDArray[np.int64]] = []
    for block_ids in blocks:
        if block_ids.size == 0:
            continue
        unique, counts = np.unique(block_ids, return_counts=True)
        # Sublinear term frequency: a word said ten times is not ten times the evidence.
        values = 1.0 + np.log(counts.astype(np.float32))
        norm = float(np.linalg.norm(values))
        ids.append(unique)
        parts.append((values / norm).astype(np.float32))
    if not ids:
        return FeatureVector(np.empty(0, np.int64), np.empty(0, np.float32), ())
    all_ids = np.concatenate(ids)
    all_values = np.concatenate(parts)
    unique_ids, inverse = np.unique(all_ids, return_inverse=True)
    merged = np.zeros(unique_ids.size, dtype=np.float32)
    np.add.at(merged, inverse, all_values)
    merged /= max(float(np.linalg.norm(merged)), 1e-12)
    return FeatureVector(unique_ids, merged, tuple(tokens))
