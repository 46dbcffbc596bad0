"""``doc-classifier learn``: new categories from taxonomy files and a handful of example documents.

How, and why this way (figures from ``make bench`` and the walkthrough test, in the README):

* The packaged model's rows stay exactly as trained: its categories keep their accuracy, and
  nothing of the synthetic corpus is rendered or read again (that is what takes ~16 minutes).
* One row per new category is fitted on the same hashed features with the packaged rows'
  objective (a one-vs-rest linear SVM, training/fit.py), so new rows score on the packaged
  rows' scale: the packaged temperature turns all of them into calibrated probabilities, and
  the packaged ``unknown`` threshold and industry scoping apply unchanged (measured: dev-set
  accuracy with a learned logistics model 0.948, the packaged model's own).
* Negatives are what the packaged rows were trained on, regenerated cheaply: text-only synthetic
  documents of every packaged label (a few milliseconds each, no rendering, no OCR), plus the
  other new categories' examples.
* Each example is augmented the way real documents of one kind differ: OCR-like character
  noise, typos, truncation (only the first pages read), lines reordered (another layout or
  reading order), fields dropped (another issuer's form), and the same text rendered as a
  scanned image and read back by the real OCR.

It lives in ``training/``, not in the core package: it needs the synthetic generator and
scikit-learn, and nothing of it runs in Lambda. The ``doc-classifier`` command reaches it through
the ``doc_classifier.commands`` entry-point group (pyproject.toml), which the core discovers
without naming this package (tests/infrastructure/test_core_layer.py). Keep this module's
top-level imports light: every ``doc-classifier`` invocation imports it to build its parser.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import numpy as np
    import numpy.typing as npt
    from doc_classifier.model.linear import LocalModel
    from doc_classifier.taxonomy import Taxonomy
    from scipy import sparse

MIN_EXAMPLES = 3
VARIANTS_PER_EXAMPLE = 24  # augmented copies of each example, besides the example itself
NEGATIVES_PER_LABEL = 60  # synthetic documents of each packaged label
OCR_RENDERS = 1  # scanned-image renderings per example, read back with the real OCR (~1 s each)
REGULARISATION_C = 1.0  # the packaged model's (training/fit.py)
NEGATIVE_SEED = 20261202
CV_FOLDS = 5


class LearnError(ValueError):
    """Examples or taxonomy files that cannot be learned from; the message names what to fix."""


@dataclass
class LearnReport:
    """What ``--report`` prints: per new category, cross-validated accuracy and the nearest packaged ones."""

    seconds: float = 0.0
    examples: dict[str, int] = field(default_factory=dict)
    cross_validated: dict[str, float] = field(default_factory=dict)  # category -> share of held-out examples right
    confused_with: dict[str, dict[str, int]] = field(default_factory=dict)  # category -> wrong answers in CV
    closest: dict[str, list[tuple[str, float]]] = field(default_factory=dict)  # packaged categories, mean prob.


# ----- examples ---------------------------------------------------------------------------------


def read_examples(examples_dir: Path, categories: set[str]) -> dict[str, list[str]]:
    """The extracted text of ``examples_dir/<category>/<file>`` for each new category (real extraction)."""
    from doc_classifier.config import ExtractionLimits  # noqa: PLC0415
    from doc_classifier.errors import DocumentError  # noqa: PLC0415
    from doc_classifier.extraction import extract  # noqa: PLC0415

    if not examples_dir.is_dir():
        raise LearnError(f"{examples_dir} is not a directory of <category>/<files>")
    folders = {p.name for p in examples_dir.iterdir() if p.is_dir() and not p.name.startswith(".")}
    strays = sorted(folders - categories)
    if strays:
        raise LearnError(
            f"{examples_dir}: folders {', '.join(strays)} are not new categories of the taxonomy "
            f"(new categories: {', '.join(sorted(categories))})"
        )
    limits = ExtractionLimits()
    texts: dict[str, list[str]] = {}
    for category in sorted(categories):
        files = sorted(p for p in (examples_dir / category).glob("*") if p.is_file() and not p.name.startswith("."))
        if len(files) < MIN_EXAMPLES:
            raise LearnError(
                f"{examples_dir / category}: {len(files)} example files; at least {MIN_EXAMPLES} are needed "
                "(5 or more recommended)"
            )
        texts[category] = []
        for path in files:
            try:
                text = extract(path.read_bytes(), limits).text
            except DocumentError as exc:
                raise LearnError(f"{path}: {exc.code}: {exc.message}") from exc
            if len(text.split()) < 3:
                raise LearnError(f"{path}: no readable text in this example")
            texts[category].append(text)
    return texts


def augment(text: str, seed: str, variants: int) -> list[str]:
    """``variants`` texts a document of the same kind could read as."""
    import random  # noqa: PLC0415

    from training.synth.noise import NOISE_LEVELS, degrade_text  # noqa: PLC0415

    rng = random.Random(seed)
    lines = [line for line in text.splitlines() if line.strip()]
    out = []
    for _ in range(variants):
        chosen = list(lines)
        if rng.random() < 0.5 and len(chosen) > 6:  # another layout: blocks of lines in another order
            size = rng.randint(2, 6)
            blocks = [chosen[i : i + size] for i in range(0, len(chosen), size)]
            rng.shuffle(blocks)
            chosen = [line for block in blocks for line in block]
        if rng.random() < 0.4 and len(chosen) > 6:  # another issuer's form: some fields absent
            chosen = [line for line in chosen if rng.random() > rng.uniform(0.1, 0.3)]
        if rng.random() < 0.3 and len(chosen) > 6:  # only the start was read
            chosen = chosen[: max(4, int(len(chosen) * rng.uniform(0.4, 0.9)))]
        level = rng.choices(NOISE_LEVELS, weights=(0.3, 0.2, 0.35, 0.15))[0]
        joined = "\n" if rng.random() < 0.7 else " "  # some extractors run lines together
        out.append(joined.join(degrade_text(line, rng, level) for line in chosen))
    return out


def read_as_scan(job: tuple[str, str]) -> str:
    """``(text, seed)``: the text rendered as a scanned page by the corpus renderer, read back by the real OCR."""
    import random  # noqa: PLC0415

    from doc_classifier.extraction import extract  # noqa: PLC0415

    from training.synth.model import Lines, SyntheticDocument  # noqa: PLC0415
    from training.synth.render import render_document  # noqa: PLC0415

    text, seed = job
    lines = tuple(line for line in text.splitlines() if line.strip())[:60]
    doc = SyntheticDocument("example", "example", "en_US", None, (Lines(lines),))
    data, _ = render_document(doc, "scan", random.Random(seed))
    return extract(data).text


# ----- fitting ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Training:
    """Feature rows and their labels (indices into the packaged classes, then the new ones)."""

    x: sparse.csr_matrix
    y: npt.NDArray[np.int64]
    groups: npt.NDArray[np.int64]  # the example a row was made from (-1: a synthetic negative)


def fit_new_rows(
    data: Training, n_fixed: int, regularisation_c: float = REGULARISATION_C
) -> tuple[npt.NDArray[np.float32], npt.NDArray[np.float32]]:
    """Weights and biases of the new rows: one-vs-rest linear SVMs, as the packaged rows were trained
    (training/fit.py), each new category against every other row of ``data``.

    Fitting the same objective matters: a packaged row scores about -1 on what is not its class, so a
    new row must too, or it takes probability from documents it has nothing to do with. A softmax fitted
    against the packaged rows' fixed logits was tried first: it only learnt to stay below the packaged
    rows' confident logits on synthetic text, sat just under their far lower logits on real documents,
    and took 0.914 dev-set accuracy where these rows keep 0.948 (the packaged model's own).
    """
    import numpy as np  # noqa: PLC0415
    from sklearn.svm import LinearSVC  # noqa: PLC0415

    target = np.where(data.y >= n_fixed, data.y, -1)  # every packaged label is "rest"
    svm = LinearSVC(C=regularisation_c, max_iter=2000, random_state=0).fit(data.x, target)
    rows = [int(np.flatnonzero(svm.classes_ == label)[0]) for label in sorted(set(target.tolist()) - {-1})]
    return np.asarray(svm.coef_[rows], dtype=np.float32), np.asarray(svm.intercept_[rows], dtype=np.float32)


def _training_data(texts: list[str], labels: list[int], groups: list[int]) -> Training:
    import numpy as np  # noqa: PLC0415

    from training.fit import feature_matrix  # noqa: PLC0415

    return Training(feature_matrix(texts), np.array(labels, dtype=np.int64), np.array(groups, dtype=np.int64))


# ----- the command ------------------------------------------------------------------------------


def learn(
    examples_dir: Path,
    taxonomy_dir: Path,
    out_dir: Path,
    *,
    report: bool = False,
    variants: int = VARIANTS_PER_EXAMPLE,
    negatives_per_label: int = NEGATIVES_PER_LABEL,
    ocr_renders: int = OCR_RENDERS,
) -> LearnReport:
    """Write to ``out_dir`` a model that knows the packaged categories and the new ones of ``taxonomy_dir``."""
    import hashlib  # noqa: PLC0415

    import numpy as np  # noqa: PLC0415
    from doc_classifier.configured import check_model_matches  # noqa: PLC0415
    from doc_classifier.model.linear import LocalModel, load_packaged_model  # noqa: PLC0415
    from doc_classifier.taxonomy import load_taxonomy  # noqa: PLC0415

    from training.dataset import synthetic_text_samples  # noqa: PLC0415

    started = time.perf_counter()
    taxonomy = load_taxonomy(extra_dir=taxonomy_dir)
    base = load_packaged_model()
    new = sorted(set(taxonomy.categories) - set(base.classes))
    if not new:
        raise LearnError(f"{taxonomy_dir}: no category that the packaged model does not already know")
    examples = read_examples(examples_dir, set(new))
    classes = (*base.classes, *new)
    index = {label: i for i, label in enumerate(classes)}

    originals = [
        (category, text, f"{category}/{number}") for category in new for number, text in enumerate(examples[category])
    ]
    # OCR and the synthetic generator dominate the time: both run on every core.
    with ProcessPoolExecutor(max_workers=os.cpu_count() or 1) as pool:
        negatives = pool.submit(synthetic_text_samples, base.classes, NEGATIVE_SEED, negatives_per_label)
        scan_jobs = [(text, f"{seed}/scan{i}") for _, text, seed in originals for i in range(ocr_renders)]
        scans = list(pool.map(read_as_scan, scan_jobs))
        texts: list[str] = []
        labels: list[int] = []
        groups: list[int] = []
        for group, (category, text, seed) in enumerate(originals):
            mine = scans[group * ocr_renders : (group + 1) * ocr_renders]
            for variant in [text, *augment(text, seed, variants), *mine]:
                texts.append(variant)
                labels.append(index[category])
                groups.append(group)
        for sample in negatives.result():
            texts.append(sample.text)
            labels.append(index[sample.label])
            groups.append(-1)
    data = _training_data(texts, labels, groups)

    outcome = LearnReport(examples={c: len(examples[c]) for c in new})
    if report:
        _cross_validate(data, base=base, taxonomy=taxonomy, new=new, originals=originals, outcome=outcome)

    weights, bias = fit_new_rows(data, len(base.classes))
    all_weights = np.vstack([base.weights, weights])
    all_bias = np.concatenate([base.bias, bias])
    digest = hashlib.sha256(all_weights.astype(np.float16).tobytes() + all_bias.tobytes()).hexdigest()[:10]
    outcome.seconds = round(time.perf_counter() - started, 1)
    metadata: dict[str, object] = {
        **{k: v for k, v in base.metadata.items() if k not in {"version", "validation"}},
        "version": f"learned-{digest}",
        "base_version": base.version,
        "base_validation": base.metadata.get("validation"),
        "learned": {
            "categories": new,
            "examples": outcome.examples,
            "variants_per_example": variants + ocr_renders,
            "negatives_per_label": negatives_per_label,
            "seconds": outcome.seconds,
            **({"cross_validated_accuracy": outcome.cross_validated} if report else {}),
        },
    }
    model = LocalModel(classes, all_weights, all_bias, base.temperature, metadata)
    check_model_matches(model.classes, taxonomy, out_dir)  # what the service will check at start-up
    model.save(out_dir)
    return outcome


def _cross_validate(
    data: Training,
    *,
    base: LocalModel,
    taxonomy: Taxonomy,
    new: list[str],
    originals: list[tuple[str, str, str]],
    outcome: LearnReport,
) -> None:
    """k-fold over the examples: fold j holds out every category's j-th example with all its variants,
    fits on the rest, and classifies the held-out example as production would (within its industry)."""
    import numpy as np  # noqa: PLC0415
    from doc_classifier.model.linear import LocalModel  # noqa: PLC0415
    from doc_classifier.taxonomy import UNKNOWN  # noqa: PLC0415

    n_fixed = len(base.classes)
    base_probs = {c: np.zeros(n_fixed) for c in new}
    fold_of = {}
    for category in new:
        members = [group for group, (cat, _, _) in enumerate(originals) if cat == category]
        for position, group in enumerate(members):
            fold_of[group] = position % CV_FOLDS
    right = dict.fromkeys(new, 0)
    confused: dict[str, dict[str, int]] = {c: {} for c in new}
    for fold in range(CV_FOLDS):
        held = [g for g, f in fold_of.items() if f == fold]
        if not held:
            continue
        keep = ~np.isin(data.groups, held)
        subset = Training(data.x[keep], data.y[keep], data.groups[keep])
        weights, bias = fit_new_rows(subset, n_fixed)
        model = LocalModel(
            (*base.classes, *new),
            np.vstack([base.weights, weights]),
            np.concatenate([base.bias, bias]),
            base.temperature,
            base.metadata,
        )
        for group, (category, text, _) in enumerate(originals):
            if group not in held:
                continue
            industry = taxonomy.industry_of(category)
            answer = model.predict(text, taxonomy, industry, unknown_threshold=base.unknown_threshold).file_class
            if answer == category:
                right[category] += 1
            else:
                confused[category][answer] = confused[category].get(answer, 0) + 1
    from doc_classifier.model.features import featurize  # noqa: PLC0415

    for category, text, _ in originals:
        base_probs[category] += base.probabilities(featurize(text))
    for category in new:
        count = outcome.examples[category]
        outcome.cross_validated[category] = round(right[category] / count, 3)
        outcome.confused_with[category] = confused[category]
        mean = base_probs[category] / count
        ranked = sorted(
            ((base.classes[i], float(p)) for i, p in enumerate(mean) if base.classes[i] != UNKNOWN),
            key=lambda item: -item[1],
        )
        outcome.closest[category] = [(label, round(p, 3)) for label, p in ranked[:3]]


def print_report(outcome: LearnReport, out: Any) -> None:
    out.write(f"learned {len(outcome.examples)} categories in {outcome.seconds:.1f} s\n\n")
    out.write(f"{'category':<24} {'examples':>8} {'cv accuracy':>11}  closest packaged categories (mean probability)\n")
    for category, count in outcome.examples.items():
        closest = ", ".join(f"{label} {p:.2f}" for label, p in outcome.closest[category])
        wrong = outcome.confused_with[category]
        note = f"  (wrong: {', '.join(f'{k} {v}' for k, v in wrong.items())})" if wrong else ""
        out.write(f"{category:<24} {count:>8} {outcome.cross_validated[category]:>11.2f}  {closest}{note}\n")


def run(args: argparse.Namespace) -> int:
    from doc_classifier.configured import ModelError  # noqa: PLC0415
    from doc_classifier.taxonomy import TaxonomyError  # noqa: PLC0415

    try:
        outcome = learn(args.examples, args.taxonomy, args.out, report=args.report)
    except (LearnError, TaxonomyError, ModelError) as exc:
        print(f"doc-classifier learn: {exc}", file=sys.stderr)
        return 2
    if args.report:
        print_report(outcome, sys.stdout)
    else:
        print(f"learned {', '.join(outcome.examples)} in {outcome.seconds:.1f} s: {args.out}")
    return 0


def add_command(commands: Any) -> None:
    """Registers ``learn`` on the ``doc-classifier`` parser's subcommands (entry point ``doc_classifier.commands``)."""
    parser = commands.add_parser(
        "learn",
        help="learn new categories from taxonomy files and a few example documents each",
        description="Writes a model directory that knows the packaged categories and the new ones of --taxonomy, "
        "learned from EXAMPLES/<category>/<files> (5 or more documents of each new category, any supported format).",
    )
    parser.add_argument(
        "examples", type=Path, help="EXAMPLES/<category>/<files>: example documents of each new category"
    )
    parser.add_argument("--taxonomy", type=Path, required=True, help="directory of extra industry/category TOML files")
    parser.add_argument("--out", type=Path, required=True, help="model directory to write (model.npz, model.json)")
    parser.add_argument(
        "--report", action="store_true", help="also print cross-validated accuracy and the closest packaged categories"
    )
    parser.set_defaults(func=run)
