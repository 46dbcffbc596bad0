"""The load generator: HTTP clients against the local runtime on loopback, bounded in count and time."""

from __future__ import annotations

import statistics
import threading
import time
from collections import Counter
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

from bench.documents import Document
from bench.http_client import Clients

REQUEST_TIMEOUT_SECONDS = 60.0


def check_loopback(url: str) -> None:
    host = urlsplit(url).hostname
    if host not in {"127.0.0.1", "localhost", "::1"}:
        raise SystemExit(f"the load generator only targets this machine, not {host!r}")


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))] if ordered else float("nan")


@dataclass
class SyncRun:
    concurrency: int
    latencies: list[float] = field(default_factory=list)  # seconds, successful requests only
    statuses: Counter[int] = field(default_factory=Counter)
    handler_ms: list[float] = field(default_factory=list)  # the classifier's own total (extract + classify)
    cached: int = 0
    wall_seconds: float = 0.0

    @property
    def throughput(self) -> float:
        return len(self.latencies) / self.wall_seconds if self.wall_seconds else 0.0

    def ms(self, q: float) -> float:
        return percentile(self.latencies, q) * 1000


def sync_run(url: str, documents: list[Document], concurrency: int) -> SyncRun:
    """POST every document to /classify_file, ``concurrency`` at a time; each one is sent once."""
    check_loopback(url)
    run = SyncRun(concurrency)
    clients = Clients(REQUEST_TIMEOUT_SECONDS)
    lock = threading.Lock()

    def send(document: Document) -> None:
        started = time.perf_counter()
        response = clients.get().post_form(
            f"{url}/classify_file", {"industry": "finance"}, (document.name, document.data)
        )
        elapsed = time.perf_counter() - started
        with lock:
            run.statuses[response.status_code] += 1
            if response.status_code == 200:
                body = response.json()
                run.latencies.append(elapsed)
                run.cached += bool(body.get("cached"))
                run.handler_ms.append(float(body["metadata"]["timings_ms"]["total"]))

    started = time.perf_counter()
    with ThreadPoolExecutor(max_workers=concurrency, thread_name_prefix="sync-client") as pool:
        list(pool.map(send, documents))
    run.wall_seconds = time.perf_counter() - started
    return run


@dataclass
class AsyncRun:
    documents: int
    submit_seconds: float = 0.0
    drain_seconds: float = 0.0  # first submit to last completion seen by the service's own clock
    end_to_end: list[float] = field(default_factory=list)  # created -> completed, per task, service clock
    submit_statuses: Counter[int] = field(default_factory=Counter)
    final_statuses: Counter[str] = field(default_factory=Counter)
    completed_entries: Counter[int] = field(default_factory=Counter)  # tasks by number of 'completed' entries
    attempts: Counter[int] = field(default_factory=Counter)
    polls: int = 0
    timed_out: int = 0
    completion_times: list[float] = field(default_factory=list)  # seconds after the first submit
    routes: Counter[str] = field(default_factory=Counter)  # accepted submissions by route

    @property
    def throughput(self) -> float:
        done = self.final_statuses.get("completed", 0)
        return done / self.drain_seconds if self.drain_seconds else 0.0

    @property
    def exactly_once(self) -> bool:
        """Every task completed, each with exactly one 'completed' entry in its history, none failed."""
        return self.final_statuses == Counter({"completed": self.documents}) and self.completed_entries == Counter(
            {1: self.documents}
        )


