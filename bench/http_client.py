"""The load generator's HTTP client: one keep-alive connection per server and client thread, on ``http.client``.

The load generator shares the machine's cores with the service it measures, and its CPU is counted in the
table of CPU per document. ``requests`` spent about 1 ms of CPU on each call here (its adapters, hooks,
cookie jar and header handling), a client on another machine none of it: this one spends a fraction.
"""

from __future__ import annotations

import http.client
import json
import threading
from dataclasses import dataclass
from typing import Any
from urllib.parse import SplitResult, urlsplit

from urllib3 import encode_multipart_formdata

# Raised when a kept-alive connection the server had closed is used again: a fresh connection retries once.
_STALE = (http.client.RemoteDisconnected, ConnectionResetError, BrokenPipeError)


@dataclass(frozen=True)
class Answer:
    status_code: int
    content: bytes

    @property
    def ok(self) -> bool:
        return self.status_code < 400

    def json(self) -> Any:
        return json.loads(self.content)


class Client:
    """Used by one thread at a time (``Clients`` gives each thread its own)."""

    def __init__(self, timeout: float) -> None:
        self._timeout = timeout
        self._connections: dict[str, http.client.HTTPConnection] = {}

    def get(self, url: str) -> Answer:
        return self._send("GET", url, b"", {})

    def post_json(self, url: str, payload: Any) -> Answer:
        return self._send("POST", url, json.dumps(payload).encode(), {"Content-Type": "application/json"})

    def post_form(self, url: str, fields: dict[str, str], file: tuple[str, bytes] | None = None) -> Answer:
        """A multipart form, as a browser posts it: the fields, then the file (last, as S3's POST wants it)."""
        parts: list[tuple[str, Any]] = list(fields.items())
        if file is not None:
            parts.append(("file", file))
        body, content_type = encode_multipart_formdata(parts)
        return self._send("POST", url, body, {"Content-Type": content_type})

    def _send(self, method: str, url: str, body: bytes, headers: dict[str, str]) -> Answer:
        parts = urlsplit(url)
        reused = parts.netloc in self._connections
        try:
            return self._exchange(parts, method, body, headers)
        except _STALE:
            if not reused:
                raise
            return self._exchange(parts, method, body, headers)  # on a fresh connection: the stale one was dropped

    def _exchange(self, parts: SplitResult, method: str, body: bytes, headers: dict[str, str]) -> Answer:
        connection = self._connections.get(parts.netloc)
        if connection is None:
            connection = http.client.HTTPConnection(parts.hostname or "", parts.port, timeout=self._timeout)
            self._connections[parts.netloc] = connection
        path = f"{parts.path or '/'}{'?' + parts.query if parts.query else ''}"
        try:
            connection.request(method, path, body=body, headers=headers)
            response = connection.getresponse()
            content = response.read()
        except BaseException:
            self._drop(parts.netloc)  # dropped by the server, timed out or a broken answer: its state is unknown
            raise
        if response.will_close:
            self._drop(parts.netloc)
        return Answer(response.status, content)

    def _drop(self, netloc: str) -> None:
        connection = self._connections.pop(netloc, None)
        if connection is not None:
            connection.close()


class Clients:
    """One ``Client`` per thread, as separate clients would have."""

    def __init__(self, timeout: float) -> None:
        self._timeout = timeout
        self._local = threading.local()

    def get(self) -> Client:
        client: Client | None = getattr(self._local, "client", None)
        if client is None:
            client = self._local.client = Client(self._timeout)
        return client
