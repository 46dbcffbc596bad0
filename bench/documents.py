"""The documents the load runs on: real dev-set files, each sent once under fresh bytes (no cache hits)."""

from __future__ import annotations

import itertools
import time
from dataclasses import dataclass
from pathlib import Path

from doc_classifier.classifier import default_classifier

PDF_MAGIC = b"%PDF"


@dataclass(frozen=True)
class Document:
    name: str
    data: bytes


def text_layer_documents(dev_dir: Path) -> list[Document]:
    """The dev set's PDFs that classify without OCR (the issue's 'unique text PDFs'), in a stable order."""
    classifier = default_classifier()
    chosen = []
    for path in sorted(dev_dir.rglob("*.pdf")):
        data = path.read_bytes()
        if not data.startswith(PDF_MAGIC):
            continue
        result = classifier.classify(data, "finance")
        if not result.metadata["ocr_used"]:
            chosen.append(Document(path.name, data))
    if not chosen:
        raise SystemExit(f"no text-layer PDF under {dev_dir}: is the dev corpus there?")
    return chosen


class UniqueDocuments:
    """Endless distinct documents: the base files in turn, each with a numbered PDF comment after its end.

    PDF readers ignore bytes after %%EOF, so extraction and classification cost what the original costs,
    while the SHA-256 (the cache key) is new every time.
    """

    def __init__(self, base: list[Document], tag: str | None = None) -> None:
        self._base = itertools.cycle(base)
        self._tag = tag or f"{time.time_ns()}"
        self._counter = itertools.count()

    def take(self, count: int) -> list[Document]:
        return [self.next() for _ in range(count)]

    def next(self) -> Document:
        base = next(self._base)
        number = next(self._counter)
        return Document(f"{number:06d}-{base.name}", base.data + f"\n%bench {self._tag} {number}\n".encode())


@dataclass(frozen=True)
class InProcess:
    rate: float  # documents/s, wall clock
    cpu_ms: float  # CPU per document: what the machine's other load does not change


def in_process_rate(documents: list[Document]) -> InProcess:
    """One process, warm classifier, one document after the other: `doc-classifier classify`'s marginal cost."""
    classifier = default_classifier()
    classifier.classify(documents[0].data, "finance")
    started, cpu_started = time.perf_counter(), time.process_time()
    for document in documents:
        classifier.classify(document.data, "finance")
    wall, cpu = time.perf_counter() - started, time.process_time() - cpu_started
    return InProcess(len(documents) / wall, cpu * 1000 / len(documents))
