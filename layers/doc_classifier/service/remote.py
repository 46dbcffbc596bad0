"""A client for a running deployment (the CLI's ``--url``/``--api-key`` mode) and the operator commands.

Only the standard library's HTTP client is used so the CLI needs nothing the
Lambda layer does not ship. Operator commands that need AWS itself (DLQ
redrive) go through the same ports as the service.
"""

from __future__ import annotations

import json
import mimetypes
import time
import urllib.error
import urllib.request
import uuid
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from doc_classifier.service.ports import WorkQueue


class RemoteError(Exception):
    """The service answered with an error body (``code``, ``message``) and status."""

    def __init__(self, status: int, code: str, message: str) -> None:
        super().__init__(f"{status} {code}: {message}")
        self.status, self.code, self.message = status, code, message


def _multipart(fields: dict[str, str], file_field: str, path: Path, data: bytes) -> tuple[bytes, str]:
    boundary = uuid.uuid4().hex
    parts = [
        f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"\r\n\r\n{value}\r\n'.encode()
        for name, value in fields.items()
    ]
    media_type = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
    parts.append(
        f'--{boundary}\r\nContent-Disposition: form-data; name="{file_field}"; filename="{path.name}"\r\n'
        f"Content-Type: {media_type}\r\n\r\n".encode()
        + data
        + b"\r\n"
    )
    return b"".join(parts) + f"--{boundary}--\r\n".encode(), f"multipart/form-data; boundary={boundary}"


@dataclass
class RemoteClient:
    url: str
    api_key: str | None = None
    timeout: float = 60.0
    sync_max_bytes: int = 4 * 1024 * 1024  # larger files go through POST /uploads

    def _request(
        self,
        method: str,
        path: str,
        body: bytes | None = None,
        content_type: str | None = None,
        absolute: bool = False,
    ) -> tuple[int, bytes]:
        request = urllib.request.Request(path if absolute else self.url.rstrip("/") + path, data=body, method=method)
        if content_type:
            request.add_header("Content-Type", content_type)
        if self.api_key and not absolute:  # never send the key to S3
            request.add_header("x-api-key", self.api_key)
        try:
            with urllib.request.urlopen(request, timeout=self.timeout) as response:
                return int(response.status), bytes(response.read())
        except urllib.error.HTTPError as exc:
            raw = exc.read()
            try:
                error = json.loads(raw)["error"]
                raise RemoteError(exc.code, error["code"], error["message"]) from None
            except (ValueError, KeyError, TypeError):
                raise RemoteError(exc.code, "http_error", raw.decode("utf-8", "replace")[:200]) from None

    def _json(self, method: str, path: str, payload: dict[str, Any] | None = None) -> Any:
        body = json.dumps(payload).encode() if payload is not None else None
        _, raw = self._request(method, path, body, "application/json" if body else None)
        return json.loads(raw)

    def classify(self, path: Path, industry: str | None = None) -> dict[str, Any]:
        """Synchronous classification of one file (≤ sync_max_bytes)."""
        fields = {"industry": industry} if industry else {}
        body, content_type = _multipart(fields, "file", path, path.read_bytes())
        _, raw = self._request("POST", "/classify_file", body, content_type)
        result: dict[str, Any] = json.loads(raw)
        return result

    def submit(self, path: Path, industry: str | None = None, priority: str = "low") -> str:
        """Queue one file; small ones in the request, large ones through a presigned upload. The task id."""
        data = path.read_bytes()
        if len(data) <= self.sync_max_bytes:
            fields = {"priority": priority, **({"industry": industry} if industry else {})}
            body, content_type = _multipart(fields, "file", path, data)
            _, raw = self._request("POST", "/classify_file_async", body, content_type)
            return str(json.loads(raw)["task_id"])
        ticket = self._json("POST", "/uploads", {"filename": path.name, "industry": industry, "priority": priority})
        upload = ticket["upload"]
        body, content_type = _multipart(upload["fields"], "file", path, data)
        self._request("POST", upload["url"], body, content_type, absolute=True)
        return str(ticket["task_id"])

    def result(self, task_id: str) -> dict[str, Any]:
        answer: dict[str, Any] = self._json("GET", f"/classification_result/{task_id}")
        return answer

    def metrics(self) -> dict[str, Any]:
        answer: dict[str, Any] = self._json("GET", "/metrics")
        return answer

    def classify_folder(
        self,
        paths: Iterable[Path],
        industry: str | None = None,
        poll_seconds: float = 1.0,
        deadline_seconds: float = 1800,
        progress: Callable[[int, int], None] | None = None,
    ) -> Iterator[tuple[Path, dict[str, Any]]]:
        """Submit every file, then yield (path, task) as each finishes; ``progress(done, total)`` per one."""
        pending: dict[str, Path] = {}
        for path in paths:
            try:
                pending[self.submit(path, industry)] = path
            except RemoteError as exc:
                yield path, {"status": "failed", "error": {"code": exc.code, "message": exc.message}}
        total, done = len(pending), 0
        give_up = time.monotonic() + deadline_seconds
        while pending and time.monotonic() < give_up:
            for task_id in list(pending):
                task = self.result(task_id)
                if task["status"] in {"completed", "failed"}:
                    done += 1
                    if progress:
                        progress(done, total)
                    yield pending.pop(task_id), task
            if pending:
                time.sleep(poll_seconds)
        for task_id, path in pending.items():
            yield path, {"task_id": task_id, "status": "timeout"}


def queue_report(client: RemoteClient) -> dict[str, Any]:
    """Queue and DLQ depth as the deployment reports them (``doc-classifier ops queues``)."""
    queue: dict[str, Any] = client.metrics()["queue"]
    return queue


def task_history(client: RemoteClient, task_id: str) -> dict[str, Any]:
    """A task's status, error and timestamps (``doc-classifier ops task ID``)."""
    return client.result(task_id)


def redrive_dead_letters(queue: WorkQueue, limit: int = 1000) -> int:
    """Move dead-lettered messages back to their work queues (``doc-classifier ops redrive``).

    Build ``queue`` with ``doc_classifier.service.wiring.aws_task_service().queue`` in an environment
    holding the deployment's queue URLs (the stack outputs).
    """
    return queue.redrive_dlq(limit)
