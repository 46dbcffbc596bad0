"""Multipart bodies: well-formed ones read back exactly, anything else is a clear 4xx, never a 5xx."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any

import pytest
from doc_classifier.service.api.multipart import FormPart, boundary_of, iter_parts, parse_header
from doc_classifier.service.errors import MalformedMultipart
from hypothesis import given
from hypothesis import strategies as st

from functions.api import handler as api
from infra.local_runtime.containers import LocalContext
from infra.local_runtime.proxy_events import match_route, proxy_event
from tests.support import hostile
from tests.unit.functions.conftest import Aws, aws_environment

BOUNDARY_CHARS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz'()+_,-./:=?"
boundaries = st.text(alphabet=BOUNDARY_CHARS, min_size=1, max_size=70)
names = st.text(alphabet=st.characters(blacklist_categories=["Cs", "Cc"], blacklist_characters='"\\'), min_size=1)
# email.message strips the whitespace around a filename (unused anyway: the content decides).
filenames = st.none() | names.map(str.strip).filter(bool)


def encode(parts: list[FormPart], boundary: str) -> bytes:
    body = b""
    for part in parts:
        disposition = f'form-data; name="{part.name}"'
        if part.filename is not None:
            disposition += f'; filename="{part.filename}"'
        body += f"--{boundary}\r\nContent-Disposition: {disposition}\r\n\r\n".encode() + part.content + b"\r\n"
    return body + f"--{boundary}--\r\n".encode()


@st.composite
def forms(draw: st.DrawFn) -> tuple[str, list[FormPart]]:
    boundary = draw(boundaries)
    contents = st.binary(max_size=300).filter(lambda c: f"--{boundary}".encode() not in b"\r\n" + c + b"\r\n")
    parts = draw(
        st.lists(
            st.builds(FormPart, name=names, filename=filenames, content_type=st.none(), content=contents),
            min_size=1,
            max_size=4,
        )
    )
    return boundary, parts


@given(forms())
def test_well_formed_bodies_read_back_exactly(form: tuple[str, list[FormPart]]) -> None:
    boundary, parts = form
    assert list(iter_parts(encode(parts, boundary), boundary)) == parts


@given(forms(), st.data())
def test_a_truncated_body_is_refused(form: tuple[str, list[FormPart]], data: st.DataObject) -> None:
    boundary, parts = form
    body = encode(parts, boundary)
    close = f"\r\n--{boundary}--".encode()
    cut = data.draw(st.integers(min_value=0, max_value=body.rindex(close)), label="cut")
    with pytest.raises(MalformedMultipart):
        list(iter_parts(body[:cut], boundary))


@given(st.binary(max_size=600), boundaries)
def test_arbitrary_bytes_are_parts_or_malformed(body: bytes, boundary: str) -> None:
    try:
        for part in iter_parts(body, boundary):
            assert part.name
    except MalformedMultipart as exc:
        assert exc.message


@given(st.text(max_size=200))
def test_any_content_type_header_gives_a_boundary_or_malformed(value: str) -> None:
    try:
        boundary = boundary_of(parse_header("Content-Type", value))
    except MalformedMultipart:
        return
    assert re.fullmatch(f"[{re.escape(BOUNDARY_CHARS)} ]{{1,70}}", boundary)


# Through the real handler: the body, the boundary and the part headers are all hostile.
header_lines = st.lists(
    st.binary(max_size=60).map(lambda b: b.replace(b"\r\n", b""))
    | st.sampled_from(
        [
            b'Content-Disposition: form-data; name="file"',
            b'Content-Disposition: form-data; name="industry"',
            b'Content-Disposition: form-data; name="file"; filename="a.pdf"',
            b"Content-Type: application/pdf",
            b"Content-Transfer-Encoding: binary",
        ]
    ),
    max_size=3,
)


@st.composite
def hostile_forms(draw: st.DrawFn) -> tuple[str, bytes]:
    boundary = draw(boundaries)
    body = b""
    for _ in range(draw(st.integers(min_value=0, max_value=3))):
        head = b"\r\n".join(draw(header_lines))
        body += f"--{boundary}\r\n".encode() + head + b"\r\n\r\n" + draw(st.binary(max_size=80)) + b"\r\n"
    body += draw(st.sampled_from([f"--{boundary}--\r\n".encode(), b"", f"--{boundary}".encode(), b"--x--"]))
    if draw(st.booleans()):
        body = draw(st.binary(max_size=200))
    content_type = draw(
        st.sampled_from([f"multipart/form-data; boundary={boundary}", f'multipart/form-data; boundary="{boundary}"'])
        | st.text(max_size=80)
    )
    return content_type, body


@pytest.fixture(scope="module")
def emulated_aws() -> Iterator[Aws]:
    with pytest.MonkeyPatch.context() as monkeypatch, aws_environment(monkeypatch) as environment:
        yield environment


def answer(method: str, path: str, headers: list[tuple[str, str]], body: bytes) -> tuple[int, dict[str, Any]]:
    route = match_route(method, path)
    assert route is not None
    event = proxy_event(method=method, path=path, query="", headers=headers, body=body, route=route)
    response = api.handler(event, LocalContext("property", 128, 30))
    return response["statusCode"], json.loads(response["body"])


def assert_clear_answer(status: int, body: dict[str, Any]) -> None:
    assert status < 500, body
    if status >= 400:
        assert set(body) == {"error"} and isinstance(body["error"]["code"], str) and body["error"]["message"]


@given(hostile_forms(), st.sampled_from(["/classify_file", "/classify_file_async"]))
def test_hostile_forms_through_the_handler(emulated_aws: Aws, form: tuple[str, bytes], path: str) -> None:
    content_type, body = form
    assert_clear_answer(*answer("POST", path, [hostile.HOST, ("Content-Type", content_type)], body))


@given(
    st.binary(max_size=300),
    st.none() | st.text(max_size=60),
    st.sampled_from(["/uploads", f"/classification_result/{hostile.TASK_ID}/feedback"]),
)
def test_hostile_json_through_the_handler(emulated_aws: Aws, body: bytes, content_type: str | None, path: str) -> None:
    headers = [hostile.HOST] + ([] if content_type is None else [("Content-Type", content_type)])
    assert_clear_answer(*answer("POST", path, headers, body))


@given(
    st.text(alphabet=st.characters(blacklist_categories=["Cs"], blacklist_characters="/?#"), min_size=1, max_size=80),
    st.dictionaries(
        st.text(
            alphabet=st.characters(min_codepoint=33, max_codepoint=126, blacklist_characters=":"),
            min_size=1,
            max_size=20,
        ),
        st.text(alphabet=st.characters(min_codepoint=32, max_codepoint=126), max_size=200),
        max_size=5,
    ),
)
def test_hostile_task_ids_and_headers(emulated_aws: Aws, task_id: str, headers: dict[str, str]) -> None:
    assert_clear_answer(*answer("GET", f"/classification_result/{task_id}", [hostile.HOST, *headers.items()], b""))


@given(
    st.sampled_from(["GET", "POST", "PUT", "DELETE", "PATCH", "HEAD", "OPTIONS"]),
    st.lists(
        st.text(alphabet=st.characters(blacklist_categories=["Cs"], blacklist_characters="/"), max_size=20), max_size=4
    ),
    st.dictionaries(st.text(max_size=10), st.text(max_size=30), max_size=4),
)
def test_any_method_path_and_query_is_answered_clearly(
    emulated_aws: Aws, method: str, segments: list[str], query: dict[str, str]
) -> None:
    """Events API Gateway would route nowhere still get the JSON error shape from the handler."""
    route = match_route("GET", "/health")
    assert route is not None
    path = "/" + "/".join(segments)
    event = proxy_event(method=method, path=path, query="", headers=[hostile.HOST], body=b"", route=route)
    event["queryStringParameters"] = query or None
    event["multiValueQueryStringParameters"] = {k: [v] for k, v in query.items()} or None
    response = api.handler(event, LocalContext("property", 128, 30))
    status = response["statusCode"]
    assert status < 500
    if status >= 400:
        assert_clear_answer(status, json.loads(response["body"]))
