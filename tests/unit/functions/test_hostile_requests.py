"""Requests broken at the HTTP level, as proxy events built the way the local gateway builds them."""

from __future__ import annotations

from typing import Any

import pytest
from doc_classifier.errors import DocumentError
from doc_classifier.service.api.error_catalogue import ERRORS
from doc_classifier.service.errors import ServiceError

from infra.local_runtime.containers import LocalContext
from infra.local_runtime.proxy_events import match_route, proxy_event
from tests.support import hostile
from tests.support.hostile import HostileRequest
from tests.unit.functions.conftest import Aws
from tests.unit.functions.test_api_handler import call, error_code


def event_for(request: HostileRequest) -> dict[str, Any]:
    route = match_route(request.method, request.path)
    assert route is not None, f"{request.name}: the gateway has no route {request.method} {request.path}"
    return proxy_event(
        method=request.method,
        path=request.path,
        query=request.query,
        headers=list(request.headers),
        body=request.body,
        route=route,
    )


@pytest.mark.parametrize("request_", hostile.ALL, ids=[r.name for r in hostile.ALL])
def test_hostile_request(shared_aws: Aws, context: LocalContext, request_: HostileRequest) -> None:
    status, body, headers = call(event_for(request_), context)
    if request_.code is None:
        assert status == request_.status, body
    else:
        assert headers["Content-Type"] == "application/json"
        assert (status, error_code(body)) == (request_.status, request_.code), body
        assert body["error"]["message"]


def test_the_catalogue_names_are_unique() -> None:
    names = [r.name for r in hostile.ALL]
    assert len(names) == len(set(names))


class TestEventsTheGatewayCannotBuild:
    """Shapes only a misconfigured integration or a hand-written event produces: still a 4xx, never a 500."""

    def event(self, **changes: Any) -> dict[str, Any]:
        event = event_for(hostile._classify("base", hostile.GOOD_FORM, 200, None))
        event.update(changes)
        return event

    def test_invalid_base64_body(self, shared_aws: Aws, context: LocalContext) -> None:
        status, body, _ = call(self.event(body="not base64 at all!"), context)
        assert (status, error_code(body)) == (400, "malformed_multipart")

    def test_multipart_sent_as_text_is_read_as_utf8(self, shared_aws: Aws, context: LocalContext) -> None:
        status, body, _ = call(self.event(body=hostile.GOOD_FORM.decode(), isBase64Encoded=False), context)
        assert status == 200 and body["file_class"] == "invoice"

    def test_text_body_with_a_lone_surrogate(self, shared_aws: Aws, context: LocalContext) -> None:
        status, body, _ = call(self.event(body="\ud800", isBase64Encoded=False), context)
        assert (status, error_code(body)) == (400, "malformed_multipart")

    def test_no_headers_at_all(self, shared_aws: Aws, context: LocalContext) -> None:
        status, body, _ = call(self.event(headers=None, multiValueHeaders=None), context)
        assert (status, error_code(body)) == (415, "unsupported_content_type")

    def test_null_body(self, shared_aws: Aws, context: LocalContext) -> None:
        status, body, _ = call(self.event(body=None, isBase64Encoded=False), context)
        assert (status, error_code(body)) == (400, "malformed_multipart")

    def test_json_body_not_base64_encoded_with_invalid_base64_flag(
        self, shared_aws: Aws, context: LocalContext
    ) -> None:
        request = hostile._json("uploads", "/uploads", hostile.UPLOAD, 201, None)
        event = event_for(request)
        event.update(body="%%%", isBase64Encoded=True)
        status, body, _ = call(event, context)
        assert (status, error_code(body)) == (400, "malformed_json")


class TestAcceptedOddities:
    """The valid-but-unusual requests of the catalogue reach the route with the right values."""

    def test_file_without_filename_is_the_document(self, shared_aws: Aws, context: LocalContext) -> None:
        request = next(r for r in hostile.MULTIPART if r.name == "file_part_without_filename")
        status, body, _ = call(event_for(request), context)
        assert status == 200 and body["file_class"] == "invoice"

    def test_filename_parameter_is_not_mistaken_for_the_name(self, shared_aws: Aws, context: LocalContext) -> None:
        request = next(r for r in hostile.MULTIPART if r.name == "filename_before_name")
        status, body, _ = call(event_for(request), context)
        assert status == 200 and body["file_class"] == "invoice" and body["industry"] == "finance"

    def test_json_charset_utf8_creates_the_upload(self, shared_aws: Aws, context: LocalContext) -> None:
        request = next(r for r in hostile.JSON_BODIES if r.name == "uploads_utf8_charset")
        status, body, _ = call(event_for(request), context)
        assert status == 201 and body["upload"]["fields"]["key"] == f"uploads/{body['task_id']}"


class TestMetricsNegotiation:
    @pytest.mark.parametrize(
        ("accept", "prometheus"),
        [
            ("text/plain", True),
            ("application/openmetrics-text;q=0.5,text/plain;version=0.0.4;q=0.4,*/*;q=0.1", True),
            ("text/plain;q=0, application/json", False),
            ("application/json, text/plain;q=0.5", False),
            ("*/*", False),
            (";;;,,q=x/", False),
            ("", False),
        ],
    )
    def test_prometheus_text_only_when_preferred(
        self, shared_aws: Aws, context: LocalContext, accept: str, prometheus: bool
    ) -> None:
        request = hostile._get("metrics", "/metrics", 200, None, ("Accept", accept))
        status, body, headers = call(event_for(request), context)
        assert status == 200
        assert headers["Content-Type"].startswith("text/plain") is prometheus
        if not prometheus:
            assert "queue" in body


def test_every_error_status_is_documented(shared_aws: Aws, context: LocalContext) -> None:
    """Each catalogue error appears, with its code, in the OpenAPI responses of its route."""
    event = event_for(hostile._get("openapi", "/openapi.json", 200, None))
    status, spec, _ = call(event, context)
    assert status == 200
    for request in hostile.ALL:
        if request.code is None:
            continue
        route = match_route(request.method, request.path)
        assert route is not None
        operation = spec["paths"][route.spec.path][request.method.lower()]
        documented = operation["responses"].get(str(request.status))
        assert documented is not None, f"{request.name}: {request.status} not documented on {route.spec.path}"
        assert request.code in documented["description"], f"{request.name}: {request.code} not documented"


def test_the_error_catalogue_agrees_with_the_error_classes() -> None:
    def subclasses(root: type[Exception]) -> list[type[Exception]]:
        found = root.__subclasses__()
        return found + [c for sub in found for c in subclasses(sub)]

    worker_only = {"poison_message", "document_missing", "result_too_large"}  # never an API answer: a task's error
    codes = {(c.code, c.http_status) for c in subclasses(ServiceError) + subclasses(DocumentError)}  # type: ignore[attr-defined]
    assert {code for code, _ in codes} - worker_only <= set(ERRORS)
    assert all(ERRORS[code][0] == status for code, status in codes if code in ERRORS)
