"""The emulator's cheaper moto gives moto's answers: DynamoDB responses byte for byte, updates as before."""

from __future__ import annotations

import enum
import json
from collections.abc import Iterator
from typing import Any

import boto3
import pytest
from botocore.exceptions import ClientError
from moto import mock_aws
from moto.core.responses import BaseResponse
from moto.core.serialize import BaseJSONSerializer, XFormedAttributePicker, get_serializer_class
from moto.core.utils import get_service_model
from moto.dynamodb.parsing.tokens import ExpressionTokenizer
from moto.dynamodb.parsing.validators import ExpressionAttributeValueProcessor

from infra.local_runtime import moto_speedups


class Colour(enum.StrEnum):
    RED = "red"


PLAIN = {
    "task_id": {"S": "t-1"},
    "empty": {"S": ""},
    "count": {"N": "42"},
    "done": {"BOOL": False},
    "nothing": {"NULL": True},
    "tags": {"SS": ["a", "b"]},
    "sizes": {"NS": ["1", "2.5"]},
    "history": {"L": [{"M": {"at": {"N": "1.5"}, "status": {"S": "queued"}, "note": {"S": ""}}}]},
    "nested": {"M": {"inner": {"L": [{"L": []}, {"M": {}}]}}},
}
NOT_PLAIN = {
    "blob": {"B": b"\x00\x01"},
    "blobs": {"BS": [b"\x02"]},
    "enum": {"S": Colour.RED},
    "number": {"N": 42},
    "two_members": {"S": "a", "N": "1"},
    "lowercase": {"s": "a"},
    "deep_blob": {"L": [{"M": {"b": {"B": b"\x03"}}}]},
}


@pytest.fixture(autouse=True)
def installed() -> None:
    moto_speedups.install()


def _serialized(operation: str, result: dict[str, Any]) -> str:
    service = get_service_model("dynamodb")
    serializer = get_serializer_class("dynamodb", service.protocol)(
        operation_model=service.operation_model(operation), pretty_print=False, value_picker=XFormedAttributePicker()
    )
    body = serializer.serialize(result)["body"]
    assert isinstance(body, str)
    return body


def _by_moto(operation: str, result: dict[str, Any], monkeypatch: pytest.MonkeyPatch) -> str:
    with monkeypatch.context() as patch:
        patch.setattr(
            BaseJSONSerializer,
            "_serialize_type_structure",
            BaseJSONSerializer._serialize_type_structure.__wrapped__,  # type: ignore[attr-defined]
        )
        return _serialized(operation, result)


@pytest.mark.parametrize("name", sorted(PLAIN))
def test_a_plain_value_is_recognised(name: str) -> None:
    assert moto_speedups.plain_attribute_value(PLAIN[name])


@pytest.mark.parametrize("name", sorted(NOT_PLAIN))
def test_any_other_value_takes_motos_walk(name: str) -> None:
    assert not moto_speedups.plain_attribute_value(NOT_PLAIN[name])


