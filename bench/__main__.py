"""``python -m bench [DEV_DIR]``: the running service under load, against the in-process rate of the same run.

Starts ``make run``'s local runtime (without throttling) on free loopback ports for each run, measures the
sync API at several concurrencies, cache hits against misses and an async burst polled to completion with
its exactly-once proof, counts the AWS calls of each path, and writes ``bench/report.md``. Every figure is
the median of ``--runs`` runs. Only 127.0.0.1 is ever targeted; every request has a timeout and the async
burst a deadline, so a run ends by itself.
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

from bench import cold_start, cpu, storage_calls
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
    async_deadline: float
    api_concurrency: int | None
    worker_concurrency: int | None


def parse_args(argv: list[str]) -> tuple[Path, Path, Plan]:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    parser.add_argument("dev_dir", nargs="?", type=Path, default=DEFAULT_DEV_DIR)
    parser.add_argument("--out", type=Path, default=DEFAULT_REPORT, help="the Markdown report (bench/report.md)")
    parser.add_argument("--runs", type=int, default=3, help="runs per figure; the report gives their median")
    parser.add_argument("--concurrency", type=int, nargs="+", default=[1, 4, 16], help="sync client concurrencies")
    parser.add_argument("--sync-requests", type=int, default=96, help="unique documents per sync concurrency")
    parser.add_argument("--cache-hits", type=int, default=30, help="repeats of one document for the cache hit")
    parser.add_argument(
        "--async-documents", type=int, default=300, help="documents in the async burst (the issue's full run: 2000)"
    )
    parser.add_argument("--async-deadline", type=float, default=600.0, help="seconds before unfinished tasks count")
    parser.add_argument("--api-concurrency", type=int, default=None, help="passed to the runtime (default: cores)")
    parser.add_argument("--worker-concurrency", type=int, default=None, help="passed to the runtime")
    args = parser.parse_args(argv)
    for name in ("runs", "sync_requests", "async_documents"):
        if getattr(args, name) < 1:
            parser.error(f"--{name.replace('_', '-')} must be at least 1")
    plan = Plan(
        runs=args.runs,
        concurrencies=tuple(args.concurrency),
        sync_requests=args.sync_requests,
        cache_hits=args.cache_hits,
        async_documents=args.async_documents,
        async_deadline=args.async_deadline,
        api_concurrency=args.api_concurrency,
        worker_concurrency=args.worker_concurrency,
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
        cpu_ms["async, submit to completion, polls included"] = cpu.per_document(
            before, cpu.snapshot(runtime_pid), plan.async_documents
        )
        print(f"  async: {burst.throughput:.1f} documents/s, exactly once: {burst.exactly_once}", file=sys.stderr)
    return RunFigures(in_process, baseline.cpu_ms, sync, hits, burst, cpu_ms)


def main(argv: list[str] | None = None) -> int:
    dev_dir, out, plan = parse_args(sys.argv[1:] if argv is None else argv)
    started = time.time()
    base: list[Document] = text_layer_documents(dev_dir)
    documents = UniqueDocuments(base)
    log = Path(tempfile.mkdtemp(prefix="bench-")) / "runtime.log"
    runs = [one_run(i, plan, documents, log) for i in range(plan.runs)]
    calls = storage_calls.measure(documents.take(4), free_port())
    boto3_seconds, imports = cold_start.measure()
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
    )
    write_report(out, measurements)
    print(f"wrote {out} ({statistics.median(m for m in measurements.in_process):.1f} docs/s in-process)")
    bursts_ok = all(b.exactly_once for b in measurements.bursts)
    return 0 if bursts_ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
