"""The local gateway answers what API Gateway answers, as JSON, over real HTTP on loopback."""

from __future__ import annotations

import base64
import json
import logging
import socket
import threading
import time
from typing import Any

import pytest
import requests

from infra import service_definition as sd
from infra.local_runtime.gateway import Gateway, GatewaySettings
from tests.unit.local_runtime.conftest import FakePool, Served, parse_response, read_until_closed, serve
from tests.unit.local_runtime.test_throttle import FakeClock, limits

KEY = "k3y-0f-th3-t3st-cl13nt-0000"
OTHER_KEY = "an0th3r-k3y-0f-a-cl13nt-1111"


def assert_gateway_json(
    response: requests.Response | tuple[int, dict[str, str], bytes], expected: sd.GatewayResponse
) -> None:
    if isinstance(response, requests.Response):
        status, content_type, raw = response.status_code, response.headers["Content-Type"], response.content
    else:
        status, headers, raw = response
        content_type = headers["content-type"]
    body = json.loads(raw)
    assert status == expected.status and content_type == "application/json"
    assert body == expected.body()
    assert set(body) == {"message", "error"} and set(body["error"]) == {"code", "message"}


# --- routes ------------------------------------------------------------------------------------------


def test_a_known_route_reaches_the_handler_as_a_proxy_event(served: Served) -> None:
    response = requests.get(f"{served.url}/categories/finance?x=1", timeout=10)
    assert response.status_code == 200 and response.json()["path"] == "/categories/finance"
    (event,) = served.pool.events
    assert event["resource"] == "/categories/{industry}" and event["pathParameters"] == {"industry": "finance"}
    assert event["queryStringParameters"] == {"x": "1"}
    # the handler's hop-by-hop "Connection" header was dropped (WSGI forbids it: waitress would answer 500)
    assert response.headers.get("Connection") != "keep-alive"


@pytest.mark.parametrize(
    ("method", "path"),
    [
        ("GET", "/nowhere"),
        ("POST", "/health"),  # known path, unknown method
        ("PATCH", "/classify_file"),
        ("OPTIONS", "/industries"),
        ("DELETE", "/classification_result/abc"),
    ],
)
def test_unknown_route_or_method_is_missing_authentication_token(served: Served, method: str, path: str) -> None:
    response = requests.request(method, f"{served.url}{path}", timeout=10)
    assert_gateway_json(response, sd.MISSING_AUTHENTICATION_TOKEN)
    assert response.json()["message"] == "Missing Authentication Token"
    assert served.pool.events == []


def test_head_gets_the_status_and_json_headers_without_a_body(served: Served) -> None:
    response = requests.head(f"{served.url}/health", timeout=10)
    assert response.status_code == 403 and response.headers["Content-Type"] == "application/json"
    assert response.content == b""


# --- API keys ----------------------------------------------------------------------------------------


@pytest.fixture
def keyed() -> Any:
    with serve(GatewaySettings(api_keys={KEY: "standard", OTHER_KEY: "standard"}, throttle=False)) as running:
        yield running


@pytest.mark.parametrize("headers", [{}, {"x-api-key": "wrong"}, {"x-api-key": ""}, {"X-Api-Key": KEY + "x"}])
def test_missing_or_wrong_key_is_403(keyed: Served, headers: dict[str, str]) -> None:
    assert_gateway_json(requests.get(f"{keyed.url}/industries", headers=headers, timeout=10), sd.INVALID_API_KEY)
    assert keyed.pool.events == []


def test_right_key_reaches_the_handler_with_exactly_that_key(keyed: Served) -> None:
    response = requests.get(f"{keyed.url}/industries", headers={"X-API-Key": KEY}, timeout=10)
    assert response.status_code == 200
    (event,) = keyed.pool.events
    assert event["headers"]["X-API-Key"] == KEY and event["multiValueHeaders"]["X-API-Key"] == [KEY]


@pytest.mark.parametrize("second", [OTHER_KEY, KEY, "wrong"])
def test_two_key_headers_are_refused_whatever_their_values(keyed: Served, second: str) -> None:
    request = (
        f"GET /industries HTTP/1.1\r\nHost: x\r\nx-api-key: {KEY}\r\nX-Api-Key: {second}\r\nConnection: close\r\n\r\n"
    ).encode()
    assert_gateway_json(parse_response(keyed.raw(request)), sd.INVALID_API_KEY)
    assert keyed.pool.events == []


def test_a_key_in_an_unknown_tier_fails_at_start() -> None:
    with pytest.raises(ValueError, match="no usage plan 'gold'"):
        Gateway(FakePool(), GatewaySettings(api_keys={KEY: "gold"}))


