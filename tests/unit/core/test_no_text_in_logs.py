"""Document text never reaches the logs: every logger at DEBUG, and the process's stderr, are searched."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
from doc_classifier.classifier import default_classifier
from doc_classifier.errors import DocumentError
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

# Words no template, category signal or message contains: any hit is the document leaking.
SECRET_WORDS = ["Zorbulax", "Quintravel", "Mephistrand"]
LINES = [
    "INVOICE   Invoice number: INV-88   Bill to: Zorbulax Quintravel Ltd",
    "Mephistrand consulting 10 x 120.00    Subtotal 1,200.00   Amount due 1,440.00",
]


def _pdf(path: Path) -> bytes:
    pdf = canvas.Canvas(str(path), pagesize=A4)
    for i, line in enumerate(LINES):
        pdf.drawString(60, 780 - 18 * i, line)
    pdf.save()
    return path.read_bytes()


def test_classifying_logs_no_document_text(
    tmp_path: Path, caplog: pytest.LogCaptureFixture, capfd: pytest.CaptureFixture[str]
) -> None:
    readable = {
        "text": "\n".join(LINES).encode(),
        "pdf": _pdf(tmp_path / "doc.pdf"),
        "email": ("Subject: Zorbulax Quintravel\nFrom: a@example.com\n\n" + "\n".join(LINES)).encode(),
    }
    caplog.set_level(logging.DEBUG)  # on the root logger: every module's records reach caplog
    for kind, data in readable.items():
        assert default_classifier().classify(data, "finance").file_class == "invoice", kind  # text was read
    with pytest.raises(DocumentError):  # refused: its error must not quote the bytes either
        default_classifier().classify(b"\x7fELF\x02\x01" + " ".join(SECRET_WORDS).encode(), "finance")
    captured = capfd.readouterr()
    logged = "\n".join(f"{r.getMessage()} {r.__dict__}" for r in caplog.records)
    for word in SECRET_WORDS:
        assert word.lower() not in logged.lower()
        assert word.lower() not in (captured.err + captured.out).lower()
