"""moto's WSGI application behind waitress, for the emulator's process (imports moto: load it there only).

moto's own server is werkzeug's threaded development server: a thread started per connection and a request
parsed in Python line by line. waitress reads requests in its event loop and hands them to a fixed pool of
threads; idle keep-alive connections (every handler container holds some) cost no thread.

moto's dispatcher also matches each request's host against every service's URL patterns (hundreds of
regular expressions, ~0.15-0.5 ms a call) to find its backend; the answer for a host never changes, so it is
remembered, and DynamoDB's and SQS's calls, all ``POST /``, reach moto's handlers without Flask
(``DirectApp``).

moto itself is made cheaper where it spends the most, with the same answers: ``moto_speedups``.
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Callable
from typing import Any

from botocore.exceptions import ClientError
from flask import Response as FlaskResponse
from moto.core.request import (
    PRESERVED_HEADER_NAMES_ENVIRON_KEY,
    Request,
    environ_key_for_header,
    should_preserve_original_header_name,
)
from moto.dynamodb.responses import DynamoHandler
from moto.moto_api import recorder
from moto.moto_server.werkzeug_app import DomainDispatcherApplication, create_backend_app
from moto.settings import DISABLE_GLOBAL_CORS
from moto.sqs import urls as sqs_urls
from waitress.adjustments import Adjustments
from waitress.channel import HTTPChannel
from waitress.parser import HEADER_FIELD_RE, HTTPRequestParser, get_header_lines
from waitress.server import TcpWSGIServer
from waitress.task import ThreadedTaskDispatcher, WSGITask

from infra.local_runtime import moto_speedups

MAX_HOSTS = 256  # distinct hosts (service and region) whose backend is remembered


class _DirectRequest(Request):
    from_wsgi_server = True  # as moto's Flask request class: the request arrived over HTTP


class DirectApp:
    """moto's app for a service whose calls all take one route (DynamoDB and SQS: ``POST /``, the operation in
    the X-Amz-Target header), calling its handler as moto's Flask view does, without Flask's request context,
    URL routing and after-request hooks: about a sixth of the emulator's CPU for a DynamoDB call. Any other
    path goes to moto's Flask app, as do requests with an Origin header (whose CORS answer is Flask's); without
    one, Flask's CORS hook only adds the wildcard origin, and so does this."""

    def __init__(self, flask_app: Any, handler: Callable[..., Any]) -> None:
        self._flask_app = flask_app
        self._handler = handler
        self.service: str = flask_app.service  # as moto's app: the service it serves

    def __call__(self, environ: dict[str, Any], start_response: Any) -> Any:
        if environ.get("PATH_INFO") != "/" or "HTTP_ORIGIN" in environ:
            return self._flask_app(environ, start_response)
        request = _DirectRequest(environ)
        recorder._record_request(request)
        try:
            result = self._handler(request, request.raw_url, dict(request.headers))
        except ClientError as exc:
            result = 400, {}, exc.response["Error"]["Message"]
        status, headers, content = result if len(result) == 3 else (200, {}, result)
        if not DISABLE_GLOBAL_CORS:
            headers = {**headers, "Access-Control-Allow-Origin": "*"}
        return FlaskResponse(response=content, status=status, headers=headers)(environ, start_response)


# The services whose every call the SDK sends to ``POST /`` (the operation in X-Amz-Target), and their handler.
_ROOT_HANDLERS: dict[str, Callable[..., Any]] = {"dynamodb": DynamoHandler.dispatch, "sqs": sqs_urls.dispatch}


def create_app(service: str) -> Any:
    """moto's app for ``service``; DynamoDB's and SQS's calls reach their handler directly."""
    flask_app = create_backend_app(service)  # type: ignore[arg-type]
    handler = _ROOT_HANDLERS.get(service)
    return flask_app if handler is None else DirectApp(flask_app, handler)


class MemoisedDispatcher(DomainDispatcherApplication):
    """moto's per-service dispatch, with each host's backend looked up once."""

    def __init__(self, create_app: Callable[[Any], Any] = create_app, max_hosts: int = MAX_HOSTS) -> None:
        super().__init__(create_app)
        # A pure function of the host: moto's patterns are fixed at import. Called under the base's lock.
        self._backend_for_host = functools.lru_cache(maxsize=max_hosts)(super().get_backend_for_host)

    def get_backend_for_host(self, host: str | None) -> Any:
        return self._backend_for_host(host)


class _Parser(HTTPRequestParser):  # type: ignore[misc]
    """Keeps what waitress drops: headers with an underscore in their name (S3 metadata keys may have one)."""

    preserved: list[tuple[str, str]] = []  # noqa: RUF012 - replaced per request, never mutated

    def parse_header(self, header_plus: bytes) -> None:
        super().parse_header(header_plus)
        preserved = []
        for line in get_header_lines(header_plus.partition(b"\r\n")[2]):
            match = HEADER_FIELD_RE.match(line)
            name = match.group("name").decode("latin-1") if match else ""
            if should_preserve_original_header_name(name):
                preserved.append((name, match.group("value").strip(b" \t").decode("latin-1")))
        self.preserved = preserved


class _Task(WSGITask):  # type: ignore[misc]
    def get_environment(self) -> dict[str, Any]:
        environ: dict[str, Any] = super().get_environment()
        # moto matches S3 keys against the path as sent (werkzeug's RAW_URI), not the percent-decoded one.
        environ["RAW_URI"] = environ["REQUEST_URI"]
        # As moto's own request handler does: a dashed header wins over an underscored one of the same key.
        names: dict[str, str] = {}
        for name, value in self.request.preserved:
            key = environ_key_for_header(name)
            if key in environ and key not in names:
                continue
            names.setdefault(key, name)
            environ[key] = f"{environ[key]},{value}" if key in environ else value
        environ[PRESERVED_HEADER_NAMES_ENVIRON_KEY] = names
        return environ

    def build_response_header(self) -> bytes:
        # waitress capitalises every header name; S3 sends user metadata names as stored (lower case), and
        # boto3 returns them as received.
        sent_as = {_capitalised(name): name for name, _ in self.response_headers if name.lower().startswith(_META)}
        head: bytes = super().build_response_header()
        if not sent_as:
            return head
        lines = head.decode("latin-1").split("\r\n")
        for i, line in enumerate(lines[1:], start=1):
            name, colon, value = line.partition(":")
            if colon and name in sent_as:
                lines[i] = f"{sent_as[name]}:{value}"
        return "\r\n".join(lines).encode("latin-1")


_META = "x-amz-meta-"


def _capitalised(name: str) -> str:
    """A header name as waitress writes it."""
    return "-".join(part.capitalize() for part in name.split("-"))


class _Channel(HTTPChannel):  # type: ignore[misc]
    parser_class = _Parser
    task_class = _Task


class _Server(TcpWSGIServer):  # type: ignore[misc]
    channel_class = _Channel


def make_server(host: str, port: int, threads: int) -> TcpWSGIServer:
    """The emulator, bound and listening; ``run()`` serves until ``close()``. ``port`` 0: any free port."""
    moto_speedups.install()
    logging.getLogger("waitress.queue").setLevel(logging.ERROR)  # "task queue depth" at every burst otherwise
    adjustments = Adjustments(host=host, port=port, threads=threads, ident="aws-emulator", expose_tracebacks=False)
    dispatcher = ThreadedTaskDispatcher()
    dispatcher.set_thread_count(threads)
    return _Server(MemoisedDispatcher(), map={}, dispatcher=dispatcher, adj=adjustments)
