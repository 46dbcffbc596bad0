import numpy as np
from doc_classifier.model.features import N_FEATURES, featurize, normalize


def test_normalize_folds_case_accents_digits_and_space() -> None:
    assert normalize("  Facture N° 2024-17\n\tTOTAL TTC  ") == "facture n 0000-00 total ttc"


def test_features_are_deterministic_sorted_unique_and_unit_length() -> None:
    text = "INVOICE\nInvoice number 42\nBill to: Jane Doe\nAmount due $1,200.00"
    first, second = featurize(text), featurize(text)
    assert np.array_equal(first.indices, second.indices) and np.array_equal(first.values, second.values)
    assert np.all(np.diff(first.indices) > 0)
    assert first.indices.min() >= 0 and first.indices.max() < N_FEATURES
    assert abs(float(np.linalg.norm(first.values)) - 1.0) < 1e-5
    assert first.words[:3] == ("invoice", "invoice", "number")


def test_character_ngrams_keep_ocr_damaged_words_close() -> None:
    clean = featurize("invoice number amount due bill to")
    damaged = featurize("lnvoice nurnber amount dne bi11 to")
    unrelated = featurize("the quick brown fox jumps over")
    overlap = len(np.intersect1d(clean.indices, damaged.indices))
    assert overlap > 3 * len(np.intersect1d(clean.indices, unrelated.indices))


def test_empty_text_has_no_features() -> None:
    vector = featurize("   ")
    assert vector.indices.size == 0 and vector.words == ()
