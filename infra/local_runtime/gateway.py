"""The local API Gateway: a WSGI app turning HTTP requests into REST proxy events for the api handler.

It answers what API Gateway answers before Lambda runs, in the shared shape of ``service_definition``'s
Gateway Responses: unknown route or method 403, key 403, throttle/quota 429, URL 414, headers 431, and
after invoking: 502 when the function fails, 504 when it does not answer in time. waitress
(``http_server``) serves it.
"""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Callable, Iterable, Mapping
from concurrent.futures import Future, ThreadPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from dataclasses import dataclass, field
from http import HTTPStatus
from pathlib import Path
from typing import Any, Protocol
from urllib.parse import urlsplit

from waitress.task import hop_by_hop

from infra import service_definition as sd
from infra.capacity import GatewayLimits
from infra.config import DeploymentConfig
from infra.local_runtime.containers import FunctionError
from infra.local_runtime.http_server import RAW_HEADERS
from infra.local_runtime.proxy_events import match_route, proxy_event, response_parts
from infra.local_runtime.throttle import Clock, GatewayThrottle

logger = logging.getLogger("local_runtime.gateway")
CDK_JSON = Path(__file__).resolve().parents[2] / "cdk.json"
API_KEY_HEADER = "x-api-key"
# WSGI forbids hop-by-hop headers from the application (waitress answers 500); waitress frames the body itself.
_FRAMING_HEADERS = hop_by_hop | {"content-length"}


def gateway_limits(cdk_json: Path = CDK_JSON) -> GatewayLimits:
    """What the CDK app deploys: the capacity defaults, overridden by cdk.json context as the app reads it."""
    context = json.loads(cdk_json.read_text(encoding="utf-8")).get("context", {}) if cdk_json.exists() else {}
    return DeploymentConfig.from_context(context).gateway_limits()


class Invoker(Protocol):
    """What the gateway needs of a function pool (``containers.FunctionPool``)."""

    def invoke(self, event: dict[str, Any]) -> Any: ...


@dataclass(frozen=True)
class GatewaySettings:
    limits: GatewayLimits = field(default_factory=lambda: DeploymentConfig().gateway_limits())
    # key -> usage plan tier; empty: no key check (API Gateway with keys not required)
    api_keys: Mapping[str, str] = field(default_factory=dict)
    throttle: bool = True  # False: no rate limits or quotas (benchmarks)
    integration_timeout: float = float(sd.API.timeout_seconds)  # API Gateway's 29 s; then 504
    concurrency: int = 4  # invocations in flight, as the function pool's containers
    clock: Clock = field(default=time.time)


Answer = tuple[int, list[tuple[str, str]], bytes]


def gateway_answer(response: sd.GatewayResponse) -> Answer:
    # Only the DEFAULT_* types have no status of their own; http_server answers those (framing errors).
    status = response.status or 500
    return status, [("Content-Type", "application/json")], json.dumps(response.body()).encode()


def _status_line(status: int) -> str:
    try:
        return f"{status} {HTTPStatus(status).phrase}"
    except ValueError:  # a status the handler invented
        return f"{status} Unknown"


class Gateway:
    """The WSGI application: route, key, throttle, invoke; every answer of its own is JSON."""

    def __init__(self, api: Invoker, settings: GatewaySettings) -> None:
        self._api = api
        self._settings = settings
        for tier in set(settings.api_keys.values()):
            settings.limits.plan(tier)  # an unknown tier fails at start, not on the key's first request
        self._throttle = GatewayThrottle(settings.limits, settings.clock) if settings.throttle else None
        # Invocations run here so that a handler slower than the integration timeout can be answered 504.
        self._invocations = ThreadPoolExecutor(max_workers=settings.concurrency, thread_name_prefix="invoke")

    def close(self) -> None:
        self._invocations.shutdown(wait=False, cancel_futures=True)

    def __call__(self, environ: dict[str, Any], start_response: Callable[..., Any]) -> Iterable[bytes]:
        started = time.monotonic()
        parts = urlsplit(environ.get("REQUEST_URI", "/"))
        method = environ["REQUEST_METHOD"]
        status, headers, body = self._answer(environ, method, parts.path, parts.query)
        if method == "HEAD":
            body = b""  # a HEAD answer has a head only (RFC 9110 9.3.2); waitress would send what it is given
        start_response(_status_line(status), headers)
        # No query string: it can carry keys or document names.
        logger.info("%s %s %s %.0f ms", method, parts.path, status, (time.monotonic() - started) * 1000)
        return [body]

    def _answer(self, environ: dict[str, Any], method: str, path: str, query: str) -> Answer:
        raw_headers: list[tuple[str, str]] = environ.get(RAW_HEADERS, [])
        if len(environ.get("REQUEST_URI", "")) > sd.MAX_URL_CHARS:
            return gateway_answer(sd.URI_TOO_LONG)
        request_line = len(method) + len(environ.get("REQUEST_URI", "")) + len(environ.get("SERVER_PROTOCOL", ""))
        if request_line + sum(len(n) + len(v) for n, v in raw_headers) > sd.MAX_REQUEST_LINE_AND_HEADERS_BYTES:
            return gateway_answer(sd.HEADERS_TOO_LARGE)
        route = match_route(method, path)
        if route is None:
            return gateway_answer(sd.MISSING_AUTHENTICATION_TOKEN)
        api_key: str | None = None
        if self._settings.api_keys and not route.spec.public:
            sent = [value for name, value in raw_headers if name.lower() == API_KEY_HEADER]
            # One value only: the handler must see exactly the key that was checked.
            if len(sent) != 1 or sent[0] not in self._settings.api_keys:
                return gateway_answer(sd.INVALID_API_KEY)
            api_key = sent[0]
        if self._throttle is not None:
            plan = self._settings.limits.plan(self._settings.api_keys[api_key]) if api_key is not None else None
            refusal = self._throttle.admit(route.spec, api_key, plan)
            if refusal is not None:
                return gateway_answer(refusal)
        length = int(environ.get("CONTENT_LENGTH") or 0)  # waitress validated it and holds the whole body
        event = proxy_event(
            method=method,
            path=path,
            query=query,
            headers=raw_headers,
            body=environ["wsgi.input"].read(length) if length else b"",
            route=route,
            source_ip=environ.get("REMOTE_ADDR", "127.0.0.1"),
        )
        return self._invoke(event)

    def _invoke(self, event: dict[str, Any]) -> Answer:
        invocation: Future[Any] = self._invocations.submit(self._api.invoke, event)
        try:
            response = invocation.result(timeout=self._settings.integration_timeout)
            status, headers, body = response_parts(response)
        except FutureTimeout:
            # The function keeps running (its container stays busy), as a Lambda past API Gateway's limit.
            logger.warning("api handler did not answer within %s s", self._settings.integration_timeout)
            return gateway_answer(sd.INTEGRATION_TIMEOUT)
        except FunctionError as error:  # raised, crashed or timed out: the container's output has the details
            logger.warning("api handler failed: %s", error.error_type)
            return gateway_answer(sd.INTEGRATION_FAILURE)
        except Exception:  # a malformed response is API Gateway's 502 too
            logger.exception("api handler failed")
            return gateway_answer(sd.INTEGRATION_FAILURE)
        return status, [(k, v) for k, v in headers if k.lower() not in _FRAMING_HEADERS], body
