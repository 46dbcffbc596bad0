"""Which file formats each label arrives in, and how documents of unusual shape are redirected.

The mix follows how such documents reach a business: identity documents and shop
receipts are photographed or scanned, court filings are born-digital PDFs, bank
statements come as PDFs or spreadsheet exports, contracts as PDFs or Word files.
"""

from __future__ import annotations

import random
from collections.abc import Mapping, Sequence

from training.synth.model import SyntheticDocument
from training.synth.render import FORMATS

FormatMix = Mapping[str, float]

FORMAT_MIX: dict[str, FormatMix] = {
    "invoice": {
        "pdf": 0.42,
        "pdf_scan": 0.08,
        "scan": 0.12,
        "photo": 0.04,
        "docx": 0.07,
        "xlsx": 0.06,
        "html": 0.07,
        "eml": 0.08,
        "txt": 0.06,
    },
    "receipt": {"photo": 0.4, "scan": 0.22, "pdf_scan": 0.05, "pdf": 0.12, "eml": 0.09, "html": 0.05, "txt": 0.07},
    "bank_statement": {
        "pdf": 0.5,
        "pdf_scan": 0.1,
        "scan": 0.1,
        "xlsx": 0.14,
        "html": 0.06,
        "txt": 0.05,
        "photo": 0.05,
    },
    "pay_stub": {
        "pdf": 0.45,
        "pdf_scan": 0.1,
        "scan": 0.15,
        "photo": 0.06,
        "xlsx": 0.07,
        "docx": 0.05,
        "html": 0.05,
        "txt": 0.07,
    },
    "tax_form": {"pdf": 0.52, "pdf_scan": 0.15, "scan": 0.15, "photo": 0.05, "docx": 0.03, "txt": 0.1},
    "utility_bill": {"pdf": 0.45, "pdf_scan": 0.1, "scan": 0.15, "photo": 0.06, "html": 0.08, "eml": 0.08, "txt": 0.08},
    "loan_application": {"pdf": 0.42, "pdf_scan": 0.12, "scan": 0.13, "docx": 0.18, "html": 0.05, "txt": 0.1},
    "drivers_license": {"photo": 0.55, "scan": 0.3, "pdf_scan": 0.1, "txt": 0.05},
    "passport": {"photo": 0.5, "scan": 0.35, "pdf_scan": 0.1, "txt": 0.05},
    "contract": {"pdf": 0.5, "docx": 0.22, "pdf_scan": 0.1, "scan": 0.05, "txt": 0.08, "html": 0.05},
    "nda": {"pdf": 0.45, "docx": 0.27, "pdf_scan": 0.1, "scan": 0.05, "txt": 0.08, "eml": 0.05},
    "lease": {"pdf": 0.45, "docx": 0.22, "pdf_scan": 0.12, "scan": 0.08, "txt": 0.08, "html": 0.05},
    "power_of_attorney": {"pdf": 0.4, "docx": 0.18, "pdf_scan": 0.18, "scan": 0.14, "txt": 0.1},
    "court_filing": {"pdf": 0.72, "pdf_scan": 0.1, "txt": 0.08, "html": 0.05, "docx": 0.05},
    "medical_record": {
        "pdf": 0.33,
        "scan": 0.22,
        "pdf_scan": 0.1,
        "photo": 0.07,
        "docx": 0.1,
        "txt": 0.13,
        "html": 0.05,
    },
    "lab_report": {"pdf": 0.42, "scan": 0.18, "photo": 0.1, "pdf_scan": 0.1, "html": 0.06, "txt": 0.08, "eml": 0.06},
    "prescription": {"photo": 0.42, "scan": 0.28, "pdf": 0.15, "pdf_scan": 0.07, "txt": 0.08},
    "discharge_summary": {"pdf": 0.42, "docx": 0.13, "scan": 0.15, "pdf_scan": 0.1, "txt": 0.15, "html": 0.05},
    "insurance_claim": {
        "pdf": 0.42,
        "scan": 0.18,
        "pdf_scan": 0.15,
        "photo": 0.05,
        "txt": 0.08,
        "html": 0.06,
        "eml": 0.06,
    },
    "unknown": {
        "pdf": 0.28,
        "docx": 0.14,
        "html": 0.14,
        "txt": 0.1,
        "eml": 0.1,
        "scan": 0.1,
        "photo": 0.08,
        "pdf_scan": 0.03,
        "xlsx": 0.03,
    },
}
DEFAULT_MIX: FormatMix = {
    "pdf": 0.45,
    "pdf_scan": 0.1,
    "scan": 0.15,
    "photo": 0.05,
    "docx": 0.1,
    "html": 0.05,
    "txt": 0.1,
}


def choose_format(label: str, rng: random.Random, formats: Sequence[str] | FormatMix | None = None) -> str:
    """A format for one document: from the label's realistic mix, or from the caller's override."""
    if formats is None:
        mix = FORMAT_MIX.get(label, DEFAULT_MIX)
    elif isinstance(formats, Mapping):
        mix = formats
    else:
        mix = dict.fromkeys(formats, 1.0)
    unknown = set(mix) - set(FORMATS)
    if unknown:
        raise ValueError(f"unknown formats {sorted(unknown)}; known: {', '.join(FORMATS)}")
    names = sorted(mix)
    return rng.choices(names, weights=[mix[n] for n in names])[0]


def fit_format(doc: SyntheticDocument, fmt: str) -> str:
    """Redirect formats a document of this shape never arrives in (a Word file of a passport photo...)."""
    if doc.layout in ("card", "handwritten") and fmt in ("pdf", "docx", "xlsx"):
        return "pdf_scan"
    if doc.layout == "receipt" and fmt in ("docx", "xlsx"):
        return "pdf"
    if fmt == "xlsx" and doc.layout in ("letter", "columns"):
        return "docx"
    return fmt
