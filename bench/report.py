"""``bench/report.md``: the figures of one ``python -m bench``, each the median of its runs, with the machine."""

from __future__ import annotations

import os
import platform
import statistics
import subprocess
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bench import cost, cpu
from bench.cold_start import IMPORT_TARGET_RATIO, FirstRequests, ImportCost
from bench.load import AsyncRun, SyncRun, percentile
from bench.storage_calls import StorageCalls

# The issue's targets, as ratios to the in-process rate measured in the same run.
SYNC_C16_TARGET = 0.5
ASYNC_TARGET = 0.25


@dataclass
class Measurements:
    command: str
    started: float
    seconds: float
    base_documents: list[str]
    plan: dict[str, Any]
    in_process: list[float]  # documents/s, one per run
    in_process_cpu_ms: list[float]  # CPU per document, one per run
    sync: list[dict[int, SyncRun]]
    cache_hits: list[SyncRun]
    bursts: list[AsyncRun]
    cpu: list[dict[str, dict[str, float]]]  # per run: phase -> part -> CPU ms per document
    calls: StorageCalls
    boto3_import: float  # seconds
    imports: list[ImportCost]
    first_requests: list[FirstRequests]
    issue_burst: AsyncRun | None  # the issue's burst, once: half async submits, half presigned uploads
    costs: list[cost.PathCost]
    cost_cpu_ms: dict[str, float]
    routing: dict[str, Any] | None
    charts: list[str]  # PNG file names beside the report


def machine() -> str:
    model = "unknown CPU"
    cpuinfo = Path("/proc/cpuinfo")
    if cpuinfo.exists():
        for line in cpuinfo.read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    usable = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    memory = ""
    meminfo = Path("/proc/meminfo")
    if meminfo.exists():
        kb = int(meminfo.read_text().split("MemTotal:")[1].split()[0])
        memory = f", {kb / 1024 / 1024:.1f} GB RAM"
    return f"{model}, {usable} usable cores{memory}, Python {platform.python_version()}, {platform.system()}"


def commit() -> str:
    try:
        out = subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True, check=True)
        return out.stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "unknown"


def _median(values: list[float]) -> float:
    return statistics.median(values) if values else float("nan")


def _check(ok: bool) -> str:
    return "met" if ok else "**not met**"


