"""The API's routes on a Powertools ``APIGatewayRestResolver`` with request/response validation."""

from __future__ import annotations

import base64
import json
from collections.abc import Callable
from typing import Annotated

from aws_lambda_powertools import Metrics
from aws_lambda_powertools.event_handler import APIGatewayRestResolver, Response, content_types
from aws_lambda_powertools.event_handler.openapi.params import File, Form, Path, Query, UploadFile

from doc_classifier.errors import UnknownIndustry
from doc_classifier.service.api import console, docs, request_body
from doc_classifier.service.api.accept import prefers
from doc_classifier.service.api.error_catalogue import error_responses
from doc_classifier.service.api.errors import error_response, register_error_handlers
from doc_classifier.service.api.models import (
    INDUSTRY_DESCRIPTION,
    SPLIT_DESCRIPTION,
    AsyncAccepted,
    Categories,
    CategorySummary,
    ErrorBody,
    FeedbackRecorded,
    FeedbackRequest,
    Health,
    HistoryItem,
    Industries,
    IndustrySummary,
    PresignedPost,
    ReviewItem,
    ReviewList,
    ReviewState,
    SyncClassification,
    TaskClassification,
    TaskResult,
    UploadRequest,
    UploadTicket,
)
from doc_classifier.service.health import LlmTiersSource, metrics_snapshot, prometheus_text, readiness
from doc_classifier.service.task_service import TaskService
from doc_classifier.service.tasks import Priority, Task, TaskStatus
from doc_classifier.service.telemetry import record_classification

PROMETHEUS_CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8"
PNG = "image/png"
# Who gave a verdict when the request names nobody and API Gateway knows no key (make run without keys).
ANONYMOUS = "anonymous"


# Task ids are uuid4 hex; anything outside this alphabet cannot name a task and is refused before a lookup.
TaskId = Annotated[str, Path(pattern=r"^[A-Za-z0-9_-]{1,64}$", description="as returned when the task was created")]
IndustryField = Annotated[str | None, Form(max_length=64, description=INDUSTRY_DESCRIPTION)]
FileField = Annotated[UploadFile | None, File(description="the document (a filename is optional)")]
# A plain string checked by the service, so that a wrong value is a 400 naming the valid ones (as industry is).
SplitField = Annotated[str | None, Form(max_length=32, description=SPLIT_DESCRIPTION)]
# Codes every route that reads a body can answer with, besides its own.
# Routes that carry a document also meet API Gateway's payload limit (too_large).
FORM_ERRORS = ("too_large", "malformed_multipart", "duplicate_field", "unknown_field", "unsupported_content_type")
JSON_ERRORS = ("malformed_json", "duplicate_field", "body_too_large", "unsupported_content_type")
BACKEND_ERRORS = ("throttled", "backend_unavailable")


