"""``doc-classifier``: classify files or measure the model on a labelled folder."""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from functools import cache
from importlib.metadata import entry_points
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from doc_classifier.classifier import DocumentClassifier, classifier_from
from doc_classifier.config import ClassifierSettings, EnvSettings, ExtractionLimits, setting
from doc_classifier.errors import DocumentError
from doc_classifier.split_mode import SplitMode
from doc_classifier.taxonomy import load_taxonomy

if TYPE_CHECKING:
    from doc_classifier.llm.chain import EscalatingClassifier
    from doc_classifier.llm.keys import SecretReader
    from doc_classifier.service.remote import RemoteClient

PROGRESS_MIN_FILES = 5
# Entry-point group of subcommands implemented outside the core package (pyproject.toml): `learn` lives in
# `training/`, which never ships to Lambda and which the core must not import by name.
COMMANDS_GROUP = "doc_classifier.commands"


def iter_files(paths: list[Path]) -> Iterator[Path]:
    """Files in the order given; folders expand recursively, sorted, hidden files skipped."""
    for path in paths:
        if path.is_dir():
            yield from (p for p in sorted(path.rglob("*")) if p.is_file() and not p.name.startswith("."))
        else:
            yield path


class Progress:
    """Progress on stderr: a one-line bar for a person at a terminal, or with ``--progress`` "12/40 done" lines."""

    def __init__(self, total: int, stream: TextIO | None = None, lines: bool = False) -> None:
        self.total = total
        self.stream = stream or sys.stderr  # looked up now, not at import: stderr may have been replaced
        self.bar = self.stream.isatty()
        self.lines = lines and not self.bar

    def __call__(self, done: int, total: int | None = None) -> None:
        total = total or self.total
        if self.lines:
            self.stream.write(f"{done}/{total} done\n")
        elif self.bar and total >= PROGRESS_MIN_FILES:
            width = 30
            filled = width * done // max(total, 1)
            self.stream.write(f"\r[{'#' * filled}{'.' * (width - filled)}] {done}/{total}")
            if done >= total:
                self.stream.write("\n")
        self.stream.flush()


def _unreadable_file(path: Path, exc: OSError) -> dict[str, Any]:
    return {"file": str(path), "error": {"code": "unreadable_file", "message": exc.strerror or str(exc)}}


def local_classifier(args: argparse.Namespace) -> DocumentClassifier:
    """The model and taxonomy of ``--model`` / ``--taxonomy``, else of the environment (``CLASSIFIER_MODEL_DIR``,
    ``TAXONOMY_DIR``), else the packaged ones. Raises ValueError (TaxonomyError, ModelMismatch...) naming
    what is wrong."""
    settings = ClassifierSettings.from_env()
    settings = replace(
        settings,
        model_dir=str(args.model) if args.model else settings.model_dir,
        taxonomy_dir=str(args.taxonomy) if args.taxonomy else settings.taxonomy_dir,
    )
    return classifier_from(settings, ExtractionLimits.from_env())


@cache
def in_process_classifier(local: DocumentClassifier) -> EscalatingClassifier:
    """``local``, then the LLM tiers from the environment (``OPENAI_API_KEY``, ``LLM_CONFIG``...),
    built as the service builds them; none configured: the local model alone. Raises ValueError for a
    broken configuration."""
    from doc_classifier.llm.build import build_chain  # noqa: PLC0415 - the eval and --url paths never need it
    from doc_classifier.llm.keys import powertools_secret_reader  # noqa: PLC0415
    from doc_classifier.llm.settings import LlmSettings  # noqa: PLC0415
    from doc_classifier.llm.spend import MemorySpendGuard  # noqa: PLC0415

    llm = LlmSettings.from_env()

    def secrets() -> SecretReader:
        from doc_classifier.service.aws.clients import client  # noqa: PLC0415 - only for keys in Secrets Manager

        return powertools_secret_reader(llm.secret_max_age_seconds, lambda: client("secretsmanager"))

    # One process, one run: the daily cap counts this run's spend (the service counts across containers).
    spend = MemorySpendGuard(llm.daily_budget_usd, clock=time.time)
    return build_chain(local, local.taxonomy, llm, spend=spend, secret_reader=secrets)


