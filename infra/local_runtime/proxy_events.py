"""HTTP requests as API Gateway REST proxy events (the shape Lambda receives behind API Gateway)."""

from __future__ import annotations

import base64
import re
import time
import uuid
from dataclasses import dataclass
from typing import Any
from urllib.parse import parse_qs

from infra import service_definition as sd

STAGE = "local"
# API Gateway base64-encodes bodies of these types (the REST API's binaryMediaTypes).
BINARY_MEDIA_TYPES = ("multipart/form-data", "application/octet-stream", "application/pdf", "image/")


@dataclass(frozen=True)
class MatchedRoute:
    spec: sd.RouteSpec
    path_parameters: dict[str, str]


def _pattern(path: str) -> re.Pattern[str]:
    return re.compile("^" + re.sub(r"\{(\w+)\}", r"(?P<\1>[^/]+)", path) + "$")


_ROUTES = [(route, _pattern(route.path)) for route in sd.ROUTES]


def match_route(method: str, path: str) -> MatchedRoute | None:
    for route, pattern in _ROUTES:
        found = pattern.match(path)
        if found and route.method == method:
            return MatchedRoute(route, found.groupdict())
    return None


def path_exists(path: str) -> bool:
    return any(pattern.match(path) for _, pattern in _ROUTES)


def proxy_event(
    *,
    method: str,
    path: str,
    query: str,
    headers: list[tuple[str, str]],
    body: bytes,
    route: MatchedRoute,
    source_ip: str = "127.0.0.1",
) -> dict[str, Any]:
    single: dict[str, str] = {}
    multi: dict[str, list[str]] = {}
    # API Gateway adds these for the integration; the local gateway speaks plain HTTP.
    forwarded = [("X-Forwarded-Proto", "http"), ("X-Forwarded-For", source_ip)]
    present = {name.lower() for name, _ in headers}
    for name, value in [*headers, *(h for h in forwarded if h[0].lower() not in present)]:
        single[name] = value  # API Gateway keeps the last value in `headers`
        multi.setdefault(name, []).append(value)
    content_type = next((v for k, v in single.items() if k.lower() == "content-type"), "")
    binary = content_type.lower().startswith(BINARY_MEDIA_TYPES)
    encoded_body: str | None = None
    if body:
        if binary:
            encoded_body = base64.b64encode(body).decode("ascii")
        else:
            try:
                encoded_body = body.decode("utf-8")
            except UnicodeDecodeError:
                encoded_body, binary = base64.b64encode(body).decode("ascii"), True
    multi_query = parse_qs(query, keep_blank_values=True) if query else {}
    api_key = next((v for k, v in single.items() if k.lower() == "x-api-key"), None)
    return {
        "resource": route.spec.path,
        "path": path,
        "httpMethod": method,
        "headers": single or None,
        "multiValueHeaders": multi or None,
        "queryStringParameters": {k: v[-1] for k, v in multi_query.items()} or None,
        "multiValueQueryStringParameters": multi_query or None,
        "pathParameters": route.path_parameters or None,
        "stageVariables": None,
        "requestContext": {
            "resourcePath": route.spec.path,
            "httpMethod": method,
            "path": path,  # no stage prefix: the local gateway serves at the root
            "stage": STAGE,
            "requestId": str(uuid.uuid4()),
            "extendedRequestId": str(uuid.uuid4()),
            "requestTimeEpoch": int(time.time() * 1000),
            "protocol": "HTTP/1.1",
            "accountId": "123456789012",
            "apiId": "local",
            "domainName": single.get("Host", single.get("host", "127.0.0.1")),
            "identity": {"sourceIp": source_ip, "userAgent": single.get("User-Agent"), "apiKey": api_key},
        },
        "body": encoded_body,
        "isBase64Encoded": binary and encoded_body is not None,
    }


def response_parts(response: dict[str, Any]) -> tuple[int, list[tuple[str, str]], bytes]:
    """Status, headers and body bytes of a Lambda proxy response."""
    headers: list[tuple[str, str]] = [(k, str(v)) for k, v in (response.get("headers") or {}).items()]
    for name, values in (response.get("multiValueHeaders") or {}).items():
        headers.extend((name, str(v)) for v in values if (name, str(v)) not in headers)
    raw = response.get("body") or ""
    body = base64.b64decode(raw) if response.get("isBase64Encoded") else raw.encode("utf-8")
    return int(response["statusCode"]), headers, body
