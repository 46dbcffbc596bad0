import random

import pytest
from doc_classifier.model.linear import LocalModel
from doc_classifier.taxonomy import load_taxonomy

from training.fit import TrainingConfig, train_model
from training.samples import Sample

VOCABULARY = {
    "invoice": ["invoice number", "bill to", "amount due", "subtotal", "vat", "payment terms", "unit price"],
    "lease": ["landlord", "tenant", "premises", "monthly rent", "security deposit", "term of the lease"],
    "lab_report": ["haemoglobin", "reference range", "specimen", "g/dl", "cholesterol", "laboratory"],
    "unknown": ["recipe", "preheat the oven", "ingredients", "tablespoon", "serve warm", "stir"],
}
FILLER = ["the", "and", "of", "for", "with", "date", "name", "address", "page", "total"]


def toy_samples(seed: int, per_class: int = 12) -> list[Sample]:
    rng = random.Random(seed)
    samples = []
    for label, phrases in VOCABULARY.items():
        for i in range(per_class):
            words = [rng.choice(phrases) if rng.random() < 0.4 else rng.choice(FILLER) for _ in range(40)]
            samples.append(Sample(" ".join(words), label, f"{label}/{i % 4}", f"{label}-{i}"))
    return samples


def train_toy(seed: int = 7) -> LocalModel:
    return train_model(
        toy_samples(seed), list(VOCABULARY), load_taxonomy(), TrainingConfig(seed=seed, folds=2, max_iter=300)
    )


@pytest.fixture(scope="session")
def toy_model() -> LocalModel:
    return train_toy()
