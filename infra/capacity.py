"""From a target daily volume to API Gateway's limits and the worker's concurrency: the arithmetic, once.

The CDK app (``infra/config.py`` → ``components/api.py``, ``components/functions.py``) and the local gateway
(``make run``) both call :func:`gateway_limits`, so the deployed throttles and the local ones cannot differ.

Two levels, as API Gateway has them:

* **Stage and method limits** protect the back end at the service's capacity and apply to all clients
  together. They follow from ``target_documents_per_day`` and ``peak_factor``: with the defaults, 1,000,000
  documents a day at 3x peak is 1e6 / 86,400 x 3 = 34.7 documents/s, rounded up to **35/s** on each upload
  route (each route is its own method). The other routes get the stage default, which API Gateway applies
  *per method*; the busiest of them, ``GET /classification_result/{task_id}``, carries ``polls_per_document``
  polls per document: 34.7 x 2 = 69.4, so **70/s**. Bursts are ``burst_seconds`` (2 s) of the rate.
* **Usage plans** (one per client tier, each API key in exactly one) are what a single client gets: a rate,
  a burst, a daily quota and a tighter per-key limit on the upload routes. They are configuration; no tier
  may promise a key more than the stage allows everyone.

The worker is sized against the same peak: ``ceil(peak documents/s x worker seconds per document)``. With
0.71 s per document (``make bench``: OCR'd page p50 0.61 s plus ~0.1 s of AWS round trips; a text PDF needs
~0.1 s, so this is the all-scans case) that is ceil(34.7 x 0.71) = **25** concurrent executions. An operator
may reserve less (LLM quota, account concurrency): then the SQS queue is the buffer and absorbs the peak,
which is allowed down to the daily *average* (11.6 documents/s x 0.71 s = 8.2, so 9); below that the backlog
grows all day and never drains, and synthesis fails.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, fields

SECONDS_PER_DAY = 86_400


@dataclass(frozen=True)
class UsagePlanTier:
    """What one API key of this tier gets (API Gateway usage plan: throttle, quota, per-method throttle)."""

    name: str
    rate_limit: float  # requests/s over every route, polls included
    burst_limit: int
    quota_per_day: int  # requests (documents and polls) per key per UTC day
    upload_rate_limit: float  # per key, on each route that carries a document
    upload_burst_limit: int


# Tiers as configuration: `-c usage_plans='{"standard": {...}, "bulk": {...}}'` replaces them all.
DEFAULT_USAGE_PLANS: dict[str, dict[str, float]] = {
    # The guide's per-client nginx limits (10 r/s API, 2 r/s uploads, per IP), for interactive clients;
    # `doc-classifier classify --url` paces itself under them (4 req/s, uploads 1.5/s).
    "standard": {
        "rate_limit": 5,
        "burst_limit": 10,
        "quota_per_day": 10_000,
        "upload_rate_limit": 2,
        "upload_burst_limit": 4,
    },
    # Batch integrations: 20 uploads/s is 1.7M documents a day if sustained, under the stage's 35/s so
    # one bulk client cannot take the whole stage; the quota is 1M documents with two polls each.
    "bulk": {
        "rate_limit": 60,
        "burst_limit": 120,
        "quota_per_day": 3_000_000,
        "upload_rate_limit": 20,
        "upload_burst_limit": 40,
    },
}
DEFAULT_USAGE_PLAN = "standard"  # the tier of the API key the stack creates and of `make run --api-key`


@dataclass(frozen=True)
class CapacityTarget:
    target_documents_per_day: int = 1_000_000  # the deployment guide's top volume
    peak_factor: float = 3.0  # busiest second against the day's average
    polls_per_document: float = 2.0  # GET /classification_result per async document (the CLI's backoff: ~2)
    burst_seconds: float = 2.0  # API Gateway burst = this many seconds of the rate
    worker_seconds_per_document: float = 0.71  # measured (see module docstring); re-measure with `make bench`

    @property
    def average_documents_per_second(self) -> float:
        return self.target_documents_per_day / SECONDS_PER_DAY

    @property
    def peak_documents_per_second(self) -> float:
        return self.average_documents_per_second * self.peak_factor


@dataclass(frozen=True)
class GatewayLimits:
    """API Gateway's throttling as deployed and as the local gateway enforces it."""

    api_rate_limit: float  # stage default, applied to each method on its own
    api_burst_limit: int
    upload_rate_limit: float  # method limit of each route with upload=True
    upload_burst_limit: int
    plans: tuple[UsagePlanTier, ...]
    default_plan: str = DEFAULT_USAGE_PLAN
    api_key_required: bool = True  # in the cloud; the local runtime checks keys only when given some

    def plan(self, name: str) -> UsagePlanTier:
        for tier in self.plans:
            if tier.name == name:
                return tier
        raise ValueError(f"no usage plan {name!r}; the plans are {', '.join(t.name for t in self.plans)}")


