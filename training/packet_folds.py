"""Page models that have not seen the templates of the packets they read, for fitting the packet decoder.

The packaged model was trained on the synthetic templates the packet generator draws from, so it reads
a synthetic page almost always with certainty, and a decoder fitted on those readings learns that an
extra one-page document costs nothing. Real pages are read less surely. So the fit reads its packets
out of fold: each label's templates are dealt into folds, a model like the packaged one (same features,
same linear SVM, the packaged temperature) is trained on text documents of every other fold's templates,
and the packets of a fold are drawn from that fold's templates only and read by that fold's model, as
the packaged model meets an issuer's layout it has never seen. Deterministic from the seed.
"""

from __future__ import annotations

import random

import numpy as np
from doc_classifier.classifier import DocumentClassifier
from doc_classifier.model.linear import LocalModel

from training.fit import TrainingConfig, _fit, feature_matrix
from training.synth import generate_text, template_names
from training.synth.packets import Templates

DEFAULT_FOLDS = 4
DEFAULT_PER_CLASS = 300  # text documents per label to train each fold's model on


def template_folds(labels: list[str], folds: int, seed: int) -> list[Templates]:
    """Each label's templates shuffled and dealt into ``folds`` folds; every label needs ``folds`` templates,
    so that every fold holds some of each and every fold's model is trained on some of each."""
    out: list[dict[str, list[str]]] = [{} for _ in range(folds)]
    for label in labels:
        names = list(template_names(label))
        if len(names) < folds:
            raise ValueError(f"label {label!r} has {len(names)} templates, fewer than {folds} folds")
        random.Random(f"{seed}:{label}").shuffle(names)
        for fold in out:
            fold[label] = []
        for i, name in enumerate(names):
            out[i % folds][label].append(name)
    return [{label: tuple(names) for label, names in fold.items()} for fold in out]


def fold_model(base: LocalModel, held_out: Templates, per_class: int, seed: int) -> LocalModel:
    """A model of ``base``'s classes, features and temperature, trained on ``per_class`` text documents of each
    label drawn from its templates outside ``held_out``."""
    texts, targets = [], []
    for index, label in enumerate(base.classes):
        kept = [t for t in template_names(label) if t not in held_out[label]]
        rng = random.Random(f"{seed}:{label}")
        for _ in range(per_class):
            texts.append(generate_text(label, rng, template=rng.choice(kept)).text)
            targets.append(index)
    svm = _fit(feature_matrix(texts), np.array(targets, dtype=np.int64), TrainingConfig(seed=seed))
    weights = np.asarray(svm.coef_, dtype=np.float32)
    bias = np.asarray(svm.intercept_, dtype=np.float32)
    metadata = {**base.metadata, "version": f"{base.version}-fold-{seed}"}
    return LocalModel(base.classes, weights, bias, base.temperature, metadata)


def fold_classifiers(
    base: DocumentClassifier, folds: int, per_class: int, seed: int
) -> list[tuple[Templates, DocumentClassifier]]:
    """Each fold's templates with the classifier (``base``'s taxonomy and settings) whose model never saw them."""
    held_out = template_folds(list(base.model.classes), folds, seed)
    return [
        (templates, DocumentClassifier(fold_model(base.model, templates, per_class, seed + i), base.taxonomy))
        for i, templates in enumerate(held_out)
    ]