def build_app(
    service: Callable[[], TaskService], metrics: Metrics, llm_tiers: LlmTiersSource | None = None
) -> APIGatewayRestResolver:
    """The resolver with every route; ``service`` and ``llm_tiers`` are called per request (cached by the caller).

    Without ``llm_tiers`` /ready and /metrics report the local model only.
    """
    app = APIGatewayRestResolver(enable_validation=True)
    request_body.install(app, lambda: service().settings)
    register_error_handlers(app)

    def base_path() -> str:
        # API Gateway's requestContext.path carries the stage prefix (/prod/...) that event.path lacks.
        event = app.current_event
        full_path = event.request_context.path or event.path
        return full_path[: len(full_path) - len(event.path)] if full_path.endswith(event.path) else ""

    def base_url() -> str:
        headers = app.current_event.headers or {}
        host = headers.get("host") or headers.get("Host") or "localhost"
        scheme = headers.get("x-forwarded-proto") or headers.get("X-Forwarded-Proto") or "https"
        return f"{scheme}://{host}{base_path()}"

    def check_url(task_id: str) -> str:
        return f"{base_url()}/classification_result/{task_id}"

    @app.post(
        "/classify_file",
        summary="Classify a document now",
        responses={
            200: {"description": "the classification"},
            **error_responses(
                "missing_file",
                "empty_file",
                "unknown_industry",
                "unknown_split_mode",
                *FORM_ERRORS,
                "file_too_large",
                "too_many_pages",
                "limit_exceeded",
                "unsupported_media_type",
                "unreadable_document",
                "encrypted",
                "malformed_request",
                "processing_timeout",
                *BACKEND_ERRORS,
            ),
        },
    )
    def classify_file(
        file: FileField = None, industry: IndustryField = None, split: SplitField = None
    ) -> SyncClassification:
        outcome = service().classify_now(file.content if file is not None else None, industry, split)
        record_classification(metrics, outcome.result, outcome.cached)
        return SyncClassification.model_validate(
            {**outcome.result, "cached": outcome.cached, "review_task_id": outcome.review_task_id}
        )

    @app.post(
        "/classify_file_async",
        summary="Queue a document for classification",
        responses={
            202: {"description": "queued"},
            **error_responses(
                "missing_file",
                "empty_file",
                "unknown_industry",
                "unknown_split_mode",
                *FORM_ERRORS,
                "file_too_large",
                "malformed_request",
                *BACKEND_ERRORS,
            ),
        },
    )
    def classify_file_async(
        file: FileField = None,
        industry: IndustryField = None,
        priority: Annotated[Priority, Form(description="high (interactive) or low (bulk)")] = Priority.HIGH,
        split: SplitField = None,
    ) -> Response[AsyncAccepted]:
        submission = service().submit(file.content if file is not None else None, industry, priority, split)
        body = AsyncAccepted(
            task_id=submission.task.task_id,
            estimated_time=submission.estimated_time,
            check_url=check_url(submission.task.task_id),
            priority=priority,
        )
        return Response(status_code=202, content_type=content_types.APPLICATION_JSON, body=body)

    @app.post(
        "/uploads",
        summary="Get a presigned S3 POST for a large document",
        responses={
            201: {"description": "upload ticket"},
            **error_responses(
                "unknown_industry",
                "unknown_split_mode",
                "too_large",
                *JSON_ERRORS,
                "malformed_request",
                *BACKEND_ERRORS,
            ),
        },
    )
    def create_upload(request: UploadRequest) -> Response[UploadTicket]:
        ticket = service().create_upload(request.industry, request.priority, request.split)
        upload = ticket.upload
        body = UploadTicket(
            task_id=ticket.task.task_id,
            status=ticket.task.status,
            check_url=check_url(ticket.task.task_id),
            upload=PresignedPost(
                url=upload.url, fields=upload.fields, expires_in=upload.expires_in, max_bytes=upload.max_bytes
            ),
        )
        return Response(status_code=201, content_type=content_types.APPLICATION_JSON, body=body)

    @app.get(
        "/classification_result/<task_id>",
        summary="A task's status and result",
        responses={
            200: {"description": "the task"},
            **error_responses("malformed_request", "task_not_found", *BACKEND_ERRORS),
        },
    )
    def classification_result(task_id: TaskId) -> TaskResult:
        return _task_result(service().get_task(task_id))

    @app.post(
        "/classification_result/<task_id>/feedback",
        summary="Record a reviewer's verdict on a result",
        responses={
            200: {"description": "recorded"},
            **error_responses(
                "invalid_feedback",
                *JSON_ERRORS,
                "malformed_request",
                "task_not_found",
                "task_not_completed",
                "feedback_exists",
                *BACKEND_ERRORS,
            ),
        },
    )
    def feedback(task_id: TaskId, request: FeedbackRequest) -> FeedbackRecorded:
        # API Gateway names the key that was checked; the local gateway without keys has none.
        key_id = app.current_event.request_context.identity.api_key_id
        reviewer = request.reviewer or key_id or ANONYMOUS
        documents = None if request.documents is None else [(d.pages, d.correct_class) for d in request.documents]
        task = service().add_feedback(task_id, request.correct_class, reviewer, documents)
        verdict = task.feedback or {}
        return FeedbackRecorded(
            task_id=task.task_id,
            correct_class=verdict["correct_class"],
            predicted_class=(task.result or {}).get("file_class"),
            agreed=bool(verdict.get("agreed")),
            reviewer=reviewer,
            documents=verdict.get("documents"),
        )

    @app.get(
        "/reviews",
        summary="The review queue: results a person should check, open ones oldest first",
        responses={
            200: {"description": "one page of review items"},
            **error_responses(
                "invalid_review_status",
                "unknown_industry",
                "invalid_limit",
                "invalid_cursor",
                "malformed_request",
                *BACKEND_ERRORS,
            ),
        },
    )
    def reviews(
        status: Annotated[str | None, Query(description="open (default) or closed (newest first)")] = None,
        industry: Annotated[str | None, Query(description="only this industry's items (an id, or auto)")] = None,
        limit: Annotated[str | None, Query(description="items per page, 1 to 100, default 20")] = None,
        cursor: Annotated[str | None, Query(description="next_cursor of the previous page")] = None,
    ) -> ReviewList:
        page = service().review.page(status, industry, limit, cursor)
        return ReviewList(items=[ReviewItem.model_validate(item) for item in page.items], next_cursor=page.next_cursor)

    @app.get(
        "/classification_result/<task_id>/preview",
        summary="The first page of a document in review, as a small PNG (send Accept: image/png)",
        responses={
            200: {
                "description": "the first page (PDF), the image, or the start of the text (other formats)",
                "content": {PNG: {"schema": {"type": "string", "format": "binary"}}},
            },
            **error_responses(
                "malformed_request",
                "task_not_found",
                "preview_unavailable",
                "not_in_review",
                "preview_expired",
                *BACKEND_ERRORS,
            ),
        },
    )
    def preview(task_id: TaskId) -> Response[str]:
        image = service().review.preview(task_id)
        # Validation serializes a route's declared body as text, so the PNG leaves as base64 text flagged
        # isBase64Encoded: API Gateway (image/png is a binary media type; clients send Accept: image/png) and
        # the local gateway decode it. A document's picture is kept by no cache.
        body = base64.b64encode(image).decode("ascii")
        response = Response(status_code=200, content_type=PNG, body=body, headers={"Cache-Control": "no-store"})
        response.base64_encoded = True
        return response

    # An empty security list overrides the API-wide key requirement (Powertools drops a plain ``security=[]``).
    @app.get("/health", summary="Liveness: answers without touching any backend", openapi_extensions={"security": []})
    def health() -> Health:
        return Health()

    @app.get(
        "/ready",
        summary="Readiness: table, queue and bucket reachable",
        responses={
            200: {
                "description": "ready; `llm` reports the LLM tier (degraded or not, never failing readiness)",
                "content": {
                    "application/json": {
                        "schema": {
                            "type": "object",
                            "properties": {"status": {"const": "ready"}, "llm": {"type": "object"}},
                            "required": ["status", "llm"],
                        }
                    }
                },
            },
            **error_responses("not_ready"),
        },
    )
    def ready() -> Response[str]:
        problems, body = readiness(service(), llm_tiers)
        if problems:
            failed = ", ".join(sorted(problems))
            return error_response(503, "not_ready", f"unreachable: {failed}", checks=problems)
        return Response(status_code=200, content_type=content_types.APPLICATION_JSON, body=json.dumps(body))

    @app.get(
        "/industries",
        summary="Industries and how many categories each has",
        responses={200: {"description": "industries"}, **error_responses()},
    )
    def industries() -> Industries:
        svc = service()
        return Industries(
            default=svc.default_industry,
            industries=[
                IndustrySummary(id=i.id, name=i.name, description=i.description, categories=len(i.categories))
                for i in svc.taxonomy.industries.values()
            ],
        )

    @app.get(
        "/categories/<industry>",
        summary="The categories of one industry",
        responses={200: {"description": "categories"}, **error_responses("unknown_industry")},
    )
    def categories(industry: Annotated[str, Path(max_length=64)]) -> Categories:
        taxonomy = service().taxonomy
        chosen = taxonomy.industries.get(industry.strip().lower())
        if chosen is None:
            valid = ", ".join(taxonomy.industry_ids)
            raise UnknownIndustry(f"unknown industry {industry!r}; valid industries: {valid}")
        return Categories(
            industry=chosen.id,
            categories=[CategorySummary(id=c.id, name=c.name, description=c.description) for c in chosen.categories],
        )

    @app.get(
        "/metrics",
        summary="Queue, cache, task and feedback numbers; Prometheus text with Accept: text/plain",
        responses={
            200: {
                "description": "the numbers: a JSON object, or Prometheus text exposition",
                "content": {
                    "application/json": {"schema": {"type": "object"}},
                    "text/plain": {"schema": {"type": "string"}},
                },
            },
            **error_responses(*BACKEND_ERRORS),
        },
    )
    def service_metrics() -> Response[str]:
        snapshot = metrics_snapshot(service(), llm_tiers)
        accept = app.current_event.headers.get("accept") or ""
        if prefers(accept, "text/plain", content_types.APPLICATION_JSON):
            return Response(status_code=200, content_type=PROMETHEUS_CONTENT_TYPE, body=prometheus_text(snapshot))
        return Response(status_code=200, content_type=content_types.APPLICATION_JSON, body=json.dumps(snapshot))

    console.register(app, service)

    @app.get("/openapi.json", include_in_schema=False)
    def openapi_document() -> Response[str]:
        return docs.openapi_document(app)

    @app.get("/swagger", include_in_schema=False)
    def swagger_page() -> Response[str]:
        return docs.swagger_page(app, base_path(), app.current_event.query_string_parameters or {})

    return app


def _task_result(task: Task) -> TaskResult:
    result = None
    if task.status is TaskStatus.COMPLETED and task.result is not None:
        result = TaskClassification.model_validate(
            {**task.result, "cached": task.cached, "processing_time": task.processing_time}
        )
    return TaskResult(
        task_id=task.task_id,
        status=task.status,
        industry=task.industry,
        priority=task.priority,
        split=task.split,
        created_at=task.created_at,
        updated_at=task.updated_at,
        result=result,
        error=ErrorBody.model_validate(task.error) if task.error else None,
        feedback=task.feedback,
        review=_review_state(task),
        attempts=task.attempts,
        history=[HistoryItem(at=h.at, status=h.status, note=h.note) for h in task.history],
    )


def _review_state(task: Task) -> ReviewState | None:
    if task.review is None:
        return None
    review = task.review
    state = {"status": review.status, "reason": review.reason, "entered_at": review.entered_at}
    return ReviewState.model_validate(state)
