"""Measure the classifier on a labelled folder: ``DIR/<label>/<files>``.

Every file is copied under a random name first, so a file name can never
help. Each is classified with the industry its label belongs to (identity
documents with the default industry); a folder named ``other`` holds
documents that must come out ``unknown``.
"""

from __future__ import annotations

import secrets
import shutil
import tempfile
import time
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from doc_classifier.classifier import DocumentClassifier
from doc_classifier.errors import DocumentError
from doc_classifier.llm.prompt import build_prompt
from doc_classifier.llm.settings import LlmSettings
from doc_classifier.taxonomy import UNKNOWN

OTHER_FOLDER = "other"


@dataclass
class EvalCase:
    file: str
    label: str
    industry: str
    predicted: str
    confidence: float
    media_type: str
    seconds: float
    error: str | None = None
    ocr_used: bool = False
    pages_total: int | None = None
    prompt_tokens: int | None = None  # estimated tokens of the prompt the LLM tier would be sent


@dataclass
class EvalReport:
    cases: list[EvalCase] = field(default_factory=list)

    def summary(self, bins: int = 10) -> dict[str, Any]:
        cases = self.cases
        total = len(cases)
        correct = [c.predicted == c.label for c in cases]
        labels = sorted({c.label for c in cases} | {c.predicted for c in cases})
        per_class: dict[str, dict[str, float]] = {}
        f1s = []
        for label in labels:
            tp = sum(1 for c in cases if c.label == label and c.predicted == label)
            predicted = sum(1 for c in cases if c.predicted == label)
            actual = sum(1 for c in cases if c.label == label)
            precision = tp / predicted if predicted else 0.0
            recall = tp / actual if actual else 0.0
            f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
            per_class[label] = {
                "precision": round(precision, 4),
                "recall": round(recall, 4),
                "f1": round(f1, 4),
                "support": actual,
            }
            if actual:
                f1s.append(f1)
        confusion: dict[str, dict[str, int]] = defaultdict(dict)
        for (actual_label, predicted_label), count in Counter((c.label, c.predicted) for c in cases).items():
            confusion[actual_label][predicted_label] = count
        by_format: dict[str, list[bool]] = defaultdict(list)
        for case, ok in zip(cases, correct, strict=True):
            by_format[case.media_type].append(ok)
        return {
            "documents": total,
            "accuracy": round(sum(correct) / total, 4) if total else 0.0,
            "macro_f1": round(sum(f1s) / len(f1s), 4) if f1s else 0.0,
            "expected_calibration_error": round(self.calibration_error(bins), 4),
            "seconds_per_document": round(sum(c.seconds for c in cases) / total, 4) if total else 0.0,
            "errors": sum(1 for c in cases if c.error),
            "per_class": per_class,
            "confusion": {k: dict(sorted(v.items())) for k, v in sorted(confusion.items())},
            "accuracy_by_format": {
                fmt: {"accuracy": round(sum(oks) / len(oks), 4), "documents": len(oks)}
                for fmt, oks in sorted(by_format.items())
            },
        }

    def calibration_error(self, bins: int) -> float:
        """Expected calibration error: |accuracy - confidence| per confidence bin, weighted by bin size."""
        scored = [c for c in self.cases if c.error is None]
        if not scored:
            return 0.0
        error = 0.0
        for b in range(bins):
            low, high = b / bins, (b + 1) / bins
            members = [c for c in scored if low < c.confidence <= high or (b == 0 and c.confidence == 0)]
            if members:
                accuracy = sum(c.predicted == c.label for c in members) / len(members)
                confidence = sum(c.confidence for c in members) / len(members)
                error += len(members) / len(scored) * abs(accuracy - confidence)
        return error


def labelled_files(root: Path) -> list[tuple[str, Path]]:
    return [
        (folder.name if folder.name != OTHER_FOLDER else UNKNOWN, path)
        for folder in sorted(p for p in root.iterdir() if p.is_dir())
        for path in sorted(folder.rglob("*"))
        if path.is_file() and not path.name.startswith(".")
    ]


def evaluate(
    classifier: DocumentClassifier,
    root: Path,
    progress: Callable[[int, int], None] | None = None,
    prompts: LlmSettings | None = None,
) -> EvalReport:
    """With ``prompts``, each case also counts the tokens of the prompt the LLM tier would build for it."""
    report = EvalReport()
    files = labelled_files(root)
    taxonomy = classifier.taxonomy
    default = classifier.default_industry
    with tempfile.TemporaryDirectory(prefix="doc-eval-") as scratch:
        for done, (label, path) in enumerate(files, start=1):
            industry = default if label == UNKNOWN else taxonomy.industry_of(label, preferred=(default,))
            anonymous = Path(scratch) / secrets.token_hex(8)
            shutil.copyfile(path, anonymous)
            started = time.perf_counter()
            try:
                result, text = classifier.classify_with_text(anonymous.read_bytes(), industry)
                case = EvalCase(
                    str(path.relative_to(root)),
                    label,
                    industry,
                    result.file_class,
                    result.confidence,
                    result.metadata["media_type"],
                    0.0,
                    ocr_used=result.metadata["ocr_used"],
                    pages_total=result.metadata["pages_total"],
                )
                if prompts is not None:
                    prompt = build_prompt(
                        taxonomy,
                        industry,
                        result.alternatives,
                        text,
                        max_chars=prompts.max_prompt_chars,
                        redact_text=prompts.redact,
                    )
                    case.prompt_tokens = prompt.estimated_tokens
            except DocumentError as exc:
                case = EvalCase(
                    str(path.relative_to(root)), label, industry, UNKNOWN, 0.0, "error", 0.0, error=exc.code
                )
            case.seconds = round(time.perf_counter() - started, 4)
            anonymous.unlink()
            report.cases.append(case)
            if progress:
                progress(done, len(files))
    return report
