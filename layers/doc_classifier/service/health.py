"""Readiness of the backends and the numbers behind ``GET /metrics`` (JSON and Prometheus text)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from doc_classifier.service.ports import WorkQueue
from doc_classifier.service.task_service import (
    CACHE_HITS,
    CACHE_MISSES,
    FEEDBACK_AGREED,
    FEEDBACK_TOTAL,
    PROCESSED_COUNT,
    TaskService,
)
from doc_classifier.service.tasks import Priority, TaskStatus


def _backend_checks(service: TaskService) -> dict[str, Callable[[], object]]:
    return {
        "tasks_table": service.tasks.ping,
        "cache_table": service.cache.ping,
        "queue": service.queue.ping,
        "bucket": service.blobs.ping,
    }


def backend_problems(service: TaskService) -> dict[str, str]:
    """Each unreachable backend with the reason (empty when all answer)."""
    return _problems(_backend_checks(service))


def _problems(checks: dict[str, Callable[[], object]]) -> dict[str, str]:
    problems: dict[str, str] = {}
    for name, check in checks.items():
        try:
            check()
        except Exception as exc:  # any failure means "not reachable"; the reason is reported, not raised
            problems[name] = f"{type(exc).__name__}: {exc}"[:300]
    return problems


def _ratio(part: float, whole: float) -> float | None:
    return round(part / whole, 4) if whole else None


def _queue_numbers(work_queue: WorkQueue) -> dict[str, Any]:
    depths = {p: work_queue.depth(p) for p in Priority}
    return {
        "queue_length": sum(d.visible for d in depths.values()),
        "in_flight": sum(d.in_flight for d in depths.values()),
        "dlq_depth": work_queue.dlq_depth(),
        "by_priority": {p.value: {"visible": d.visible, "in_flight": d.in_flight} for p, d in depths.items()},
    }


def metrics_snapshot(service: TaskService) -> dict[str, Any]:
    """What the service is doing; a backend that does not answer shows as unreachable, not as an error."""
    queue: dict[str, Any] = {
        "queue_length": None,
        "in_flight": None,
        "dlq_depth": None,
        "by_priority": {},
        "oldest_waiting_seconds": None,
    }
    # Reading the depths reaches every queue, so it is the queue's check: a ping as well would
    # fetch each queue's attributes twice per request.
    checks = {**_backend_checks(service), "queue": lambda: queue.update(_queue_numbers(service.queue))}
    problems = _problems(checks)
    queue["backends"] = {name: name not in problems for name in ("tasks_table", "cache_table", "queue", "bucket")}
    counters = service.stats.read() if "cache_table" not in problems else {}
    hits, misses = counters.get(CACHE_HITS, 0.0), counters.get(CACHE_MISSES, 0.0)
    feedback_total, agreed = counters.get(FEEDBACK_TOTAL, 0.0), counters.get(FEEDBACK_AGREED, 0.0)
    tasks: dict[str, int | None] = {s.value: None for s in TaskStatus}
    if "tasks_table" not in problems:
        tasks = {s.value: n for s, n in service.tasks.count_by_status().items()}
        queue["oldest_waiting_seconds"] = service.oldest_waiting_age()
    return {
        "queue": queue,
        "cache": {"hits": int(hits), "misses": int(misses), "hit_rate": _ratio(hits, hits + misses)},
        "tasks": tasks,
        "processing": {
            "documents": int(counters.get(PROCESSED_COUNT, 0)),
            "average_seconds": round(service.average_processing_seconds(counters), 4) if counters else None,
        },
        "feedback": {
            "total": int(feedback_total),
            "agreed": int(agreed),
            "agreement_rate": _ratio(agreed, feedback_total),
        },
    }


def prometheus_text(snapshot: dict[str, Any]) -> str:
    """The snapshot in the Prometheus text exposition format (version 0.0.4)."""
    lines: list[str] = []

    def metric(name: str, kind: str, help_text: str, samples: list[tuple[dict[str, str], Any]]) -> None:
        lines.append(f"# HELP {name} {help_text}")
        lines.append(f"# TYPE {name} {kind}")
        for labels, value in samples:
            if value is None:
                continue  # unknown (backend down): absent, not zero
            label_text = ",".join(f'{k}="{v}"' for k, v in labels.items())
            lines.append(f"{name}{{{label_text}}} {value}" if label_text else f"{name} {value}")

    queue = snapshot["queue"]
    by_priority = queue["by_priority"]
    metric(
        "doc_classifier_queue_visible_messages",
        "gauge",
        "Messages waiting in a work queue.",
        [({"priority": p}, d["visible"]) for p, d in by_priority.items()],
    )
    metric(
        "doc_classifier_queue_in_flight_messages",
        "gauge",
        "Messages received and not yet deleted.",
        [({"priority": p}, d["in_flight"]) for p, d in by_priority.items()],
    )
    metric(
        "doc_classifier_dlq_messages",
        "gauge",
        "Messages in the dead-letter queue.",
        [({}, queue["dlq_depth"])],
    )
    metric(
        "doc_classifier_oldest_waiting_seconds",
        "gauge",
        "Age of the oldest queued task.",
        [({}, queue["oldest_waiting_seconds"])],
    )
    metric(
        "doc_classifier_backend_up",
        "gauge",
        "1 when the backend answers.",
        [({"backend": name}, int(up)) for name, up in queue["backends"].items()],
    )
    metric(
        "doc_classifier_tasks",
        "gauge",
        "Tasks by status.",
        [({"status": s}, n) for s, n in snapshot["tasks"].items()],
    )
    cache = snapshot["cache"]
    metric("doc_classifier_cache_hits_total", "counter", "Results served from the cache.", [({}, cache["hits"])])
    metric("doc_classifier_cache_misses_total", "counter", "Results computed.", [({}, cache["misses"])])
    processing = snapshot["processing"]
    metric(
        "doc_classifier_documents_processed_total",
        "counter",
        "Documents classified.",
        [({}, processing["documents"])],
    )
    metric(
        "doc_classifier_processing_seconds_average",
        "gauge",
        "Mean classification time.",
        [({}, processing["average_seconds"])],
    )
    feedback = snapshot["feedback"]
    metric("doc_classifier_feedback_total", "counter", "Reviewer verdicts received.", [({}, feedback["total"])])
    metric(
        "doc_classifier_feedback_agreed_total",
        "counter",
        "Verdicts agreeing with the result.",
        [({}, feedback["agreed"])],
    )
    return "\n".join(lines) + "\n"
