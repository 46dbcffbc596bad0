"""Every failure becomes ``{"error": {"code", "message"}}`` with its HTTP status."""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from typing import Any

from aws_lambda_powertools.event_handler import APIGatewayRestResolver, Response, content_types
from aws_lambda_powertools.event_handler.openapi.exceptions import RequestValidationError
from botocore.exceptions import BotoCoreError, ClientError

from doc_classifier.errors import DocumentError
from doc_classifier.service.errors import ServiceError

logger = logging.getLogger(__name__)

_THROTTLING_CODES = {
    "ThrottlingException",
    "ProvisionedThroughputExceededException",
    "RequestLimitExceeded",
    "SlowDown",
}


def error_response(status: int, code: str, message: str, **extra: Any) -> Response[str]:
    body: dict[str, Any] = {"error": {"code": code, "message": message, **extra}}
    return Response(status_code=status, content_type=content_types.APPLICATION_JSON, body=json.dumps(body))


def _describe_validation(errors: list[dict[str, Any]]) -> str:
    parts = []
    for error in errors[:5]:
        where = ".".join(str(part) for part in error.get("loc", ()) if part != "body") or "body"
        parts.append(f"{where}: {error.get('msg', 'invalid')}")
    return "; ".join(parts) or "malformed request"


def register_error_handlers(app: APIGatewayRestResolver) -> None:
    # Powertools' exception_handler decorator is untyped; registering by call keeps mypy strict.
    def document_error(exc: DocumentError) -> Response[str]:
        return error_response(exc.http_status, exc.code, exc.message)

    def service_error(exc: ServiceError) -> Response[str]:
        return error_response(exc.http_status, exc.code, exc.message)

    def malformed_request(exc: RequestValidationError) -> Response[str]:
        return error_response(422, "malformed_request", _describe_validation(list(exc.errors())))

    def aws_error(exc: ClientError) -> Response[str]:
        code = exc.response.get("Error", {}).get("Code", "")
        logger.warning("backend call failed", extra={"aws_error_code": code})
        if code in _THROTTLING_CODES:
            return error_response(429, "throttled", "the service is busy; retry with backoff")
        return error_response(503, "backend_unavailable", f"a backend refused the request ({code})")

    def aws_unreachable(exc: BotoCoreError) -> Response[str]:
        logger.warning("backend unreachable", extra={"error_type": type(exc).__name__})
        return error_response(503, "backend_unavailable", "a backend is unreachable; retry later")

    @app.not_found
    def route_not_found(_exc: Exception) -> Response[str]:
        return error_response(404, "not_found", f"no route {app.current_event.http_method} {app.current_event.path}")

    def unexpected(exc: Exception) -> Response[str]:
        # Logged with the stack for operators; the client only learns that it was our fault.
        logger.exception("unhandled error", extra={"error_type": type(exc).__name__})
        return error_response(500, "internal_error", "internal error")

    handlers: list[tuple[type[Exception], Callable[[Any], Response[str]]]] = [
        (DocumentError, document_error),
        (ServiceError, service_error),
        (RequestValidationError, malformed_request),
        (ClientError, aws_error),
        (BotoCoreError, aws_unreachable),
        (Exception, unexpected),
    ]
    for exc_class, handler in handlers:
        app.exception_handler(exc_class)(handler)