@pytest.mark.parametrize("path", ["/health", "/console", "/console/console.js"])
def test_public_route_needs_no_key(keyed: Served, path: str) -> None:
    assert requests.get(f"{keyed.url}{path}", timeout=10).status_code == 200


# --- throttling (controlled clock) -------------------------------------------------------------------


def test_throttled_and_quota_answers(release: threading.Event) -> None:
    clock = FakeClock()
    tight = limits(api=(100, 100), plan=(1, 2, 3))
    with serve(GatewaySettings(limits=tight, api_keys={KEY: "standard"}, clock=clock)) as running:
        get = lambda: requests.get(f"{running.url}/industries", headers={"x-api-key": KEY}, timeout=10)  # noqa: E731
        assert [get().status_code, get().status_code] == [200, 200]
        throttled = get()
        assert_gateway_json(throttled, sd.THROTTLED)
        assert throttled.json()["message"] == "Too Many Requests"
        clock.advance(10)
        assert get().status_code == 200
        assert_gateway_json(get(), sd.QUOTA_EXCEEDED)
        assert len(running.pool.events) == 3


def test_no_throttle_turns_every_limit_off() -> None:
    tight = limits(api=(0.001, 1), plan=(0.001, 1, 1))
    with serve(GatewaySettings(limits=tight, api_keys={KEY: "standard"}, throttle=False)) as running:
        statuses = {
            requests.get(f"{running.url}/industries", headers={"x-api-key": KEY}, timeout=10).status_code
            for _ in range(5)
        }
    assert statuses == {200}


def test_a_base64_flagged_answer_leaves_as_its_bytes() -> None:
    picture = b"\x89PNG\r\n\x1a\n" + bytes(range(256))  # not UTF-8: only base64 carries it through Lambda

    def png(_event: dict[str, Any]) -> dict[str, Any]:
        encoded = base64.b64encode(picture).decode()
        return {"statusCode": 200, "headers": {"Content-Type": "image/png"}, "body": encoded, "isBase64Encoded": True}

    with serve(pool=FakePool(behaviour=png)) as running:
        response = requests.get(f"{running.url}/reviews", headers={"Accept": "image/png"}, timeout=10)
    assert response.status_code == 200 and response.headers["Content-Type"] == "image/png"
    assert response.content == picture


# --- integration failures ----------------------------------------------------------------------------


def test_a_crashing_handler_is_502() -> None:
    def crash(_event: dict[str, Any]) -> dict[str, Any]:
        raise RuntimeError("boom")

    with serve(pool=FakePool(behaviour=crash)) as running:
        assert_gateway_json(requests.get(f"{running.url}/industries", timeout=10), sd.INTEGRATION_FAILURE)


def test_a_malformed_handler_response_is_502() -> None:
    with serve(pool=FakePool(behaviour=lambda _event: {"body": "no status"})) as running:
        assert_gateway_json(requests.get(f"{running.url}/industries", timeout=10), sd.INTEGRATION_FAILURE)


def test_a_handler_slower_than_the_integration_timeout_is_504(release: threading.Event) -> None:
    def hang(_event: dict[str, Any]) -> dict[str, Any]:
        release.wait(30)
        return {"statusCode": 200, "body": ""}

    settings = GatewaySettings(throttle=False, integration_timeout=0.3)
    with serve(settings, pool=FakePool(behaviour=hang)) as running:
        assert_gateway_json(requests.get(f"{running.url}/industries", timeout=10), sd.INTEGRATION_TIMEOUT)


# --- framing, sizes, time ----------------------------------------------------------------------------


@pytest.mark.parametrize("length", ["abc", "-1", "1.5", "10, 10"])
def test_a_bad_content_length_is_400_json(served: Served, length: str) -> None:
    request = f"POST /uploads HTTP/1.1\r\nHost: x\r\nContent-Length: {length}\r\n\r\n{{}}".encode()
    status, headers, raw = parse_response(served.raw(request))
    body = json.loads(raw)
    assert status == 400 and headers["content-type"] == "application/json"
    assert body["message"] == "Bad Request" and body["error"]["code"] == sd.DEFAULT_4XX.code
    assert "Content-Length" in body["error"]["message"]
    assert served.pool.events == []


def test_an_unsupported_transfer_encoding_is_501_json(served: Served) -> None:
    request = b"POST /uploads HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: gzip\r\n\r\n"
    status, _, raw = parse_response(served.raw(request))
    body = json.loads(raw)
    assert status == 501 and body["message"] == "Not Implemented" and body["error"]["code"] == sd.DEFAULT_5XX.code


