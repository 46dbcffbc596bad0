"""The one definition of the service's functions, routes and event sources.

Both the CDK app (``infra/``) and the local runtime (``make run``) read this
module, so the API served on a laptop and the one deployed to AWS cannot
drift; ``tests/infrastructure`` proves the synthesized template matches it.
Changing a route or an event source is a change here and nowhere else.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from doc_classifier.service import messages
from doc_classifier.service.aws import dynamodb

HttpMethod = Literal["GET", "POST", "PUT", "DELETE"]


@dataclass(frozen=True)
class FunctionSpec:
    name: str  # logical name, also the folder under functions/
    handler: str  # "module.function" inside functions/<name>/
    memory_mb: int
    timeout_seconds: int
    description: str


@dataclass(frozen=True)
class RouteSpec:
    method: HttpMethod
    path: str  # API Gateway style: /classification_result/{task_id}
    function: str
    upload: bool = False  # carries a document: gets the tighter upload throttle
    public: bool = False  # served without an API key (health checks cannot send one)


@dataclass(frozen=True)
class QueueSourceSpec:
    """An SQS queue whose batches are delivered to a function."""

    queue: str  # logical queue name: "high" or "low"
    function: str
    batch_size: int = 5
    max_batching_window_seconds: int = 1


@dataclass(frozen=True)
class ScheduleSpec:
    function: str
    rate_minutes: int


API = FunctionSpec("api", "handler.handler", 1769, 29, "REST API: sync classify, async submit, results")
WORKER = FunctionSpec("worker", "handler.handler", 1769, 120, "Classifies queued documents")
ROTATION = FunctionSpec("rotation", "handler.handler", 256, 60, "Rotates the LLM provider keys secret")
MAINTENANCE = FunctionSpec("maintenance", "handler.handler", 256, 60, "Queue metrics and stuck-task sweeper")

FUNCTIONS: tuple[FunctionSpec, ...] = (API, WORKER, ROTATION, MAINTENANCE)

ROUTES: tuple[RouteSpec, ...] = (
    RouteSpec("POST", "/classify_file", "api", upload=True),
    RouteSpec("POST", "/classify_file_async", "api", upload=True),
    RouteSpec("POST", "/uploads", "api", upload=True),
    RouteSpec("GET", "/classification_result/{task_id}", "api"),
    RouteSpec("POST", "/classification_result/{task_id}/feedback", "api"),
    RouteSpec("GET", "/health", "api", public=True),
    RouteSpec("GET", "/ready", "api"),
    RouteSpec("GET", "/industries", "api"),
    RouteSpec("GET", "/categories/{industry}", "api"),
    RouteSpec("GET", "/metrics", "api"),
    RouteSpec("GET", "/openapi.json", "api"),
    RouteSpec("GET", "/swagger", "api"),
)

QUEUE_SOURCES: tuple[QueueSourceSpec, ...] = (
    QueueSourceSpec("high", "worker"),
    QueueSourceSpec("low", "worker"),
)

# Uploads to the bucket under this prefix are announced to this queue (S3 ObjectCreated).
UPLOAD_PREFIX = messages.UPLOAD_PREFIX  # the worker refuses notifications for any other key
UPLOAD_NOTIFICATION_QUEUE = "low"

SCHEDULES: tuple[ScheduleSpec, ...] = (ScheduleSpec("maintenance", 5),)


@dataclass(frozen=True)
class GatewayLimits:
    """API Gateway stage throttling (the guide's nginx limits); CDK context keys of the same names override."""

    api_rate_limit: float = 10.0  # requests/s, stage default (nginx `rate=10r/s`)
    api_burst_limit: int = 20  # nginx `burst=20`
    upload_rate_limit: float = 2.0  # routes with upload=True
    upload_burst_limit: int = 4
    api_key_required: bool = True  # in the cloud; the local runtime checks keys only when given some


GATEWAY_LIMITS = GatewayLimits()

# Storage schema the DynamoDB adapters (doc_classifier.service.aws) rely on, shared by the CDK
# app and the local runtime's bootstrap. The counters item lives in the cache table.
TASKS_PARTITION_KEY = "task_id"
CACHE_PARTITION_KEY = "cache_key"
TTL_ATTRIBUTE = "expires_at"
# GSI on the tasks table: partition "status" (S), sort "created_at" (N), projection ALL.
# Counts by status for /metrics, and the sweeper's query for stuck tasks, read it.
TASKS_STATUS_INDEX = dynamodb.STATUS_INDEX
TASKS_STATUS_INDEX_KEYS = ("status", "created_at")