@pytest.mark.parametrize(
    ("operation", "result"),
    [
        ("GetItem", {"Item": PLAIN}),
        ("GetItem", {"Item": {**PLAIN, **NOT_PLAIN}}),
        ("UpdateItem", {"Attributes": {**PLAIN, "blob": NOT_PLAIN["blob"]}}),
        ("BatchGetItem", {"Responses": {"tasks": [PLAIN, {"enum": NOT_PLAIN["enum"]}]}, "UnprocessedKeys": {}}),
        ("Query", {"Items": [PLAIN, {"deep_blob": NOT_PLAIN["deep_blob"]}], "Count": 2, "ScannedCount": 2}),
    ],
)
def test_responses_are_byte_for_byte_motos(
    operation: str, result: dict[str, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    fast = _serialized(operation, result)
    assert fast == _by_moto(operation, result, monkeypatch)
    assert json.loads(fast)  # and a real body, not an empty one on both sides


@pytest.fixture
def table() -> Iterator[Any]:
    with mock_aws():
        db = boto3.client("dynamodb", region_name="us-east-1")
        db.create_table(
            TableName="tasks",
            KeySchema=[{"AttributeName": "task_id", "KeyType": "HASH"}],
            AttributeDefinitions=[{"AttributeName": "task_id", "AttributeType": "S"}],
            BillingMode="PAY_PER_REQUEST",
        )
        yield db


def test_an_update_expression_is_parsed_once_and_each_update_gets_its_own_values(
    table: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    tokenized: list[str] = []
    tokenize = ExpressionTokenizer.make_list

    def counted(text: str) -> Any:
        tokenized.append(text)
        return tokenize(text)

    monkeypatch.setattr(ExpressionTokenizer, "make_list", staticmethod(counted))
    update = "SET #s = :status, history = list_append(if_not_exists(history, :empty), :h) ADD attempts :one"
    for task, status in (("a", "queued"), ("b", "processing"), ("a", "completed")):
        table.update_item(
            TableName="tasks",
            Key={"task_id": {"S": task}},
            UpdateExpression=update,
            ExpressionAttributeNames={"#s": "status"},
            ExpressionAttributeValues={
                ":status": {"S": status},
                ":empty": {"L": []},
                ":h": {"L": [{"S": status}]},
                ":one": {"N": "1"},
            },
        )
    assert tokenized.count(update) == 1
    a = table.get_item(TableName="tasks", Key={"task_id": {"S": "a"}})["Item"]
    b = table.get_item(TableName="tasks", Key={"task_id": {"S": "b"}})["Item"]
    assert a["status"] == {"S": "completed"} and a["attempts"] == {"N": "2"}
    assert a["history"] == {"L": [{"S": "queued"}, {"S": "completed"}]}
    assert b == {
        "task_id": {"S": "b"},
        "status": {"S": "processing"},
        "attempts": {"N": "1"},
        "history": {"L": [{"S": "processing"}]},
    }


def test_install_twice_wraps_once() -> None:
    patched = BaseJSONSerializer._serialize_type_structure
    moto_speedups.install()
    assert BaseJSONSerializer._serialize_type_structure is patched


def test_each_validator_builds_its_processing_map_once(table: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    built: list[str] = []
    processing_map = ExpressionAttributeValueProcessor._processing_map

    def counted(self: Any) -> Any:
        built.append(type(self).__name__)
        return processing_map(self)

    monkeypatch.setattr(ExpressionAttributeValueProcessor, "_processing_map", counted)
    table.put_item(TableName="tasks", Item={"task_id": {"S": "a"}})
    table.update_item(
        TableName="tasks",
        Key={"task_id": {"S": "a"}},
        UpdateExpression="SET #a = :a, #b = :b, #c = list_append(:c, :c) ADD #n :n",
        ExpressionAttributeNames={"#a": "a", "#b": "b", "#c": "c", "#n": "n"},
        ExpressionAttributeValues={":a": {"S": "x"}, ":b": {"N": "1"}, ":c": {"L": [{"S": "y"}]}, ":n": {"N": "2"}},
    )
    assert built == ["ExpressionAttributeValueProcessor"]  # one validation of one update: one map
    item = table.get_item(TableName="tasks", Key={"task_id": {"S": "a"}})["Item"]
    assert item["c"] == {"L": [{"S": "y"}, {"S": "y"}]} and item["n"] == {"N": "2"}


@pytest.mark.parametrize(
    ("update", "values", "message"),
    [
        ("SET task_id = :v", {":v": {"S": "b"}}, "part of the key"),
        ("SET a = :v", {":w": {"S": "b"}}, "unused in expressions"),
        ("SET a = list_append(:v, :v)", {":v": {"S": "b"}}, "list_append"),
    ],
)
def test_invalid_updates_are_still_refused(table: Any, update: str, values: dict[str, Any], message: str) -> None:
    table.put_item(TableName="tasks", Item={"task_id": {"S": "a"}})
    with pytest.raises(ClientError) as refused:
        table.update_item(
            TableName="tasks", Key={"task_id": {"S": "a"}}, UpdateExpression=update, ExpressionAttributeValues=values
        )
    assert refused.value.response["Error"]["Code"] == "ValidationException"
    assert message in refused.value.response["Error"]["Message"]


@pytest.mark.parametrize(
    "body",
    [
        '{"Item": {"task_id": {"S": "t-1"}}}',
        "<SendMessageResponse><ResponseMetadata><RequestId>old</RequestId></ResponseMetadata></SendMessageResponse>",
        b"%PDF-1.4 <RequestId>",
        "",
    ],
)
def test_answers_are_enriched_as_moto_enriches_them(body: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("moto.core.responses.gen_amzn_requestid_long", lambda headers: "fixed-id")
    fast = BaseResponse._enrich_response({"status": 200}, body)  # type: ignore[dict-item]
    motos = BaseResponse._enrich_response.__wrapped__  # type: ignore[attr-defined]
    assert fast == motos({"status": 200}, body)
    assert fast[0]["status"] == "200"


def test_a_json_answer_is_not_searched_for_an_xml_request_id(monkeypatch: pytest.MonkeyPatch) -> None:
    searched: list[object] = []

    def sub(pattern: str, new: str, body: Any) -> Any:
        searched.append(body)
        return body

    monkeypatch.setattr("moto.core.responses.re.sub", sub)
    BaseResponse._enrich_response({}, '{"Item": {}}')
    assert searched in ([], [""])
