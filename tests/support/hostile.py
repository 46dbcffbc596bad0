"""Requests broken at the HTTP level and what the API must answer to each.

One catalogue for every layer that can receive them: the event-level tests drive the Lambda handler with
these (built into proxy events the way the local gateway builds them), a socket-level test can send the
same bytes to a running gateway. ``code`` is the ``error.code`` of the JSON error body; ``None`` marks a
request that is unusual but valid and must be served (2xx).
"""

from __future__ import annotations

import json
from dataclasses import dataclass

BOUNDARY = "hostile-boundary-5c1d"
FORM = f"multipart/form-data; boundary={BOUNDARY}"
JSON = "application/json"
HOST = ("Host", "127.0.0.1:3000")
# The fake classifier of the unit tests and the real model both read this as an invoice.
DOCUMENT = b"INVOICE\r\nInvoice number 7\r\nBill to: ACME\r\nAmount due: 10.00 EUR\r\n"
TASK_ID = "5f0c6b1e9a8d4c2b8e7f6a5b4c3d2e1f"  # well formed, never created
DEEP_JSON = b"[" * 10_000 + b"]" * 10_000


@dataclass(frozen=True)
class HostileRequest:
    name: str
    method: str
    path: str
    headers: tuple[tuple[str, str], ...]
    body: bytes
    status: int
    code: str | None
    query: str = ""


def part(name: str, content: bytes, filename: str | None = None, *, disposition: str | None = None) -> bytes:
    """One part, framing included: ``--boundary CRLF headers CRLF CRLF content CRLF``."""
    if disposition is None:
        disposition = f'form-data; name="{name}"' + (f'; filename="{filename}"' if filename is not None else "")
    return f"--{BOUNDARY}\r\nContent-Disposition: {disposition}\r\n\r\n".encode() + content + b"\r\n"


def form(*parts: bytes, close: bytes = f"--{BOUNDARY}--\r\n".encode()) -> bytes:
    return b"".join(parts) + close


def _raw_part(head: bytes, content: bytes = DOCUMENT) -> bytes:
    return f"--{BOUNDARY}\r\n".encode() + head + b"\r\n\r\n" + content + b"\r\n"


FILE = part("file", DOCUMENT, "invoice.txt")
GOOD_FORM = form(FILE, part("industry", b"finance"))


def _classify(name: str, body: bytes, status: int, code: str | None, content_type: str | None = FORM) -> HostileRequest:
    headers = (HOST,) if content_type is None else (HOST, ("Content-Type", content_type))
    return HostileRequest(name, "POST", "/classify_file", headers, body, status, code)


def _json(
    name: str, path: str, body: bytes, status: int, code: str | None, *, content_type: str | None = JSON
) -> HostileRequest:
    headers = (HOST,) if content_type is None else (HOST, ("Content-Type", content_type))
    return HostileRequest(name, "POST", path, headers, body, status, code)


def _get(
    name: str, path: str, status: int, code: str | None, *headers: tuple[str, str], query: str = ""
) -> HostileRequest:
    return HostileRequest(name, "GET", path, (HOST, *headers), b"", status, code, query)


UPLOAD = json.dumps({"filename": "scan.pdf", "industry": "finance"}).encode()
FEEDBACK = f"/classification_result/{TASK_ID}/feedback"

