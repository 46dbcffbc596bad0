from __future__ import annotations

import base64
import json
from typing import Any
from unittest.mock import ANY

import boto3
import pytest
from doc_classifier.service.aws.dynamodb import DynamoStatsStore
from doc_classifier.service.tasks import Priority, TaskStatus

from functions.api import handler as api
from infra import service_definition
from infra.local_runtime.containers import LocalContext
from tests.unit.functions.conftest import Aws, load_event

BOUNDARY = "----sample-boundary-7d1f"


def call(event: dict[str, Any], context: LocalContext) -> tuple[int, Any, dict[str, str]]:
    response = api.handler(event, context)
    headers = dict(response.get("headers") or {})
    headers.update({k: v[-1] for k, v in (response.get("multiValueHeaders") or {}).items()})
    body = response["body"]
    if "json" in headers.get("Content-Type", ""):
        body = json.loads(body)
    return response["statusCode"], body, headers


def multipart_event(fields: dict[str, str], file: bytes | None, path: str = "/classify_file") -> dict[str, Any]:
    event = load_event("api/classify_file.json")
    parts = [
        f'--{BOUNDARY}\r\nContent-Disposition: form-data; name="{k}"\r\n\r\n{v}\r\n'.encode() for k, v in fields.items()
    ]
    if file is not None:
        parts.append(
            f'--{BOUNDARY}\r\nContent-Disposition: form-data; name="file"; filename="a.bin"\r\n\r\n'.encode()
            + file
            + b"\r\n"
        )
    event["body"] = base64.b64encode(b"".join(parts) + f"--{BOUNDARY}--\r\n".encode()).decode()
    event["path"] = event["resource"] = event["requestContext"]["resourcePath"] = path
    event["requestContext"]["path"] = "/prod" + path
    return event


def error_code(body: Any) -> str:
    assert set(body) == {"error"} and set(body["error"]) >= {"code", "message"}
    return str(body["error"]["code"])


