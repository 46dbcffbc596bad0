"""Every tunable of the deployment, read from CDK context with a documented default.

An operator changes a limit with ``cdk deploy -c api_rate_limit=20`` (or in
``cdk.json``'s ``context``) without touching code. Each field's comment says
why the default is what it is.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, fields
from typing import TYPE_CHECKING, Any, get_type_hints

from infra import capacity
from infra import service_definition as sd

if TYPE_CHECKING:
    from constructs import Node

# Context key that skips asset bundling; tests pass [] so no pip/Docker runs.
BUNDLING_STACKS_KEY = "aws:cdk:bundling-stacks"


@dataclass(frozen=True)
class DeploymentConfig:
    # --- identity -------------------------------------------------------------------------------
    stage: str = "dev"  # part of every resource name: dev/staging/prod can share an account
    service_name: str = "doc-classifier"  # Powertools service name (logs, traces, metric dimension)
    metrics_namespace: str = "DocClassifier"  # CloudWatch namespace of the app's EMF metrics
    log_level: str = "INFO"
    # A second region is a second instance of the same stack (see README, latency routing).
    regions: tuple[str, ...] = ()  # empty: the CLI's default region (CDK_DEFAULT_REGION)

    # --- capacity: API Gateway's limits and the worker's concurrency follow from these ------------
    # infra/capacity.py holds the arithmetic (1M/day at 3x peak: 35 uploads/s, 70 req/s per other
    # route, worker 25); the local gateway computes the same from cdk.json's context.
    target_documents_per_day: int = capacity.CapacityTarget.target_documents_per_day
    peak_factor: float = capacity.CapacityTarget.peak_factor  # busiest second against the day's average
    polls_per_document: float = capacity.CapacityTarget.polls_per_document  # result polls per async document
    burst_seconds: float = capacity.CapacityTarget.burst_seconds  # burst = this many seconds of a rate
    worker_seconds_per_document: float = capacity.CapacityTarget.worker_seconds_per_document  # `make bench`
    # Usage plans, one per client tier; each API key belongs to one. JSON on the command line:
    # -c usage_plans='{"standard": {"rate_limit": 5, "burst_limit": 10, "quota_per_day": 10000,
    #                  "upload_rate_limit": 2, "upload_burst_limit": 4}, ...}' replaces them all.
    usage_plans: dict[str, dict[str, float]] = field(default_factory=lambda: dict(capacity.DEFAULT_USAGE_PLANS))
    default_usage_plan: str = capacity.DEFAULT_USAGE_PLAN  # the tier of the key the stack creates
    api_key_required: bool = True  # `public` routes never need one
    # image/png: the review preview; API Gateway answers binary when the request's first Accept type is listed,
    # so clients ask for it with Accept: image/png (*/* would turn every JSON request body into base64 too).
    binary_media_types: tuple[str, ...] = ("multipart/form-data", "image/png")
    detailed_metrics: bool = True  # per-route metrics for the "errors by route" dashboard view
    access_log_retention_days: int = 30

    # --- Lambda -------------------------------------------------------------------------------
    # arm64: every native wheel of the runtime (tesserocr, numpy, pypdfium2, pillow, pydantic-core,
    # cryptography) ships manylinux aarch64 builds for cp313, and Graviton is ~20% cheaper per GB-s.
    architecture: str = "arm64"
    log_retention_days: int = 30
    # Worker reserved concurrency. 0: derived, enough for the peak (ceil(34.7 docs/s x 0.71 s) = 25).
    # A lower value caps parallel LLM calls and DynamoDB writes and lets the SQS backlog absorb the
    # peak; below the daily average's need (ceil(11.6 x 0.71) = 9) the backlog never drains: synth fails.
    worker_reserved_concurrency: int = 0
    # Memory/timeouts default to infra/service_definition.py; context overrides per function,
    # e.g. -c memory_overrides='{"worker": 3008}'.
    memory_overrides: dict[str, int] = field(default_factory=dict)
    timeout_overrides: dict[str, int] = field(default_factory=dict)
    # Unzipped limit for function + layers is 250 MB; the bundler fails a layer set above this.
    layer_size_budget_mb: int = 240

    # --- SQS ----------------------------------------------------------------------------------
    dlq_max_receive_count: int = 3
    visibility_timeout_multiplier: int = 6  # AWS guidance: >= 6x the consumer's timeout
    dlq_retention_days: int = 14  # the maximum, so a human has time to inspect and redrive
    queue_retention_days: int = 4

    # --- storage ------------------------------------------------------------------------------
    upload_expiry_days: int = 1  # documents live in S3 only until processed
    cors_allowed_origins: tuple[str, ...] = ("*",)  # browsers POST presigned uploads directly
    retain_data: bool = False  # True for prod: tables/bucket survive `cdk destroy`
    # A document kept for a reviewer (review/ prefix) is deleted by the verdict, or by this lifecycle expiry:
    # the review deadline. The handlers get it as REVIEW_RETENTION_DAYS (the preview answers 410 after it).
    review_retention_days: int = 14

    # --- secrets ------------------------------------------------------------------------------
    rotation_days: int = 30
    key_issuer: str = "staged"  # functions/rotation/key_issuers.py: "staged", "random", "openai" or module:Class
    key_window: int = 3  # live keys kept in the secret (the guide recommends 3-5)
    # key_issuer=openai: the project whose keys the rotation mints and revokes, and the name of a
    # secret the operator creates outside the stack holding an OpenAI admin key (only the rotation
    # function may read it; the stack never sees its value).
    openai_project_id: str = ""
    openai_admin_key_secret_name: str = ""
    openai_admin_base_url: str = "https://api.openai.com/v1"
    # Per admin/verification call; testSecret makes one per live key inside the function's 60 s.
    openai_admin_timeout_seconds: float = 10.0

    # --- LLM tier (doc_classifier/llm/settings.py) ------------------------------------------------
    # The tiers' configuration, JSON (a string on the command line, an object in cdk.json), given to the API and
    # worker as LLM_CONFIG; empty: the local model answers alone. Keys never go here: a provider's
    # "secret_id": "$LLM_KEYS_SECRET" is this stack's keys secret (read access granted), or another secret's ARN.
    llm_config: str = ""
    llm_sync_budget_seconds: float = 8.0  # all LLM work of one /classify_file request: well under API Gateway's 29 s
    # Per queued document; the worker also caps it by what its invocation has left, so a batch of slow
    # escalations ends with local answers for the last documents, never with a timeout.
    llm_worker_budget_seconds: float = 40.0

    # --- monitoring ---------------------------------------------------------------------------
    alarm_p95_latency_ms: float = 5000.0  # guide: p95 latency > 5 s
    alarm_5xx_rate_percent: float = 1.0  # guide: 5xx rate > 1 %
    alarm_queue_depth: int = 100  # guide: queue depth > 100
    alarm_dlq_messages: int = 0  # guide: any message in a DLQ (alarm when > 0)
    alarm_period_minutes: int = 5
    alarm_evaluation_periods: int = 1
    alarm_notifications: bool = True  # create the SNS topic the alarms publish to
    alarm_email: str = ""  # optional e-mail subscription to that topic
    # A tier whose providers all failed (breakers open, keys refused or resting) with no answer for this long.
    alarm_llm_unavailable_minutes: int = 10
    # The oldest open review item has waited longer than this: reviewers are behind (published every 5 minutes).
    alarm_review_oldest_hours: float = 24.0

    # --- schedules ----------------------------------------------------------------------------
    stuck_task_deadline_minutes: int = 30  # maintenance marks older `processing` tasks failed

    @classmethod
    def from_node(cls, node: Node) -> DeploymentConfig:
        """Read every field from context; CLI ``-c`` values arrive as strings, so coerce."""
        return cls.from_lookup(node.try_get_context)

    @classmethod
    def from_context(cls, context: Mapping[str, Any]) -> DeploymentConfig:
        """From a ``cdk.json``-style context mapping (what the local runtime reads)."""
        return cls.from_lookup(context.get)

    @classmethod
    def from_lookup(cls, lookup: Callable[[str], Any]) -> DeploymentConfig:
        hints = get_type_hints(cls)
        values: dict[str, Any] = {}
        for f in fields(cls):
            raw = lookup(f.name)
            if raw is None:
                continue
            values[f.name] = _coerce(raw, hints[f.name], f.name)
        return cls(**values)

    def capacity_target(self) -> capacity.CapacityTarget:
        return capacity.CapacityTarget(
            target_documents_per_day=self.target_documents_per_day,
            peak_factor=self.peak_factor,
            polls_per_document=self.polls_per_document,
            burst_seconds=self.burst_seconds,
            worker_seconds_per_document=self.worker_seconds_per_document,
        )

    def gateway_limits(self) -> capacity.GatewayLimits:
        return capacity.gateway_limits(
            self.capacity_target(),
            self.usage_plans,
            self.default_usage_plan,
            api_key_required=self.api_key_required,
        )

    def worker_concurrency(self) -> int:
        return capacity.worker_concurrency(self.capacity_target(), self.worker_reserved_concurrency)

    def memory_mb(self, spec: sd.FunctionSpec) -> int:
        return int(self.memory_overrides.get(spec.name, spec.memory_mb))

    def timeout_seconds(self, spec: sd.FunctionSpec) -> int:
        return int(self.timeout_overrides.get(spec.name, spec.timeout_seconds))

    def prefix(self) -> str:
        return f"{self.service_name}-{self.stage}"


def _coerce(raw: Any, kind: Any, name: str) -> Any:
    text = raw if isinstance(raw, str) else None
    if kind is bool:
        if isinstance(raw, bool):
            return raw
        if text is not None and text.lower() in {"true", "false", "1", "0", "yes", "no"}:
            return text.lower() in {"true", "1", "yes"}
    elif kind in (int, float):
        if isinstance(raw, int | float) and not isinstance(raw, bool):
            return kind(raw)
        if text is not None:
            return kind(text)
    elif kind is str:
        return json.dumps(raw) if isinstance(raw, dict | list) else str(raw)  # llm_config as an object in cdk.json
    else:  # tuple[str, ...] or dict[str, int]: JSON on the command line, native in cdk.json
        value = json.loads(text) if text is not None else raw
        origin = getattr(kind, "__origin__", None)
        if origin is tuple and isinstance(value, list | tuple):
            return tuple(str(v) for v in value)
        if origin is dict and isinstance(value, dict):
            inner = kind.__args__[1]
            if inner is int:
                return {str(k): int(v) for k, v in value.items()}
            if all(isinstance(v, dict) for v in value.values()):  # dict[str, dict[str, float]]
                return {str(k): {str(n): float(x) for n, x in v.items()} for k, v in value.items()}
    raise ValueError(f"context {name}={raw!r} is not a valid {kind}")