MULTIPART: tuple[HostileRequest, ...] = (
    _classify("file_part_without_filename", form(part("file", DOCUMENT)), 200, None),
    _classify("multipart_without_boundary", GOOD_FORM, 400, "malformed_multipart", "multipart/form-data"),
    _classify("multipart_empty_boundary", GOOD_FORM, 400, "malformed_multipart", "multipart/form-data; boundary="),
    _classify(
        "multipart_boundary_too_long",
        GOOD_FORM,
        400,
        "malformed_multipart",
        f"multipart/form-data; boundary={'b' * 71}",
    ),
    _classify("multipart_without_content_type", GOOD_FORM, 415, "unsupported_content_type", content_type=None),
    _classify("multipart_as_text_plain", GOOD_FORM, 415, "unsupported_content_type", content_type="text/plain"),
    _classify("json_to_a_form_route", b'{"industry": "finance"}', 415, "unsupported_content_type", JSON),
    _classify(
        "urlencoded_to_a_form_route",
        b"industry=finance",
        415,
        "unsupported_content_type",
        "application/x-www-form-urlencoded",
    ),
    _classify(
        "non_utf8_filename",
        form(_raw_part(b'Content-Disposition: form-data; name="file"; filename="\xff\xfe.pdf"')),
        400,
        "malformed_multipart",
    ),
    _classify("two_file_parts", form(FILE, part("file", b"%PDF-1.7 other", "b.pdf")), 400, "duplicate_field"),
    _classify(
        "two_industry_parts",
        form(FILE, part("industry", b"finance"), part("industry", b"legal")),
        400,
        "duplicate_field",
    ),
    _classify("unknown_field", form(FILE, part("industy", b"legal")), 400, "unknown_field"),
    _classify("wrong_closing_boundary", form(FILE, close=b"--other-boundary--\r\n"), 400, "malformed_multipart"),
    _classify("missing_closing_boundary", form(FILE, close=b""), 400, "malformed_multipart"),
    _classify(
        "closing_boundary_with_one_dash", form(FILE, close=f"--{BOUNDARY}-\r\n".encode()), 400, "malformed_multipart"
    ),
    _classify("truncated_in_the_file", GOOD_FORM[: len(FILE) - 20], 400, "malformed_multipart"),
    _classify(
        "part_without_content_disposition", form(_raw_part(b"Content-Type: text/plain")), 400, "malformed_multipart"
    ),
    _classify(
        "part_without_headers", form(f"--{BOUNDARY}\r\n\r\n".encode() + DOCUMENT + b"\r\n"), 400, "malformed_multipart"
    ),
    _classify(
        "part_not_form_data",
        form(part("file", DOCUMENT, disposition='attachment; name="file"')),
        400,
        "malformed_multipart",
    ),
    _classify(
        "part_without_name",
        form(part("", DOCUMENT, disposition='form-data; filename="a.txt"')),
        400,
        "malformed_multipart",
    ),
    _classify(
        "part_headers_never_end",
        f'--{BOUNDARY}\r\nContent-Disposition: form-data; name="file"\r\n--{BOUNDARY}--\r\n'.encode(),
        400,
        "malformed_multipart",
    ),
    _classify(
        "header_line_without_colon",
        form(_raw_part(b'Content-Disposition: form-data; name="file"\r\nbogus')),
        400,
        "malformed_multipart",
    ),
    _classify("lf_line_endings", GOOD_FORM.replace(b"\r\n", b"\n"), 400, "malformed_multipart"),
    _classify("empty_body", b"", 400, "malformed_multipart"),
    _classify("no_parts", form(), 400, "malformed_multipart"),
    _classify("garbage_body", bytes(range(256)) * 4, 400, "malformed_multipart"),
    _classify(
        "content_transfer_encoding_base64",
        form(_raw_part(b'Content-Disposition: form-data; name="file"\r\nContent-Transfer-Encoding: base64', b"SU5W")),
        400,
        "malformed_multipart",
    ),
    _classify("non_utf8_industry", form(FILE, part("industry", b"fin\xe4nce")), 400, "malformed_multipart"),
    _classify("oversized_industry", form(FILE, part("industry", b"x" * 10_000)), 422, "malformed_request"),
    # Unusual but valid (RFC 7578 / RFC 2046): served.
    _classify("quoted_mixed_case_boundary", GOOD_FORM, 200, None, f'Multipart/Form-Data; BOUNDARY="{BOUNDARY}"'),
    _classify("preamble_and_epilogue", b"preamble\r\n" + GOOD_FORM + b"epilogue", 200, None),
    _classify(
        "rfc5987_filename",
        form(part("file", DOCUMENT, disposition="form-data; name=\"file\"; filename*=UTF-8''r%C3%A9sum%C3%A9.txt")),
        200,
        None,
    ),
    _classify(
        "filename_before_name",
        form(part("file", DOCUMENT, disposition='form-data; filename="industry"; name="file"')),
        200,
        None,
    ),
    _classify(
        "unquoted_name", form(part("file", DOCUMENT, disposition="form-data; name=file; filename=a.txt")), 200, None
    ),
    _classify(
        "padding_after_boundary",
        GOOD_FORM.replace(f"--{BOUNDARY}\r\n".encode(), f"--{BOUNDARY} \t\r\n".encode()),
        200,
        None,
    ),
    HostileRequest(
        "async_two_priority_parts",
        "POST",
        "/classify_file_async",
        (HOST, ("Content-Type", FORM)),
        form(FILE, part("priority", b"low"), part("priority", b"high")),
        400,
        "duplicate_field",
    ),
    HostileRequest(
        "async_missing_closing_boundary",
        "POST",
        "/classify_file_async",
        (HOST, ("Content-Type", FORM)),
        form(FILE, close=b""),
        400,
        "malformed_multipart",
    ),
)

