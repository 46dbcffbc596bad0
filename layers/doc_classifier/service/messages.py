"""What a work-queue message asks for: the task ids it names, and the document when it travels along.

Two shapes arrive on the queues: our own ``{"task_id": ...}`` for documents
sent through the API (with ``"document"``, base64, when it is small enough to
ride in the message instead of the bucket), and S3 ObjectCreated notifications
for presigned uploads (whose key is ``uploads/<task_id>``). Anything else is poison.
Our own message also carries the worker's continuation of a long packet:
``"continuation": {"step": n, "progress": "progress/<task_id>/<n>-<token>"}``, and, from the API,
``"cache": {"sha256": ..., "industry": ..., "split": ...}``: what the worker needs to read the result cache
for a whole batch in one call before it claims any task. It is only a hint (messages queued without it, or
with a malformed one, are read one by one): the key a result is stored and served under is always computed
again from the bytes and the task.
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
# A packet read across worker invocations keeps its pages read so far here (an S3 lifecycle rule expires leftovers).
PROGRESS_PREFIX = "progress/"
# Bytes a continuation adds to a task's message: a document riding in the message must leave room for it.
CONTINUATION_ROOM = 200


def upload_key(task_id: str) -> str:
    return f"{UPLOAD_PREFIX}{task_id}"


def inline_key(task_id: str) -> str:
    return f"{INLINE_PREFIX}{task_id}"


def review_key(task_id: str) -> str:
    return f"{REVIEW_PREFIX}{task_id}"


def progress_key(task_id: str, step: int, token: str) -> str:
    return f"{PROGRESS_PREFIX}{task_id}/{step}-{token}"


@dataclass(frozen=True)
class CacheHint:
    """The document's cache key but for the model version, which the worker knows and the API need not load."""

    sha256: str
    industry: str
    split: str


@dataclass(frozen=True)
class Continuation:
    """Read on from ``progress`` (stored by step ``step`` - 1): only the task's current step continues."""

    step: int
    progress: str  # the progress object's key


def task_message(
    task_id: str,
    priority: str,
    document: bytes | None = None,
    continuation: Continuation | None = None,
    cache_hint: CacheHint | None = None,
) -> dict[str, Any]:
    # The priority travels with the message so a DLQ redrive knows which queue it came from.
    message: dict[str, Any] = {"task_id": task_id, "priority": priority}
    if document is not None:
        message["document"] = base64.b64encode(document).decode("ascii")
    if continuation is not None:
        message["continuation"] = {"step": continuation.step, "progress": continuation.progress}
    if cache_hint is not None:
        message["cache"] = {"sha256": cache_hint.sha256, "industry": cache_hint.industry, "split": cache_hint.split}
    return message


@dataclass(frozen=True)
class Work:
    task_id: str
    document: bytes | None = None  # the bytes, when they came in the message
    continuation: Continuation | None = None  # a long packet read on from an earlier invocation's progress


def work_of(body: str) -> list[Work]:
    """The tasks a message body refers to; an S3 test event refers to none."""
    try:
        parsed = json.loads(body)
    except (json.JSONDecodeError, TypeError) as exc:
        raise PoisonMessage("message body is not JSON") from exc
    if not isinstance(parsed, dict):
        raise PoisonMessage("message body is not a JSON object")
    if isinstance(parsed.get("task_id"), str) and parsed["task_id"]:
        task_id = parsed["task_id"]
        return [Work(task_id, _document(parsed.get("document")), _continuation(task_id, parsed.get("continuation")))]
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


def cache_hint_of(body: str) -> CacheHint | None:
    """The cache hint of a task's first message, read without decoding its document; None for anything else
    (S3 notifications, continuations, poison: ``work_of`` judges those)."""
    try:
        parsed = json.loads(body)
    except (json.JSONDecodeError, TypeError):
        return None
    if not isinstance(parsed, dict) or parsed.get("continuation") is not None:
        return None
    return _cache_hint(parsed.get("cache"))


def _cache_hint(raw: Any) -> CacheHint | None:
    """A malformed hint is ignored, not poison: the task is read without it, its cache key computed anyway."""
    if not isinstance(raw, dict):
        return None
    sha256, industry, split = raw.get("sha256"), raw.get("industry"), raw.get("split")
    if not (isinstance(sha256, str) and isinstance(industry, str) and isinstance(split, str)):
        return None
    return CacheHint(sha256, industry, split) if sha256 and industry and split else None


def _continuation(task_id: str, raw: Any) -> Continuation | None:
    if raw is None:
        return None
    step, progress = (raw.get("step"), raw.get("progress")) if isinstance(raw, dict) else (None, None)
    if not isinstance(step, int) or isinstance(step, bool) or step < 1:
        raise PoisonMessage("the message's continuation has no step >= 1")
    # Only the task's own progress is read (and deleted): never another key of the bucket.
    prefix = progress_key(task_id, step, "")
    if not isinstance(progress, str) or not progress.startswith(prefix) or "/" in progress[len(prefix) :]:
        raise PoisonMessage("the message's continuation names no progress of its task and step")
    return Continuation(step, progress)


def _task_id_of_record(record: Any) -> str:
    try:
        key = unquote_plus(record["s3"]["object"]["key"])
    except (KeyError, TypeError) as exc:
        raise PoisonMessage("S3 notification record without an object key") from exc
    if not key.startswith(UPLOAD_PREFIX) or "/" in key[len(UPLOAD_PREFIX) :] or key == UPLOAD_PREFIX:
        raise PoisonMessage(f"S3 notification for an object outside {UPLOAD_PREFIX}: {key!r}")
    return key[len(UPLOAD_PREFIX) :]
