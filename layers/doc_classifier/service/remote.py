"""A client for a running deployment (the CLI's ``--url``/``--api-key`` mode) and the operator commands.

Only the standard library's HTTP client is used so the CLI needs nothing the
Lambda layer does not ship. Operator commands that need AWS itself (DLQ
redrive, feedback export) are the task service's own operations (``wiring.aws_task_service``).
"""

from __future__ import annotations

import heapq
import http.client
import json
import mimetypes
import random
import time
import urllib.error
import urllib.request
import uuid
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from doc_classifier.service.pacing import RETRYABLE_STATUSES, RateLimiter, RetryPolicy, parse_retry_after
from doc_classifier.split_mode import SplitMode


class RemoteError(Exception):
    """The service answered with an error body (``code``, ``message``) and status; status 0: no answer at all."""

    def __init__(self, status: int, code: str, message: str) -> None:
        super().__init__(f"{status} {code}: {message}")
        self.status, self.code, self.message = status, code, message

    @property
    def transient(self) -> bool:
        """Throttled, unavailable or unreachable: the service, not this request, is the problem."""
        return self.status == 0 or self.status in RETRYABLE_STATUSES


class _Retryable(Exception):
    def __init__(self, error: RemoteError, retry_after: float | None = None) -> None:
        super().__init__(str(error))
        self.error, self.retry_after = error, retry_after


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


def _error_from(exc: urllib.error.HTTPError) -> RemoteError:
    raw = exc.read()
    try:
        error = json.loads(raw)["error"]
        return RemoteError(exc.code, error["code"], error["message"])
    except (ValueError, KeyError, TypeError):
        return RemoteError(exc.code, "http_error", raw.decode("utf-8", "replace")[:200])


def _options(industry: str | None, split: SplitMode) -> dict[str, str]:
    """The form fields a file is sent with; the service's defaults are not spelled out."""
    return {
        **({"industry": industry} if industry else {}),
        **({"split": str(split)} if split != SplitMode.NONE else {}),
    }


def _failed(error: RemoteError, task_id: str | None = None) -> dict[str, Any]:
    message = error.message
    if task_id:  # the service may still finish it: say where to look
        message += f" (task {task_id}: `doc-classifier ops task {task_id}` shows it later)"
    return {"task_id": task_id, "status": "failed", "error": {"code": error.code, "message": message}}


@dataclass(frozen=True)
class Submitted:
    task_id: str
    estimated_time: float  # seconds until the service expects the result


