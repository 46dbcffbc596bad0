"""Synthetic labelled documents for training the classifier.

``generate_text`` gives one document as structured text (cheap, for text-only
training); ``generate_corpus`` renders many to real files (PDF, scans, photos, DOCX,
XLSX, HTML, text, e-mail) with a manifest, reproducibly from a seed.
"""

from training.synth.corpus import (
    CorpusItem,
    document_seed,
    generate_corpus,
    generate_document,
    generate_text,
)
from training.synth.formats import FORMAT_MIX
from training.synth.model import SyntheticDocument
from training.synth.registry import LABELS, TEMPLATES, template_names
from training.synth.render import FORMATS, render_document

__all__ = [
    "FORMATS",
    "FORMAT_MIX",
    "LABELS",
    "TEMPLATES",
    "CorpusItem",
    "SyntheticDocument",
    "document_seed",
    "generate_corpus",
    "generate_document",
    "generate_text",
    "render_document",
    "template_names",
]
