"""The hostile-request catalogue over a real socket, against the running local API.

Every request of ``tests/support/hostile.py`` (the handler-level catalogue) plus the ones only a
gateway sees (framing, sizes, methods, keys, stalled bodies) is sent as raw bytes; each must get its
status and JSON error code within a bounded time, and the service must still answer afterwards.
"""

from __future__ import annotations

import json
import socket
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from tests.e2e.conftest import Runtime, start_runtime
from tests.support import hostile

pytestmark = [pytest.mark.e2e, pytest.mark.slow]

API_KEY = "hostile-key-0001"
REQUEST_TIMEOUT = 2  # the runtime's --request-timeout: how long a stalled request may hold its connection
ANSWER_WITHIN = 30.0  # no request may go unanswered longer than this


@dataclass(frozen=True)
class Answer:
    status: int
    headers: dict[str, str]
    body: bytes

    def json(self) -> Any:
        return json.loads(self.body)


@pytest.fixture(scope="module")
def runtime(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Runtime]:
    started = start_runtime(
        tmp_path_factory.mktemp("hostile"),
        "--api-key",
        API_KEY,
        "--no-throttle",
        "--request-timeout",
        str(REQUEST_TIMEOUT),
        prefix="hostile",
    )
    yield started
    started.stop()


def address(runtime: Runtime) -> tuple[str, int]:
    host, port = runtime.url.removeprefix("http://").split(":")
    return host, int(port)


