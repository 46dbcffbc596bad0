"""Reproducible labelled corpora: text-only samples and rendered files with a manifest.

Every document draws from its own ``random.Random`` seeded from (corpus seed, label,
index), so generating one label, or more documents of it, never shifts another.
"""

from __future__ import annotations

import hashlib
import json
import random
from collections.abc import Mapping, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import asdict, dataclass
from pathlib import Path

from training.synth import noise
from training.synth.formats import FormatMix, choose_format, fit_format
from training.synth.model import SyntheticDocument
from training.synth.registry import LABELS, build
from training.synth.render import IMAGE_FORMATS, render_document

MANIFEST = "manifest.jsonl"

# Noise written into text-bearing files: mostly clean, since born-digital files are; a
# share stands for scanned-then-OCR'd PDFs and pasted OCR output. Image formats get
# their noise from the real OCR that training runs over them.
TEXT_FORMAT_NOISE = (0.78, 0.1, 0.1, 0.02)
IMAGE_FORMAT_NOISE = (0.85, 0.15, 0.0, 0.0)


@dataclass(frozen=True)
class CorpusItem:
    path: str  # relative to the corpus directory, POSIX separators
    label: str
    format: str
    template: str
    locale: str
    noise: str
    text: str  # the content rendered into the file (before any OCR)

    def manifest_entry(self) -> dict[str, str]:
        entry = asdict(self)
        del entry["text"]
        return entry


def document_seed(seed: int, label: str, index: int) -> int:
    digest = hashlib.sha256(f"{seed}:{label}:{index}".encode()).digest()
    return int.from_bytes(digest[:8], "big")


def generate_text(
    label: str,
    rng: random.Random,
    *,
    noise_level: noise.NoiseLevel | None = None,
    template: str | None = None,
) -> SyntheticDocument:
    """One document as structured text, with the noise its label usually arrives with.

    ``noise_level`` fixes the noise ("clean" for the pristine content); handwriting is
    always turned into what OCR would make of it, as no text extractor reads it cleanly.
    """
    doc = build(label, rng, template)
    level = noise_level or noise.sample_level(label, rng)
    return noise.degrade(doc, rng, level, hand_to_ocr=True)


def generate_document(
    label: str,
    seed: int,
    index: int,
    formats: Sequence[str] | FormatMix | None = None,
) -> tuple[SyntheticDocument, str, str, bytes, str]:
    """Document ``index`` of ``label``: (content, format, noise level, file bytes, extension)."""
    rng = random.Random(document_seed(seed, label, index))
    fmt = choose_format(label, rng, formats)
    doc = build(label, rng)
    if formats is None:
        fmt = fit_format(doc, fmt)
    image = fmt in IMAGE_FORMATS
    weights = IMAGE_FORMAT_NOISE if image else TEXT_FORMAT_NOISE
    level = rng.choices(noise.NOISE_LEVELS, weights=weights)[0]
    doc = noise.degrade(doc, rng, level, hand_to_ocr=not image)
    data, ext = render_document(doc, fmt, rng)
    return doc, fmt, level, data, ext


@dataclass(frozen=True)
class _Job:
    out_dir: Path
    label: str
    seed: int
    index: int
    formats: Sequence[str] | Mapping[str, float] | None


def _write_document(job: _Job) -> CorpusItem:
    doc, fmt, level, data, ext = generate_document(job.label, job.seed, job.index, job.formats)
    rel = f"{job.label}/{job.label}_{job.index:05d}.{ext}"
    (job.out_dir / rel).write_bytes(data)
    return CorpusItem(rel, job.label, fmt, doc.template, doc.locale, level, doc.text)


def generate_corpus(
    out_dir: Path,
    *,
    seed: int,
    per_class: int,
    labels: Sequence[str] | None = None,
    formats: Sequence[str] | Mapping[str, float] | None = None,
    workers: int = 1,
) -> list[CorpusItem]:
    """Write ``per_class`` files per label under ``out_dir/<label>/`` plus ``manifest.jsonl``.

    ``formats`` overrides the per-label format mix: a list (uniform) or weights by format.
    ``workers`` > 1 renders in that many processes; the output is the same either way,
    since every document is seeded on its own.
    """
    out_dir = Path(out_dir)
    chosen = list(labels) if labels is not None else list(LABELS)
    unknown = [label for label in chosen if label not in LABELS]
    if unknown:
        raise ValueError(f"no templates for labels {unknown}; known: {', '.join(LABELS)}")
    for label in chosen:
        (out_dir / label).mkdir(parents=True, exist_ok=True)
    jobs = [_Job(out_dir, label, seed, index, formats) for label in chosen for index in range(per_class)]
    if workers > 1:
        with ProcessPoolExecutor(max_workers=workers) as pool:
            items = list(pool.map(_write_document, jobs, chunksize=8))
    else:
        items = [_write_document(job) for job in jobs]
    manifest = "".join(json.dumps(item.manifest_entry(), ensure_ascii=False, sort_keys=True) + "\n" for item in items)
    (out_dir / MANIFEST).write_text(manifest, encoding="utf-8")
    return items
