"""The API's routes on a Powertools ``APIGatewayRestResolver`` with request/response validation."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Annotated

from aws_lambda_powertools import Metrics
from aws_lambda_powertools.event_handler import APIGatewayRestResolver, Response, content_types
from aws_lambda_powertools.event_handler.openapi.params import File, Form, Path, UploadFile
from aws_lambda_powertools.event_handler.openapi.types import OpenAPIResponse

from doc_classifier.errors import UnknownIndustry
from doc_classifier.service.api.errors import error_response, register_error_handlers
from doc_classifier.service.api.models import (
    AsyncAccepted,
    Categories,
    CategorySummary,
    Classification,
    ErrorBody,
    ErrorResponse,
    FeedbackRecorded,
    FeedbackRequest,
    Health,
    HistoryItem,
    Industries,
    IndustrySummary,
    PresignedPost,
    TaskClassification,
    TaskResult,
    UploadRequest,
    UploadTicket,
)
from doc_classifier.service.health import LlmTiersSource, metrics_snapshot, prometheus_text, readiness
from doc_classifier.service.task_service import TaskService
from doc_classifier.service.tasks import Priority, Task, TaskStatus
from doc_classifier.service.telemetry import record_classification

TITLE = "Document classification API"
VERSION = "1.0.0"
PROMETHEUS_CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8"


def _error_doc(*statuses: int) -> dict[int, OpenAPIResponse]:
    descriptions = {
        400: "missing or empty file, unknown industry",
        404: "unknown task",
        409: "conflicting state",
        413: "file too large for this route: use POST /uploads",
        415: "unsupported or unreadable document type (decided from its content)",
        422: "malformed request",
        429: "throttled",
        503: "a backend is unavailable",
    }
    return {
        status: {
            "description": descriptions[status],
            "content": {"application/json": {"model": ErrorResponse}},
        }
        for status in statuses
    }


def build_app(
    service: Callable[[], TaskService], metrics: Metrics, llm_tiers: LlmTiersSource | None = None
) -> APIGatewayRestResolver:
    """The resolver with every route; ``service`` and ``llm_tiers`` are called per request (cached by the caller).

    Without ``llm_tiers`` /ready and /metrics report the local model only.
    """
    app = APIGatewayRestResolver(enable_validation=True)
    app.enable_swagger(path="/swagger", title=TITLE, version=VERSION)
    register_error_handlers(app)

    def base_url() -> str:
        event = app.current_event
        headers = event.headers or {}
        host = headers.get("host") or headers.get("Host") or "localhost"
        scheme = headers.get("x-forwarded-proto") or headers.get("X-Forwarded-Proto") or "https"
        # API Gateway's requestContext.path carries the stage prefix (/prod/...) that event.path lacks.
        full_path = event.request_context.path or event.path
        prefix = full_path[: len(full_path) - len(event.path)] if full_path.endswith(event.path) else ""
        return f"{scheme}://{host}{prefix}"

    def check_url(task_id: str) -> str:
        return f"{base_url()}/classification_result/{task_id}"

    @app.post(
        "/classify_file",
        summary="Classify a document now",
        responses={200: {"description": "the classification"}, **_error_doc(400, 413, 415, 422, 429, 503)},
    )
    def classify_file(
        file: Annotated[UploadFile | None, File(description="the document")] = None,
        industry: Annotated[str | None, Form(description="industry id, default finance")] = None,
    ) -> Classification:
        outcome = service().classify_now(file.content if file is not None else None, industry)
        record_classification(metrics, outcome.result, outcome.cached)
        return Classification.model_validate({**outcome.result, "cached": outcome.cached})

    @app.post(
        "/classify_file_async",
        summary="Queue a document for classification",
        responses={202: {"description": "queued"}, **_error_doc(400, 413, 422, 429, 503)},
    )
    def classify_file_async(
        file: Annotated[UploadFile | None, File(description="the document")] = None,
        industry: Annotated[str | None, Form(description="industry id, default finance")] = None,
        priority: Annotated[Priority, Form(description="high (interactive) or low (bulk)")] = Priority.HIGH,
    ) -> Response[AsyncAccepted]:
        submission = service().submit(file.content if file is not None else None, industry, priority)
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
        responses={201: {"description": "upload ticket"}, **_error_doc(400, 422, 429, 503)},
    )
    def create_upload(request: UploadRequest) -> Response[UploadTicket]:
        ticket = service().create_upload(request.industry, request.priority)
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
        responses={200: {"description": "the task"}, **_error_doc(404, 503)},
    )
    def classification_result(task_id: Annotated[str, Path(max_length=64)]) -> TaskResult:
        return _task_result(service().get_task(task_id))

    @app.post(
        "/classification_result/<task_id>/feedback",
        summary="Record a reviewer's verdict on a result",
        responses={200: {"description": "recorded"}, **_error_doc(400, 404, 409, 422, 503)},
    )
    def feedback(task_id: Annotated[str, Path(max_length=64)], request: FeedbackRequest) -> FeedbackRecorded:
        task = service().add_feedback(task_id, request.correct_class)
        verdict = task.feedback or {}
        return FeedbackRecorded(
            task_id=task.task_id,
            correct_class=request.correct_class,
            predicted_class=(task.result or {}).get("file_class"),
            agreed=bool(verdict.get("agreed")),
        )

    @app.get("/health", summary="Liveness: answers without touching any backend")
    def health() -> Health:
        return Health()

    @app.get("/ready", summary="Readiness: table, queue and bucket reachable", responses=_error_doc(503))
    def ready() -> Response[str]:
        problems, body = readiness(service(), llm_tiers)
        if problems:
            failed = ", ".join(sorted(problems))
            return error_response(503, "not_ready", f"unreachable: {failed}", checks=problems)
        return Response(status_code=200, content_type=content_types.APPLICATION_JSON, body=json.dumps(body))

    @app.get("/industries", summary="Industries and how many categories each has")
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
        responses={200: {"description": "categories"}, **_error_doc(400)},
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
    )
    def service_metrics() -> Response[str]:
        snapshot = metrics_snapshot(service(), llm_tiers)
        accept = (app.current_event.headers or {}).get("accept", "")
        if "text/plain" in accept:
            return Response(status_code=200, content_type=PROMETHEUS_CONTENT_TYPE, body=prometheus_text(snapshot))
        return Response(status_code=200, content_type=content_types.APPLICATION_JSON, body=json.dumps(snapshot))

    @app.get("/openapi.json", include_in_schema=False)
    def openapi_document() -> Response[str]:
        return Response(
            status_code=200,
            content_type=content_types.APPLICATION_JSON,
            body=app.get_openapi_json_schema(title=TITLE, version=VERSION),
        )

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
        created_at=task.created_at,
        updated_at=task.updated_at,
        result=result,
        error=ErrorBody.model_validate(task.error) if task.error else None,
        feedback=task.feedback,
        attempts=task.attempts,
        history=[HistoryItem(at=h.at, status=h.status, note=h.note) for h in task.history],
    )
