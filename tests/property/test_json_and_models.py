"""JSON request bodies and request models: any input is a value or a clear 4xx error, never a crash."""

from __future__ import annotations

import json
from typing import Any

from doc_classifier.service.api.json_body import parse_json
from doc_classifier.service.api.models import FeedbackRequest, UploadRequest
from doc_classifier.service.errors import DuplicateField, MalformedJson
from hypothesis import given
from hypothesis import strategies as st
from pydantic import ValidationError

MAX_DEPTH = 32

scalars = st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False, allow_infinity=False) | st.text()
json_values = st.recursive(
    scalars,
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4),
    max_leaves=30,
)


def depth(value: Any) -> int:
    if isinstance(value, list):
        return 1 + max((depth(v) for v in value), default=0)
    if isinstance(value, dict):
        return 1 + max((depth(v) for v in value.values()), default=0)
    return 0


@given(json_values)
def test_every_json_value_round_trips(value: Any) -> None:
    encoded = json.dumps(value).encode()
    if depth(value) > MAX_DEPTH:
        return
    assert parse_json(encoded, MAX_DEPTH) == value


@given(st.binary(max_size=512))
def test_arbitrary_bytes_are_a_value_or_a_json_error(body: bytes) -> None:
    try:
        parse_json(body, MAX_DEPTH)
    except (MalformedJson, DuplicateField) as exc:
        assert exc.message


@given(st.text(alphabet='[]{}"\\,:0 ', max_size=200))
def test_bracket_soup_never_overflows(text: str) -> None:
    try:
        value = parse_json(text.encode(), MAX_DEPTH)
    except (MalformedJson, DuplicateField):
        return
    assert depth(value) <= MAX_DEPTH


@given(st.integers(min_value=MAX_DEPTH + 1, max_value=50_000), st.sampled_from(["[", '{"a":']))
def test_deep_nesting_is_refused_before_parsing(levels: int, opener: str) -> None:
    closer = "]" if opener == "[" else "}"
    try:
        parse_json((opener * levels + "1" + closer * levels).encode(), MAX_DEPTH)
    except MalformedJson as exc:
        assert "nested deeper" in exc.message
    else:
        raise AssertionError("accepted")


@given(st.dictionaries(st.text(max_size=12), json_values, max_size=5))
def test_upload_request_validates_or_refuses(data: dict[str, Any]) -> None:
    try:
        request = UploadRequest.model_validate(data)
    except ValidationError:
        return
    assert set(data) <= {"filename", "industry", "priority"} and 1 <= len(request.filename) <= 1024


@given(st.fixed_dictionaries({"correct_class": json_values}) | st.dictionaries(st.text(max_size=12), json_values))
def test_feedback_request_validates_or_refuses(data: dict[str, Any]) -> None:
    try:
        request = FeedbackRequest.model_validate(data)
    except ValidationError:
        return
    assert set(data) <= {"correct_class", "documents", "reviewer"}
    assert request.correct_class is not None or request.documents  # a verdict says something
    assert request.correct_class is None or 1 <= len(request.correct_class) <= 100
