"""Out-of-fold page models for fitting the packet decoder: a fold's packets come from templates its model never saw."""

from __future__ import annotations

import random
from typing import Any

import numpy as np
import pytest
from doc_classifier.classifier import default_classifier

from training import packet_folds
from training.synth import packets as synth_packets
from training.synth import template_names
from training.synth.corpus import generate_text

LABELS = ["invoice", "receipt", "prescription", "unknown"]


def test_each_labels_templates_are_dealt_into_folds_the_same_way_for_a_seed() -> None:
    folds = packet_folds.template_folds(LABELS, 4, seed=1)
    assert folds == packet_folds.template_folds(LABELS, 4, seed=1)
    assert folds != packet_folds.template_folds(LABELS, 4, seed=2)
    for label in LABELS:
        dealt = [name for fold in folds for name in fold[label]]
        assert sorted(dealt) == sorted(template_names(label))  # each template in exactly one fold
        assert all(fold[label] for fold in folds)
    with pytest.raises(ValueError, match="fewer than 50 folds"):
        packet_folds.template_folds(LABELS, 50, seed=1)


def test_a_packet_drawn_from_some_templates_uses_only_those(monkeypatch: pytest.MonkeyPatch) -> None:
    allowed = packet_folds.template_folds(LABELS, 4, seed=3)[0]
    used: list[tuple[str, str | None]] = []

    def recording(label: str, rng: random.Random, **kwargs: Any) -> Any:
        used.append((label, kwargs.get("template")))
        return generate_text(label, rng, **kwargs)

    monkeypatch.setattr(synth_packets, "generate_text", recording)
    for seed in range(30):
        synth_packets.packet(LABELS, random.Random(seed), allowed)
    assert len(used) > 60
    assert all(template in allowed[label] for label, template in used)


def test_a_fold_model_is_trained_without_its_held_out_templates(monkeypatch: pytest.MonkeyPatch) -> None:
    base = default_classifier().model
    held_out = packet_folds.template_folds(list(base.classes), 4, seed=5)[1]
    used: list[tuple[str, str]] = []

    def recording(label: str, rng: random.Random, *, template: str) -> Any:
        used.append((label, template))
        return generate_text(label, rng, template=template)

    monkeypatch.setattr(packet_folds, "generate_text", recording)
    model = packet_folds.fold_model(base, held_out, per_class=3, seed=5)
    assert {label for label, _ in used} == set(base.classes)
    assert not [t for label, t in used if t in held_out[label]]
    assert model.classes == base.classes and model.temperature == base.temperature
    assert model.weights.shape == base.weights.shape and not np.array_equal(model.weights, base.weights)
