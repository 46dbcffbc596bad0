"""Corpus generation: layout on disk, manifest, reproducibility and per-document independence."""

from __future__ import annotations

import json
import os
import random
import subprocess
import sys
from pathlib import Path

import pytest

from training.synth import FORMAT_MIX, LABELS, generate_corpus, generate_document
from training.synth.formats import choose_format

LABELS_UNDER_TEST = ["invoice", "passport", "court_filing", "prescription", "unknown"]
ALL_FORMATS = ["pdf", "pdf_scan", "scan", "photo", "docx", "xlsx", "html", "txt", "eml"]
ROOT = Path(__file__).resolve().parents[3]  # `training` is importable from the repository root


def _corpus_bytes(root: Path) -> dict[str, bytes]:
    return {str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def test_same_seed_gives_identical_files_and_manifest(tmp_path: Path) -> None:
    a = generate_corpus(tmp_path / "a", seed=7, per_class=2, labels=LABELS_UNDER_TEST, formats=ALL_FORMATS)
    b = generate_corpus(tmp_path / "b", seed=7, per_class=2, labels=LABELS_UNDER_TEST, formats=ALL_FORMATS)
    assert a == b
    files_a, files_b = _corpus_bytes(tmp_path / "a"), _corpus_bytes(tmp_path / "b")
    assert files_a.keys() == files_b.keys()
    for name, data in files_a.items():
        assert data == files_b[name], name


def test_manifest_lists_every_file(tmp_path: Path) -> None:
    items = generate_corpus(tmp_path, seed=3, per_class=3, labels=["receipt", "lease"])
    lines = (tmp_path / "manifest.jsonl").read_text(encoding="utf-8").splitlines()
    assert len(lines) == len(items) == 6
    for line, item in zip(lines, items, strict=True):
        entry = json.loads(line)
        assert {"path", "label", "format", "template", "locale"} <= entry.keys()
        assert entry["path"] == item.path and entry["label"] == item.label
        assert (tmp_path / entry["path"]).is_file()
        assert entry["path"].startswith(f"{entry['label']}/")
        assert entry["template"].startswith(("receipt_", "lease_"))


def test_a_document_does_not_depend_on_other_labels_or_counts() -> None:
    alone = generate_document("lab_report", 5, 3)
    generate_document("invoice", 5, 0)
    again = generate_document("lab_report", 5, 3)
    assert alone[3] == again[3] and alone[0].text == again[0].text


def test_different_seeds_differ(tmp_path: Path) -> None:
    a = generate_corpus(tmp_path / "a", seed=1, per_class=2, labels=["invoice"], formats=["txt"])
    b = generate_corpus(tmp_path / "b", seed=2, per_class=2, labels=["invoice"], formats=["txt"])
    assert [i.text for i in a] != [i.text for i in b]


def test_default_format_mix_is_realistic_per_label() -> None:
    assert set(FORMAT_MIX) == set(LABELS)
    for label, mix in FORMAT_MIX.items():
        assert abs(sum(mix.values()) - 1.0) < 1e-6, label
    rng = random.Random(0)
    ids = [choose_format("passport", rng) for _ in range(300)]
    assert sum(f in ("photo", "scan", "pdf_scan") for f in ids) / len(ids) > 0.85
    filings = [choose_format("court_filing", rng) for _ in range(300)]
    assert filings.count("pdf") / len(filings) > 0.6


def test_unknown_labels_and_formats_are_rejected(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="no templates"):
        generate_corpus(tmp_path, seed=1, per_class=1, labels=["horoscope"])
    with pytest.raises(ValueError, match="unknown formats"):
        generate_corpus(tmp_path, seed=1, per_class=1, labels=["invoice"], formats=["pptx"])


def test_parallel_generation_matches_sequential(tmp_path: Path) -> None:
    labels = ["receipt", "nda", "lab_report"]
    sequential = generate_corpus(tmp_path / "s", seed=11, per_class=3, labels=labels, formats=["txt", "pdf", "docx"])
    parallel = generate_corpus(
        tmp_path / "p", seed=11, per_class=3, labels=labels, formats=["txt", "pdf", "docx"], workers=2
    )
    assert sequential == parallel
    assert _corpus_bytes(tmp_path / "s") == _corpus_bytes(tmp_path / "p")


HASH_OF_ITALIAN_DOCUMENTS = """
import hashlib, random
from training.synth.corpus import generate_text
digest = hashlib.sha256()
for seed in range(12):
    digest.update(generate_text("lease", random.Random(seed), template="lease_es_it").text.encode())
print(digest.hexdigest())
"""


def test_documents_do_not_depend_on_the_processes_string_hashing() -> None:
    # Training rebuilds the corpus in fresh processes; set iteration order must not leak into it.
    digests = {
        subprocess.run(
            [sys.executable, "-c", HASH_OF_ITALIAN_DOCUMENTS],
            cwd=ROOT,
            env={**os.environ, "PYTHONHASHSEED": seed},
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        for seed in ("1", "2")
    }
    assert len(digests) == 1
