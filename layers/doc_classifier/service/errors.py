"""Errors of the service layer; like the core's DocumentError each carries its code and HTTP status."""

from __future__ import annotations

from doc_classifier.errors import DocumentError


class ServiceError(Exception):
    code = "service_error"
    http_status = 500

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def to_dict(self) -> dict[str, str]:
        return {"code": self.code, "message": self.message}


class MissingFile(ServiceError):
    code = "missing_file"
    http_status = 400


class FileTooLargeForSync(ServiceError):
    code = "file_too_large"
    http_status = 413


class UnknownSplitMode(ServiceError):
    code = "unknown_split_mode"
    http_status = 400


class TooManyPagesForSync(ServiceError):
    """A packet longer than the sync route reads within API Gateway's 29 s: the async routes take it."""

    code = "too_many_pages"
    http_status = 413


class TaskNotFound(ServiceError):
    code = "task_not_found"
    http_status = 404


class TaskNotCompleted(ServiceError):
    """Feedback is about a result, so it needs one."""

    code = "task_not_completed"
    http_status = 409


class InvalidFeedback(ServiceError):
    code = "invalid_feedback"
    http_status = 400


class PoisonMessage(ServiceError):
    """A queue message the worker can never process; raised so that it ends in the DLQ."""

    code = "poison_message"
    http_status = 500


class FeedbackExists(ServiceError):
    """One verdict per task keeps the agreement rate a plain count."""

    code = "feedback_exists"
    http_status = 409


class DocumentMissing(DocumentError):
    """The task's bytes are not in the bucket (upload never finished, or the object was removed)."""

    code = "document_missing"
    http_status = 422


class ResultTooLarge(DocumentError):
    """The document's result is larger than a task stores (``task_results``): storing it would fail on every
    retry, so the task fails at once with this code. Only ever a task's error, never an HTTP answer."""

    code = "result_too_large"
    http_status = 413


# Requests broken at the HTTP level: refused before any route runs, never guessed around.
class UnsupportedContentType(ServiceError):
    code = "unsupported_content_type"
    http_status = 415


class MalformedMultipart(ServiceError):
    code = "malformed_multipart"
    http_status = 400


class MalformedJson(ServiceError):
    code = "malformed_json"
    http_status = 400


class DuplicateField(ServiceError):
    """A field sent twice: taking either value would be a guess."""

    code = "duplicate_field"
    http_status = 400


class UnknownField(ServiceError):
    """A form field the route does not take (often a misspelt one, whose value would be silently lost)."""

    code = "unknown_field"
    http_status = 400


class BodyTooLarge(ServiceError):
    code = "body_too_large"
    http_status = 413


# The review queue (GET /reviews and the preview).
class InvalidReviewStatus(ServiceError):
    code = "invalid_review_status"
    http_status = 400


class InvalidLimit(ServiceError):
    code = "invalid_limit"
    http_status = 400


class InvalidCursor(ServiceError):
    """Not a cursor this listing handed out (altered, truncated, or from another status or industry)."""

    code = "invalid_cursor"
    http_status = 400


class NotInReview(ServiceError):
    """Previews exist for reviewers only: a task's document is kept only while its review is open."""

    code = "not_in_review"
    http_status = 409


class PreviewExpired(ServiceError):
    """The review outlived the retention of its document (REVIEW_RETENTION_DAYS, the bucket's lifecycle rule)."""

    code = "preview_expired"
    http_status = 410


class PreviewUnavailable(ServiceError):
    code = "preview_unavailable"
    http_status = 404