def write_report(path: Path, m: Measurements) -> None:
    in_process = _median(m.in_process)
    concurrencies = sorted(m.sync[0])
    sync_tp = {c: _median([run[c].throughput for run in m.sync]) for c in concurrencies}
    sync_ratio = {
        c: _median([run[c].throughput / ip for run, ip in zip(m.sync, m.in_process, strict=True)])
        for c in concurrencies
    }
    async_ratio = _median([b.throughput / ip for b, ip in zip(m.bursts, m.in_process, strict=True)])
    exactly_once = all(b.exactly_once for b in m.bursts)
    top = max(concurrencies)
    lines = [
        "# Service bench (`make bench`)",
        "",
        f"- **Machine:** {machine()}",
        f"- **Date:** {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime(m.started))}, commit `{commit()}`, "
        f"{m.seconds / 60:.1f} minutes",
        f"- **Command:** `{m.command}` (`make bench` runs it after the in-process bench)",
        f"- **Runs:** {len(m.in_process)}; every figure is the median of the runs. Each run starts the local runtime "
        "(`python -m infra.local_runtime --no-throttle`, its default containers: one per core for the API and for "
        f"the worker{_sizes(m.plan)}) on free loopback ports and stops it with SIGINT.",
        f"- **Documents:** the {len(m.base_documents)} text-layer PDFs of the dev set, in turn, each request with "
        "fresh bytes (a numbered comment after `%%EOF`), so nothing is answered from the cache unless said so. "
        "The in-process rate is the same kind of documents classified one after the other by one warm process "
        "(`doc-classifier classify`'s marginal cost), measured at the start of each run.",
        "",
        "## Targets (ratios to the in-process rate of the same run)",
        "",
        "| measure | figure | target | |",
        "|---|---|---|---|",
        f"| in-process rate | {in_process:.1f} documents/s | | |",
        f"| sync, concurrency {top} | {sync_tp[top]:.1f} req/s = **{sync_ratio[top]:.2f}x** | >= {SYNC_C16_TARGET}x "
        f"| {_check(sync_ratio[top] >= SYNC_C16_TARGET)} |",
        f"| async end to end ({m.plan['async_documents']} documents) | "
        f"{_median([b.throughput for b in m.bursts]):.1f} documents/s = **{async_ratio:.2f}x** | >= {ASYNC_TARGET}x "
        f"| {_check(async_ratio >= ASYNC_TARGET)} |",
        f"| every task completed exactly once | {'yes, every run' if exactly_once else 'NO'} | all | "
        f"{_check(exactly_once)} |",
        "",
        "## Sync API (`POST /classify_file`)",
        "",
        f"{m.plan['sync_requests']} unique documents per concurrency and run.",
        "",
        "| concurrency | throughput | p50 | p95 | p99 | ratio to in-process | non-200 answers |",
        "|---|---|---|---|---|---|---|",
    ]
    for c in concurrencies:
        runs = [run[c] for run in m.sync]
        errors = sum((sum(r.statuses.values()) - r.statuses.get(200, 0)) for r in runs)
        lines.append(
            f"| {c} | {sync_tp[c]:.1f} req/s | {_median([r.ms(0.5) for r in runs]):.0f} ms | "
            f"{_median([r.ms(0.95) for r in runs]):.0f} ms | {_median([r.ms(0.99) for r in runs]):.0f} ms | "
            f"{sync_ratio[c]:.2f}x | {errors} |"
        )
    c1 = [run[min(concurrencies)] for run in m.sync]
    lines += [
        "",
        "## Cache hit against miss (concurrency 1)",
        "",
        "| | p50 | p95 |",
        "|---|---|---|",
        f"| miss (unique document) | {_median([r.ms(0.5) for r in c1]):.0f} ms | "
        f"{_median([r.ms(0.95) for r in c1]):.0f} ms |",
        f"| hit (same document again, {m.plan['cache_hits']} times) | "
        f"{_median([r.ms(0.5) for r in m.cache_hits]):.0f} ms | {_median([r.ms(0.95) for r in m.cache_hits]):.0f} ms |",
        "",
        "## Async burst (`POST /classify_file_async`, then `GET /classification_result/{task_id}`)",
        "",
        f"{m.plan['async_documents']} documents submitted by 8 clients (high and low priority in turn), then each "
        "task polled as `doc-classifier classify --url` polls (first when its `estimated_time` has passed, then "
        "1.5 times less often, up to every 5 s) by 4 clients until finished. Drain time and end-to-end latency use "
        "the service's own timestamps (task created, `completed` history entry); the proof of exactly-once is "
        "each task's history: one `completed` entry, none failed, none unfinished.",
        "",
        "| run | submitted (202) | submit rate | drain | completion rate | end to end p50 / p95 / p99 | final statuses "
        "| `completed` entries per task | attempts | polls |",
        "|---|---|---|---|---|---|---|---|---|---|",
    ]
    for i, b in enumerate(m.bursts, 1):
        lines.append(
            f"| {i} | {b.submit_statuses.get(202, 0)}/{b.documents} | {b.documents / b.submit_seconds:.1f}/s | "
            f"{b.drain_seconds:.1f} s | {b.throughput:.1f}/s | {percentile(b.end_to_end, 0.5):.1f} / "
            f"{percentile(b.end_to_end, 0.95):.1f} / {percentile(b.end_to_end, 0.99):.1f} s | "
            f"{_counts(b.final_statuses)} "
            f"| {_counts(b.completed_entries)} | {_counts(b.attempts)} | {b.polls} |"
        )
    lines += _issue_burst(m)
    lines += _time_split(m, c1)
    lines += _cpu(m)
    lines += _calls(m.calls)
    lines += _imports(m)
    lines += cost.markdown(m.costs, m.cost_cpu_ms, m.routing)
    lines += ["", "## Charts", ""] + [f"![{name}]({name})" for name in m.charts]
    lines += ["", "Per-run in-process rates: " + ", ".join(f"{v:.1f}" for v in m.in_process) + " documents/s.", ""]
    path.write_text("\n".join(lines), encoding="utf-8")


