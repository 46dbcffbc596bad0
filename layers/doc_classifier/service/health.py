"""Readiness of the backends and the numbers behind ``GET /metrics`` (JSON and Prometheus text).

The LLM tier is reported, never checked: with breakers open, keys resting or today's budget spent
the service still answers with the local model, so /ready stays 200 and says ``degraded``. Only an
LLM configuration that cannot be loaded fails readiness: every classification would fail with it.
Key values never appear, only counts.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from pydantic import ValidationError

from doc_classifier.service.llm_counters import (
    BREAKER_OPENS,
    CALLS,
    COST_USD,
    ESCALATIONS,
    PAGE_ESCALATIONS,
    TOKENS_IN,
    TOKENS_OUT,
)
from doc_classifier.service.llm_counters import by_family as llm_counters_by_family
from doc_classifier.service.task_service import (
    CACHE_HITS,
    CACHE_MISSES,
    CACHE_WRITE_FAILURES,
    FEEDBACK_AGREED,
    FEEDBACK_TOTAL,
    PROCESSED_COUNT,
    RESULTS_TOO_LARGE,
    TaskService,
)
from doc_classifier.service.tasks import TaskStatus

if TYPE_CHECKING:  # the llm package is imported by whoever builds the tiers
    from doc_classifier.llm.build import LlmTiers

# The process's LLM tiers (``wiring.llm_tiers``); building them reads the LLM configuration.
LlmTiersSource = Callable[[], "LlmTiers"]
LOCAL_ONLY = "local model only"


def backend_problems(service: TaskService) -> dict[str, str]:
    """Each unreachable backend with the reason (empty when all answer)."""
    return _problems(service.backend_checks())


def readiness(service: TaskService, llm_tiers: LlmTiersSource | None) -> tuple[dict[str, str], dict[str, Any]]:
    """(problems, body of a 200): unreachable backends and an LLM configuration that cannot load are problems."""
    problems = backend_problems(service)
    tiers, config_error = _load(llm_tiers)
    if config_error is not None:
        problems["llm_config"] = config_error
    return problems, {"status": "ready", "llm": llm_status(tiers)}


def llm_status(tiers: LlmTiers | None, now: Callable[[], float] = time.time) -> dict[str, Any]:
    """The tier as /ready and /metrics show it: per provider breaker and key counts, today's spend, what is degraded."""
    if tiers is None or not tiers.settings.configured:
        return {"status": LOCAL_ONLY}
    providers: dict[str, dict[str, Any]] = {}
    degraded: list[str] = []
    for runner in tiers.runners:
        for lane in runner.lanes:
            name = lane.provider.name
            if name in providers:
                continue  # one provider can serve two tiers: same breaker, same keys
            keys = None  # a keys secret is read on the first escalation, not before
            if lane.keys.loaded:
                counts = lane.keys.health()
                healthy = counts["keys"] - counts["resting"] - counts["set_aside"]
                keys = {"healthy": healthy, "cooling": counts["resting"], "set_aside": counts["set_aside"]}
            breaker = lane.breaker.state.value
            providers[name] = {"model": lane.provider.model, "breaker": breaker, "keys": keys}
            if breaker != "closed":
                degraded.append(f"provider {name}: breaker {breaker}")
            if keys is not None and keys["healthy"] == 0:
                degraded.append(f"provider {name}: no usable key")
    tier_rows = []
    for runner in tiers.runners:
        names = [lane.provider.name for lane in runner.lanes]
        available = any(_usable(providers[n]) for n in names)
        tier_rows.append({"name": runner.name, "providers": names, "available": available})
        if not available:
            degraded.append(f"tier {runner.name}: every provider unavailable")
    spend = _spend(tiers, now())
    if spend.get("exhausted"):
        degraded.append("daily budget exhausted: escalation stops until 00:00 UTC")
    return {
        "status": "degraded" if degraded else "ok",
        "degraded": degraded,
        "tiers": tier_rows,
        "providers": providers,
        "spend": spend,
    }


def _usable(provider: dict[str, Any]) -> bool:
    keys = provider["keys"]
    return bool(provider["breaker"] != "open" and (keys is None or keys["healthy"] > 0))


def _spend(tiers: LlmTiers, now: float) -> dict[str, Any]:
    from doc_classifier.llm.spend import utc_day  # noqa: PLC0415 - with the tiers, never before

    cap = tiers.settings.daily_budget_usd
    try:
        spent = tiers.spend.spent(utc_day(now))
    except Exception as exc:  # the cache table's own check reports an outage; here it is a missing figure
        return {"today_usd": None, "cap_usd": cap, "exhausted": None, "error": type(exc).__name__}
    return {"today_usd": round(spent, 6), "cap_usd": cap, "exhausted": spent >= cap}


