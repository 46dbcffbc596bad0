"""waitress, fitted to act as API Gateway's front end, through its extension points (class attributes).

waitress reads requests in its event loop: a body arrives in full (chunked or not, within the size limit)
before a worker thread sees it, so a slow client holds a socket, never a thread. What is changed:

* its own answers (bad framing, headers or body too large) are API Gateway's JSON, not text/plain;
* a request not received in full within ``request_timeout`` is closed (waitress only closes idle sockets);
* the application sees the request's header lines as sent (waitress joins repeated headers with ", " and
  upper-cases names), so the proxy event keeps names and repeated values as API Gateway's does.
"""

from __future__ import annotations

import contextlib
import json
import logging
import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from waitress import wasyncore
from waitress.adjustments import Adjustments
from waitress.channel import HTTPChannel
from waitress.parser import HEADER_FIELD_RE, HTTPRequestParser, get_header_lines
from waitress.server import TcpWSGIServer
from waitress.task import ErrorTask, ThreadedTaskDispatcher, WSGITask
from waitress.utilities import Error

from infra import service_definition as sd

logger = logging.getLogger("local_runtime.gateway")

RAW_HEADERS = "local_gateway.raw_headers"  # WSGI environ key: [(name, value), ...] in the order sent
# waitress's own ceiling; the gateway answers API Gateway's 414/431 below it, from the request it was given.
HEADER_CEILING_BYTES = 64 * 1024
WsgiApp = Callable[[dict[str, Any], Callable[..., Any]], Iterable[bytes]]


@dataclass(frozen=True)
class ServerSettings:
    host: str
    port: int  # 0: any free port (see GatewayServer.port)
    threads: int = 4
    request_timeout: float = 30.0  # a request (headers and body) must arrive within this; else it is closed
    max_body_bytes: int = sd.MAX_PAYLOAD_BYTES


def framing_error(error: Error) -> tuple[str, list[tuple[str, str]], bytes]:
    """waitress's own error as API Gateway's JSON answer: status line, headers, body."""
    known = {413: sd.REQUEST_TOO_LARGE, 431: sd.HEADERS_TOO_LARGE}.get(error.code)
    if known is not None:
        body = known.body()
    else:
        default = sd.DEFAULT_5XX if error.code >= 500 else sd.DEFAULT_4XX
        body = default.body(gateway_message=error.reason, message=str(error.body))
    return f"{error.code} {error.reason}", [("Content-Type", "application/json")], json.dumps(body).encode()


class _Parser(HTTPRequestParser):  # type: ignore[misc]
    raw_headers: list[tuple[str, str]] = []  # noqa: RUF012 - replaced per request, never mutated

    def __init__(self, adj: Adjustments) -> None:
        super().__init__(adj)
        self.started = time.monotonic()  # waitress makes a parser when a request's first bytes arrive

    def parse_header(self, header_plus: bytes) -> None:
        super().parse_header(header_plus)
        lines = get_header_lines(header_plus.partition(b"\r\n")[2])
        matches = (HEADER_FIELD_RE.match(line) for line in lines)
        self.raw_headers = [
            (m.group("name").decode("latin-1"), m.group("value").strip(b" \t").decode("latin-1")) for m in matches if m
        ]


class _Task(WSGITask):  # type: ignore[misc]
    def get_environment(self) -> dict[str, Any]:
        environ: dict[str, Any] = super().get_environment()
        environ[RAW_HEADERS] = self.request.raw_headers
        return environ


class _ErrorTask(ErrorTask):  # type: ignore[misc]
    def execute(self) -> None:
        status, headers, body = framing_error(self.request.error)
        self.status = status
        self.response_headers.extend(headers)
        self.set_close_on_finish()
        self.content_length = len(body)
        self.write(body)
        request = self.request  # method and path are unknown when the request line itself was refused
        method, path = getattr(request, "command", None) or "-", getattr(request, "path", None) or "-"
        elapsed_ms = (time.monotonic() - request.started) * 1000
        logger.info("%s %s %s %.0f ms", method, path, request.error.code, elapsed_ms)


class _Channel(HTTPChannel):  # type: ignore[misc]
    parser_class = _Parser
    task_class = _Task
    error_task_class = _ErrorTask


class _Server(TcpWSGIServer):  # type: ignore[misc]
    channel_class = _Channel
    request_timeout = 30.0

    def maintenance(self, now: float) -> None:
        super().maintenance(now)
        cutoff = time.monotonic() - self.request_timeout
        for channel in list(self.active_channels.values()):
            receiving = channel.request  # the request not yet received in full, if any
            if receiving is not None and receiving.started < cutoff and not channel.will_close:
                logger.warning("closed a connection: its request was not received within %s s", self.request_timeout)
                channel.will_close = True


class GatewayServer:
    """A waitress server on its own event-loop thread; ``stop`` closes it from any thread."""

    def __init__(self, app: WsgiApp, settings: ServerSettings) -> None:
        adjustments = Adjustments(
            host=settings.host,
            port=settings.port,
            threads=settings.threads,
            ident="doc-classifier-local-gateway",
            # waitress rejects a body of exactly max_request_body_size; API Gateway accepts 10 MB.
            max_request_body_size=settings.max_body_bytes + 1,
            max_request_header_size=HEADER_CEILING_BYTES,
            # Stalled requests are looked for every second (see _Server.maintenance).
            cleanup_interval=1,
            expose_tracebacks=False,
        )
        self._map: dict[int, Any] = {}
        dispatcher = ThreadedTaskDispatcher()
        dispatcher.set_thread_count(settings.threads)
        self._server = _Server(app, map=self._map, dispatcher=dispatcher, adj=adjustments)
        self._server.request_timeout = settings.request_timeout
        self._stopping = threading.Event()
        self._thread = threading.Thread(target=self._loop, name="gateway", daemon=True)

    @property
    def port(self) -> int:
        return int(self._server.effective_port)

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self._stopping.set()
        if self._thread.is_alive():  # a loop that failed has closed the server, trigger included
            # Wakes the loop out of select(); a loop that is closing the server as we pull has closed it too.
            with contextlib.suppress(OSError):
                self._server.pull_trigger()
            self._thread.join(timeout=10)

    def _loop(self) -> None:
        adj = self._server.adj
        try:
            while not self._stopping.is_set():
                wasyncore.loop(
                    timeout=adj.asyncore_loop_timeout, use_poll=adj.asyncore_use_poll, map=self._map, count=1
                )
        except Exception:
            logger.exception("the gateway's event loop failed; the gateway stopped")
            raise
        finally:
            self._server.close()  # closes every connection and stops the worker threads