def classify_local(
    path: Path, industry: str | None, chain: EscalatingClassifier, split: SplitMode = SplitMode.NONE
) -> dict[str, Any]:
    """One file's row; with ``split`` other than none, its documents and pages (the local model decides)."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        return _unreadable_file(path, exc)
    try:
        if split == SplitMode.NONE:
            return {"file": str(path), **chain.classify(data, industry).to_dict()}
        return {"file": str(path), **chain.classify_packet(data, industry, split).to_dict()}
    except DocumentError as exc:
        return {"file": str(path), "error": exc.to_dict()}


def _decided_by(metadata: dict[str, Any]) -> str:
    """The tier that decided, and why the local answer stands when an escalation found no LLM answer."""
    decided = str(metadata.get("classifier", "-"))
    outcome = (metadata.get("escalation") or {}).get("outcome", "none")
    return decided if outcome in ("none", "answered") else f"{decided} ({outcome})"


def _print_table(rows: list[dict[str, Any]], out: TextIO) -> None:
    name_width = min(max((len(r["file"]) for r in rows), default=4), 60)
    decided = [_decided_by(r.get("metadata", {})) for r in rows]
    tier_width = max([len("DECIDED BY"), *map(len, decided)])
    header = f"{'FILE':<{name_width}}  {'CLASS':<18} {'CONF':>5}  {'DECIDED BY':<{tier_width}} {'COST $':>9}"
    out.write(f"{header}  REASONING\n")
    for row, by in zip(rows, decided, strict=True):
        name = row["file"] if len(row["file"]) <= name_width else "…" + row["file"][-(name_width - 1) :]
        if "error" in row:
            blank = f"{'':<{tier_width}} {'':>9}"
            message = f"{row['error']['code']}: {row['error']['message']}"
            out.write(f"{name:<{name_width}}  {'ERROR':<18} {'':>5}  {blank}  {message}\n")
        else:
            cost = row["metadata"].get("cost_usd")
            shown = "-" if cost is None else f"{cost:.6f}"
            out.write(
                f"{name:<{name_width}}  {row['file_class']:<18} {row['confidence']:>5.2f}  "
                f"{by:<{tier_width}} {shown:>9}  {row['reasoning']}\n"
            )


def _remote_client(args: argparse.Namespace) -> RemoteClient:
    # Imported here: the local path must not pay for the HTTP client, and vice versa.
    from doc_classifier.service.pacing import RetryPolicy  # noqa: PLC0415
    from doc_classifier.service.remote import RemoteClient  # noqa: PLC0415

    retry = RetryPolicy(max_attempts=args.max_attempts, max_total_seconds=args.retry_seconds)
    return RemoteClient(args.url.rstrip("/"), args.api_key, rate=args.rate, submit_rate=args.submit_rate, retry=retry)


def _remote_row(path: Path, task: dict[str, Any]) -> dict[str, Any]:
    if task.get("status") == "completed" and task.get("result"):
        return {"file": str(path), **task["result"]}
    error = task.get("error") or {
        "code": task.get("status", "failed"),
        "message": "the task did not complete",
    }
    return {"file": str(path), "error": error}


def classify_remote(args: argparse.Namespace, files: list[Path]) -> list[dict[str, Any]]:
    """One file: the synchronous route (a packet too long for it: queued instead). Several: submitted
    asynchronously, collected as they finish."""
    from doc_classifier.service.errors import TooManyPagesForSync  # noqa: PLC0415
    from doc_classifier.service.remote import RemoteError  # noqa: PLC0415

    rows: dict[Path, dict[str, Any]] = {}
    sizes: dict[Path, int] = {}
    for path in files:
        try:
            with path.open("rb") as handle:  # a file we cannot read is its row's error, as in-process
                sizes[path] = handle.seek(0, 2)
        except OSError as exc:
            rows[path] = _unreadable_file(path, exc)
    readable = [path for path in files if path in sizes]
    if readable:
        client = _remote_client(args)
        queued = readable
        if len(readable) == 1 and sizes[readable[0]] <= client.sync_max_bytes:
            path, queued = readable[0], []
            try:
                rows[path] = {"file": str(path), **client.classify(path, args.industry, args.split)}
            except RemoteError as exc:
                if exc.code == TooManyPagesForSync.code:  # a packet too long to split now: the worker splits it
                    queued = [path]
                else:
                    rows[path] = {"file": str(path), "error": {"code": exc.code, "message": exc.message}}
        if queued:
            progress = Progress(len(queued), lines=args.progress)
            try:
                for path, task in client.classify_folder(queued, args.industry, args.deadline, progress, args.split):
                    rows[path] = _remote_row(path, task)
            except KeyboardInterrupt:  # print what is already done; the rest is marked, not lost silently
                interrupted = {"code": "interrupted", "message": "stopped before the result was fetched"}
                rows.update({path: {"file": str(path), "error": interrupted} for path in queued if path not in rows})
    return [rows[path] for path in files]


def cmd_classify(args: argparse.Namespace) -> int:
    files = list(iter_files(args.paths))
    if args.url:
        rows = classify_remote(args, files)
        if args.json:
            for row in rows:
                print(json.dumps(row))
    else:
        try:
            local = local_classifier(args)
            chain = in_process_classifier(local)
        except ValueError as exc:  # model/taxonomy mismatch, a broken LLM configuration (pydantic's ValidationError)
            print(f"doc-classifier: {exc}", file=sys.stderr)
            return 2
        if args.industry:
            try:
                local.resolve_industry(args.industry)
            except DocumentError as exc:
                print(f"doc-classifier: {exc.message}", file=sys.stderr)
                return 2
        progress = Progress(len(files), lines=args.progress)
        rows = []
        for done, path in enumerate(files, start=1):
            row = classify_local(path, args.industry, chain, args.split)
            if args.json:
                print(json.dumps(row), flush=True)
            rows.append(row)
            progress(done)
    if not args.json:
        _print_table(rows, sys.stdout)
        _print_documents(rows, sys.stdout)
    return 1 if any("error" in r for r in rows) else 0


def _print_documents(rows: list[dict[str, Any]], out: TextIO) -> None:
    """Each split file's documents with their page ranges, under the table."""
    for row in rows:
        if not row.get("documents"):  # not split (the service answers null)
            continue
        out.write(f"\n{row['file']}: {len(row['documents'])} document(s), {len(row['pages'])} page(s) labelled")
        not_read = row["metadata"].get("pages_not_read", 0)
        out.write(f", {not_read} page(s) not read\n" if not_read else "\n")
        out.write(f"  {'PAGES':<9} {'CLASS':<18} {'CONF':>5}  REASONING\n")
        for document in row["documents"]:
            first, last = document["pages"]
            pages = str(first) if first == last else f"{first}-{last}"
            out.write(
                f"  {pages:<9} {document['file_class']:<18} {document['confidence']:>5.2f}  {document['reasoning']}\n"
            )


