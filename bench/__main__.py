"""``python -m bench [DEV_DIR]``: the running service under load, against the in-process rate of the same run.

Starts ``make run``'s local runtime (without throttling) on free loopback ports for each run, measures the
sync API at several concurrencies, cache hits against misses and an async burst polled to completion with
its exactly-once proof, counts the AWS calls of each path, and writes ``bench/report.md``. Every figure is
the median of ``--runs`` runs. Only 127.0.0.1 is ever targeted; every request has a timeout and the async
burst a deadline, so a run ends by itself. ``--async-only`` measures the async burst and its AWS calls alone
and prints them (no report).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bench import charts, cold_start, cost, cpu, storage_calls
from bench.documents import Document, UniqueDocuments, in_process_rate, text_layer_documents
from bench.load import AsyncRun, SyncRun, async_burst, sync_run
from bench.report import Measurements, write_report
from bench.service import LocalService, free_port

DEFAULT_DEV_DIR = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "dev"
DEFAULT_REPORT = Path(__file__).resolve().parent / "report.md"


@dataclass(frozen=True)
class Plan:
    runs: int
    concurrencies: tuple[int, ...]
    sync_requests: int
    cache_hits: int
    async_documents: int
    issue_burst: int
    async_deadline: float
    api_concurrency: int | None
    worker_concurrency: int | None
    async_only: bool = False


def parse_args(argv: list[str]) -> tuple[Path, Path, Plan]:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    parser.add_argument("dev_dir", nargs="?", type=Path, default=DEFAULT_DEV_DIR)
    parser.add_argument("--out", type=Path, default=DEFAULT_REPORT, help="the Markdown report (bench/report.md)")
    parser.add_argument("--runs", type=int, default=3, help="runs per figure; the report gives their median")
    parser.add_argument("--concurrency", type=int, nargs="+", default=[1, 4, 16], help="sync client concurrencies")
    parser.add_argument("--sync-requests", type=int, default=96, help="unique documents per sync concurrency")
    parser.add_argument("--cache-hits", type=int, default=30, help="repeats of one document for the cache hit")
    parser.add_argument(
        "--async-documents", type=int, default=300, help="documents in each run's async burst (the ratio's figure)"
    )
    parser.add_argument(
        "--issue-burst",
        type=int,
        default=2000,
        help="documents in the issue's burst, once, in the last run: half /classify_file_async, half presigned "
        "uploads (0: skip it)",
    )
    parser.add_argument("--async-deadline", type=float, default=600.0, help="seconds before unfinished tasks count")
    parser.add_argument("--api-concurrency", type=int, default=None, help="passed to the runtime (default: cores)")
    parser.add_argument("--worker-concurrency", type=int, default=None, help="passed to the runtime")
    parser.add_argument(
        "--async-only",
        action="store_true",
        help="only the async burst (CPU per document by part, ratio) and the async AWS calls, printed; no report",
    )
    args = parser.parse_args(argv)
    if args.issue_burst < 0:
        parser.error("--issue-burst must be 0 or more")
    for name in ("runs", "sync_requests", "async_documents"):
        if getattr(args, name) < 1:
            parser.error(f"--{name.replace('_', '-')} must be at least 1")
    plan = Plan(
        runs=args.runs,
        concurrencies=tuple(args.concurrency),
        sync_requests=args.sync_requests,
        cache_hits=args.cache_hits,
        async_documents=args.async_documents,
        issue_burst=args.issue_burst,
        async_deadline=args.async_deadline,
        api_concurrency=args.api_concurrency,
        worker_concurrency=args.worker_concurrency,
        async_only=args.async_only,
    )
    return args.dev_dir, args.out, plan


def warm_up(url: str, documents: UniqueDocuments, containers: int) -> None:
    """Every container has imported its handler at start; this loads the model in each (first request)."""
    sync_run(url, documents.take(containers * 2), containers)
    async_burst(url, documents.take(containers * 2), first_poll=0.3, deadline_seconds=120)


@dataclass
class RunFigures:
    in_process: float  # documents/s
    in_process_cpu_ms: float  # CPU per document
    sync: dict[int, SyncRun]
    cache_hits: SyncRun
    burst: AsyncRun
    cpu: dict[str, dict[str, float]]  # phase -> part -> CPU ms per document
    issue_burst: AsyncRun | None  # the last run's only


def one_run(index: int, plan: Plan, documents: UniqueDocuments, log: Path) -> RunFigures:
    baseline = in_process_rate(documents.take(plan.sync_requests))
    in_process = baseline.rate
    print(f"run {index + 1}: in-process {in_process:.1f} documents/s", file=sys.stderr, flush=True)
    service = LocalService(log, f"bench{index}", plan.api_concurrency, plan.worker_concurrency)
    cpu_ms: dict[str, dict[str, float]] = {}
    with service as url:
        assert service.process is not None
        runtime_pid = service.process.pid
        warm_up(url, documents, plan.api_concurrency or len(os.sched_getaffinity(0)))
        sync = {}
        for concurrency in plan.concurrencies:
            before = cpu.snapshot(runtime_pid)
            sync[concurrency] = sync_run(url, documents.take(plan.sync_requests), concurrency)
            cpu_ms[f"sync, concurrency {concurrency}"] = cpu.per_document(
                before, cpu.snapshot(runtime_pid), plan.sync_requests
            )
            print(f"  sync c{concurrency}: {sync[concurrency].throughput:.1f} req/s", file=sys.stderr, flush=True)
        repeated = documents.next()
        hits = sync_run(url, [repeated] * (plan.cache_hits + 1), 1)
        hits.latencies = hits.latencies[1:]  # the first was the miss that filled the cache
        before = cpu.snapshot(runtime_pid)
        burst = async_burst(url, documents.take(plan.async_documents), deadline_seconds=plan.async_deadline)
        cpu_ms[ASYNC_PHASE] = cpu.per_document(before, cpu.snapshot(runtime_pid), plan.async_documents)
        print(f"  async: {burst.throughput:.1f} documents/s, exactly once: {burst.exactly_once}", file=sys.stderr)
        issue = None
        if plan.issue_burst and index == plan.runs - 1:
            before = cpu.snapshot(runtime_pid)
            issue = async_burst(
                url, documents.take(plan.issue_burst), deadline_seconds=plan.async_deadline, presigned_share=2
            )
            cpu_ms[ISSUE_PHASE] = cpu.per_document(before, cpu.snapshot(runtime_pid), plan.issue_burst)
            print(f"  issue burst: {issue.throughput:.1f} documents/s, exactly once: {issue.exactly_once}")
    return RunFigures(in_process, baseline.cpu_ms, sync, hits, burst, cpu_ms, issue)


ISSUE_PHASE = "issue burst, half presigned uploads, polls included"
ASYNC_PHASE = "async, submit to completion, polls included"


def cost_inputs(runs: list[RunFigures], plan: Plan) -> tuple[dict[str, float], float]:
    """Medians of the runs: containers' CPU ms per document (sync at the top concurrency, async), polls per document."""
    top = f"sync, concurrency {max(plan.concurrencies)}"
    cpu_ms = {
        "api sync": statistics.median(r.cpu[top]["api containers"] for r in runs),
        "api async": statistics.median(r.cpu[ASYNC_PHASE]["api containers"] for r in runs),
        "worker async": statistics.median(r.cpu[ASYNC_PHASE]["worker containers"] for r in runs),
    }
    polls = statistics.median(r.burst.polls / r.burst.documents for r in runs)
    return cpu_ms, polls


