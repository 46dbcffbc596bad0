"""The local API Gateway: HTTP on loopback → REST proxy events → the api handler, with throttling and keys."""

from __future__ import annotations

import json
import logging
import threading
from dataclasses import dataclass, fields, replace
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from infra import service_definition as sd
from infra.local_runtime.containers import FunctionPool
from infra.local_runtime.proxy_events import match_route, path_exists, proxy_event, response_parts
from infra.local_runtime.throttle import TokenBucket

logger = logging.getLogger("local_runtime.gateway")
CDK_JSON = Path(__file__).resolve().parents[2] / "cdk.json"
MAX_PAYLOAD_BYTES = 10 * 1024 * 1024  # API Gateway's hard payload limit


def gateway_limits(cdk_json: Path = CDK_JSON) -> sd.GatewayLimits:
    """The defaults of service_definition, overridden by cdk.json context exactly as the CDK app reads it."""
    limits = sd.GATEWAY_LIMITS
    if not cdk_json.exists():
        return limits
    context = json.loads(cdk_json.read_text(encoding="utf-8")).get("context", {})
    overrides: dict[str, Any] = {}
    for f in fields(limits):
        if f.name in context:
            kind = type(getattr(limits, f.name))
            raw = context[f.name]
            overrides[f.name] = (str(raw).lower() in {"true", "1", "yes"}) if kind is bool else kind(raw)
    return replace(limits, **overrides)


@dataclass(frozen=True)
class GatewaySettings:
    limits: sd.GatewayLimits
    api_keys: frozenset[str] = frozenset()  # empty: no key check (API Gateway with keys not required)


class _Throttles:
    def __init__(self, limits: sd.GatewayLimits) -> None:
        # API Gateway throttles per method; the upload routes get the tighter limit.
        self._buckets = {
            (route.method, route.path): TokenBucket(limits.upload_rate_limit, limits.upload_burst_limit)
            if route.upload
            else TokenBucket(limits.api_rate_limit, limits.api_burst_limit)
            for route in sd.ROUTES
        }

    def allow(self, route: sd.RouteSpec) -> bool:
        return self._buckets[(route.method, route.path)].take()


def _error(code: str, message: str) -> bytes:
    return json.dumps({"error": {"code": code, "message": message}}).encode()


def make_server(host: str, port: int, api: FunctionPool, settings: GatewaySettings) -> ThreadingHTTPServer:
    throttles = _Throttles(settings.limits)

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"
        server_version = "doc-classifier-local-gateway"

        def do_GET(self) -> None:
            self._proxy()

        def do_POST(self) -> None:
            self._proxy()

        def do_PUT(self) -> None:
            self._proxy()

        def do_DELETE(self) -> None:
            self._proxy()

        def log_message(self, format: str, *args: Any) -> None:
            logger.info("%s %s", self.address_string(), format % args)

        def _send(self, status: int, headers: list[tuple[str, str]], body: bytes) -> None:
            self.send_response(status)
            for name, value in headers:
                if name.lower() not in {"content-length", "connection", "transfer-encoding"}:
                    self.send_header(name, value)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def _reply_error(self, status: int, code: str, message: str) -> None:
            self._send(status, [("Content-Type", "application/json")], _error(code, message))

        def _proxy(self) -> None:
            parts = urlsplit(self.path)
            length = int(self.headers.get("Content-Length") or 0)
            if length > MAX_PAYLOAD_BYTES:
                self.close_connection = True  # the body is not read
                self._reply_error(413, "payload_too_large", "request over 10 MB; use POST /uploads")
                return
            body = self.rfile.read(length) if length else b""
            route = match_route(self.command, parts.path)
            if route is None:
                status, code = (405, "method_not_allowed") if path_exists(parts.path) else (404, "not_found")
                self._reply_error(status, code, f"no route {self.command} {parts.path}")
                return
            if settings.api_keys and not route.spec.public and self.headers.get("x-api-key") not in settings.api_keys:
                self._reply_error(403, "forbidden", "missing or invalid API key (x-api-key header)")
                return
            if not throttles.allow(route.spec):
                self._reply_error(429, "throttled", "too many requests; retry with backoff")
                return
            event = proxy_event(
                method=self.command,
                path=parts.path,
                query=parts.query,
                headers=list(self.headers.items()),
                body=body,
                route=route,
                source_ip=self.client_address[0],
            )
            try:
                response = api.invoke(event)
            except Exception:  # a crashed invocation is API Gateway's 502
                logger.exception("api handler crashed")
                self._reply_error(502, "bad_gateway", "the API function failed")
                return
            self._send(*response_parts(response))

    server = ThreadingHTTPServer((host, port), Handler)
    server.daemon_threads = True
    return server


def serve_in_thread(server: ThreadingHTTPServer) -> threading.Thread:
    thread = threading.Thread(target=server.serve_forever, name="gateway", daemon=True)
    thread.start()
    return thread