def async_burst(
    url: str,
    documents: list[Document],
    *,
    submit_concurrency: int = 8,
    poll_concurrency: int = 4,
    first_poll: float = 1.0,
    max_poll_interval: float = 5.0,
    deadline_seconds: float = 600.0,
    presigned_share: int = 0,
) -> AsyncRun:
    """Submit every document to /classify_file_async (high and low priority in turn), then poll each task
    until it is finished or ``deadline_seconds`` pass; the proof of exactly-once is read from each task.

    With ``presigned_share`` n, every n-th document instead goes the way of a large file: ``POST /uploads`` for a
    presigned POST, then the file straight to the bucket (whose notification queues it)."""
    check_loopback(url)
    run = AsyncRun(len(documents))
    clients = Clients(REQUEST_TIMEOUT_SECONDS)
    task_ids: list[str] = []
    estimates: dict[str, float] = {}  # the service's estimated_time of each task
    lock = threading.Lock()

    def submit(item: tuple[int, Document]) -> None:
        index, document = item
        priority = "high" if index % 2 else "low"
        if presigned_share and index % presigned_share == 0:
            upload(document, priority)
            return
        response = clients.get().post_form(
            f"{url}/classify_file_async", {"industry": "finance", "priority": priority}, (document.name, document.data)
        )
        with lock:
            run.submit_statuses[response.status_code] += 1
            if response.status_code == 202:
                body = response.json()
                task_ids.append(body["task_id"])
                run.routes["/classify_file_async"] += 1
                estimates[body["task_id"]] = max(first_poll, float(body.get("estimated_time") or 0))

    def upload(document: Document, priority: str) -> None:
        ticket = clients.get().post_json(
            f"{url}/uploads", {"filename": document.name, "industry": "finance", "priority": priority}
        )
        if ticket.status_code != 201:
            with lock:
                run.submit_statuses[ticket.status_code] += 1
            return
        post = ticket.json()["upload"]
        check_loopback(post["url"])
        stored = clients.get().post_form(post["url"], post["fields"], (document.name, document.data))
        with lock:
            # One status per document: the bucket's answer (2xx: stored, so the task is queued) counted as a 202.
            run.submit_statuses[202 if stored.ok else stored.status_code] += 1
            if stored.ok:
                task_ids.append(ticket.json()["task_id"])
                run.routes["/uploads + presigned POST"] += 1

    first_submit = time.time()
    started = time.perf_counter()
    with ThreadPoolExecutor(max_workers=submit_concurrency, thread_name_prefix="submit") as pool:
        list(pool.map(submit, enumerate(documents)))
    run.submit_seconds = time.perf_counter() - started

    finished: dict[str, dict[str, Any]] = {}

    def poll(task_id: str) -> None:
        response = clients.get().get(f"{url}/classification_result/{task_id}")
        with lock:
            run.polls += 1
        if response.status_code == 200 and response.json()["status"] in {"completed", "failed"}:
            with lock:
                finished[task_id] = response.json()

    # As `doc-classifier classify --url` polls: first after the estimate, then less often each time, so the
    # polls do not take the cores the work needs.
    next_poll = {task_id: time.perf_counter() + estimates.get(task_id, first_poll) for task_id in task_ids}
    interval = dict.fromkeys(task_ids, first_poll)
    deadline = time.perf_counter() + deadline_seconds
    with ThreadPoolExecutor(max_workers=poll_concurrency, thread_name_prefix="poll") as pool:
        while next_poll and time.perf_counter() < deadline:
            now = time.perf_counter()
            due = [t for t, at in next_poll.items() if at <= now]
            list(pool.map(poll, due))
            for task_id in due:
                if task_id in finished:
                    del next_poll[task_id]
                else:
                    interval[task_id] = min(max_poll_interval, interval[task_id] * 1.5)
                    next_poll[task_id] = time.perf_counter() + interval[task_id]
            if next_poll:
                time.sleep(max(0.0, min(0.5, min(next_poll.values()) - time.perf_counter())))
    run.timed_out = len(task_ids) - len(finished)

    last_completion = first_submit
    for task in finished.values():
        run.final_statuses[task["status"]] += 1
        run.attempts[int(task.get("attempts", 0))] += 1
        history = task.get("history", [])
        completions = [entry for entry in history if entry["status"] == "completed"]
        run.completed_entries[len(completions)] += 1
        if completions:
            created = float(task["created_at"])
            completed_at = completions[-1]["at"]
            run.end_to_end.append(completed_at - created)
            run.completion_times.append(completed_at - first_submit)
            last_completion = max(last_completion, completed_at)
    run.final_statuses["unfinished"] += run.timed_out
    run.final_statuses += Counter()  # drops zero counts
    run.drain_seconds = last_completion - first_submit
    return run


def median_of(runs: list[Any], measure: Callable[[Any], float]) -> float:
    return statistics.median(measure(r) for r in runs)