def _load(llm_tiers: LlmTiersSource | None) -> tuple[LlmTiers | None, str | None]:
    if llm_tiers is None:
        return None, None
    try:
        return llm_tiers(), None
    except ValueError as exc:
        return None, describe_config_error(exc)


def describe_config_error(exc: ValueError) -> str:
    """An LLM configuration error without the input it rejected: a provider's inline keys can be part of it."""
    if isinstance(exc, ValidationError):
        details = "; ".join(
            f"{'.'.join(map(str, e['loc'])) or 'LLM_CONFIG'}: {e['msg']}"
            for e in exc.errors(include_input=False, include_url=False)
        )
    else:  # the settings' own messages name variables and files, never values
        details = str(exc)
    return f"invalid LLM configuration: {details}"[:300]


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


def _queue_numbers(service: TaskService) -> dict[str, Any]:
    depths = service.queue_depths()
    return {
        "queue_length": sum(d.visible for d in depths.values()),
        "in_flight": sum(d.in_flight for d in depths.values()),
        "dlq_depth": service.dead_letter_depth(),
        "by_priority": {p.value: {"visible": d.visible, "in_flight": d.in_flight} for p, d in depths.items()},
    }


def metrics_snapshot(service: TaskService, llm_tiers: LlmTiersSource | None = None) -> dict[str, Any]:
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
    checks = {**service.backend_checks(), "queue": lambda: queue.update(_queue_numbers(service))}
    problems = _problems(checks)
    queue["backends"] = {name: name not in problems for name in checks}
    counters = service.counters() if "cache_table" not in problems else {}
    hits, misses = counters.get(CACHE_HITS, 0.0), counters.get(CACHE_MISSES, 0.0)
    feedback_total, agreed = counters.get(FEEDBACK_TOTAL, 0.0), counters.get(FEEDBACK_AGREED, 0.0)
    tiers, config_error = _load(llm_tiers)
    llm: dict[str, Any] = {"status": "misconfigured", "error": config_error} if config_error else llm_status(tiers)
    llm["counters"] = _llm_counters(counters)
    tasks: dict[str, int | None] = {s.value: None for s in TaskStatus}
    review: dict[str, Any] = {"open": None, "oldest_open_seconds": None}
    if "tasks_table" not in problems:
        tasks = {s.value: n for s, n in service.count_by_status().items()}
        queue["oldest_waiting_seconds"] = service.oldest_waiting_age()
        state = service.review.state()
        review = {"open": state.open, "oldest_open_seconds": state.oldest_open_seconds}
    return {
        "queue": queue,
        "cache": {
            "hits": int(hits),
            "misses": int(misses),
            "hit_rate": _ratio(hits, hits + misses),
            "write_failures": int(counters.get(CACHE_WRITE_FAILURES, 0)),
        },
        "tasks": tasks,
        "processing": {
            "documents": int(counters.get(PROCESSED_COUNT, 0)),
            "average_seconds": round(service.average_processing_seconds(counters), 4) if counters else None,
            "results_too_large": int(counters.get(RESULTS_TOO_LARGE, 0)),
        },
        "feedback": {
            "total": int(feedback_total),
            "agreed": int(agreed),
            "agreement_rate": _ratio(agreed, feedback_total),
        },
        "review": review,
        "llm": llm,
    }