@dataclass
class RemoteClient:
    url: str
    api_key: str | None = None
    timeout: float = 60.0
    sync_max_bytes: int = 4 * 1024 * 1024  # larger files go through POST /uploads
    # Every request to the API, polls included, shares this rate: under the default usage plan's 5 req/s.
    rate: float = 4.0
    # The submit routes (/classify_file, /classify_file_async, /uploads) are throttled at 2 req/s by default.
    submit_rate: float = 1.5
    retry: RetryPolicy = field(default_factory=RetryPolicy)
    poll_min_seconds: float = 0.5
    poll_max_seconds: float = 10.0
    rng: random.Random = field(default_factory=random.Random)

    def __post_init__(self) -> None:
        self._limiter = RateLimiter(self.rate)
        self._submit_limiter = RateLimiter(min(self.rate, self.submit_rate))

    def _send(self, request: urllib.request.Request) -> tuple[int, bytes]:
        try:
            with urllib.request.urlopen(request, timeout=self.timeout) as response:
                return int(response.status), bytes(response.read())
        except urllib.error.HTTPError as exc:
            error = _error_from(exc)
            if error.status in RETRYABLE_STATUSES:
                raise _Retryable(error, parse_retry_after(exc.headers.get("Retry-After"))) from None
            raise error from None
        except (OSError, http.client.HTTPException) as exc:  # refused, reset, timed out, cut short
            reason = getattr(exc, "reason", None) or exc
            raise _Retryable(RemoteError(0, "connection_failed", f"{request.full_url}: {reason}")) from None

    def _request(
        self,
        method: str,
        path: str,
        body: bytes | None = None,
        content_type: str | None = None,
        *,
        absolute: bool = False,
        submit: bool = False,
    ) -> tuple[int, bytes]:
        request = urllib.request.Request(path if absolute else self.url.rstrip("/") + path, data=body, method=method)
        if content_type:
            request.add_header("Content-Type", content_type)
        if self.api_key and not absolute:  # never send the key to S3
            request.add_header("x-api-key", self.api_key)
        # A submit retried after a lost connection may queue the file twice; the spare task is
        # harmless (same bytes, same cached answer), a lost file is not.
        started, attempt = time.monotonic(), 0
        while True:
            attempt += 1
            if submit:
                self._submit_limiter.acquire()
            if not absolute:  # S3 is not behind the usage plan
                self._limiter.acquire()
            try:
                return self._send(request)
            except _Retryable as exc:
                wait = self.retry.delay(attempt, exc.retry_after, self.rng)
                spent = time.monotonic() - started
                if attempt >= self.retry.max_attempts or spent + wait > self.retry.max_total_seconds:
                    raise exc.error from None
                time.sleep(wait)

    def _json(self, method: str, path: str, payload: dict[str, Any] | None = None, submit: bool = False) -> Any:
        body = json.dumps(payload).encode() if payload is not None else None
        _, raw = self._request(method, path, body, "application/json" if body else None, submit=submit)
        return json.loads(raw)

    def classify(self, path: Path, industry: str | None = None, split: SplitMode = SplitMode.NONE) -> dict[str, Any]:
        """Synchronous classification of one file (≤ sync_max_bytes); a packet over the service's page limit for
        the sync route is refused (``too_many_pages``)."""
        body, content_type = _multipart(_options(industry, split), "file", path, path.read_bytes())
        _, raw = self._request("POST", "/classify_file", body, content_type, submit=True)
        result: dict[str, Any] = json.loads(raw)
        return result

    def submit(
        self, path: Path, industry: str | None = None, priority: str = "low", split: SplitMode = SplitMode.NONE
    ) -> Submitted:
        """Queue one file; small ones in the request, large ones through a presigned upload."""
        data = path.read_bytes()
        if len(data) <= self.sync_max_bytes:
            body, content_type = _multipart({"priority": priority, **_options(industry, split)}, "file", path, data)
            _, raw = self._request("POST", "/classify_file_async", body, content_type, submit=True)
            accepted = json.loads(raw)
            return Submitted(str(accepted["task_id"]), float(accepted.get("estimated_time") or 0.0))
        ticket = self._json(
            "POST",
            "/uploads",
            {"filename": path.name, "industry": industry, "priority": priority, **_options(None, split)},
            submit=True,
        )
        upload = ticket["upload"]
        body, content_type = _multipart(upload["fields"], "file", path, data)
        self._request("POST", upload["url"], body, content_type, absolute=True)
        return Submitted(str(ticket["task_id"]), 0.0)

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
        deadline_seconds: float = 1800,
        progress: Callable[[int, int], None] | None = None,
        split: SplitMode = SplitMode.NONE,
    ) -> Iterator[tuple[Path, dict[str, Any]]]:
        """Submit every file (``split``: into its documents, or each page on its own), then yield (path, task) as
        each ends; ``progress(done, total)`` per one.

        Each task is first polled when its ``estimated_time`` has passed, then half as often each
        time (up to ``poll_max_seconds``), all within the client's rate. Every path is yielded exactly
        once: a request that fails for good is that file's failed task; when the service stops answering
        (retries exhausted), the files not yet sent or fetched all end with that error at once rather than
        each waiting out its own retries; past the deadline they end ``timeout``.
        """
        paths = list(paths)
        total, done = len(paths), 0
        give_up = time.monotonic() + deadline_seconds
        due: list[tuple[float, int, str, float]] = []  # (when, index, task_id, interval): next poll first
        outage: RemoteError | None = None

        def finished(path: Path, task: dict[str, Any]) -> tuple[Path, dict[str, Any]]:
            nonlocal done
            done += 1
            if progress:
                progress(done, total)
            return path, task

        for index, path in enumerate(paths):
            if outage:
                yield finished(path, _failed(outage))
                continue
            try:
                submitted = self.submit(path, industry, split=split)
            except RemoteError as exc:
                outage = exc if exc.transient else None
                yield finished(path, _failed(exc))
                continue
            interval = min(max(submitted.estimated_time, self.poll_min_seconds), self.poll_max_seconds)
            heapq.heappush(due, (time.monotonic() + interval, index, submitted.task_id, interval))
        while due and not outage and due[0][0] <= give_up:
            when, index, task_id, interval = heapq.heappop(due)
            time.sleep(max(0.0, when - time.monotonic()))
            try:
                task = self.result(task_id)
            except RemoteError as exc:
                outage = exc if exc.transient else None
                task = _failed(exc, task_id)
            if task["status"] in {"completed", "failed"}:
                yield finished(paths[index], task)
            else:
                interval = min(interval * 2, self.poll_max_seconds)
                heapq.heappush(due, (time.monotonic() + interval, index, task_id, interval))
        for _, index, task_id, _ in sorted(due, key=lambda item: item[1]):
            late = RemoteError(0, "timeout", f"no result within {deadline_seconds:g} s")
            yield finished(paths[index], _failed(outage or late, task_id))


def queue_report(client: RemoteClient) -> dict[str, Any]:
    """Queue and DLQ depth as the deployment reports them (``doc-classifier ops queues``)."""
    queue: dict[str, Any] = client.metrics()["queue"]
    return queue


def task_history(client: RemoteClient, task_id: str) -> dict[str, Any]:
    """A task's status, error and timestamps (``doc-classifier ops task ID``)."""
    return client.result(task_id)