def read_answer(sock: socket.socket, *, head_only: bool = False) -> Answer | None:
    """One response on ``sock`` (framed by its Content-Length); None when the server closed without one."""
    sock.settimeout(ANSWER_WITHIN)
    raw = b""
    while b"\r\n\r\n" not in raw:
        chunk = sock.recv(65536)
        if not chunk:
            return None if not raw else Answer(0, {}, raw)
        raw += chunk
    head, _, body = raw.partition(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    headers = {k.strip().lower(): v.strip() for k, _, v in (line.partition(":") for line in lines[1:])}
    length = 0 if head_only else int(headers.get("content-length", "0"))
    while len(body) < length:
        chunk = sock.recv(65536)
        if not chunk:
            break
        body += chunk
    return Answer(int(lines[0].split()[1]), headers, body)


def send_raw(runtime: Runtime, data: bytes, *, head_only: bool = False) -> Answer:
    with socket.create_connection(address(runtime), timeout=ANSWER_WITHIN) as sock:
        sock.sendall(data)
        answer = read_answer(sock, head_only=head_only)
    assert answer is not None, "the connection closed without an answer"
    return answer


def request_bytes(
    method: str,
    path: str,
    headers: tuple[tuple[str, str], ...],
    body: bytes,
    *,
    query: str = "",
    key: str | None = API_KEY,
) -> bytes:
    target = f"{path}?{query}" if query else path
    lines = [f"{method} {target} HTTP/1.1", *(f"{k}: {v}" for k, v in headers)]
    if key is not None:
        lines.append(f"x-api-key: {key}")
    lines += [f"Content-Length: {len(body)}", "Connection: close"]
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1") + body


def assert_error(answer: Answer, status: int, code: str) -> None:
    assert answer.status == status, (answer.status, answer.body[:500])
    assert answer.headers.get("content-type", "").startswith("application/json"), answer.headers
    assert answer.json()["error"]["code"] == code, answer.body[:500]


@pytest.mark.parametrize("case", hostile.ALL, ids=[case.name for case in hostile.ALL])
def test_catalogue_request_over_the_socket(runtime: Runtime, case: hostile.HostileRequest) -> None:
    answer = send_raw(runtime, request_bytes(case.method, case.path, case.headers, case.body, query=case.query))
    if case.code is None:
        assert 200 <= answer.status < 300, (answer.status, answer.body[:500])
    else:
        assert_error(answer, case.status, case.code)


GATEWAY_CASES: tuple[tuple[str, bytes, int, str], ...] = (
    (
        "non_numeric_content_length",
        b"POST /classify_file HTTP/1.1\r\nHost: x\r\nContent-Length: ten\r\nx-api-key: "
        + API_KEY.encode()
        + b"\r\n\r\n",
        400,
        "bad_request",
    ),
    (
        "negative_content_length",
        b"POST /classify_file HTTP/1.1\r\nHost: x\r\nContent-Length: -5\r\nx-api-key: "
        + API_KEY.encode()
        + b"\r\n\r\n",
        400,
        "bad_request",
    ),
    (
        "declared_body_over_10_mb",
        b"POST /classify_file HTTP/1.1\r\nHost: x\r\nContent-Length: 10485761\r\n\r\n",
        413,
        "too_large",
    ),
    ("uri_too_long", f"GET /health?{'q' * 9000} HTTP/1.1\r\nHost: x\r\n\r\n".encode(), 414, "uri_too_long"),
    (
        "headers_too_large",
        (
            "GET /health HTTP/1.1\r\nHost: x\r\n" + "".join(f"X-{i}: {'h' * 200}\r\n" for i in range(60)) + "\r\n"
        ).encode(),
        431,
        "headers_too_large",
    ),
    ("unknown_path", b"GET /nowhere HTTP/1.1\r\nHost: x\r\n\r\n", 403, "route_not_found"),
    ("patch_method", b"PATCH /classify_file HTTP/1.1\r\nHost: x\r\nContent-Length: 0\r\n\r\n", 403, "route_not_found"),
    ("options_method", b"OPTIONS /classify_file HTTP/1.1\r\nHost: x\r\n\r\n", 403, "route_not_found"),
    ("trace_method", b"TRACE /health HTTP/1.1\r\nHost: x\r\n\r\n", 403, "route_not_found"),
    ("made_up_method", b"BREW /health HTTP/1.1\r\nHost: x\r\n\r\n", 403, "route_not_found"),
    ("missing_api_key", b"GET /industries HTTP/1.1\r\nHost: x\r\n\r\n", 403, "forbidden"),
    ("wrong_api_key", b"GET /industries HTTP/1.1\r\nHost: x\r\nx-api-key: nope\r\n\r\n", 403, "forbidden"),
    (
        "two_api_keys",
        b"GET /industries HTTP/1.1\r\nHost: x\r\nx-api-key: nope\r\nx-api-key: " + API_KEY.encode() + b"\r\n\r\n",
        403,
        "forbidden",
    ),
    (
        "unsupported_transfer_encoding",
        b"POST /uploads HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: gzip\r\n\r\n",
        501,
        "gateway_error",
    ),
)


@pytest.mark.parametrize(("data", "status", "code"), [c[1:] for c in GATEWAY_CASES], ids=[c[0] for c in GATEWAY_CASES])
def test_gateway_level_request(runtime: Runtime, data: bytes, status: int, code: str) -> None:
    assert_error(send_raw(runtime, data), status, code)


def test_head_is_refused_without_a_body(runtime: Runtime) -> None:
    with socket.create_connection(address(runtime), timeout=ANSWER_WITHIN) as sock:
        sock.sendall(b"HEAD /health HTTP/1.1\r\nHost: x\r\n\r\n")
        answer = read_answer(sock, head_only=True)
        assert answer is not None and answer.status == 403 and answer.body == b""
        sock.settimeout(0.5)
        with pytest.raises(TimeoutError):  # and no body follows the head
            sock.recv(1)
        sock.settimeout(ANSWER_WITHIN)
        # nothing but the head came: the next request on the connection gets its own answer
        sock.sendall(b"GET /health HTTP/1.1\r\nHost: x\r\n\r\n")
        following = read_answer(sock)
        assert following is not None and following.status == 200, following


def test_a_chunked_body_is_one_request(runtime: Runtime) -> None:
    body = json.dumps({"filename": "a.pdf", "industry": "finance"}).encode()
    chunked = (
        b"".join(f"{len(piece):x}\r\n".encode() + piece + b"\r\n" for piece in (body[:7], body[7:])) + b"0\r\n\r\n"
    )
    head = (
        f"POST /uploads HTTP/1.1\r\nHost: x\r\nx-api-key: {API_KEY}\r\nContent-Type: application/json\r\n"
        "Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n"
    ).encode()
    answer = send_raw(runtime, head + chunked)
    assert answer.status == 201, answer.body
    assert answer.json()["upload"]["fields"]


def test_stalled_bodies_are_cut_off_and_do_not_block_others(runtime: Runtime) -> None:
    stalled = []
    for _ in range(10):
        sock = socket.create_connection(address(runtime), timeout=ANSWER_WITHIN)
        head = f"POST /classify_file HTTP/1.1\r\nHost: x\r\nx-api-key: {API_KEY}\r\nContent-Length: 1000\r\n\r\n"
        sock.sendall(head.encode() + b"abc")
        stalled.append(sock)
    started = time.monotonic()
    # meanwhile the service answers others at once
    assert send_raw(runtime, b"GET /health HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n").status == 200
    for sock in stalled:
        with sock:
            answer = read_answer(sock)  # an answer or a closed connection: never a wait without end
            assert answer is None or 400 <= answer.status < 500
    assert time.monotonic() - started < REQUEST_TIMEOUT + 10


def test_the_service_still_answers_after_the_catalogue(runtime: Runtime) -> None:
    # runs last in this module: whatever came before, health and a real request still work
    assert send_raw(runtime, b"GET /health HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n").status == 200
    good = hostile.GOOD_FORM
    answer = send_raw(
        runtime,
        request_bytes("POST", "/classify_file", (hostile.HOST, ("Content-Type", hostile.FORM)), good),
    )
    assert answer.status == 200 and answer.json()["file_class"] == "invoice", answer.body[:300]


def test_log_never_holds_the_key(runtime: Runtime) -> None:
    assert API_KEY not in Path(runtime.log).read_text(encoding="utf-8", errors="replace")
