"""What a work-queue message asks for: the task ids it names.

Two shapes arrive on the queues: our own ``{"task_id": ...}`` for documents
sent through the API, and S3 ObjectCreated notifications for presigned
uploads (whose key is ``uploads/<task_id>``). Anything else is poison.
"""

from __future__ import annotations

import json
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


def task_message(task_id: str, priority: str) -> dict[str, Any]:
    # The priority travels with the message so a DLQ redrive knows which queue it came from.
    return {"task_id": task_id, "priority": priority}


def task_ids_of(body: str) -> list[str]:
    """The tasks a message body refers to; an S3 test event refers to none."""
    try:
        parsed = json.loads(body)
    except (json.JSONDecodeError, TypeError) as exc:
        raise PoisonMessage("message body is not JSON") from exc
    if not isinstance(parsed, dict):
        raise PoisonMessage("message body is not a JSON object")
    if isinstance(parsed.get("task_id"), str) and parsed["task_id"]:
        return [parsed["task_id"]]
    if parsed.get("Event") == "s3:TestEvent":
        return []
    records = parsed.get("Records")
    if isinstance(records, list) and records:
        return [_task_id_of_record(record) for record in records]
    raise PoisonMessage("message is neither a task nor an S3 notification")


def _task_id_of_record(record: Any) -> str:
    try:
        key = unquote_plus(record["s3"]["object"]["key"])
    except (KeyError, TypeError) as exc:
        raise PoisonMessage("S3 notification record without an object key") from exc
    if not key.startswith(UPLOAD_PREFIX) or "/" in key[len(UPLOAD_PREFIX) :] or key == UPLOAD_PREFIX:
        raise PoisonMessage(f"S3 notification for an object outside {UPLOAD_PREFIX}: {key!r}")
    return key[len(UPLOAD_PREFIX) :]
