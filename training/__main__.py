"""``python -m training``: rebuild the synthetic corpus and retrain the packaged model."""

from __future__ import annotations

import argparse
import json
import logging
import os
import time
from pathlib import Path

from doc_classifier.model.linear import ARTIFACT_DIR
from doc_classifier.taxonomy import UNKNOWN, load_taxonomy

from training import synth
from training.dataset import (
    code_fingerprint,
    example_files,
    load_samples,
    manifest_files,
    synthetic_text_samples,
)
from training.fit import TrainingConfig, train_model
from training.synth import generate_corpus

DEFAULT_SEED = 20261128
EXAMPLES_DIR = Path(__file__).with_name("examples")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m training", description=__doc__)
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    parser.add_argument("--per-class", type=int, default=150, help="rendered synthetic files per label")
    parser.add_argument("--text-per-class", type=int, default=300, help="text-only synthetic documents per label")
    parser.add_argument("--work-dir", type=Path, default=Path("var/training"), help="corpus and text cache")
    parser.add_argument("--examples", type=Path, default=EXAMPLES_DIR, help="extra examples: <dir>/<label>/<file>")
    parser.add_argument("--out", type=Path, default=ARTIFACT_DIR)
    parser.add_argument("--c", type=float, default=TrainingConfig.regularisation_c, help="inverse regularisation")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s")
    log = logging.getLogger("train")

    taxonomy = load_taxonomy()
    classes = [*sorted(taxonomy.categories), UNKNOWN]
    started = time.perf_counter()
    generator = code_fingerprint(synth.__file__)
    corpus_dir = args.work_dir / f"corpus-{args.seed}-{args.per_class}-{generator}"
    if not (corpus_dir / "manifest.jsonl").exists():
        log.info("generating corpus in %s", corpus_dir)
        generate_corpus(
            corpus_dir, seed=args.seed, per_class=args.per_class, labels=classes, workers=os.cpu_count() or 1
        )
    files = manifest_files(corpus_dir) + example_files(args.examples)
    log.info("extracting text of %d files", len(files))
    samples = load_samples(files, args.work_dir / "text-cache")
    # A different seed than the rendered corpus, so text-only documents are new documents.
    samples += synthetic_text_samples(classes, args.seed + 1, args.text_per_class)
    log.info("training on %d samples", len(samples))
    model = train_model(samples, classes, taxonomy, TrainingConfig(seed=args.seed, regularisation_c=args.c))
    model.metadata["per_class"] = args.per_class
    model.metadata["text_per_class"] = args.text_per_class
    model.save(args.out)
    log.info(
        "saved %s to %s in %.0f s: %s",
        model.version,
        args.out,
        time.perf_counter() - started,
        json.dumps(model.metadata["validation"]),
    )


if __name__ == "__main__":
    main()
