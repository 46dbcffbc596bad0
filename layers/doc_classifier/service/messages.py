"""What a work-queue message asks for: the task ids it names, and the document when it travels along.

Two shapes arrive on the queues: our own ``{"task_id": ...}`` for documents
sent through the API (with ``"document"``, base64, when it is small enough to
ride in the message instead of the bucket), and S3 ObjectCreated notifications
for presigned uploads (whose key is ``uploads/<task_id>``). Anything else is poison.
"""

from __future__ import annotations

import base64
import binascii
import json
from dataclasses import dataclass
from typing import Any
from urllib.parse import unquote_plus

from doc_classifier.service.errors import PoisonMessage

UPLOAD_PREFIX = "uploads/"
INLINE_PREFIX = "inline/"
# A task in review keeps its document here until the verdict (an S3 lifecycle rule expires what is left).
REVIEW_PREFIX = "review/"


def upload_key(task_id: str) -> str:
    return f"{UPLOAD_PREFIX}{task_id}"


def inline_key(task_id: str) -> str:
    return f"{INLINE_PREFIX}{task_id}"


def review_key(task_id: str) -> str:
    return f"{REVIEW_PREFIX}{task_id}"


def task_message(task_id: str, priority: str, document: bytes | None = None) -> dict[str, Any]:
    # The priority travels with the message so a DLQ redrive knows which queue it came from.
    message: dict[str, Any] = {"task_id": task_id, "priority": priority}
    if document is not None:
        message["document"] = base64.b64encode(document).decode("ascii")
    return message


@dataclass(frozen=True)
class Work:
    task_id: str
    document: bytes | None = None  # the bytes, when they came in the message


def work_of(body: str) -> list[Work]:
    """The tasks a message body refers to; an S3 test event refers to none."""
    try:
        parsed = json.loads(body)
    except (json.JSONDecodeError, TypeError) as exc:
        raise PoisonMessage("message body is not JSON") from exc
    if not isinstance(parsed, dict):
        raise PoisonMessage("message body is not a JSON object")
    if isinstance(parsed.get("task_id"), str) and parsed["task_id"]:
        return [Work(parsed["task_id"], _document(parsed.get("document")))]
    if parsed.get("Event") == "s3:TestEvent":
        return []
    records = parsed.get("Records")
    if isinstance(records, list) and records:
        return [Work(_task_id_of_record(record)) for record in records]
    raise PoisonMessage("message is neither a task nor an S3 notification")


def _document(encoded: Any) -> bytes | None:
    if encoded is None:
        return None
    if not isinstance(encoded, str):
        raise PoisonMessage("the message's document is not a base64 string")
    try:
        return base64.b64decode(encoded, validate=True)
    except (binascii.Error, ValueError) as exc:
        raise PoisonMessage("the message's document is not valid base64") from exc


def _task_id_of_record(record: Any) -> str:
    try:
        key = unquote_plus(record["s3"]["object"]["key"])
    except (KeyError, TypeError) as exc:
        raise PoisonMessage("S3 notification record without an object key") from exc
    if not key.startswith(UPLOAD_PREFIX) or "/" in key[len(UPLOAD_PREFIX) :] or key == UPLOAD_PREFIX:
        raise PoisonMessage(f"S3 notification for an object outside {UPLOAD_PREFIX}: {key!r}")
    return key[len(UPLOAD_PREFIX) :]
