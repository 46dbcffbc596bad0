"""Regression guard: the packaged model on the real dev documents, each under a random name.

Not a timed test; speed is measured by ``make bench``.
"""

from pathlib import Path

import pytest
from doc_classifier.classifier import default_classifier
from doc_classifier.evaluation import EvalReport, evaluate

from bench.in_process import DEFAULT_DEV_DIR

# The bar of issue 2. The dev documents measure the model; they never train or tune it.
MIN_ACCURACY = 0.92
MIN_MACRO_F1 = 0.90

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not DEFAULT_DEV_DIR.is_dir(), reason=f"dev corpus not found at {DEFAULT_DEV_DIR}"),
]


@pytest.fixture(scope="module")
def report() -> EvalReport:
    return evaluate(default_classifier(), DEFAULT_DEV_DIR)


def test_accuracy_and_macro_f1_stay_above_the_bar(report: EvalReport) -> None:
    summary = report.summary()
    wrong = [f"{c.file} -> {c.predicted}" for c in report.cases if c.predicted != c.label]
    assert summary["documents"] >= 50
    assert summary["accuracy"] >= MIN_ACCURACY, wrong
    assert summary["macro_f1"] >= MIN_MACRO_F1, wrong


def test_every_seed_file_is_right_under_a_random_name(report: EvalReport) -> None:
    seeds = [c for c in report.cases if Path(c.file).name.startswith("heron__")]
    assert len(seeds) >= 9
    assert [c.file for c in seeds if c.predicted != c.label] == []


def test_no_dev_document_fails_to_read(report: EvalReport) -> None:
    assert [c.file for c in report.cases if c.error] == []