def _llm_counters(counters: dict[str, float]) -> dict[str, Any]:
    families = llm_counters_by_family(counters)
    escalated = sum(families[ESCALATIONS].values())
    return {
        "escalations": {k: int(v) for k, v in families[ESCALATIONS].items()},
        "escalation_share": _ratio(escalated, counters.get(PROCESSED_COUNT, 0.0)),
        "calls": {k: int(v) for k, v in families[CALLS].items()},
        "tokens_in": {k: int(v) for k, v in families[TOKENS_IN].items()},
        "tokens_out": {k: int(v) for k, v in families[TOKENS_OUT].items()},
        "cost_usd": {k: round(v, 6) for k, v in families[COST_USD].items()},
        "breaker_opens": {k: int(v) for k, v in families[BREAKER_OPENS].items()},
        # packet pages: escalated, answered, failed, skipped_cap, skipped_budget
        "page_escalations": {k: int(v) for k, v in families[PAGE_ESCALATIONS].items()},
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
            label_text = ",".join(f'{k}="{_label(v)}"' for k, v in labels.items())
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
    metric(
        "doc_classifier_cache_write_failures_total",
        "counter",
        "Results left out of the cache: too large, or a refused batch write (the tasks completed).",
        [({}, cache["write_failures"])],
    )
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
    metric(
        "doc_classifier_results_too_large_total",
        "counter",
        "Results over TASK_RESULT_MAX_BYTES: their task failed (result_too_large), or a sync one was not reviewed.",
        [({}, processing["results_too_large"])],
    )
    feedback = snapshot["feedback"]
    metric("doc_classifier_feedback_total", "counter", "Reviewer verdicts received.", [({}, feedback["total"])])
    metric(
        "doc_classifier_feedback_agreed_total",
        "counter",
        "Verdicts agreeing with the result.",
        [({}, feedback["agreed"])],
    )
    review = snapshot["review"]
    metric("doc_classifier_review_open", "gauge", "Review items waiting for a verdict.", [({}, review["open"])])
    metric(
        "doc_classifier_review_oldest_open_seconds",
        "gauge",
        "Age of the oldest open review item (absent when none is open).",
        [({}, review["oldest_open_seconds"])],
    )
    _llm_metrics(snapshot["llm"], metric)
    return "\n".join(lines) + "\n"


Samples = list[tuple[dict[str, str], Any]]


def _llm_metrics(llm: dict[str, Any], metric: Callable[[str, str, str, Samples], None]) -> None:
    metric(
        "doc_classifier_llm_configured",
        "gauge",
        "1 when LLM tiers are configured (0: the local model answers alone).",
        [({}, int(llm["status"] in ("ok", "degraded")))],
    )
    metric(
        "doc_classifier_llm_degraded",
        "gauge",
        "1 when a breaker is open, a provider has no usable key or the daily budget is spent.",
        [({}, int(llm["status"] == "degraded"))],
    )
    providers = llm.get("providers", {})
    metric(
        "doc_classifier_llm_breaker_state",
        "gauge",
        "1 for each provider's current circuit breaker state.",
        [
            ({"provider": name, "state": state}, int(p["breaker"] == state))
            for name, p in providers.items()
            for state in ("closed", "open", "half_open")
        ],
    )
    metric(
        "doc_classifier_llm_keys",
        "gauge",
        "A provider's keys by state (absent until the keys are first read).",
        [
            ({"provider": name, "state": state}, count)
            for name, p in providers.items()
            for state, count in (p["keys"] or {}).items()
        ],
    )
    spend = llm.get("spend", {})
    metric("doc_classifier_llm_spend_usd", "gauge", "LLM spend today (UTC).", [({}, spend.get("today_usd"))])
    metric("doc_classifier_llm_budget_usd", "gauge", "Daily LLM spend cap.", [({}, spend.get("cap_usd"))])
    counters = llm["counters"]
    metric(
        "doc_classifier_llm_escalations_total",
        "counter",
        "Documents sent past the local model, by outcome.",
        [({"outcome": k}, v) for k, v in counters["escalations"].items()],
    )
    metric(
        "doc_classifier_llm_calls_total",
        "counter",
        "LLM calls made, by tier.",
        [({"tier": k}, v) for k, v in counters["calls"].items()],
    )
    metric(
        "doc_classifier_llm_tokens_total",
        "counter",
        "LLM tokens, by tier and direction.",
        [({"tier": k, "direction": "in"}, v) for k, v in counters["tokens_in"].items()]
        + [({"tier": k, "direction": "out"}, v) for k, v in counters["tokens_out"].items()],
    )
    metric(
        "doc_classifier_llm_cost_usd_total",
        "counter",
        "LLM cost from token usage and list prices, by tier.",
        [({"tier": k}, v) for k, v in counters["cost_usd"].items()],
    )
    metric(
        "doc_classifier_llm_breaker_opens_total",
        "counter",
        "Times a provider's circuit breaker opened.",
        [({"provider": k}, v) for k, v in counters["breaker_opens"].items()],
    )
    metric(
        "doc_classifier_llm_page_escalations_total",
        "counter",
        "Packet pages the local model was unsure of, by what became of them (escalated, answered, failed, skipped).",
        [({"outcome": k}, v) for k, v in counters["page_escalations"].items()],
    )


def _label(value: object) -> str:
    return str(value).replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
