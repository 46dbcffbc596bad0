"""The one definition of the service's functions, routes and event sources.

Both the CDK app (``infra/``) and the local runtime (``make run``) read this
module, so the API served on a laptop and the one deployed to AWS cannot
drift; ``tests/infrastructure`` proves the synthesized template matches it.
Changing a route or an event source is a change here and nowhere else.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

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
    public: bool = False  # served without an API key (health checks and a browser opening a page send none)


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
    RouteSpec("GET", "/classification_result/{task_id}/preview", "api"),
    RouteSpec("GET", "/reviews", "api"),
    RouteSpec("GET", "/health", "api", public=True),
    RouteSpec("GET", "/ready", "api"),
    RouteSpec("GET", "/industries", "api"),
    RouteSpec("GET", "/categories/{industry}", "api"),
    RouteSpec("GET", "/metrics", "api"),
    RouteSpec("GET", "/openapi.json", "api"),
    RouteSpec("GET", "/swagger", "api"),
    # The review console's page and files: a browser opening a URL sends no key (the page asks for one).
    RouteSpec("GET", "/console", "api", public=True),
    RouteSpec("GET", "/console/{asset}", "api", public=True),
)

QUEUE_SOURCES: tuple[QueueSourceSpec, ...] = (
    QueueSourceSpec("high", "worker"),
    QueueSourceSpec("low", "worker"),
)

# Uploads to the bucket under this prefix are announced to this queue (S3 ObjectCreated).
UPLOAD_PREFIX = messages.UPLOAD_PREFIX  # the worker refuses notifications for any other key
UPLOAD_NOTIFICATION_QUEUE = "low"
# The upload bucket's CORS rule (origins: the deployment's cors_allowed_origins): browsers, the console
# among them, POST the presigned form straight to the bucket, with upload progress (so a preflight).
UPLOAD_CORS_METHODS: tuple[HttpMethod, ...] = ("POST", "PUT")
UPLOAD_CORS_MAX_AGE_SECONDS = 3000
# Documents sent to /classify_file_async too large to travel in their queue message wait here for the worker.
INLINE_PREFIX = messages.INLINE_PREFIX
# Documents of tasks in review are kept under this prefix until the verdict; a lifecycle rule expires the rest.
REVIEW_PREFIX = messages.REVIEW_PREFIX
# A packet the worker reads across invocations keeps the pages read so far here until its task ends.
PROGRESS_PREFIX = messages.PROGRESS_PREFIX

SCHEDULES: tuple[ScheduleSpec, ...] = (ScheduleSpec("maintenance", 5),)


# Storage schema the DynamoDB adapters (doc_classifier.service.aws) rely on, shared by the CDK
# app and the local runtime's bootstrap. The counters item lives in the cache table.
TASKS_PARTITION_KEY = "task_id"
CACHE_PARTITION_KEY = "cache_key"
TTL_ATTRIBUTE = "expires_at"
# GSI on the tasks table: partition "status" (S), sort "created_at" (N), projection ALL.
# Counts by status for /metrics, and the sweeper's query for stuck tasks, read it.
TASKS_STATUS_INDEX = dynamodb.STATUS_INDEX
TASKS_STATUS_INDEX_KEYS = ("status", "created_at")
# The review queue's two sparse GSIs (projection ALL; only tasks in review carry their keys): all open or
# closed items, and one industry's, both by entry time. GET /reviews reads one, never scans.
TASKS_REVIEW_INDEXES: dict[str, tuple[str, str]] = {
    dynamodb.REVIEW_INDEX: (dynamodb.REVIEW_STATUS, dynamodb.REVIEW_ENTERED_AT),
    dynamodb.REVIEW_INDUSTRY_INDEX: (dynamodb.REVIEW_QUEUE, dynamodb.REVIEW_ENTERED_AT),
}


@dataclass(frozen=True)
class GatewayResponse:
    """One of API Gateway's own answers (never the handler's), as deployed and as ``make run`` serves it.

    The body carries both API Gateway's ``message`` (what clients of any REST API read) and the service's
    ``error`` object (what this service's clients read): ``{"message": ..., "error": {"code", "message"}}``.
    """

    response_type: str | None  # the Gateway Response type; None: API Gateway's front end answers, not customisable
    status: int | None  # None: the DEFAULT_* types keep the status of the error they stand in for
    gateway_message: str  # API Gateway's own text
    code: str
    message: str

    def body(self, *, gateway_message: str | None = None, message: str | None = None) -> dict[str, Any]:
        return {
            "message": gateway_message or self.gateway_message,
            "error": {"code": self.code, "message": message or self.message},
        }


# API Gateway's request limits (its quotas page); the local gateway enforces the same.
MAX_PAYLOAD_BYTES = 10 * 1024 * 1024
MAX_URL_CHARS = 8192
MAX_REQUEST_LINE_AND_HEADERS_BYTES = 10240
# API Gateway's messages contain no double quote, so $context.error.message may sit inside a JSON string.
_CONTEXT_MESSAGE = "$context.error.message"
MISSING_AUTHENTICATION_TOKEN = GatewayResponse(
    "MISSING_AUTHENTICATION_TOKEN",  # what a REST API answers for an unknown path or method
    403,
    "Missing Authentication Token",
    "route_not_found",
    "No such method and path: see GET /openapi.json",
)
INVALID_API_KEY = GatewayResponse(
    "INVALID_API_KEY", 403, "Forbidden", "forbidden", "Missing or invalid API key (send one x-api-key header)"
)
THROTTLED = GatewayResponse(
    "THROTTLED", 429, "Too Many Requests", "throttled", "Too many requests: slow down and retry"
)
QUOTA_EXCEEDED = GatewayResponse(
    "QUOTA_EXCEEDED", 429, "Limit Exceeded", "quota_exceeded", "Daily quota of this API key used up"
)
BAD_REQUEST_BODY = GatewayResponse(
    "BAD_REQUEST_BODY", 422, "Invalid request body", "malformed_request", "$context.error.validationErrorString"
)
REQUEST_TOO_LARGE = GatewayResponse(
    "REQUEST_TOO_LARGE",
    413,
    "Request Too Long",
    "too_large",
    "Request over API Gateway's 10 MB payload limit: use POST /uploads",
)
INTEGRATION_FAILURE = GatewayResponse(
    "INTEGRATION_FAILURE", 502, "Internal server error", "bad_gateway", "The API function failed"
)
INTEGRATION_TIMEOUT = GatewayResponse(
    "INTEGRATION_TIMEOUT",
    504,
    "Endpoint request timed out",
    "gateway_timeout",
    "The API function did not answer in time",
)
DEFAULT_4XX = GatewayResponse("DEFAULT_4XX", None, _CONTEXT_MESSAGE, "bad_request", _CONTEXT_MESSAGE)
DEFAULT_5XX = GatewayResponse("DEFAULT_5XX", None, _CONTEXT_MESSAGE, "gateway_error", _CONTEXT_MESSAGE)
URI_TOO_LONG = GatewayResponse(
    None, 414, "Request-URI Too Long", "uri_too_long", f"URL over {MAX_URL_CHARS} characters"
)
HEADERS_TOO_LARGE = GatewayResponse(
    None,
    431,
    "Request Header Fields Too Large",
    "headers_too_large",
    f"Request line and headers over {MAX_REQUEST_LINE_AND_HEADERS_BYTES} bytes",
)

GATEWAY_RESPONSES: tuple[GatewayResponse, ...] = (
    MISSING_AUTHENTICATION_TOKEN,
    INVALID_API_KEY,
    THROTTLED,
    QUOTA_EXCEEDED,
    BAD_REQUEST_BODY,
    REQUEST_TOO_LARGE,
    INTEGRATION_FAILURE,
    INTEGRATION_TIMEOUT,
    DEFAULT_4XX,
    DEFAULT_5XX,
    URI_TOO_LONG,
    HEADERS_TOO_LARGE,
)
