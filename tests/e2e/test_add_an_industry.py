"""The README's "Add an industry" steps, followed exactly: a logistics taxonomy file, five generated
examples of each category, ``doc-classifier learn``, then the command line and the local API."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import requests

from tests.e2e.conftest import CORPUS, REPO, start_runtime
from training.logistics_example import CATEGORIES, write_documents, write_taxonomy

pytestmark = [pytest.mark.e2e, pytest.mark.slow]

# Real documents of other industries: asked as logistics, each must come back unknown.
UNRELATED = [
    CORPUS / "invoice" / "heron__invoice_1.pdf",
    *sorted((CORPUS / "bank_statement").glob("*"))[:1],
    *sorted((CORPUS / "contract").glob("*"))[:1],
    *sorted((CORPUS / "lab_report").glob("*"))[:1],
]


@dataclass(frozen=True)
class Learned:
    taxonomy: Path
    model: Path
    new_documents: list[tuple[Path, str]]
    report: str


def cli(*args: str, timeout: float = 300) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "doc_classifier.cli", *args]
    return subprocess.run(command, capture_output=True, text=True, timeout=timeout, check=False, cwd=REPO)


@pytest.fixture(scope="module")
def learned(tmp_path_factory: pytest.TempPathFactory) -> Learned:
    root = tmp_path_factory.mktemp("logistics")
    # Step 1: the taxonomy file. Step 2: five example documents per category (text, HTML, PDF).
    write_taxonomy(root / "taxonomy")
    write_documents(root / "examples", per_category=5, seed=1)
    # Step 3: learn.
    run = cli(
        "learn",
        str(root / "examples"),
        "--taxonomy",
        str(root / "taxonomy"),
        "--out",
        str(root / "model"),
        "--report",
    )
    assert run.returncode == 0, run.stderr
    # Documents learn never saw: other companies, numbers and field orders (another seed).
    new_documents = write_documents(root / "new", per_category=4, seed=2)
    return Learned(root / "taxonomy", root / "model", new_documents, run.stdout)


def model_options(learned: Learned) -> list[str]:
    return ["--model", str(learned.model), "--taxonomy", str(learned.taxonomy)]


def test_learn_reports_cross_validated_accuracy_and_the_closest_packaged_categories(learned: Learned) -> None:
    rows = {line.split()[0]: line.split() for line in learned.report.splitlines() if line.split()[:1] != []}
    for category in CATEGORIES:
        examples, accuracy = rows[category][1:3]
        assert examples == "5"
        assert 0.0 <= float(accuracy) <= 1.0
    assert "closest packaged categories" in learned.report
    assert float(rows["bill_of_lading"][2]) >= 0.6  # a distinctive kind: most held-out examples right
    model = json.loads((learned.model / "model.json").read_text())
    assert set(CATEGORIES) <= set(model["classes"]) and model["version"].startswith("learned-")


def test_the_cli_classifies_new_logistics_documents(learned: Learned) -> None:
    paths = [str(path) for path, _ in learned.new_documents]
    run = cli("classify", "--json", "--industry", "logistics", *model_options(learned), *paths)
    assert run.returncode == 0, run.stderr
    answers = [json.loads(line)["file_class"] for line in run.stdout.splitlines()]
    right = sum(answer == truth for answer, (_, truth) in zip(answers, learned.new_documents, strict=True))
    assert right >= 0.8 * len(learned.new_documents), answers


def test_documents_of_other_industries_asked_as_logistics_are_unknown(learned: Learned) -> None:
    run = cli("classify", "--json", "--industry", "logistics", *model_options(learned), *map(str, UNRELATED))
    assert run.returncode == 0, run.stderr
    assert [json.loads(line)["file_class"] for line in run.stdout.splitlines()] == ["unknown"] * len(UNRELATED)


def test_the_cli_lists_the_new_industry(learned: Learned) -> None:
    run = cli("industries", "--json", *model_options(learned))
    assert run.returncode == 0, run.stderr
    industries = {row["id"]: row for row in json.loads(run.stdout)["industries"]}
    assert industries["logistics"]["categories"] == [*CATEGORIES, "drivers_license", "passport"]
    assert industries["finance"]["default"] and not industries["logistics"]["default"]


def test_the_packaged_categories_keep_their_accuracy(learned: Learned) -> None:
    run = cli("eval", "--json", *model_options(learned), str(CORPUS), timeout=900)
    assert run.returncode == 0, run.stderr
    assert json.loads(run.stdout)["accuracy"] >= 0.92


@pytest.fixture(scope="module")
def api(learned: Learned, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    env = {"CLASSIFIER_MODEL_DIR": str(learned.model), "TAXONOMY_DIR": str(learned.taxonomy)}
    runtime = start_runtime(tmp_path_factory.mktemp("runtime"), "--no-workers", env=env)
    yield runtime.url
    runtime.stop()


def test_the_local_api_lists_the_new_industry_and_classifies_with_it(api: str, learned: Learned) -> None:
    industries: dict[str, Any] = requests.get(f"{api}/industries", timeout=30).json()
    assert "logistics" in [row["id"] for row in industries["industries"]]
    categories = requests.get(f"{api}/categories/logistics", timeout=30).json()
    assert [c["id"] for c in categories["categories"]][:3] == list(CATEGORIES)
    path, truth = next((p, c) for p, c in learned.new_documents if c == "bill_of_lading")
    with path.open("rb") as handle:
        answer = requests.post(
            f"{api}/classify_file", files={"file": (path.name, handle)}, data={"industry": "logistics"}, timeout=120
        )
    assert answer.status_code == 200, answer.text
    assert answer.json()["file_class"] == truth


def test_the_local_api_refuses_to_start_on_a_taxonomy_the_model_does_not_know(learned: Learned, tmp_path: Path) -> None:
    # The logistics taxonomy with the packaged model: its categories would silently never come out.
    with pytest.raises(RuntimeError, match=r"local runtime exited:[\s\S]*does not know: bill_of_lading"):
        start_runtime(tmp_path, env={"TAXONOMY_DIR": str(learned.taxonomy)})
