"""The local gateway in-process: waitress on a free loopback port in front of a fake function pool."""

from __future__ import annotations

import json
import socket
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

import pytest

from infra.local_runtime.gateway import Gateway, GatewaySettings
from infra.local_runtime.http_server import GatewayServer, ServerSettings


@dataclass
class FakePool:
    """Answers 200 with what it was given; ``behaviour`` replaces that (raise, block)."""

    events: list[dict[str, Any]] = field(default_factory=list)
    behaviour: Callable[[dict[str, Any]], dict[str, Any]] | None = None

    def invoke(self, event: dict[str, Any]) -> dict[str, Any]:
        self.events.append(event)
        if self.behaviour is not None:
            return self.behaviour(event)
        return {
            "statusCode": 200,
            "headers": {"Content-Type": "application/json", "Connection": "keep-alive"},
            "body": json.dumps({"path": event["path"], "body_length": len(event["body"] or "")}),
        }


@dataclass
class Served:
    url: str
    port: int
    pool: FakePool

    def raw(self, request: bytes, *, timeout: float = 10) -> bytes:
        """Sends bytes as they are and reads until the server closes or ``timeout`` passes."""
        with socket.create_connection(("127.0.0.1", self.port), timeout=timeout) as sock:
            sock.sendall(request)
            return read_until_closed(sock)


def read_until_closed(sock: socket.socket) -> bytes:
    chunks = []
    while chunk := sock.recv(65536):
        chunks.append(chunk)
    return b"".join(chunks)


def parse_response(raw: bytes) -> tuple[int, dict[str, str], bytes]:
    head, _, body = raw.partition(b"\r\n\r\n")
    status_line, *lines = head.decode("latin-1").split("\r\n")
    headers = {name.lower(): value.strip() for name, _, value in (line.partition(":") for line in lines)}
    return int(status_line.split()[1]), headers, body


@contextmanager
def serve(settings: GatewaySettings | None = None, *, pool: FakePool | None = None, **server: Any) -> Iterator[Served]:
    pool = pool or FakePool()
    gateway = Gateway(pool, settings or GatewaySettings(throttle=False))
    http = GatewayServer(gateway, ServerSettings("127.0.0.1", 0, **server))
    http.start()
    try:
        yield Served(f"http://127.0.0.1:{http.port}", http.port, pool)
    finally:
        http.stop()
        gateway.close()


@pytest.fixture
def served() -> Iterator[Served]:
    with serve() as running:
        yield running


@pytest.fixture
def release() -> Iterator[threading.Event]:
    """Set at teardown so a blocked fake handler never outlives its test."""
    event = threading.Event()
    yield event
    event.set()
