"""Strict JSON request bodies (RFC 8259): UTF-8, bounded nesting, no duplicate keys, no NaN, no lone surrogates."""

from __future__ import annotations

import json
from typing import Any

from doc_classifier.service.errors import DuplicateField, MalformedJson

_OPENERS = "[{"


def parse_json(body: bytes, max_depth: int) -> Any:
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise MalformedJson(f"the body is not UTF-8 (invalid byte at offset {exc.start})") from None
    if not text.strip():
        raise MalformedJson("the body is empty; expected a JSON object")
    # json.loads recurses once per level and would overflow the stack on deep input, so depth is checked first.
    if _nesting_exceeds(text, max_depth):
        raise MalformedJson(f"the JSON is nested deeper than {max_depth} levels")
    try:
        value = json.loads(text, object_pairs_hook=_object_without_duplicates, parse_constant=_refuse_constant)
    except json.JSONDecodeError as exc:
        raise MalformedJson(f"not JSON: {exc.msg} at line {exc.lineno} column {exc.colno}") from None
    try:
        json.dumps(value, ensure_ascii=False).encode("utf-8")
    except UnicodeEncodeError:
        raise MalformedJson("the JSON contains an unpaired surrogate escape (\\ud800-\\udfff)") from None
    return value


def _object_without_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise DuplicateField(f"JSON key {key[:64]!r} appears more than once")
        result[key] = value
    return result


def _refuse_constant(name: str) -> Any:
    raise MalformedJson(f"not JSON: {name} is not a JSON value")


def _nesting_exceeds(text: str, max_depth: int) -> bool:
    if text.count("[") + text.count("{") <= max_depth:  # cheap and exact enough for every ordinary body
        return False
    depth = 0
    in_string = escaped = False
    for char in text:
        if in_string:
            if escaped:
                escaped = False
            elif char == "\\":
                escaped = True
            elif char == '"':
                in_string = False
        elif char == '"':
            in_string = True
        elif char in _OPENERS:
            depth += 1
            if depth > max_depth:
                return True
        elif char in "]}":
            depth -= 1
    return False