def _issue_burst(m: Measurements) -> list[str]:
    b = m.issue_burst
    if b is None:
        return []
    return [
        "",
        f"## The issue's burst: {b.documents} documents, half through `/classify_file_async`, half presigned uploads",
        "",
        "Once, in the last run, after its own burst: every other document asks `POST /uploads` for a presigned POST "
        "and sends the file straight to the bucket, whose notification queues it; the rest are submitted as above, "
        "high and low priority in turn, and all are polled the same way. The documents are the same text-layer PDFs "
        "as everywhere in this report (OCR'd ones would cost ~0.6 s each: 2,000 of them would not fit the bench's "
        "time on two cores).",
        "",
        "| accepted, by route | submit rate | drain | completion rate | end to end p50 / p95 / p99 | final statuses "
        "| `completed` entries per task | attempts | polls | exactly once |",
        "|---|---|---|---|---|---|---|---|---|---|",
        f"| {_counts(b.routes)} | {b.documents / b.submit_seconds:.1f}/s | {b.drain_seconds:.1f} s "
        f"| {b.throughput:.1f}/s | {percentile(b.end_to_end, 0.5):.1f} / {percentile(b.end_to_end, 0.95):.1f} / "
        f"{percentile(b.end_to_end, 0.99):.1f} s | {_counts(b.final_statuses)} | {_counts(b.completed_entries)} "
        f"| {_counts(b.attempts)} | {b.polls} | {'yes' if b.exactly_once else '**NO**'} |",
    ]


def _sizes(plan: dict[str, Any]) -> str:
    sizes = [f"{k.replace('_', ' ')} {plan[k]}" for k in ("api_concurrency", "worker_concurrency") if plan.get(k)]
    return f"; here {', '.join(sizes)}" if sizes else ""


def _counts(counter: Counter[Any]) -> str:
    return ", ".join(f"{k}: {v}" for k, v in sorted(counter.items(), key=lambda kv: str(kv[0]))) or "-"


def _time_split(m: Measurements, c1: list[SyncRun]) -> list[str]:
    client = _median([r.ms(0.5) for r in c1])
    classifier = _median([percentile(r.handler_ms, 0.5) for r in c1])
    storage = m.calls.sync_miss.seconds * 1000
    rest = client - classifier - storage
    return [
        "",
        "## Where the time of one sync request goes (concurrency 1, p50)",
        "",
        "| part | ms | how it is known |",
        "|---|---|---|",
        f"| the whole request, at the client | {client:.1f} | measured by the load generator |",
        f"| extraction + classification | {classifier:.1f} | the response's `metadata.timings_ms.total` |",
        f"| storage calls ({m.calls.sync_miss.total:.2f}: {', '.join(sorted(m.calls.sync_miss.calls))}) "
        f"| {storage:.1f} | the same handler in-process against the emulator, timed at botocore (below) |",
        f"| gateway, event, Lambda emulation, multipart parsing, HTTP | {rest:.1f} | the remainder |",
    ]


