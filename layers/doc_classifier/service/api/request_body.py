"""Reads each route's request body strictly, in place of Powertools' lenient reading.

Powertools 3.37 treats a body without Content-Type as JSON, keeps the first of two same-named form parts,
accepts a multipart body without its closing boundary, matches ``name=`` inside ``filename=`` and lets
non-UTF-8 headers, a missing boundary or 10,000 nested brackets escape as 500s. Its request validation
middleware reads the body in one method, ``_get_body``; :class:`StrictRequestValidation` overrides just
that method, so the body is parsed once, here, and Powertools still validates the values against each
route's signature. ``tests/unit/functions/test_hostile_requests.py`` fails if an upgrade bypasses it.
"""

from __future__ import annotations

import base64
import binascii
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any

from aws_lambda_powertools.event_handler import APIGatewayRestResolver
from aws_lambda_powertools.event_handler.middlewares.openapi_validation import OpenAPIRequestValidationMiddleware
from aws_lambda_powertools.event_handler.openapi.params import File, Form, UploadFile
from aws_lambda_powertools.utilities.data_classes.common import BaseProxyEvent

from doc_classifier.service.api.json_body import parse_json
from doc_classifier.service.api.multipart import FormPart, boundary_of, iter_parts, parse_header
from doc_classifier.service.errors import (
    BodyTooLarge,
    DuplicateField,
    MalformedJson,
    MalformedMultipart,
    ServiceError,
    UnknownField,
    UnsupportedContentType,
)
from doc_classifier.service.settings import ServiceSettings

if TYPE_CHECKING:
    from aws_lambda_powertools.event_handler.openapi.compat import ModelField
    from aws_lambda_powertools.event_handler.types import EventHandlerInstance

FORM_DATA = "multipart/form-data"
JSON = "application/json"


class StrictRequestValidation(OpenAPIRequestValidationMiddleware):
    def __init__(self, settings: Callable[[], ServiceSettings]) -> None:
        super().__init__()  # type: ignore[no-untyped-call]  # Powertools leaves it unannotated
        self._settings = settings

    def _get_body(self, app: EventHandlerInstance) -> Any:
        fields: list[ModelField] = app.context["_route"].dependant.body_params
        return read_body(app.current_event, fields, self._settings())


def install(app: APIGatewayRestResolver, settings: Callable[[], ServiceSettings]) -> None:
    """Replaces the request validation middleware the resolver created for ``enable_validation=True``."""
    app._request_validation_middleware = StrictRequestValidation(settings)


def read_body(event: BaseProxyEvent, fields: list[ModelField], settings: ServiceSettings) -> Any:
    """The body as Powertools' validation expects it: form values by field name, or the parsed JSON."""
    raw_content_type = event.headers.get("content-type")
    content_type = parse_header("Content-Type", raw_content_type or "")
    if any(isinstance(field.field_info, Form) for field in fields):  # File is a Form
        if raw_content_type is None or content_type.get_content_type() != FORM_DATA:
            raise UnsupportedContentType(_wrong_type(FORM_DATA, raw_content_type))
        boundary = boundary_of(content_type)
        return _form_values(iter_parts(_body_bytes(event, MalformedMultipart), boundary), fields)
    charset = content_type.get_param("charset", "utf-8")
    utf8 = isinstance(charset, str) and charset.lower() == "utf-8"
    if raw_content_type is None or content_type.get_content_type() != JSON or not utf8:
        raise UnsupportedContentType(_wrong_type(f"{JSON} (UTF-8)", raw_content_type))
    body = _body_bytes(event, MalformedJson)
    if len(body) > settings.json_body_max_bytes:
        raise BodyTooLarge(f"a JSON body may have at most {settings.json_body_max_bytes} bytes")
    return parse_json(body, settings.json_body_max_depth)


def _wrong_type(expected: str, got: str | None) -> str:
    sent = "no Content-Type" if got is None else f"Content-Type {got[:100]!r}"
    return f"this route takes {expected}; the request has {sent}"


def _body_bytes(event: BaseProxyEvent, malformed: type[ServiceError]) -> bytes:
    body = event.body or ""
    try:
        if event.is_base64_encoded:
            return base64.b64decode(body, validate=True)
        # API Gateway passes a body of a type outside binaryMediaTypes as UTF-8 text.
        return body.encode("utf-8")
    except (binascii.Error, ValueError) as exc:
        raise malformed(f"the body cannot be decoded ({type(exc).__name__})") from None


def _form_values(parts: Iterable[FormPart], fields: list[ModelField]) -> dict[str, Any]:
    files = {field.alias for field in fields if isinstance(field.field_info, File)}
    known = {field.alias for field in fields}
    values: dict[str, Any] = {}
    for part in parts:
        if part.name not in known:
            expected = ", ".join(sorted(known))
            raise UnknownField(f"form field {part.name[:64]!r} is not taken here; the fields are: {expected}")
        if part.name in values:
            raise DuplicateField(f"form field {part.name!r} is sent more than once")
        # The declared field decides how a part is read; a file part needs no filename (RFC 7578 section 4.2).
        if part.name in files:
            values[part.name] = UploadFile(content=part.content, filename=part.filename, content_type=part.content_type)
            continue
        try:
            values[part.name] = part.content.decode("utf-8")
        except UnicodeDecodeError:
            raise MalformedMultipart(f"form field {part.name!r} is not UTF-8 text") from None
    return values
