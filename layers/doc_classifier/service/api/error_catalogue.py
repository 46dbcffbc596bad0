"""Every error code the API answers with, its HTTP status and meaning; the OpenAPI responses come from here."""

from __future__ import annotations

from aws_lambda_powertools.event_handler.openapi.types import OpenAPIResponse

from doc_classifier.service.api.models import ErrorResponse

ERRORS: dict[str, tuple[int, str]] = {
    "missing_file": (400, "no `file` part"),
    "empty_file": (400, "the file is empty"),
    "unknown_industry": (400, "not one of GET /industries (the message lists them)"),
    "invalid_feedback": (400, "not a category of the task's industry"),
    "invalid_review_status": (400, "status is not open or closed"),
    "invalid_limit": (400, "limit is not a whole number from 1 to 100"),
    "invalid_cursor": (400, "not a cursor of this listing (altered, or from another status or industry)"),
    "malformed_multipart": (
        400,
        "broken multipart/form-data: no or invalid boundary, no closing boundary, a part without "
        "`Content-Disposition: form-data` and a name, part headers or a text field not UTF-8, CRLF missing",
    ),
    "duplicate_field": (400, "a form field or JSON key sent more than once"),
    "unknown_field": (400, "a form field the route does not take"),
    "malformed_json": (400, "not UTF-8 JSON, empty, NaN/Infinity, an unpaired surrogate, or nested too deep"),
    "forbidden": (403, "missing or invalid API key: send one `x-api-key` header (API Gateway's answer)"),
    "task_not_found": (404, "no such task"),
    "preview_unavailable": (404, "no page image can be made of this document (damaged, encrypted, over a limit)"),
    "task_not_completed": (409, "the task has no result yet"),
    "feedback_exists": (409, "the task already has feedback"),
    "not_in_review": (409, "the task is not waiting for review: its document is not kept"),
    "preview_expired": (410, "the review outlived its document's retention (REVIEW_RETENTION_DAYS)"),
    "too_large": (413, "request over API Gateway's 10 MB payload limit: use POST /uploads"),
    "file_too_large": (413, "file too large for this route: use POST /uploads"),
    "limit_exceeded": (413, "a safety limit tripped: decompression or zip bomb, too many pixels"),
    "body_too_large": (413, "the JSON body is larger than JSON_BODY_MAX_BYTES"),
    "unsupported_content_type": (415, "the request's Content-Type is not the one this route takes (or is missing)"),
    "unsupported_media_type": (415, "the document's type, decided from its bytes, is not supported"),
    "unreadable_document": (415, "a corrupt file of a supported type"),
    "encrypted": (415, "a PDF that needs a password"),
    "malformed_request": (422, "a field fails validation (type, length, pattern, extra field)"),
    "throttled": (429, "throttled: retry with backoff"),
    "quota_exceeded": (429, "the API key's daily quota is used up (API Gateway's answer)"),
    "not_ready": (503, "a backend is unreachable"),
    "backend_unavailable": (503, "a backend is unavailable: retry later"),
    "processing_timeout": (504, "the document took longer than DOC_TIMEOUT_SECONDS"),
}


# API Gateway's own answers on every route that needs a key (its Gateway Responses, infra/service_definition.py).
GATEWAY_ERRORS = ("forbidden", "throttled", "quota_exceeded")


def error_responses(*codes: str) -> dict[int, OpenAPIResponse]:
    """OpenAPI responses for these codes and the gateway's, one per status, each naming its codes."""
    by_status: dict[int, list[str]] = {}
    for code in dict.fromkeys((*codes, *GATEWAY_ERRORS)):
        status, meaning = ERRORS[code]
        by_status.setdefault(status, []).append(f"`{code}`: {meaning}")
    return {
        status: {"description": "; ".join(lines), "content": {"application/json": {"model": ErrorResponse}}}
        for status, lines in sorted(by_status.items())
    }
