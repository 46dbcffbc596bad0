"""What the configuration names: the model directory and the taxonomy, checked against each other.

Light on purpose (no numpy, no extraction): the service builds the taxonomy for
routes that never classify (``/industries``), and checks it against the model's
classes from ``model.json`` alone, so a mismatch stops a container at start-up
without loading the weights.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from functools import cache
from pathlib import Path
from typing import Any

from doc_classifier.config import ClassifierSettings
from doc_classifier.taxonomy import UNKNOWN, ModelMismatch, Taxonomy, TaxonomyError, load_taxonomy

PACKAGED_MODEL_DIR = Path(__file__).with_name("model") / "artifacts"


class ModelError(ValueError):
    """A model directory that cannot be read."""


def read_metadata(directory: Path) -> dict[str, Any]:
    try:
        meta: dict[str, Any] = json.loads((directory / "model.json").read_text())
    except FileNotFoundError:
        raise ModelError(f"no model in {directory}: model.json is missing") from None
    except ValueError as exc:
        raise ModelError(f"{directory / 'model.json'} is not valid JSON: {exc}") from exc
    if not (directory / "model.npz").is_file():
        raise ModelError(f"no model in {directory}: model.npz is missing")
    return meta


def model_classes(directory: Path) -> tuple[str, ...]:
    """The classes a model directory predicts, from its metadata alone (no weights loaded)."""
    classes = read_metadata(directory).get("classes")
    if not isinstance(classes, list) or not all(isinstance(c, str) for c in classes):
        raise ModelError(f"{directory / 'model.json'}: 'classes' must be a list of labels")
    return tuple(classes)


def model_dir(settings: ClassifierSettings) -> Path:
    return Path(settings.model_dir) if settings.model_dir else PACKAGED_MODEL_DIR


@cache
def configured_taxonomy(settings: ClassifierSettings) -> Taxonomy:
    """The packaged taxonomy plus ``settings.taxonomy_dir``, checked against the model's classes (read from
    its model.json alone, so that routes which never classify do not load the weights) and with a valid
    default industry: any disagreement is a TaxonomyError naming what is wrong, raised at start-up."""
    taxonomy = load_taxonomy(extra_dir=Path(settings.taxonomy_dir) if settings.taxonomy_dir else None)
    check_model_matches(model_classes(model_dir(settings)), taxonomy, model_dir(settings))
    default = settings.default_industry
    if default and default not in taxonomy.industries:
        valid = ", ".join(taxonomy.industry_ids)
        raise TaxonomyError(f"CLASSIFIER_DEFAULT_INDUSTRY={default!r} is not an industry; valid industries: {valid}")
    return taxonomy


def check_model_matches(classes: Iterable[str], taxonomy: Taxonomy, source: Path) -> None:
    """Every taxonomy category is a class of the model, and every class but ``unknown`` is a category:
    otherwise a category would silently never be predicted, or a prediction would have no industry."""
    classes = set(classes)
    problems = []
    missing = sorted(set(taxonomy.categories) - classes)
    if missing:
        problems.append(
            f"taxonomy categories the model does not know: {', '.join(missing)} "
            "(learn a model that knows them: doc-classifier learn)"
        )
    strays = sorted(classes - set(taxonomy.categories) - {UNKNOWN})
    if strays:
        problems.append(
            f"model classes no taxonomy file defines: {', '.join(strays)} "
            "(give the taxonomy the model was learned with)"
        )
    if problems:
        raise ModelMismatch(f"the model in {source} does not match the taxonomy: {'; '.join(problems)}")