def test_a_body_over_10_mb_is_413_json_without_reading_it(served: Served) -> None:
    request = f"POST /classify_file HTTP/1.1\r\nHost: x\r\nContent-Length: {sd.MAX_PAYLOAD_BYTES + 1}\r\n\r\n"
    assert_gateway_json(parse_response(served.raw(request.encode())), sd.REQUEST_TOO_LARGE)


def test_exactly_10_mb_is_accepted(served: Served) -> None:
    response = requests.post(f"{served.url}/classify_file", data=b"x" * sd.MAX_PAYLOAD_BYTES, timeout=30)
    assert response.status_code == 200 and response.json()["body_length"] > 0


def test_a_chunked_body_over_the_limit_is_413_json() -> None:
    with serve(max_body_bytes=1000) as running:
        chunk = b"x" * 600
        request = (
            b"POST /uploads HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n"
            + b"%x\r\n%s\r\n" % (len(chunk), chunk) * 2
            + b"0\r\n\r\n"
        )
        assert_gateway_json(parse_response(running.raw(request)), sd.REQUEST_TOO_LARGE)
        assert running.pool.events == []


def test_a_chunked_body_is_one_request_and_the_connection_stays_usable(served: Served) -> None:
    chunked = (
        b"POST /uploads HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n"
        b'7\r\n{"filen\r\n'
        b'e\r\name": "a.pdf"}\r\n'
        b"0\r\n\r\n"
    )
    follow_up = b"GET /health HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"
    with socket.create_connection(("127.0.0.1", served.port), timeout=10) as sock:
        sock.sendall(chunked + follow_up)
        raw = read_until_closed(sock)
    assert raw.count(b"HTTP/1.1 200") == 2
    first, second = served.pool.events
    assert first["body"] == '{"filename": "a.pdf"}' and first["httpMethod"] == "POST"
    assert second["path"] == "/health"


def test_a_url_over_8192_characters_is_414_json(served: Served) -> None:
    response = requests.get(f"{served.url}/categories/{'x' * sd.MAX_URL_CHARS}", timeout=10)
    assert_gateway_json(response, sd.URI_TOO_LONG)


@pytest.mark.parametrize("size", [sd.MAX_REQUEST_LINE_AND_HEADERS_BYTES, 100_000])
def test_headers_over_the_limit_are_431_json(served: Served, size: int) -> None:
    """Over API Gateway's 10240 bytes the gateway answers; far over, waitress's own limit answers the same."""
    response = requests.get(f"{served.url}/health", headers={"X-Padding": "p" * size}, timeout=10)
    assert_gateway_json(response, sd.HEADERS_TOO_LARGE)


def test_a_stalled_body_is_closed_within_the_request_timeout() -> None:
    with serve(request_timeout=1.0, threads=1) as running:
        stalled = []
        for _ in range(3):  # more stalled clients than worker threads
            sock = socket.create_connection(("127.0.0.1", running.port), timeout=10)
            sock.sendall(b'POST /uploads HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\n{"file')
            stalled.append(sock)
        # the only worker thread is free: a slow body is buffered by the event loop, not read by a thread
        assert requests.get(f"{running.url}/health", timeout=5).status_code == 200
        started = time.monotonic()
        for sock in stalled:
            with sock:
                assert read_until_closed(sock) == b""  # closed by the server (a hang fails on the 10 s timeout)
        assert time.monotonic() - started < 9
        assert [e["path"] for e in running.pool.events] == ["/health"]


# --- secrets never logged ----------------------------------------------------------------------------


def test_access_log_has_method_path_status_duration_and_never_the_key(
    keyed: Served, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="local_runtime.gateway")
    requests.get(f"{keyed.url}/industries?api_key={KEY}", headers={"x-api-key": KEY}, timeout=10)
    requests.get(f"{keyed.url}/industries", headers={"x-api-key": OTHER_KEY + "zz"}, timeout=10)
    keyed.raw(f"POST /uploads?api_key={KEY} HTTP/1.1\r\nx-api-key: {KEY}\r\nContent-Length: x\r\n\r\n".encode())
    lines = [r.getMessage() for r in caplog.records]
    assert any(line.startswith("GET /industries 200 ") and line.endswith(" ms") for line in lines), lines
    assert any(line.startswith("GET /industries 403 ") for line in lines), lines
    assert any(line.startswith("POST /uploads 400 ") and line.endswith(" ms") for line in lines), lines
    assert not any(KEY in line or OTHER_KEY in line or "api_key" in line for line in lines)