def llm_routing(dev_dir: Path) -> dict[str, Any]:
    """The default rule's escalations on the dev set, with its token counts and prices (no network)."""
    from doc_classifier.classifier import default_classifier  # noqa: PLC0415
    from doc_classifier.evaluation import evaluate  # noqa: PLC0415
    from doc_classifier.routing_report import priced_settings, routing_report  # noqa: PLC0415

    settings, source = priced_settings()
    report = evaluate(default_classifier(), dev_dir, prompts=settings)
    return routing_report(report.cases, settings, source)


def async_only(plan: Plan, base: list[Document], log: Path) -> int:
    """Each run's async burst against the in-process rate, with CPU per document by part, then the async AWS calls."""
    documents = UniqueDocuments(base)
    exactly_once = True
    for index in range(plan.runs):
        baseline = in_process_rate(documents.take(plan.sync_requests))
        service = LocalService(log, f"bench{index}", plan.api_concurrency, plan.worker_concurrency)
        with service as url:
            assert service.process is not None
            containers = plan.api_concurrency or len(os.sched_getaffinity(0))
            async_burst(url, documents.take(containers * 2), first_poll=0.3, deadline_seconds=120)  # loads the model
            before = cpu.snapshot(service.process.pid)
            burst = async_burst(url, documents.take(plan.async_documents), deadline_seconds=plan.async_deadline)
            cpu_ms = cpu.per_document(before, cpu.snapshot(service.process.pid), plan.async_documents)
        exactly_once = exactly_once and burst.exactly_once
        runtime_ms = sum(ms for part, ms in cpu_ms.items() if part != "load generator")
        parts = ", ".join(f"{part} {ms:.1f}" for part, ms in cpu_ms.items())
        print(
            f"run {index + 1}: in-process {baseline.rate:.1f} docs/s ({baseline.cpu_ms:.1f} CPU ms/doc); "
            f"async {burst.throughput:.1f} docs/s, ratio {burst.throughput / baseline.rate:.3f}, "
            f"exactly once: {burst.exactly_once}, {burst.polls / burst.documents:.2f} polls/doc; "
            f"runtime CPU {runtime_ms:.1f} ms/doc ({parts}); "
            f"load average {os.getloadavg()[0]:.2f}",
            flush=True,
        )
    calls = storage_calls.measure(documents.take(storage_calls.WARM_UP + len(base)), free_port())
    for label, counted in calls.rows()[2:]:  # the async rows
        detail = ", ".join(f"{op} {n:.2g}" for op, n in sorted(counted.calls.items()))
        print(f"{label}: {counted.total:.2f} calls ({detail})")
    return 0 if exactly_once else 1