def _print_eval(summary: dict[str, Any], out: TextIO) -> None:
    out.write(
        f"documents {summary['documents']}  accuracy {summary['accuracy']:.3f}  "
        f"macro-F1 {summary['macro_f1']:.3f}  "
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
    # Here, not at the top: they import the LLM tier's settings (pydantic), which `classify` never needs.
    from doc_classifier.evaluation import evaluate  # noqa: PLC0415
    from doc_classifier.routing_report import priced_settings, print_routing, routing_report  # noqa: PLC0415

    if not args.directory.is_dir():
        print(f"doc-classifier: {args.directory} is not a directory", file=sys.stderr)
        return 2
    prompts, source = None, ""
    if args.routing:
        try:
            prompts, source = priced_settings()
        except ValueError as exc:  # a broken LLM_CONFIG (pydantic's ValidationError is one)
            print(f"doc-classifier: {exc}", file=sys.stderr)
            return 2
    try:
        local = local_classifier(args)
    except ValueError as exc:
        print(f"doc-classifier: {exc}", file=sys.stderr)
        return 2
    report = evaluate(local, args.directory, progress=Progress(0), prompts=prompts)
    summary: dict[str, Any] = report.summary()
    if prompts is not None:
        summary["routing"] = routing_report(report.cases, prompts, source)
    if args.json:
        print(json.dumps({**summary, "cases": [vars(c) for c in report.cases]}))
    else:
        _print_eval(summary, sys.stdout)
        if "routing" in summary:
            print_routing(summary["routing"], sys.stdout)
    return 0


def cmd_industries(args: argparse.Namespace) -> int:
    """The industries and categories of the model and taxonomy in use, checked against each other."""
    try:
        local = local_classifier(args)
    except ValueError as exc:
        print(f"doc-classifier: {exc}", file=sys.stderr)
        return 2
    rows: list[dict[str, Any]] = [
        {
            "id": industry.id,
            "name": industry.name,
            "default": industry.id == local.default_industry,
            "categories": list(industry.category_ids),
        }
        for industry in local.taxonomy.industries.values()
    ]
    if args.json:
        print(json.dumps({"model_version": local.model_version, "industries": rows}))
    else:
        for row in rows:
            default = " (default)" if row["default"] else ""
            print(f"{row['id']}{default}: {', '.join(row['categories'])}")
    return 0


def cmd_eval_packets(args: argparse.Namespace) -> int:
    from doc_classifier.packet_evaluation import evaluate_packets  # noqa: PLC0415
    from doc_classifier.packets.decoder import DecoderParams  # noqa: PLC0415

    if not args.directory.is_dir():
        print(f"doc-classifier: {args.directory} is not a directory", file=sys.stderr)
        return 2
    try:
        params = DecoderParams.from_file(args.params) if args.params else None
    except (OSError, ValueError, KeyError, TypeError) as exc:  # unreadable, not JSON, or not decoder parameters
        print(f"doc-classifier: --params {args.params}: {exc}", file=sys.stderr)
        return 2
    try:
        classifier = local_classifier(args)
        report = evaluate_packets(classifier, args.directory, args.seed, args.count, Progress(0), params=params)
    except ValueError as exc:
        print(f"doc-classifier: {exc}", file=sys.stderr)
        return 2
    summary = report.summary()
    if args.json:
        print(json.dumps({**summary, "misses": report.misses(), "cases": [vars(c) for c in report.cases]}))
        return 0
    print(
        f"packets {summary['packets']} (seed {summary['seed']})  documents {summary['documents']}  "
        f"pages {summary['pages']}\n"
        f"page accuracy {summary['page_accuracy']:.3f}  exact documents {summary['exact_documents']:.3f}  "
        f"boundary precision {summary['boundary_precision']:.3f}  recall {summary['boundary_recall']:.3f}\n"
        f"{summary['seconds_per_page']:.3f} s/page ({summary['seconds_per_text_page']:.3f} text, "
        f"{summary['seconds_per_scanned_page'] or 0:.3f} scanned; {summary['scanned_pages']} scanned pages)"
    )
    for number, case in enumerate(report.cases, start=1):
        if case.truth != case.predicted:
            print(f"  packet {number} ({case.industry}): expected {case.truth}\n      found {case.predicted}")
    misses = report.misses()
    if misses:
        print(f"\n{'MISSED':>9}  {'CUT':>4} {'JOINED':>6} {'LABEL':>5}  DOCUMENT")
        for miss in misses:
            counts = f"{miss['cut']:>4} {miss['joined']:>6} {miss['labelled']:>5}"
            print(f"{miss['missed']:>4} of {miss['of']:<2}  {counts}  {miss['file']}")
    return 0


def cmd_ops(args: argparse.Namespace) -> int:
    from doc_classifier.service import remote  # noqa: PLC0415

    if args.action in {"redrive", "export-feedback"}:
        from doc_classifier.service.wiring import aws_task_service  # noqa: PLC0415

        service = aws_task_service()
        if args.action == "redrive":
            print(json.dumps({"redriven": service.redrive_dead_letters(args.limit)}))
        else:
            for row in service.export_feedback():
                print(json.dumps(row))
        return 0
    if not args.url:
        print("doc-classifier: ops queues/task need --url (or DOC_CLASSIFIER_URL)", file=sys.stderr)
        return 2
    client = _remote_client(args)
    try:
        answer = remote.queue_report(client) if args.action == "queues" else remote.task_history(client, args.task_id)
    except remote.RemoteError as exc:
        print(f"doc-classifier: {exc}", file=sys.stderr)
        return 1
    print(json.dumps(answer, indent=2))
    return 0


@dataclass(frozen=True)
class RemoteSettings(EnvSettings, prefix="DOC_CLASSIFIER_"):
    """The defaults of ``--url`` and ``--api-key``."""

    url: str | None = None  # DOC_CLASSIFIER_URL
    api_key: str | None = setting(None, secret=True)  # DOC_CLASSIFIER_API_KEY


def _add_remote_options(parser: argparse.ArgumentParser) -> None:
    remote = RemoteSettings.from_env()
    parser.add_argument(
        "--url",
        default=remote.url,
        help="classify through a running service at this base URL instead of in-process",
    )
    parser.add_argument(
        "--api-key",
        default=remote.api_key,
        help="API key for --url (default: $DOC_CLASSIFIER_API_KEY)",
    )
    _add_pacing_options(parser)


def _positive(kind: type[float] | type[int]) -> Callable[[str], float]:
    def parse(text: str) -> float:
        value = kind(text)
        if value <= 0:
            raise argparse.ArgumentTypeError(f"must be positive, got {text}")
        return value

    return parse


def _add_pacing_options(parser: argparse.ArgumentParser) -> None:
    group = parser.add_argument_group("with --url: pacing and retries")
    group.add_argument(
        "--rate",
        type=_positive(float),
        default=4.0,
        help="requests per second, submits and polls together (default 4: the usage plan allows 5)",
    )
    group.add_argument(
        "--submit-rate",
        type=_positive(float),
        default=1.5,
        help="classify: files sent per second, within --rate (default 1.5: the service throttles uploads at 2/s)",
    )
    group.add_argument(
        "--max-attempts",
        type=_positive(int),
        default=6,
        help="tries per request on 429, 503 or a lost connection, with exponential backoff (default 6)",
    )
    group.add_argument(
        "--retry-seconds",
        type=_positive(float),
        default=120.0,
        help="give up on a request after this many seconds of retrying (default 120)",
    )


def _add_model_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--model", type=Path, help="model directory written by `learn` (default: $CLASSIFIER_MODEL_DIR, else packaged)"
    )
    parser.add_argument(
        "--taxonomy",
        type=Path,
        help="extra industry/category TOML files, read with the packaged ones (default: $TAXONOMY_DIR)",
    )


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="doc-classifier", description="Classify documents by their content.")
    sub = parser.add_subparsers(dest="command", required=True)
    classify = sub.add_parser("classify", help="classify files and folders")
    classify.add_argument("paths", nargs="+", type=Path)
    taxonomy = load_taxonomy()
    classify.add_argument(
        "--industry",
        help=f"{', '.join(taxonomy.industry_ids)} or auto (default {taxonomy.default_industry}, "
        "or $CLASSIFIER_DEFAULT_INDUSTRY); `industries` lists those of --taxonomy too",
    )
    _add_model_options(classify)
    classify.add_argument("--json", action="store_true", help="one JSON object per file, in input order")
    classify.add_argument(
        "--split",
        type=SplitMode,
        choices=list(SplitMode),
        default=SplitMode.NONE,
        help="none (default): one label per file; auto: the documents in a packet and every page's label; "
        "per_page: every page on its own",
    )
    classify.add_argument(
        "--progress", action="store_true", help='"12/40 done" lines on stderr even when it is not a terminal'
    )
    _add_remote_options(classify)
    classify.add_argument(
        "--deadline",
        type=_positive(float),
        default=1800.0,
        help="with --url: stop polling after this many seconds; unfinished files end as timeout (default 1800)",
    )
    classify.set_defaults(func=cmd_classify)
    evaluation = sub.add_parser("eval", help="measure the model on DIR/<label>/<files>")
    evaluation.add_argument("directory", type=Path)
    _add_model_options(evaluation)
    evaluation.add_argument("--json", action="store_true")
    evaluation.add_argument(
        "--routing",
        action="store_true",
        help="also report what the LLM tier would be sent (configured rule and a threshold sweep) and its cost",
    )
    evaluation.set_defaults(func=cmd_eval)
    industries = sub.add_parser("industries", help="the industries and categories of the model and taxonomy in use")
    _add_model_options(industries)
    industries.add_argument("--json", action="store_true")
    industries.set_defaults(func=cmd_industries)
    packets = sub.add_parser("eval-packets", help="measure the packet splitter on packets made of DIR/<label>/<files>")
    packets.add_argument("directory", type=Path)
    _add_model_options(packets)
    packets.add_argument("--seed", type=int, default=0, help="draws the packets (default 0)")
    packets.add_argument("--count", type=_positive(int), default=40, help="packets to assemble (default 40)")
    packets.add_argument(
        "--params",
        type=Path,
        help="decoder parameters to split with (a params.json `python -m training.packets --out` wrote, with the "
        "first-page model it wrote beside it; default: the packaged ones)",
    )
    packets.add_argument("--json", action="store_true")
    packets.set_defaults(func=cmd_eval_packets)
    ops = sub.add_parser("ops", help="operate a deployment: queue depths, a task's history, DLQ redrive")
    ops_sub = ops.add_subparsers(dest="action", required=True)
    _add_remote_options(ops_sub.add_parser("queues", help="queue, in-flight and DLQ depth"))
    task = ops_sub.add_parser("task", help="a task's status, error and history")
    task.add_argument("task_id")
    _add_remote_options(task)
    redrive = ops_sub.add_parser("redrive", help="move dead-lettered messages back to the work queues (AWS access)")
    redrive.add_argument("--limit", type=int, default=1000)
    ops_sub.add_parser("export-feedback", help="reviewers' corrections as JSON lines, for retraining (AWS)")
    ops.set_defaults(func=cmd_ops)
    _add_installed_commands(sub)
    return parser


def _add_installed_commands(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Each entry point of COMMANDS_GROUP adds its subcommand; one that cannot be imported here (a
    deployment without ``training`` or its extras) is still listed, and says what it needs when run."""
    for entry in entry_points(group=COMMANDS_GROUP):
        try:
            entry.load()(sub)
        except ImportError as exc:
            reason = f"needs the training package and its extras (pip install 'doc-classifier[train]'): {exc}"
            unavailable = sub.add_parser(entry.name, help=f"unavailable: {reason}")
            unavailable.add_argument("args", nargs=argparse.REMAINDER)
            unavailable.set_defaults(func=lambda _args, name=entry.name, why=reason: _unavailable(name, why))


def _unavailable(name: str, reason: str) -> int:
    print(f"doc-classifier {name}: {reason}", file=sys.stderr)
    return 2


def main(argv: list[str] | None = None) -> None:
    args = build_parser().parse_args(argv)
    sys.exit(args.func(args))


if __name__ == "__main__":
    main()
