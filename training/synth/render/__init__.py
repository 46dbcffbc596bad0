"""Renderers: one structured document to real files (PDF, scans, photos, DOCX, XLSX, HTML, text, e-mail)."""

from __future__ import annotations

import random

from training.synth.context import Ctx
from training.synth.model import SyntheticDocument
from training.synth.render.image import render_photo, render_scan, render_scan_pdf
from training.synth.render.office import render_docx, render_xlsx
from training.synth.render.pdf import render_pdf
from training.synth.render.web import render_eml, render_html, render_txt

FORMATS: tuple[str, ...] = ("pdf", "pdf_scan", "scan", "photo", "docx", "xlsx", "html", "txt", "eml")
IMAGE_FORMATS = frozenset({"pdf_scan", "scan", "photo"})  # text reaches the classifier only through OCR


def render_document(doc: SyntheticDocument, fmt: str, rng: random.Random) -> tuple[bytes, str]:
    """File bytes of ``doc`` in format ``fmt`` and the file extension to store them under."""
    if fmt == "pdf":
        return render_pdf(doc, rng), "pdf"
    if fmt == "pdf_scan":
        return render_scan_pdf(doc, rng), "pdf"
    if fmt == "scan":
        return render_scan(doc, rng)
    if fmt == "photo":
        return render_photo(doc, rng), "jpg"
    if fmt == "docx":
        return render_docx(doc, rng), "docx"
    if fmt == "xlsx":
        return render_xlsx(doc, rng), "xlsx"
    if fmt == "html":
        return render_html(doc, rng), "html"
    if fmt == "txt":
        return render_txt(doc, rng), "txt"
    if fmt == "eml":
        ctx = Ctx(rng, doc.locale)
        sender = f"{ctx.company() if rng.random() < 0.5 else ctx.person()} <{ctx.email()}>"
        recipient = f"{ctx.person()} <{ctx.email()}>"
        return render_eml(doc, rng, sender, recipient), "eml"
    raise ValueError(f"unknown format {fmt!r}; known: {', '.join(FORMATS)}")