def _cpu(m: Measurements) -> list[str]:
    usable = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1
    in_process_ms = _median(m.in_process_cpu_ms)
    lines = [
        "",
        "## CPU per document, by process (read from /proc: the machine's other load does not change it)",
        "",
        f"The in-process classifier spends {in_process_ms:.1f} ms of CPU per document, so one process serves "
        f"{1000 / in_process_ms:.0f} documents/s. The ceiling is the rate {usable} cores doing nothing else would "
        "serve at the service's CPU cost (cores x 1000 / total), and its ratio is that ceiling over the in-process "
        "rate: the ratio the targets ask for, without the noise of other work on the machine.",
        "",
        "| phase | " + " | ".join(cpu.PARTS) + " | total | ceiling on this machine | ratio at the ceiling |",
        "|---|" + "---|" * (len(cpu.PARTS) + 3),
    ]
    for phase in m.cpu[0]:
        parts = {part: _median([run[phase][part] for run in m.cpu]) for part in cpu.PARTS}
        total = sum(parts.values())
        ceiling = usable * 1000 / total if total else float("nan")
        cells = " | ".join(f"{parts[p]:.1f}" for p in cpu.PARTS)
        ratio = ceiling * in_process_ms / 1000
        lines.append(f"| {phase} | {cells} | {total:.1f} | {ceiling:.0f}/s | {ratio:.2f}x |")
    return lines


def _imports(m: Measurements) -> list[str]:
    lines = [
        "",
        "## Cold start: each handler's import in a fresh interpreter (tracing on, as deployed)",
        "",
        "CPU time (user + system) of the child interpreter, median of 7 rounds, an empty interpreter's start "
        f"subtracted; each round times `import boto3` ({m.boto3_import:.2f} s here) and every handler one after the "
        "other, and a handler's ratio is the median of its per-round ratios (CPU time and interleaving keep the "
        "ratio steady while other work shares the machine). The environment is Lambda's: `LAMBDA_TASK_ROOT` set, "
        "so the X-Ray SDK takes its Lambda path. Measure alone with `python -m bench.cold_start`. Target: each "
        f"within {IMPORT_TARGET_RATIO}x. The model loads on the first classification (`bench.in_process`: import "
        "of the classification path and model load).",
        "",
        "| handler | import (CPU) | ratio to boto3 | target | heaviest imports of the handler module (cumulative) |",
        "|---|---|---|---|---|",
    ]
    for imported in m.imports:
        heavy = ", ".join(f"`{name}` {seconds:.2f} s" for name, seconds in imported.heaviest)
        lines.append(
            f"| {imported.name} | {imported.seconds:.2f} s | {imported.ratio:.2f}x "
            f"| {_check(imported.ratio <= IMPORT_TARGET_RATIO)} | {heavy} |"
        )
    lines += [
        "",
        "Then each handler's first requests in the same fresh interpreter, against an emulator of their own (CPU "
        "seconds of the handler's process, medians of 3 interpreters): what a cold start costs the request that "
        "meets it (routes, clients, the model's load).",
        "",
        "| handler | import (CPU) | first requests, in the order sent (CPU) |",
        "|---|---|---|",
    ]
    for first in m.first_requests:
        steps = "; ".join(f"{label} {seconds:.3f} s" for label, seconds in first.requests)
        lines.append(f"| {first.name} | {first.import_seconds:.3f} s | {steps} |")
    return lines


def _calls(calls: StorageCalls) -> list[str]:
    lines = [
        "",
        "## AWS calls per document (counted at botocore around the real handlers)",
        "",
        "| path | calls | by operation | ms against the emulator |",
        "|---|---|---|---|",
    ]
    for label, log in calls.rows():
        detail = ", ".join(f"{op} {n:.2g}" for op, n in sorted(log.calls.items()))
        lines.append(f"| {label} | {log.total:.2f} | {detail} | {log.seconds * 1000:.1f} |")
    async_total = calls.async_submit.total + calls.worker_per_document.total + calls.poll.total
    lines += [
        "",
        f"Means over {calls.documents} documents, one of each the load sends: a document that enters the review "
        "queue adds an S3 copy for its reviewer (and, on the sync path, its task), so the counts are fractional. "
        f"One async document with one poll: {async_total:.2f} calls from the functions, plus the event source's "
        f"{calls.poller_per_batch.total:.2f} per batch (shared by up to 5 documents on AWS).",
    ]
    return lines
