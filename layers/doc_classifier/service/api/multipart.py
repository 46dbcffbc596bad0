"""Strict ``multipart/form-data`` (RFC 7578 over RFC 2046 framing): a body is read exactly or refused.

Framing is found with ``bytes.find`` (a 4 MB upload costs microseconds); header parameters (quoting,
``filename*``) are read by the standard library's ``email.message``, already loaded by botocore.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from email.message import Message

from doc_classifier.service.errors import MalformedMultipart

CRLF = b"\r\n"
# RFC 2046 section 5.1.1: 1 to 70 of these characters, the last not a space.
_BOUNDARY = re.compile(r"[0-9A-Za-z'()+_,\-./:=? ]{0,69}[0-9A-Za-z'()+_,\-./:=?]")
_TOKEN = re.compile(r"[!#$%&'*+\-.^_`|~0-9A-Za-z]+")  # a header name (RFC 9110 section 5.6.2)
_PADDING = b" \t"  # transport padding allowed after a boundary (RFC 2046)
# RFC 7578 section 4.7: senders must not encode parts; these three mean "not encoded".
_IDENTITY_ENCODINGS = {"7bit", "8bit", "binary"}


@dataclass(frozen=True)
class FormPart:
    name: str
    filename: str | None
    content_type: str | None
    content: bytes


def parse_header(name: str, value: str) -> Message:
    """A header value with its parameters (``get_content_type``, ``get_param``)."""
    header = Message()
    header[name] = value
    return header


def boundary_of(content_type: Message) -> str:
    boundary = content_type.get_param("boundary")
    if boundary is None:
        raise MalformedMultipart("multipart/form-data needs a boundary parameter in its Content-Type")
    if not isinstance(boundary, str) or not _BOUNDARY.fullmatch(boundary):
        raise MalformedMultipart("the multipart boundary must be 1 to 70 characters allowed by RFC 2046")
    return boundary


def iter_parts(body: bytes, boundary: str) -> Iterator[FormPart]:
    """Each part in order; raises ``MalformedMultipart`` where the framing or a part's headers are broken.

    Parts are yielded as they are found so that a caller can refuse an unwanted one before the rest is read.
    """
    delimiter = b"--" + boundary.encode("ascii")
    if body.startswith(delimiter):
        position = 0
    else:  # a preamble is allowed; the first delimiter then starts a line
        found = body.find(CRLF + delimiter)
        if found < 0:
            raise MalformedMultipart("the body does not contain the boundary given in its Content-Type")
        position = found + 2
    count = 0
    while True:
        after = position + len(delimiter)
        if body.startswith(b"--", after):
            if count == 0:
                raise MalformedMultipart("the multipart body has no parts")
            epilogue = body[after + 2 :].lstrip(_PADDING)
            if epilogue and not epilogue.startswith(CRLF):
                raise MalformedMultipart("the closing boundary is followed by something other than a line end")
            return
        line_end = body.find(CRLF, after)
        if line_end < 0 or body[after:line_end].strip(_PADDING):
            raise MalformedMultipart("a boundary line is malformed (expected the boundary, then CRLF or --)")
        start = line_end + 2
        end = body.find(CRLF + delimiter, start)
        if end < 0:
            raise MalformedMultipart("the multipart body has no closing boundary (truncated?)")
        count += 1
        yield _part(body[start:end], count)
        position = end + 2


def _part(raw: bytes, number: int) -> FormPart:
    if raw.startswith(CRLF):
        head, content = b"", raw[2:]
    else:
        head_end = raw.find(CRLF + CRLF)
        if head_end < 0:
            raise MalformedMultipart(f"part {number}: its headers do not end with an empty line")
        head, content = raw[:head_end], raw[head_end + 4 :]
    try:
        text = head.decode("utf-8")
    except UnicodeDecodeError:
        raise MalformedMultipart(f"part {number}: its headers are not UTF-8 (RFC 7578 section 5.1)") from None
    headers: dict[str, str] = {}
    for line in text.split("\r\n") if text else ():
        name, colon, value = line.partition(":")
        if not colon or not _TOKEN.fullmatch(name) or any(c in value for c in "\r\n\0"):
            raise MalformedMultipart(f"part {number}: a header line is not 'Name: value'")
        if name.lower() in headers:
            raise MalformedMultipart(f"part {number}: header {name} appears twice")
        headers[name.lower()] = value.strip()
    disposition_value = headers.get("content-disposition")
    if disposition_value is None:
        raise MalformedMultipart(f"part {number}: no Content-Disposition header")
    disposition = parse_header("Content-Disposition", disposition_value)
    if disposition.get_content_disposition() != "form-data":
        raise MalformedMultipart(f"part {number}: Content-Disposition must be form-data")
    field_name = disposition.get_param("name", header="content-disposition")
    if not isinstance(field_name, str) or not field_name:
        raise MalformedMultipart(f"part {number}: Content-Disposition has no name")
    encoding = headers.get("content-transfer-encoding", "binary").lower()
    if encoding not in _IDENTITY_ENCODINGS:
        raise MalformedMultipart(f"part {number}: Content-Transfer-Encoding {encoding[:20]!r} is not supported")
    return FormPart(
        name=field_name, filename=disposition.get_filename(), content_type=headers.get("content-type"), content=content
    )