def usage_plan_tiers(plans: Mapping[str, Mapping[str, float]]) -> tuple[UsagePlanTier, ...]:
    expected = {f.name for f in fields(UsagePlanTier)} - {"name"}
    tiers = []
    for name, values in plans.items():
        if set(values) != expected:
            raise ValueError(f"usage plan {name!r} needs exactly {sorted(expected)}, got {sorted(values)}")
        tiers.append(
            UsagePlanTier(
                name=name,
                rate_limit=float(values["rate_limit"]),
                burst_limit=int(values["burst_limit"]),
                quota_per_day=int(values["quota_per_day"]),
                upload_rate_limit=float(values["upload_rate_limit"]),
                upload_burst_limit=int(values["upload_burst_limit"]),
            )
        )
    if not tiers:
        raise ValueError("at least one usage plan is needed: every API key belongs to one")
    return tuple(tiers)


def gateway_limits(
    target: CapacityTarget,
    plans: Mapping[str, Mapping[str, float]] = DEFAULT_USAGE_PLANS,
    default_plan: str = DEFAULT_USAGE_PLAN,
    *,
    api_key_required: bool = True,
) -> GatewayLimits:
    """The stage limits from the target (module docstring), the plans as given, checked against them."""
    peak = target.peak_documents_per_second
    upload_rate = math.ceil(peak)
    api_rate = math.ceil(peak * max(1.0, target.polls_per_document))
    limits = GatewayLimits(
        api_rate_limit=float(api_rate),
        api_burst_limit=math.ceil(api_rate * target.burst_seconds),
        upload_rate_limit=float(upload_rate),
        upload_burst_limit=math.ceil(upload_rate * target.burst_seconds),
        plans=usage_plan_tiers(plans),
        default_plan=default_plan,
        api_key_required=api_key_required,
    )
    limits.plan(default_plan)
    for tier in limits.plans:
        if tier.upload_rate_limit > limits.upload_rate_limit or tier.rate_limit > limits.api_rate_limit:
            raise ValueError(
                f"usage plan {tier.name!r} allows one key {tier.rate_limit:g}/s ({tier.upload_rate_limit:g}/s on "
                f"uploads), over the stage's {limits.api_rate_limit:g}/s ({limits.upload_rate_limit:g}/s) for all "
                "clients together: raise target_documents_per_day or lower the plan"
            )
    return limits


def required_worker_concurrency(target: CapacityTarget) -> int:
    """Concurrent worker executions that keep up with the peak (the queue stays near empty)."""
    return math.ceil(target.peak_documents_per_second * target.worker_seconds_per_document)


def minimum_worker_concurrency(target: CapacityTarget) -> int:
    """Below this the worker drains less than the daily average: the queue would grow without end."""
    return math.ceil(target.average_documents_per_second * target.worker_seconds_per_document)


def worker_concurrency(target: CapacityTarget, reserved: int) -> int:
    """The reserved concurrency to deploy: ``reserved`` when set (0: derived), checked against the target."""
    if reserved == 0:
        return required_worker_concurrency(target)
    floor = minimum_worker_concurrency(target)
    if reserved < floor:
        drains = reserved / target.worker_seconds_per_document
        raise ValueError(
            f"worker_reserved_concurrency={reserved} drains {drains:.1f} documents/s at "
            f"{target.worker_seconds_per_document:g} s each, under the "
            f"{target.average_documents_per_second:.1f}/s average of target_documents_per_day="
            f"{target.target_documents_per_day}: the queue would never drain (at least {floor})"
        )
    return reserved
