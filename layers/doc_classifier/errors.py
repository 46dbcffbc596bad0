"""Errors the core raises for documents it cannot handle.

Every error carries a machine-readable ``code`` and the HTTP status an API
should answer with, so handlers translate them without a lookup table.
"""

from __future__ import annotations


class DocumentError(Exception):
    """Base class: a document that cannot be classified, with a reason a client can act on."""

    code = "document_error"
    http_status = 422

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def to_dict(self) -> dict[str, str]:
        return {"code": self.code, "message": self.message}


class EmptyDocument(DocumentError):
    code = "empty_file"
    http_status = 400


class DocumentTooLarge(DocumentError):
    code = "file_too_large"
    http_status = 413


class UnsupportedMediaType(DocumentError):
    code = "unsupported_media_type"
    http_status = 415


class UnreadableDocument(DocumentError):
    code = "unreadable_document"
    http_status = 415


class EncryptedDocument(DocumentError):
    code = "encrypted"
    http_status = 415


class LimitExceeded(DocumentError):
    """A safety limit tripped: decompression/zip bomb, entity expansion, too many pixels."""

    code = "limit_exceeded"
    http_status = 413


class ProcessingTimeout(DocumentError):
    code = "processing_timeout"
    http_status = 504


class UnknownIndustry(DocumentError):
    code = "unknown_industry"
    http_status = 400
