"""``doc-classifier``: classify files or measure the model on a labelled folder."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any, TextIO

from doc_classifier.classifier import default_classifier
from doc_classifier.errors import DocumentError
from doc_classifier.evaluation import evaluate

PROGRESS_MIN_FILES = 5


def iter_files(paths: list[Path]) -> Iterator[Path]:
    """Files in the order given; folders expand recursively, sorted, hidden files skipped."""
    for path in paths:
        if path.is_dir():
            yield from (p for p in sorted(path.rglob("*")) if p.is_file() and not p.name.startswith("."))
        else:
            yield path


class Progress:
    """A one-line progress bar on stderr, shown only to a person at a terminal."""

    def __init__(self, total: int, stream: TextIO = sys.stderr) -> None:
        self.total = total
        self.stream = stream
        self.enabled = stream.isatty()

    def __call__(self, done: int, total: int | None = None) -> None:
        total = total or self.total
        if not self.enabled or total < PROGRESS_MIN_FILES:
            return
        width = 30
        filled = width * done // max(total, 1)
        self.stream.write(f"\r[{'#' * filled}{'.' * (width - filled)}] {done}/{total}")
        if done >= total:
            self.stream.write("\n")
        self.stream.flush()


def classify_local(path: Path, industry: str | None) -> dict[str, Any]:
    try:
        data = path.read_bytes()
    except OSError as exc:
        return {"file": str(path), "error": {"code": "unreadable_file", "message": exc.strerror or str(exc)}}
    try:
        result = default_classifier().classify(data, industry)
    except DocumentError as exc:
        return {"file": str(path), "error": exc.to_dict()}
    return {"file": str(path), **result.to_dict()}


def _print_table(rows: list[dict[str, Any]], out: TextIO) -> None:
    name_width = min(max((len(r["file"]) for r in rows), default=4), 60)
    out.write(f"{'FILE':<{name_width}}  {'CLASS':<18} {'CONF':>5}  REASONING\n")
    for row in rows:
        name = row["file"] if len(row["file"]) <= name_width else "…" + row["file"][-(name_width - 1) :]
        if "error" in row:
            out.write(f"{name:<{name_width}}  {'ERROR':<18} {'':>5}  {row['error']['code']}: {row['error']['message']}\n")
        else:
            out.write(f"{name:<{name_width}}  {row['file_class']:<18} {row['confidence']:>5.2f}  {row['reasoning']}\n")


def cmd_classify(args: argparse.Namespace) -> int:
    files = list(iter_files(args.paths))
    if args.industry:
        try:
            default_classifier().resolve_industry(args.industry)
        except DocumentError as exc:
            print(f"doc-classifier: {exc.message}", file=sys.stderr)
            return 2
    progress = Progress(len(files))
    rows = []
    for done, path in enumerate(files, start=1):
        row = classify_local(path, args.industry)
        if args.json:
            print(json.dumps(row), flush=True)
        rows.append(row)
        progress(done)
    if not args.json:
        _print_table(rows, sys.stdout)
    return 1 if any("error" in r for r in rows) else 0


def _print_eval(summary: dict[str, Any], out: TextIO) -> None:
    out.write(
        f"documents {summary['documents']}  accuracy {summary['accuracy']:.3f}  macro-F1 {summary['macro_f1']:.3f}  "
        f"ECE {summary['expected_calibration_error']:.3f}  {summary['seconds_per_document']:.3f} s/doc  "
        f"errors {summary['errors']}\n\n"
    )
    out.write(f"{'label':<20} {'precision':>9} {'recall':>7} {'f1':>6} {'n':>4}\n")
    for label, m in summary["per_class"].items():
        out.write(f"{label:<20} {m['precision']:>9.2f} {m['recall']:>7.2f} {m['f1']:>6.2f} {m['support']:>4}\n")
    out.write("\nconfusion (actual -> predicted: count)\n")
    for actual, predicted in summary["confusion"].items():
        cells = ", ".join(f"{p}: {n}" for p, n in predicted.items())
        out.write(f"  {actual:<20} {cells}\n")
    out.write("\naccuracy by format\n")
    for fmt, m in summary["accuracy_by_format"].items():
        out.write(f"  {fmt:<40} {m['accuracy']:.2f} ({m['documents']})\n")


def cmd_eval(args: argparse.Namespace) -> int:
    if not args.directory.is_dir():
        print(f"doc-classifier: {args.directory} is not a directory", file=sys.stderr)
        return 2
    report = evaluate(default_classifier(), args.directory, progress=Progress(0))
    summary = report.summary()
    if args.json:
        print(json.dumps({**summary, "cases": [vars(c) for c in report.cases]}))
    else:
        _print_eval(summary, sys.stdout)
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="doc-classifier", description="Classify documents by their content.")
    sub = parser.add_subparsers(dest="command", required=True)
    classify = sub.add_parser("classify", help="classify files and folders")
    classify.add_argument("paths", nargs="+", type=Path)
    classify.add_argument("--industry", help="finance (default), legal, healthcare or auto")
    classify.add_argument("--json", action="store_true", help="one JSON object per file, in input order")
    classify.set_defaults(func=cmd_classify)
    evaluation = sub.add_parser("eval", help="measure the model on DIR/<label>/<files>")
    evaluation.add_argument("directory", type=Path)
    evaluation.add_argument("--json", action="store_true")
    evaluation.set_defaults(func=cmd_eval)
    return parser


def main(argv: list[str] | None = None) -> None:
    args = build_parser().parse_args(argv)
    sys.exit(args.func(args))


if __name__ == "__main__":
    main()