JSON_BODIES: tuple[HostileRequest, ...] = (
    _json("uploads_without_content_type", "/uploads", UPLOAD, 415, "unsupported_content_type", content_type=None),
    _json("uploads_as_text_plain", "/uploads", UPLOAD, 415, "unsupported_content_type", content_type="text/plain"),
    _json("uploads_as_multipart", "/uploads", GOOD_FORM, 415, "unsupported_content_type", content_type=FORM),
    _json(
        "uploads_latin1_charset",
        "/uploads",
        UPLOAD,
        415,
        "unsupported_content_type",
        content_type="application/json; charset=latin-1",
    ),
    _json("uploads_invalid_utf8", "/uploads", b'{"filename": "\xff\xfe.pdf"}', 400, "malformed_json"),
    _json("uploads_nested_10000_deep", "/uploads", DEEP_JSON, 400, "malformed_json"),
    _json("uploads_not_json", "/uploads", b"{not json", 400, "malformed_json"),
    _json("uploads_empty_body", "/uploads", b"", 400, "malformed_json"),
    _json("uploads_byte_order_mark", "/uploads", b"\xef\xbb\xbf" + UPLOAD, 400, "malformed_json"),
    _json("uploads_nan", "/uploads", b'{"filename": NaN}', 400, "malformed_json"),
    _json("uploads_lone_surrogate", "/uploads", b'{"filename": "\\ud800.pdf"}', 400, "malformed_json"),
    _json("uploads_duplicate_key", "/uploads", b'{"filename": "a.pdf", "filename": "b.pdf"}', 400, "duplicate_field"),
    _json("uploads_too_large", "/uploads", b'{"filename": "' + b"a" * 70_000 + b'"}', 413, "body_too_large"),
    _json("uploads_array", "/uploads", b"[]", 422, "malformed_request"),
    _json(
        "uploads_oversized_industry",
        "/uploads",
        b'{"filename": "a.pdf", "industry": "' + b"x" * 1000 + b'"}',
        422,
        "malformed_request",
    ),
    _json("uploads_extra_field", "/uploads", b'{"filename": "a.pdf", "owner": "x"}', 422, "malformed_request"),
    _json("uploads_utf8_charset", "/uploads", UPLOAD, 201, None, content_type="application/json; charset=UTF-8"),
    _json(
        "feedback_without_content_type",
        FEEDBACK,
        b'{"correct_class": "invoice"}',
        415,
        "unsupported_content_type",
        content_type=None,
    ),
    _json("feedback_invalid_utf8", FEEDBACK, b'{"correct_class": "\xc3("}', 400, "malformed_json"),
    _json("feedback_nested_10000_deep", FEEDBACK, b'{"correct_class": ' + DEEP_JSON + b"}", 400, "malformed_json"),
    _json("feedback_lone_surrogate", FEEDBACK, b'{"correct_class": "\\udfff"}', 400, "malformed_json"),
)

PATHS_AND_HEADERS: tuple[HostileRequest, ...] = (
    _get("task_id_too_long", "/classification_result/" + "a" * 65, 422, "malformed_request"),
    _get("task_id_odd_characters", "/classification_result/x'or'1'='1", 422, "malformed_request"),
    _get("task_id_with_dollar", "/classification_result/abc$def", 422, "malformed_request"),
    _json(
        "feedback_task_id_odd_characters",
        "/classification_result/a;b/feedback",
        b'{"correct_class": "invoice"}',
        422,
        "malformed_request",
    ),
    _get("well_formed_unknown_task", f"/classification_result/{TASK_ID}", 404, "task_not_found"),
    _get("category_of_an_odd_industry", "/categories/<script>", 400, "unknown_industry"),
    _get("huge_header", "/health", 200, None, ("X-Padding", "p" * 8000)),
    _get("odd_query_string", "/health", 200, None, query="a=%ff&&=x&b&c=%zz"),
    _get("metrics_accept_text_refused", "/metrics", 200, None, ("Accept", "text/plain;q=0, application/json")),
    _get("metrics_accept_garbage", "/metrics", 200, None, ("Accept", ";;;,,q=x/")),
)

ALL: tuple[HostileRequest, ...] = MULTIPART + JSON_BODIES + PATHS_AND_HEADERS
