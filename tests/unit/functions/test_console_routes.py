"""The console's page and files from the api handler: no key, a strict CSP, limits from the settings."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest
from doc_classifier.service.api import console

from infra import service_definition as sd
from infra.local_runtime.containers import LocalContext
from tests.unit.functions.conftest import Aws, load_event
from tests.unit.functions.test_api_handler import call


def directives(csp: str) -> dict[str, str]:
    return {part.split(" ", 1)[0]: part.split(" ", 1)[1] for part in (p.strip() for p in csp.split(";")) if part}


def test_the_page_has_a_strict_csp_and_the_service_limits(
    aws: Aws, context: LocalContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SYNC_MAX_BYTES", "1234567")
    status, html, headers = call(load_event("api/console.json"), context)
    assert status == 200 and headers["Content-Type"] == "text/html; charset=utf-8"
    assert '<meta name="sync-max-bytes" content="1234567">' in html
    assert '<meta name="upload-max-bytes" content="52428800">' in html
    assert "{{" not in html
    policy = directives(headers["Content-Security-Policy"])
    assert policy["default-src"] == "'none'"
    assert policy["script-src"] == "'self'" and policy["style-src"] == "'self'"
    assert policy["img-src"] == "'self' blob:"  # previews are fetched with the key, shown from memory
    assert policy["frame-ancestors"] == "'none'" and policy["form-action"] == "'none'"
    # Uploads go to the bucket's presigned URL, and only there besides the API.
    ticket = aws.blobs.presigned_post("x", 1, 60)
    assert policy["connect-src"] == f"'self' {console.origin_of(ticket.url)}"
    assert headers["X-Content-Type-Options"] == "nosniff"
    # No inline script or style: the CSP would block it, so everything lives in the two files.
    assert not re.search(r"<script(?![^>]*\bsrc=)", html) and "<style" not in html and " style=" not in html
    assert 'src="console/console.js"' in html and 'href="console/console.css"' in html


@pytest.mark.parametrize(
    ("asset", "content_type", "marker"),
    [
        ("console.js", "text/javascript; charset=utf-8", "x-api-key"),
        ("console.css", "text/css; charset=utf-8", ":focus"),
    ],
)
def test_the_files(aws: Aws, context: LocalContext, asset: str, content_type: str, marker: str) -> None:
    event = load_event("api/console_asset.json")
    event["path"] = f"/console/{asset}"
    event["pathParameters"] = {"asset": asset}
    status, body, headers = call(event, context)
    assert status == 200 and headers["Content-Type"] == content_type and marker in body


@pytest.mark.parametrize("asset", ["index.html", "..", "console.py", "%2e%2e%2fapp.py", "CONSOLE.JS"])
def test_nothing_else_is_served(aws: Aws, context: LocalContext, asset: str) -> None:
    event = load_event("api/console_asset.json")
    event["path"] = f"/console/{asset}"
    event["pathParameters"] = {"asset": asset}
    status, body, _ = call(event, context)
    assert status == 404 and body["error"]["code"] == "not_found"


def test_console_routes_are_public_and_not_operations(aws: Aws, context: LocalContext) -> None:
    public = {(r.method, r.path) for r in sd.ROUTES if r.public}
    assert public == {("GET", "/health"), ("GET", "/console"), ("GET", "/console/{asset}")}
    status, spec, _ = call(load_event("api/openapi.json"), context)
    assert status == 200 and not any(path.startswith("/console") for path in spec["paths"])


def test_every_shipped_file_is_package_data() -> None:
    pyproject = tomllib.loads((Path(__file__).resolve().parents[3] / "pyproject.toml").read_text())
    patterns = pyproject["tool"]["setuptools"]["package-data"]["doc_classifier"]
    package = console.CONSOLE_DIR.parent.parent
    shipped = {p for pattern in patterns for p in package.glob(pattern)}
    for name in (console.PAGE, *console.ASSETS):
        assert console.CONSOLE_DIR / name in shipped, name
