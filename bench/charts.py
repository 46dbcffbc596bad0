"""PNG charts beside ``bench/report.md``: latency distribution, throughput against concurrency, async completion.

matplotlib is a bench-only dependency (pyproject's ``dev`` extra): it never ships to Lambda.
"""

from __future__ import annotations

from pathlib import Path

import matplotlib

matplotlib.use("Agg")  # files only, no display
import matplotlib.pyplot as plt  # after the backend is chosen
from matplotlib.axes import Axes

from bench.load import AsyncRun, SyncRun

LATENCY = "latency.png"
THROUGHPUT = "throughput.png"
COMPLETION = "async_completion.png"


def write(
    directory: Path,
    *,
    sync: list[dict[int, SyncRun]],
    cache_hits: list[SyncRun],
    in_process: float,
    bursts: dict[str, AsyncRun],
    target_ratio: float,
) -> list[str]:
    """Writes the three charts; returns their file names (relative to ``directory``)."""
    _latency(directory / LATENCY, sync, cache_hits)
    _throughput(directory / THROUGHPUT, sync, in_process, target_ratio)
    _completion(directory / COMPLETION, bursts)
    return [LATENCY, THROUGHPUT, COMPLETION]


def _cdf(ax: Axes, seconds: list[float], label: str) -> None:
    ordered = sorted(s * 1000 for s in seconds)
    if ordered:
        ax.plot(ordered, [(i + 1) / len(ordered) for i in range(len(ordered))], label=label)


def _latency(path: Path, sync: list[dict[int, SyncRun]], cache_hits: list[SyncRun]) -> None:
    fig, ax = plt.subplots(figsize=(8, 4.5))
    for concurrency in sorted(sync[0]):
        pooled = [s for run in sync for s in run[concurrency].latencies]
        _cdf(ax, pooled, f"miss, concurrency {concurrency} ({len(pooled)} requests)")
    _cdf(ax, [s for run in cache_hits for s in run.latencies], "cache hit, concurrency 1")
    ax.set_xscale("log")
    ax.set_xlabel("latency at the client (ms, log scale)")
    ax.set_ylabel("share of requests at or under")
    ax.set_title("POST /classify_file: latency distribution, all runs")
    ax.grid(True, which="both", alpha=0.3)
    ax.legend(loc="lower right", fontsize=8)
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    plt.close(fig)


def _throughput(path: Path, sync: list[dict[int, SyncRun]], in_process: float, target_ratio: float) -> None:
    fig, ax = plt.subplots(figsize=(8, 4.5))
    concurrencies = sorted(sync[0])
    for i, run in enumerate(sync, 1):
        ax.plot(concurrencies, [run[c].throughput for c in concurrencies], "o-", alpha=0.6, label=f"run {i}")
    ax.axhline(in_process, color="grey", linestyle="--", label=f"in-process rate ({in_process:.0f}/s)")
    ax.axhline(
        in_process * target_ratio, color="red", linestyle=":", label=f"target at concurrency 16 ({target_ratio}x)"
    )
    ax.set_xscale("log", base=2)
    ax.set_xticks(concurrencies, [str(c) for c in concurrencies])
    ax.set_xlabel("client concurrency")
    ax.set_ylabel("requests/s")
    ax.set_ylim(bottom=0)
    ax.set_title("POST /classify_file: throughput against concurrency (unique documents)")
    ax.grid(True, alpha=0.3)
    ax.legend(fontsize=8)
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    plt.close(fig)


def _completion(path: Path, bursts: dict[str, AsyncRun]) -> None:
    fig, ax = plt.subplots(figsize=(8, 4.5))
    for label, burst in bursts.items():
        times = sorted(burst.completion_times)
        ax.step(times, range(1, len(times) + 1), where="post", label=f"{label} ({len(times)}/{burst.documents})")
    ax.set_xlabel("seconds after the first submit (the service's clock)")
    ax.set_ylabel("tasks completed")
    ax.set_title("Async: completion over time")
    ax.grid(True, alpha=0.3)
    ax.legend(fontsize=8)
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    plt.close(fig)
