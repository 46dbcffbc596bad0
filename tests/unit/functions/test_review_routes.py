"""GET /reviews, the preview and the verdict through the API handler, on moto's DynamoDB GSIs and S3."""

from __future__ import annotations

import base64
import json
from typing import Any

import pytest
from doc_classifier.service.messages import review_key

from functions.api import handler as api
from infra.local_runtime.containers import LocalContext
from tests.unit.functions.conftest import Aws, load_event
from tests.unit.functions.test_api_handler import call, error_code, multipart_event

UNSURE = b"a note about nothing in particular"  # the keyword classifier answers unknown
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def reviews_event(**query: str) -> dict[str, Any]:
    event = load_event("api/reviews.json")
    event["queryStringParameters"] = query or None
    event["multiValueQueryStringParameters"] = {k: [v] for k, v in query.items()} or None
    return event


def task_event(name: str, task_id: str, suffix: str) -> dict[str, Any]:
    event = load_event(f"api/{name}.json")
    event["path"] = f"/classification_result/{task_id}{suffix}"
    event["requestContext"]["path"] = "/prod" + event["path"]
    event["pathParameters"] = {"task_id": task_id}
    return event


def verdict_event(task_id: str, body: dict[str, Any], api_key_id: str | None = None) -> dict[str, Any]:
    event = task_event("feedback", task_id, "/feedback")
    event["body"] = json.dumps(body)
    if api_key_id is not None:
        event["requestContext"]["identity"]["apiKeyId"] = api_key_id
    return event


def unsure_sync_result(context: LocalContext) -> str:
    status, body, _ = call(multipart_event({"industry": "finance"}, UNSURE), context)
    assert status == 200 and body["file_class"] == "unknown", body
    task_id: str = body["review_task_id"]
    return task_id


def test_an_unsure_document_is_listed_previewed_and_closed_by_a_verdict(aws: Aws, context: LocalContext) -> None:
    task_id = unsure_sync_result(context)
    status, page, _ = call(reviews_event(status="open", industry="finance"), context)
    assert status == 200 and page["next_cursor"] is None
    (item,) = page["items"]
    assert item["task_id"] == task_id and item["reason"] == "unknown" and item["status"] == "open"
    assert item["preview_url"] == f"/classification_result/{task_id}/preview" and item["verdict"] is None

    response = api.handler(task_event("preview", task_id, "/preview"), context)
    assert response["statusCode"] == 200 and response["isBase64Encoded"] is True  # API Gateway sends it binary
    status, body, headers = call(task_event("preview", task_id, "/preview"), context)
    assert headers["Content-Type"] == "image/png" and headers["Cache-Control"] == "no-store"
    assert base64.b64decode(body).startswith(PNG_SIGNATURE)

    status, recorded, _ = call(verdict_event(task_id, {"correct_class": "invoice"}, api_key_id="key-42"), context)
    assert status == 200 and recorded["reviewer"] == "key-42" and recorded["agreed"] is False
    assert aws.service.blobs.get(review_key(task_id), 10**9) is None  # deleted with the verdict
    status, page, _ = call(reviews_event(), context)
    assert status == 200 and page["items"] == []
    status, page, _ = call(reviews_event(status="closed"), context)
    (closed,) = page["items"]
    assert closed["verdict"]["reviewer"] == "key-42" and closed["verdict"]["correct_class"] == "invoice"
    status, body, _ = call(task_event("preview", task_id, "/preview"), context)
    assert status == 409 and error_code(body) == "not_in_review"
    status, result, _ = call(task_event("classification_result", task_id, ""), context)
    assert status == 200 and result["review"]["status"] == "closed" and result["feedback"]["reviewer"] == "key-42"


def test_a_named_reviewer_and_the_local_default(aws: Aws, context: LocalContext) -> None:
    named, anonymous = unsure_sync_result(context), unsure_sync_result(context)
    status, body, _ = call(verdict_event(named, {"correct_class": "unknown", "reviewer": "ada"}, "key-42"), context)
    assert status == 200 and body["reviewer"] == "ada"
    status, body, _ = call(verdict_event(anonymous, {"correct_class": "unknown"}), context)
    assert status == 200 and body["reviewer"] == "anonymous"
    status, body, _ = call(verdict_event(anonymous, {"correct_class": "lease"}), context)  # and only once
    assert status == 409 and error_code(body) == "feedback_exists"


def test_a_correction_outside_the_industry_is_refused_and_the_item_stays_open(aws: Aws, context: LocalContext) -> None:
    task_id = unsure_sync_result(context)
    status, body, _ = call(verdict_event(task_id, {"correct_class": "lease"}), context)  # legal's, not finance's
    assert status == 400 and error_code(body) == "invalid_feedback"
    assert [i["task_id"] for i in call(reviews_event(), context)[1]["items"]] == [task_id]


@pytest.mark.parametrize(
    ("query", "code"),
    [
        ({"status": "pending"}, "invalid_review_status"),
        ({"industry": "astrology"}, "unknown_industry"),
        ({"limit": "0"}, "invalid_limit"),
        ({"limit": "many"}, "invalid_limit"),
        ({"cursor": "not-a-cursor"}, "invalid_cursor"),
    ],
)
def test_bad_query_values_are_400_with_a_code(
    aws: Aws, context: LocalContext, query: dict[str, str], code: str
) -> None:
    status, body, _ = call(reviews_event(**query), context)
    assert status == 400 and error_code(body) == code


def test_pages_follow_the_cursor(aws: Aws, context: LocalContext) -> None:
    made = [unsure_sync_result(context) for _ in range(3)]
    status, first, _ = call(reviews_event(limit="2"), context)
    assert status == 200 and len(first["items"]) == 2 and first["next_cursor"]
    status, second, _ = call(reviews_event(limit="2", cursor=first["next_cursor"]), context)
    assert status == 200 and second["next_cursor"] is None
    assert sorted(i["task_id"] for i in first["items"] + second["items"]) == sorted(made)


def test_preview_errors(aws: Aws, context: LocalContext) -> None:
    status, body, _ = call(task_event("preview", "0" * 32, "/preview"), context)
    assert status == 404 and error_code(body) == "task_not_found"
    task_id = unsure_sync_result(context)
    aws.service.blobs.delete(review_key(task_id))  # the lifecycle rule's expiry
    status, body, _ = call(task_event("preview", task_id, "/preview"), context)
    assert status == 410 and error_code(body) == "preview_expired"


def test_metrics_show_the_open_count_and_the_oldest_wait(aws: Aws, context: LocalContext) -> None:
    status, body, _ = call(load_event("api/metrics.json"), context)
    assert status == 200 and body["review"] == {"open": 0, "oldest_open_seconds": None}
    status, text, _ = call(load_event("api/metrics_prometheus.json"), context)
    assert "doc_classifier_review_open 0" in text and "\ndoc_classifier_review_oldest_open_seconds " not in text
    unsure_sync_result(context)
    status, body, _ = call(load_event("api/metrics.json"), context)
    assert body["review"]["open"] == 1 and body["review"]["oldest_open_seconds"] >= 0
    status, text, _ = call(load_event("api/metrics_prometheus.json"), context)
    assert "doc_classifier_review_open 1" in text and "\ndoc_classifier_review_oldest_open_seconds " in text
