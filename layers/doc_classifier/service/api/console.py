"""The review console: one HTML page and its script and style sheet, shipped with the package (``../console``).

Served by the API itself (same origin: no CORS, the page calls the API with the key the person typed) and
without an API key, like ``/health``: a browser cannot send a header when it opens a URL, and the page holds
nothing secret. Not in the OpenAPI document (not an API operation, like ``/openapi.json``).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from html import escape
from pathlib import Path
from urllib.parse import urlsplit

from aws_lambda_powertools.event_handler import APIGatewayRestResolver, Response

from doc_classifier.service.api.errors import error_response
from doc_classifier.service.task_service import TaskService

CONSOLE_DIR = Path(__file__).resolve().parent.parent / "console"
PAGE = "index.html"
# The only files served besides the page; anything else is 404 (no path ever reaches the file system).
ASSETS: dict[str, str] = {
    "console.js": "text/javascript; charset=utf-8",
    "console.css": "text/css; charset=utf-8",
}
# Placeholders in index.html, filled per request from the service's settings.
_SYNC_MAX = "{{sync_max_bytes}}"
_UPLOAD_MAX = "{{upload_max_bytes}}"


@cache
def _file(name: str) -> str:
    """A console file, read once per container: they change only with a deployment."""
    return (CONSOLE_DIR / name).read_text(encoding="utf-8")


def content_security_policy(upload_origin: str) -> str:
    """Same origin only; the one exception is the upload bucket the presigned POSTs go to.

    ``blob:`` images are the previews: fetched with the key (an ``<img src>`` cannot send a header) and shown
    from memory.
    """
    connect = "'self'" + (f" {upload_origin}" if upload_origin else "")
    return "; ".join(
        (
            "default-src 'none'",
            "script-src 'self'",
            "style-src 'self'",
            "img-src 'self' blob:",
            f"connect-src {connect}",
            "base-uri 'none'",
            "form-action 'none'",
            "frame-ancestors 'none'",
        )
    )


def origin_of(url: str) -> str:
    parts = urlsplit(url)
    if parts.scheme not in {"http", "https"} or not parts.netloc:
        return ""
    return f"{parts.scheme}://{parts.netloc}"


def _headers(csp: str | None = None) -> dict[str, str]:
    headers = {
        "X-Content-Type-Options": "nosniff",
        "Referrer-Policy": "no-referrer",
        # The files change with each deployment and are small: always revalidated, never stale.
        "Cache-Control": "no-cache",
    }
    if csp is not None:
        headers["Content-Security-Policy"] = csp
    return headers


def register(app: APIGatewayRestResolver, service: Callable[[], TaskService]) -> None:
    """``GET /console`` and ``GET /console/<asset>`` on ``app``."""

    @app.get("/console", include_in_schema=False)
    def console_page() -> Response[str]:
        svc = service()
        settings = svc.settings
        upload_url = svc.upload_url()
        page = (
            _file(PAGE)
            .replace(_SYNC_MAX, escape(str(settings.sync_max_bytes)))
            .replace(_UPLOAD_MAX, escape(str(settings.upload_max_bytes)))
        )
        csp = content_security_policy(origin_of(upload_url))
        return Response(status_code=200, content_type="text/html; charset=utf-8", body=page, headers=_headers(csp))

    @app.get("/console/<asset>", include_in_schema=False)
    def console_asset(asset: str) -> Response[str]:
        content_type = ASSETS.get(asset)
        if content_type is None:
            return error_response(404, "not_found", f"no console file {asset[:64]!r}")
        body = _file(asset)
        return Response(status_code=200, content_type=content_type, body=body, headers=_headers())
