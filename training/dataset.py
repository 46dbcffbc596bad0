"""Turn a corpus of labelled files into (text, label, group) samples with the real extractor.

Training reads documents exactly as production does (same sniffing, PDF
parsing and OCR), so the model learns the text it will really see, noise
included. Extracted text is cached by content hash: OCR dominates the cost,
and a rebuild with the same seed then takes seconds.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import random
from collections.abc import Iterable
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from doc_classifier import extraction
from doc_classifier.errors import DocumentError
from doc_classifier.extraction import extract

from training.samples import Sample
from training.synth import document_seed, generate_text

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class LabelledFile:
    path: Path
    label: str
    group: str


def manifest_files(corpus_dir: Path) -> list[LabelledFile]:
    """The files a synthetic corpus's manifest.jsonl lists."""
    files = []
    for line in (corpus_dir / "manifest.jsonl").read_text().splitlines():
        entry = json.loads(line)
        group = f"{entry['label']}/{entry.get('template', 'default')}"
        files.append(LabelledFile(corpus_dir / entry["path"], entry["label"], group))
    return files


def example_files(examples_dir: Path) -> list[LabelledFile]:
    """Hand-collected examples laid out as ``<examples_dir>/<label>/<file>``; each file is its own group."""
    if not examples_dir.is_dir():
        return []
    return [
        LabelledFile(path, path.parent.name, f"{path.parent.name}/example:{path.name}")
        for path in sorted(examples_dir.glob("*/*"))
        if path.is_file() and not path.name.startswith(".")
    ]


def synthetic_text_samples(labels: Iterable[str], seed: int, per_class: int) -> list[Sample]:
    """Text-only documents (~1 ms each): many more field, wording and noise combinations than
    rendering and OCR could afford, next to the rendered files that carry the real extraction noise."""
    samples = []
    for label in labels:
        for index in range(per_class):
            doc = generate_text(label, random.Random(document_seed(seed, label, index)))
            samples.append(Sample(doc.text, label, f"{label}/{doc.template}", f"text:{label}/{index}"))
    return samples


def _extract_cached(job: tuple[Path, Path]) -> str | None:
    path, cache_dir = job
    data = path.read_bytes()
    key = cache_dir / f"{hashlib.sha256(data).hexdigest()}.txt"
    if key.exists():
        return key.read_text(encoding="utf-8")
    try:
        text = extract(data).text
    except DocumentError as exc:
        log.warning("skipping %s: %s", path.name, exc.code)
        return None
    key.write_text(text, encoding="utf-8")
    return text


def code_fingerprint(package_file: str) -> str:
    """Changes whenever a package's code does, so nothing cached outlives the code that made it."""
    digest = hashlib.sha256()
    for source in sorted(Path(package_file).parent.rglob("*.py")):
        digest.update(source.read_bytes())
    return digest.hexdigest()[:12]


def load_samples(files: Iterable[LabelledFile], cache_root: Path, workers: int | None = None) -> list[Sample]:
    files = list(files)
    cache_dir = cache_root / code_fingerprint(extraction.__file__)
    cache_dir.mkdir(parents=True, exist_ok=True)
    jobs = [(f.path, cache_dir) for f in files]
    with ProcessPoolExecutor(max_workers=workers or os.cpu_count() or 1) as pool:
        texts = list(pool.map(_extract_cached, jobs, chunksize=8))
    return [
        Sample(text, f.label, f.group, str(f.path)) for f, text in zip(files, texts, strict=True) if text is not None
    ]