class TestSyncClassify:
    def test_sample_event_classifies_then_hits_the_cache(self, aws: Aws, context: LocalContext) -> None:
        status, body, _ = call(load_event("api/classify_file.json"), context)
        assert status == 200
        assert body["file_class"] == "invoice" and body["industry"] == "finance" and body["cached"] is False
        assert set(body) >= {"confidence", "reasoning", "alternatives", "metadata"}
        status, again, _ = call(load_event("api/classify_file.json"), context)
        assert status == 200 and again["cached"] is True and aws.classifier.calls == 1

    @pytest.mark.parametrize(
        "case",
        [
            ({"industry": "finance"}, None, 400, "missing_file"),
            ({}, b"", 400, "empty_file"),
            ({"industry": "astrology"}, b"invoice", 400, "unknown_industry"),
            ({}, b"\x00BINARY", 415, "unsupported_media_type"),
        ],
    )
    def test_bad_input(
        self, aws: Aws, context: LocalContext, case: tuple[dict[str, str], bytes | None, int, str]
    ) -> None:
        fields, file, status, code = case
        got, body, _ = call(multipart_event(fields, file), context)
        assert (got, error_code(body)) == (status, code)

    def test_unknown_industry_lists_the_valid_ones(self, aws: Aws, context: LocalContext) -> None:
        _, body, _ = call(multipart_event({"industry": "astrology"}, b"x"), context)
        assert "finance" in body["error"]["message"]

    def test_too_large_points_to_uploads(
        self, aws: Aws, context: LocalContext, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        monkeypatch.setenv("SYNC_MAX_BYTES", "100")
        status, body, _ = call(multipart_event({}, b"invoice " * 20), context)
        assert status == 413 and error_code(body) == "file_too_large" and "/uploads" in body["error"]["message"]

    def test_malformed_requests_are_422(self, aws: Aws, context: LocalContext) -> None:
        event = multipart_event({"priority": "urgent"}, b"invoice", path="/classify_file_async")
        status, body, _ = call(event, context)
        assert status == 422 and error_code(body) == "malformed_request" and "priority" in body["error"]["message"]
        event = load_event("api/uploads.json")
        event["body"] = '{"filename": ""}'
        status, body, _ = call(event, context)
        assert status == 422 and error_code(body) == "malformed_request" and "filename" in body["error"]["message"]

    def test_backend_down_is_503(self, aws: Aws, context: LocalContext, monkeypatch: pytest.MonkeyPatch) -> None:
        monkeypatch.setenv("CACHE_TABLE_NAME", "does-not-exist")
        status, body, _ = call(load_event("api/classify_file.json"), context)
        assert status == 503 and error_code(body) == "backend_unavailable"
        status, body, _ = call(load_event("api/ready.json"), context)
        assert status == 503 and error_code(body) == "not_ready" and "cache_table" in body["error"]["checks"]


class TestAsync:
    def test_submit_then_poll(self, aws: Aws, context: LocalContext) -> None:
        status, body, _ = call(load_event("api/classify_file_async.json"), context)
        assert status == 202 and body["status"] == "processing" and body["priority"] == "low"
        assert body["estimated_time"] > 0
        assert body["check_url"] == (
            f"https://abc123.execute-api.us-east-1.amazonaws.com/prod/classification_result/{body['task_id']}"
        )
        assert aws.service.queue_depths()[Priority.LOW].visible == 1
        event = load_event("api/classification_result.json")
        event["path"] = event["requestContext"]["path"] = f"/classification_result/{body['task_id']}"
        event["pathParameters"] = {"task_id": body["task_id"]}
        status, result, _ = call(event, context)
        assert status == 200 and result["status"] == "queued" and result["result"] is None

    def test_unknown_task_is_404(self, aws: Aws, context: LocalContext) -> None:
        status, body, _ = call(load_event("api/classification_result.json"), context)
        assert status == 404 and error_code(body) == "task_not_found"
        status, body, _ = call(load_event("api/feedback.json"), context)
        assert status == 404 and error_code(body) == "task_not_found"

    def test_upload_ticket(self, aws: Aws, context: LocalContext) -> None:
        status, body, _ = call(load_event("api/uploads.json"), context)
        assert status == 201 and body["status"] == "queued"
        upload = body["upload"]
        assert upload["fields"]["key"] == f"uploads/{body['task_id']}"
        assert upload["max_bytes"] == aws.service.settings.upload_max_bytes and upload["expires_in"] == 900
        policy = json.loads(base64.b64decode(upload["fields"]["policy"]))
        assert ["content-length-range", 1, upload["max_bytes"]] in policy["conditions"]
        assert aws.service.get_task(body["task_id"]).status is TaskStatus.QUEUED


class TestReadOnlyRoutes:
    def test_health_ready_industries_categories(self, aws: Aws, context: LocalContext) -> None:
        assert call(load_event("api/health.json"), context)[:2] == (200, {"status": "ok"})
        ready = {"status": "ready", "llm": {"status": "local model only"}}
        assert call(load_event("api/ready.json"), context)[:2] == (200, ready)
        status, body, _ = call(load_event("api/industries.json"), context)
        assert status == 200 and body["default"] == "finance"
        assert {i["id"] for i in body["industries"]} >= {"finance", "healthcare", "legal"}
        status, body, _ = call(load_event("api/categories.json"), context)
        assert status == 200 and "invoice" in {c["id"] for c in body["categories"]}
        event = load_event("api/categories.json")
        event["path"] = "/categories/astrology"
        event["pathParameters"] = {"industry": "astrology"}
        status, body, _ = call(event, context)
        assert status == 400 and error_code(body) == "unknown_industry"

    def test_metrics_json_and_prometheus(self, aws: Aws, context: LocalContext) -> None:
        call(load_event("api/classify_file.json"), context)
        call(load_event("api/classify_file.json"), context)
        call(load_event("api/classify_file_async.json"), context)
        status, body, _ = call(load_event("api/metrics.json"), context)
        assert status == 200
        assert body["cache"] == {"hits": 1, "misses": 1, "hit_rate": 0.5, "write_failures": 0}
        assert body["queue"]["queue_length"] == 1 and body["queue"]["dlq_depth"] == 0
        assert all(body["queue"]["backends"].values())
        assert body["tasks"]["queued"] == 1 and body["processing"]["results_too_large"] == 0
        status, text, headers = call(load_event("api/metrics_prometheus.json"), context)
        assert status == 200 and headers["Content-Type"].startswith("text/plain")
        assert 'doc_classifier_queue_visible_messages{priority="low"} 1' in text
        assert "doc_classifier_cache_hits_total 1" in text
        assert "doc_classifier_cache_write_failures_total 0" in text
        assert "doc_classifier_results_too_large_total 0" in text
        assert "doc_classifier_llm_configured 0" in text

    def test_openapi_and_swagger(self, aws: Aws, context: LocalContext) -> None:
        status, spec, _ = call(load_event("api/openapi.json"), context)
        assert status == 200
        assert {
            "/classify_file",
            "/classify_file_async",
            "/uploads",
            "/classification_result/{task_id}",
        } <= set(spec["paths"])
        form = spec["paths"]["/classify_file"]["post"]["requestBody"]["content"]
        assert "multipart/form-data" in form
        status, html, headers = call(load_event("api/swagger.json"), context)
        assert status == 200 and headers["Content-Type"] == "text/html" and "SwaggerUIBundle" in html

    def test_swagger_sends_requests_to_the_stage_and_serves_its_document_as_json(
        self, aws: Aws, context: LocalContext
    ) -> None:
        event = load_event("api/swagger.json")  # requested as /prod/swagger
        status, html, _ = call(event, context)
        assert status == 200 and '"servers":[{"url":"/prod"}]' in "".join(html.split())
        event["queryStringParameters"] = {"format": "json"}
        event["multiValueQueryStringParameters"] = {"format": ["json"]}
        status, spec, headers = call(event, context)
        assert status == 200 and headers["Content-Type"] == "application/json"
        assert spec["servers"] == [{"url": "/prod"}] and "/classify_file" in spec["paths"]

    def test_openapi_declares_the_api_key_where_the_gateway_requires_it(self, aws: Aws, context: LocalContext) -> None:
        status, spec, _ = call(load_event("api/openapi.json"), context)
        assert status == 200
        assert spec["components"]["securitySchemes"] == {
            "apiKey": {"type": "apiKey", "in": "header", "name": "x-api-key"}
        }
        assert spec["security"] == [{"apiKey": []}]
        for route in service_definition.ROUTES:
            operation = spec["paths"].get(route.path, {}).get(route.method.lower())
            if operation is None:  # /openapi.json and /swagger are not in the document
                continue
            # An operation without its own `security` inherits the API-wide key requirement.
            assert (operation.get("security") == []) is route.public, route.path
        status, html, _ = call(load_event("api/swagger.json"), context)  # the page Swagger UI renders from
        scheme = '"securitySchemes":{"apiKey":{"type":"apiKey","in":"header","name":"x-api-key"}}'
        assert status == 200 and scheme in "".join(html.split())

    def test_unknown_route_is_json_404(self, aws: Aws, context: LocalContext) -> None:
        event = load_event("api/health.json")
        event["path"] = "/nope"
        status, body, _ = call(event, context)
        assert status == 404 and error_code(body) == "not_found"


class TestCounters:
    """Counted in the container, written at the end of an invocation, at most every COUNTERS_FLUSH_SECONDS."""

    def stored(self, aws: Aws) -> dict[str, float]:
        return DynamoStatsStore(boto3.client("dynamodb"), aws.env["CACHE_TABLE_NAME"]).read()

    def test_a_request_counts_reach_the_table_when_its_invocation_ends(
        self, aws: Aws, context: LocalContext, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        monkeypatch.setenv("COUNTERS_FLUSH_SECONDS", "60")
        assert call(load_event("api/classify_file.json"), context)[0] == 200
        assert self.stored(aws) == {"cache_misses": 1, "processed_count": 1, "processing_seconds_total": ANY}
        assert call(load_event("api/classify_file.json"), context)[0] == 200  # within the minute: summed only
        assert self.stored(aws)["cache_misses"] == 1 and "cache_hits" not in self.stored(aws)
        assert call(load_event("api/metrics.json"), context)[1]["cache"]["hits"] == 1  # the container sees its own

    def test_a_failed_write_fails_no_request_and_loses_no_count(
        self, aws: Aws, context: LocalContext, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        monkeypatch.setenv("COUNTERS_FLUSH_SECONDS", "0")

        def unreachable(self: DynamoStatsStore, counters: object) -> None:
            raise ConnectionError("table unreachable")

        with monkeypatch.context() as down:
            down.setattr(DynamoStatsStore, "add", unreachable)
            assert call(load_event("api/classify_file.json"), context)[0] == 200
            assert call(load_event("api/classify_file.json"), context)[0] == 200
        assert self.stored(aws) == {}
        assert call(load_event("api/health.json"), context)[0] == 200  # the next invocation writes them
        assert self.stored(aws) == {
            "cache_hits": 1,
            "cache_misses": 1,
            "processed_count": 1,
            "processing_seconds_total": ANY,
        }
