"""The command line as a user runs it: a real subprocess over real files, with the packaged model."""

import json
import subprocess
import sys
from pathlib import Path

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

INVOICE_LINES = [
    "INVOICE",
    "Invoice number: INV-2024-0117        Invoice date: 12/03/2024",
    "Bill to: Northwind Traders, 12 Harbour Road, Leeds",
    "Description            Qty   Unit price    Amount",
    "Consulting services     10     120.00      1,200.00",
    "Subtotal 1,200.00   VAT 20% 240.00   Total amount due 1,440.00",
    "Payment terms: 30 days. Please pay by bank transfer to the account below.",
]


def _text_pdf(path: Path, lines: list[str]) -> Path:
    pdf = canvas.Canvas(str(path), pagesize=A4)
    for i, line in enumerate(lines):
        pdf.drawString(60, 780 - 18 * i, line)
    pdf.save()
    return path


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "doc_classifier.cli", *args]
    return subprocess.run(command, capture_output=True, text=True, timeout=120, check=False)


@pytest.fixture
def files(tmp_path: Path) -> list[Path]:
    invoice = _text_pdf(tmp_path / "scan_0042.bin", INVOICE_LINES)  # the name says nothing
    folder = tmp_path / "folder"
    folder.mkdir()
    (folder / "b.txt").write_text("\n".join(INVOICE_LINES))
    (folder / "a.dat").write_bytes(b"\x7fELF\x02\x01\x01" + bytes(200))
    return [invoice, folder, tmp_path / "missing.pdf"]


def test_json_lines_in_input_order_with_errors_inline(files: list[Path]) -> None:
    run = _run("classify", "--json", *map(str, files))
    rows = [json.loads(line) for line in run.stdout.splitlines()]
    assert [Path(r["file"]).name for r in rows] == ["scan_0042.bin", "a.dat", "b.txt", "missing.pdf"]
    invoice, binary, text, missing = rows
    assert invoice["file_class"] == "invoice" and invoice["industry"] == "finance"
    assert set(invoice) >= {"file", "file_class", "confidence", "industry", "reasoning", "alternatives", "metadata"}
    assert set(invoice["metadata"]) >= {
        "media_type",
        "bytes",
        "pages_read",
        "text_chars",
        "ocr_used",
        "timings_ms",
        "model_version",
    }
    assert invoice["metadata"]["media_type"] == "application/pdf"
    assert text["metadata"]["media_type"] == "text/plain"
    assert binary["error"]["code"] == "unsupported_media_type"
    assert missing["error"]["code"] == "unreadable_file"
    assert run.returncode == 1  # some files failed; the others were still classified


def test_table_output_and_unknown_industry(files: list[Path]) -> None:
    run = _run("classify", str(files[0]))
    assert run.returncode == 0
    header, row = run.stdout.splitlines()[:2]
    assert header.split()[:3] == ["FILE", "CLASS", "CONF"] and "invoice" in row
    bad = _run("classify", "--industry", "retail", str(files[0]))
    assert bad.returncode == 2 and "valid industries: finance" in bad.stderr


def test_eval_prints_the_measures(tmp_path: Path) -> None:
    (tmp_path / "invoice").mkdir()
    _text_pdf(tmp_path / "invoice" / "invoice.pdf", INVOICE_LINES)
    (tmp_path / "other").mkdir()
    (tmp_path / "other" / "recipe.txt").write_text(
        "Grandma's apple pie. Ingredients: 6 apples, 200 g flour, 100 g butter, sugar, cinnamon. "
        "Preheat the oven to 180 C. Rub the butter into the flour, slice the apples, bake for 45 minutes "
        "until golden and serve warm with cream."
    )
    run = _run("eval", "--json", str(tmp_path))
    summary = json.loads(run.stdout)
    assert run.returncode == 0
    assert summary["documents"] == 2
    assert set(summary) >= {
        "accuracy",
        "macro_f1",
        "per_class",
        "confusion",
        "accuracy_by_format",
        "expected_calibration_error",
        "seconds_per_document",
    }
    assert {c["label"] for c in summary["cases"]} == {"invoice", "unknown"}
    assert all(len(Path(c["file"]).parts) == 2 for c in summary["cases"])


def test_remote_classify_reports_an_unreadable_file_without_calling_the_service(tmp_path: Path) -> None:
    # Port 9 (discard) is closed here: any request would fail, so the row must come from the file check.
    done = _run("classify", "--json", "--url", "http://127.0.0.1:9", str(tmp_path / "missing.pdf"))
    row = json.loads(done.stdout)
    assert done.returncode == 1, done.stderr
    assert row["file"].endswith("missing.pdf") and row["error"]["code"] == "unreadable_file"
