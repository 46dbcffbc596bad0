"""eval-packets: packets assembled from a labelled folder, split, and measured against what they hold."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pypdfium2 as pdfium
from doc_classifier.classifier import default_classifier
from doc_classifier.packet_evaluation import (
    MAX_DOCUMENTS,
    MIN_DOCUMENTS,
    PacketCase,
    PacketReport,
    assemble,
    plan_packets,
)
from doc_classifier.packets.decoder import PARAMS_PATH

from tests.unit.extraction.builders import image_bytes, text_image, text_pdf

STATEMENT = [
    ["Summit Bank  Account statement  ACCT 40417733", "Opening balance 1,200.00", "01/03 CARD PURCHASE 45.10"],
    ["Summit Bank  Account statement  ACCT 40417733", "02/03 SALARY 2,400.00", "Closing balance 3,554.90"],
]
INVOICE = [["INVOICE", "Invoice number: INV-2024-0117", "Bill to: Northwind Traders", "Total amount due 1,440.00"]]


def _folder(root: Path) -> Path:
    for label, name, data in [
        ("bank_statement", "s.pdf", text_pdf(STATEMENT)),
        ("invoice", "i.pdf", text_pdf(INVOICE)),
        ("invoice", "scan.png", image_bytes(text_image(["INVOICE", "Invoice number 7781", "Amount due 90.00"]), "PNG")),
        ("lease", "l.pdf", text_pdf([["RESIDENTIAL LEASE AGREEMENT", "The tenant shall pay rent monthly."]])),
        ("other", "o.pdf", text_pdf([["Minutes of the board meeting", "Present: five directors"]])),
    ]:
        (root / label).mkdir(exist_ok=True)
        (root / label / name).write_bytes(data)
    return root


def test_packets_hold_documents_of_one_industry_in_a_reproducible_order(tmp_path: Path) -> None:
    root = _folder(tmp_path)
    classifier = default_classifier()
    plans = plan_packets(classifier, root, seed=3, count=12)
    assert plans == plan_packets(classifier, root, seed=3, count=12)
    for industry, parts in plans:
        assert MIN_DOCUMENTS <= len(parts) <= MAX_DOCUMENTS
        labels = {part.label for part in parts} - {"unknown"}
        assert all(classifier.taxonomy.industry_of(label, preferred=("finance",)) == industry for label in labels)
    # The ``other`` document may join any industry's packet, so the lone lease still makes legal packets.
    assert {industry for industry, _ in plans} == {"finance", "legal"}
    assert all({p.label for p in parts} == {"lease", "unknown"} for industry, parts in plans if industry == "legal")


def test_assembled_pages_are_the_documents_pages_in_order(tmp_path: Path) -> None:
    root = _folder(tmp_path)
    paths = [root / "invoice" / "scan.png", root / "bank_statement" / "s.pdf", root / "invoice" / "i.pdf"]
    data, counts = assemble(paths)
    assert counts == [1, 2, 1]
    packet = pdfium.PdfDocument(data)
    try:
        assert len(packet) == 4
        assert "ACCT 40417733" in packet[2].get_textpage().get_text_bounded()
    finally:
        packet.close()


def test_the_command_reports_the_measures(tmp_path: Path) -> None:
    root = _folder(tmp_path)
    command = [sys.executable, "-m", "doc_classifier.cli", "eval-packets", str(root), "--seed", "1", "--count", "2"]
    run = subprocess.run([*command, "--json"], capture_output=True, text=True, timeout=180, check=True)
    summary = json.loads(run.stdout)
    assert summary["seed"] == 1 and summary["packets"] == 2
    for key in ("page_accuracy", "exact_documents", "boundary_precision", "boundary_recall", "seconds_per_page"):
        assert 0.0 <= summary[key] <= 1.0 or key == "seconds_per_page"
    assert sum(len(case["page_truth"]) for case in summary["cases"]) == summary["pages"]
    files = {f for case in summary["cases"] for f in case["files"]}
    assert all(miss["file"] in files and 0 < miss["missed"] <= miss["of"] for miss in summary["misses"])


def _case(files: list[str], truth: list[tuple[str, int, int]], predicted: list[tuple[str, int, int]]) -> PacketCase:
    pages = [label for label, first, last in truth for _ in range(first, last + 1)]
    return PacketCase("finance", files, truth, predicted, pages, pages, 0.0, 0, 0.0)


def test_missed_documents_say_how_they_were_missed() -> None:
    report = PacketReport(seed=1)
    report.cases.append(
        _case(
            ["a.pdf", "b.pdf", "c.pdf", "d.pdf"],
            [("bank_statement", 1, 2), ("invoice", 3, 3), ("receipt", 4, 4), ("pay_stub", 5, 5)],
            # a cut in two, b exact, c over its own page with another label, d exact
            [
                ("bank_statement", 1, 1),
                ("bank_statement", 2, 2),
                ("invoice", 3, 3),
                ("invoice", 4, 4),
                ("pay_stub", 5, 5),
            ],
        )
    )
    # b joined to the statement after it, which starts one page late
    report.cases.append(_case(["b.pdf", "d.pdf"], [("invoice", 1, 1), ("pay_stub", 2, 3)], [("invoice", 1, 3)]))
    assert report.misses() == [
        {"file": "a.pdf", "label": "bank_statement", "missed": 1, "of": 1, "cut": 1, "joined": 0, "labelled": 0},
        {"file": "b.pdf", "label": "invoice", "missed": 1, "of": 2, "cut": 0, "joined": 1, "labelled": 0},
        {"file": "c.pdf", "label": "receipt", "missed": 1, "of": 1, "cut": 0, "joined": 0, "labelled": 1},
        {"file": "d.pdf", "label": "pay_stub", "missed": 1, "of": 2, "cut": 0, "joined": 1, "labelled": 0},
    ]
    assert report.summary()["exact_documents"] == round(2 / 6, 4)


def test_the_command_splits_with_the_parameters_it_is_given(tmp_path: Path) -> None:
    (tmp_path / "corpus").mkdir()
    root = _folder(tmp_path / "corpus")
    raw = json.loads(PARAMS_PATH.read_text())
    raw["boundary_weights"]["bias"] = 50.0  # every page starts a document
    params = tmp_path / "params.json"
    params.write_text(json.dumps(raw))
    shutil.copy(PARAMS_PATH.with_name(raw["opening_model"]), tmp_path)  # the first-page model fitted with them
    command = [sys.executable, "-m", "doc_classifier.cli", "eval-packets", str(root), "--seed", "1", "--count", "3"]

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([*command, *args], capture_output=True, text=True, timeout=180, check=False)

    every_page = run("--json", "--params", str(params))
    assert every_page.returncode == 0, every_page.stderr
    summary = json.loads(every_page.stdout)
    assert sum(len(case["predicted"]) for case in summary["cases"]) == summary["pages"]
    packaged = json.loads(run("--json").stdout)
    assert sum(len(case["predicted"]) for case in packaged["cases"]) < packaged["pages"]  # the statement is whole
    params.write_text("{}")
    refused = run("--params", str(params))
    assert refused.returncode == 2 and "--params" in refused.stderr and "Traceback" not in refused.stderr