def main(argv: list[str] | None = None) -> int:
    dev_dir, out, plan = parse_args(sys.argv[1:] if argv is None else argv)
    started = time.time()
    base: list[Document] = text_layer_documents(dev_dir)
    log = Path(tempfile.mkdtemp(prefix="bench-")) / "runtime.log"
    if plan.async_only:
        return async_only(plan, base, log)
    documents = UniqueDocuments(base)
    runs = [one_run(i, plan, documents, log) for i in range(plan.runs)]
    # One document of each base file: the calls' means then carry the load's share of reviewed documents.
    calls = storage_calls.measure(documents.take(storage_calls.WARM_UP + len(base)), free_port())
    boto3_seconds, imports = cold_start.measure()
    first_requests = cold_start.first_requests()
    cpu_ms, polls = cost_inputs(runs, plan)
    routing = llm_routing(dev_dir)
    bursts = {f"run {i + 1}, {r.burst.documents} documents": r.burst for i, r in enumerate(runs)}
    issue = next((r.issue_burst for r in runs if r.issue_burst is not None), None)
    if issue is not None:
        bursts[f"issue burst, {issue.documents} documents"] = issue
    chart_files = charts.write(
        out.parent,
        sync=[r.sync for r in runs],
        cache_hits=[r.cache_hits for r in runs],
        in_process=statistics.median(r.in_process for r in runs),
        bursts=bursts,
        target_ratio=0.5,
    )
    measurements = Measurements(
        command=" ".join(["python -m bench", *(sys.argv[1:] if argv is None else argv)]),
        started=started,
        seconds=time.time() - started,
        base_documents=[d.name for d in base],
        plan=plan.__dict__,
        in_process=[r.in_process for r in runs],
        in_process_cpu_ms=[r.in_process_cpu_ms for r in runs],
        sync=[r.sync for r in runs],
        cache_hits=[r.cache_hits for r in runs],
        bursts=[r.burst for r in runs],
        cpu=[r.cpu for r in runs],
        calls=calls,
        boto3_import=boto3_seconds,
        imports=imports,
        first_requests=first_requests,
        issue_burst=issue,
        costs=cost.service_costs(calls, cpu_ms, polls),
        cost_cpu_ms=cpu_ms,
        routing=routing,
        charts=chart_files,
    )
    write_report(out, measurements)
    print(f"wrote {out} ({statistics.median(m for m in measurements.in_process):.1f} docs/s in-process)")
    bursts_ok = all(b.exactly_once for b in [*measurements.bursts, *([issue] if issue else [])])
    return 0 if bursts_ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
