"""The embedded AWS emulator: moto behind waitress, in its own process, with each host's backend looked up once."""

from __future__ import annotations

import datetime
import http.client
import json
import socket
import threading
from collections.abc import Iterator
from typing import Any

import boto3
import pytest
from botocore.config import Config
from moto import mock_aws
from moto.core import utils as moto_utils
from moto.moto_server.werkzeug_app import DomainDispatcherApplication, create_backend_app
from moto.sqs import models as sqs_models
from moto.sqs.models import Queue, sqs_backends
from werkzeug.test import EnvironBuilder

from infra.local_runtime.emulator import EmulatorProcess
from infra.local_runtime.emulator_server import DirectApp, MemoisedDispatcher, create_app, make_server

REGION = "us-east-1"
CREDENTIALS = {"aws_access_key_id": "testing", "aws_secret_access_key": "testing", "region_name": REGION}


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def _signed(service: str, target: str | None = None) -> dict[str, Any]:
    scope = f"testing/20260101/{REGION}/{service}/aws4_request"
    environ = {"PATH_INFO": "/", "HTTP_HOST": "127.0.0.1", "HTTP_AUTHORIZATION": f"AWS4-HMAC-SHA256 Credential={scope}"}
    if target:
        environ["HTTP_X_AMZ_TARGET"] = target
    return environ


@pytest.fixture(scope="module")
def endpoint() -> Iterator[str]:
    """The server in this process (a thread), as the emulator's process runs it."""
    server = make_server("127.0.0.1", 0, threads=4)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.effective_port}"
    server.close()
    thread.join(5)


def _client(service: str, endpoint: str) -> Any:
    return boto3.client(service, endpoint_url=endpoint, config=Config(retries={"max_attempts": 1}), **CREDENTIALS)


def test_each_service_call_reaches_its_backend(endpoint: str) -> None:
    s3 = _client("s3", endpoint)
    s3.create_bucket(Bucket="docs")
    s3.put_object(Bucket="docs", Key="inline/a", Body=b"%PDF")
    assert s3.get_object(Bucket="docs", Key="inline/a")["Body"].read() == b"%PDF"

    sqs = _client("sqs", endpoint)
    url = sqs.create_queue(QueueName="high")["QueueUrl"]
    sqs.send_message(QueueUrl=url, MessageBody="task-1")
    assert [m["Body"] for m in sqs.receive_message(QueueUrl=url, WaitTimeSeconds=1)["Messages"]] == ["task-1"]

    db = _client("dynamodb", endpoint)
    db.create_table(
        TableName="tasks",
        KeySchema=[{"AttributeName": "task_id", "KeyType": "HASH"}],
        AttributeDefinitions=[{"AttributeName": "task_id", "AttributeType": "S"}],
        BillingMode="PAY_PER_REQUEST",
    )
    db.put_item(TableName="tasks", Item={"task_id": {"S": "t1"}})
    assert db.get_item(TableName="tasks", Key={"task_id": {"S": "t1"}})["Item"] == {"task_id": {"S": "t1"}}


def test_s3_keys_and_metadata_names_arrive_as_sent(endpoint: str) -> None:
    """waitress decodes the path and drops underscored headers; moto needs the path as sent and S3 metadata names."""
    s3 = _client("s3", endpoint)
    s3.create_bucket(Bucket="names")
    key = "uploads/a%2Fb c+d.pdf"
    s3.put_object(Bucket="names", Key=key, Body=b"x", Metadata={"my_key": "1", "other-key": "2"})
    head = s3.head_object(Bucket="names", Key=key)
    assert head["Metadata"] == {"my_key": "1", "other-key": "2"}
    assert [o["Key"] for o in s3.list_objects_v2(Bucket="names")["Contents"]] == [key]


def _call(connection: http.client.HTTPConnection, service: str, target: str | None, path: str = "/") -> bytes:
    """A SigV4-shaped request (moto reads the service from the credential scope; it checks no signature)."""
    scope = f"testing/20260101/{REGION}/{service}/aws4_request"
    headers = {"Authorization": f"AWS4-HMAC-SHA256 Credential={scope}, SignedHeaders=host, Signature=0"}
    if target is None:
        connection.request("GET", path, headers=headers)
    else:
        headers |= {"X-Amz-Target": target, "Content-Type": "application/x-amz-json-1.0"}
        connection.request("POST", path, body=b"{}", headers=headers)
    response = connection.getresponse()
    body = response.read()
    assert response.status == 200, body
    assert response.getheader("Connection", "").lower() != "close"
    return body


def test_one_keep_alive_connection_carries_calls_to_each_service(endpoint: str) -> None:
    port = int(endpoint.rsplit(":", 1)[1])
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    try:
        sockets = set()
        for _ in range(2):
            assert b"TableNames" in _call(connection, "dynamodb", "DynamoDB_20120810.ListTables")
            assert connection.sock is not None
            sockets.add(connection.sock.getsockname())
            assert b"ListAllMyBucketsResult" in _call(connection, "s3", None)
            sockets.add(connection.sock.getsockname())
            _call(connection, "sqs", "AmazonSQS.ListQueues")
            sockets.add(connection.sock.getsockname())
        assert len(sockets) == 1  # one socket: the server never closed it between calls
    finally:
        connection.close()


def test_a_hosts_backend_is_looked_up_once(monkeypatch: pytest.MonkeyPatch) -> None:
    lookups: list[str | None] = []
    original = DomainDispatcherApplication.get_backend_for_host

    def counting(self: DomainDispatcherApplication, host: str | None) -> Any:
        lookups.append(host)
        return original(self, host)

    monkeypatch.setattr(DomainDispatcherApplication, "get_backend_for_host", counting)
    dispatcher = MemoisedDispatcher()

    def served_by(environ: dict[str, Any]) -> str:
        return str(dispatcher.get_application(environ).service)  # type: ignore[attr-defined] # moto sets it

    services = [served_by(_signed("dynamodb", "DynamoDB_20120810.GetItem")), served_by(_signed("sqs"))]
    assert [*services, served_by(_signed("s3"))] == ["dynamodb", "sqs", "s3"]
    looked_up = len(lookups)
    for _ in range(5):
        assert served_by(_signed("sqs")) == "sqs"
        assert served_by(_signed("dynamodb", "DynamoDB_20120810.UpdateItem")) == "dynamodb"
    assert len(lookups) == looked_up


def test_the_emulator_process_serves_then_stops_cleanly() -> None:
    port = _free_port()
    emulator = EmulatorProcess("127.0.0.1", port, threads=2)
    emulator.start()
    try:
        sqs = _client("sqs", emulator.endpoint)
        assert sqs.create_queue(QueueName="low")["QueueUrl"].endswith("/low")
    finally:
        emulator.stop()
    assert not emulator._process.is_alive()
    assert emulator._process.exitcode == 0  # SIGTERM's own exit, not the kill that follows a hang
    with pytest.raises(ConnectionRefusedError):  # nothing listens any more
        socket.create_connection(("127.0.0.1", port), timeout=2).close()


def test_an_emulator_process_on_port_0_reports_the_port_it_took() -> None:
    emulator = EmulatorProcess("127.0.0.1", 0, threads=2)
    emulator.start()
    try:
        assert emulator.port != 0
        assert _client("sqs", emulator.endpoint).list_queues()["ResponseMetadata"]["HTTPStatusCode"] == 200
    finally:
        emulator.stop()


def test_an_emulator_process_on_a_taken_port_says_so() -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        emulator = EmulatorProcess("127.0.0.1", taken.getsockname()[1], threads=2)
        with pytest.raises(RuntimeError, match=r"cannot listen on 127\.0\.0\.1"):
            emulator.start()


def test_a_receive_does_not_compute_every_queue_attribute_per_message(
    endpoint: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """moto computed all of a queue's attributes, each count a scan of every message, for each message received."""
    computed: list[str] = []
    attributes = Queue.attributes

    def counting(queue: Queue) -> Any:
        computed.append(queue.name)
        return attributes.fget(queue)  # type: ignore[attr-defined]

    sqs = _client("sqs", endpoint)
    url = sqs.create_queue(QueueName="retained", Attributes={"MessageRetentionPeriod": "60"})["QueueUrl"]
    sqs.send_message_batch(QueueUrl=url, Entries=[{"Id": str(i), "MessageBody": f"m{i}"} for i in range(10)])
    monkeypatch.setattr(Queue, "attributes", property(counting))
    received = sqs.receive_message(QueueUrl=url, MaxNumberOfMessages=10)["Messages"]
    assert sorted(m["Body"] for m in received) == sorted(f"m{i}" for i in range(10))
    assert computed == []


def test_messages_past_the_retention_period_are_still_not_received(endpoint: str) -> None:
    sqs = _client("sqs", endpoint)
    url = sqs.create_queue(QueueName="expired", Attributes={"MessageRetentionPeriod": "60"})["QueueUrl"]
    sqs.send_message(QueueUrl=url, MessageBody="old")
    queue = sqs_backends["123456789012"][REGION].get_queue("expired")
    message = queue._messages[0]
    message.sent_timestamp = int(message.sent_timestamp or 0) - 61_000  # type: ignore[assignment] # 61 s earlier
    assert "Messages" not in sqs.receive_message(QueueUrl=url, WaitTimeSeconds=0)


def test_the_emulators_clock_is_motos_clock() -> None:
    make_server("127.0.0.1", 0, threads=1).close()  # installs the emulator's SQS clock
    moment = datetime.datetime(2026, 12, 3, 12, 0, 0, 250_000)
    assert sqs_models.unix_time(moment) == moto_utils.unix_time(moment)  # type: ignore[attr-defined]
    assert abs(sqs_models.unix_time_millis() - moto_utils.unix_time_millis()) < 1000  # type: ignore[attr-defined]


def test_a_received_message_stays_hidden_for_its_visibility_timeout(endpoint: str) -> None:
    sqs = _client("sqs", endpoint)
    url = sqs.create_queue(QueueName="hidden")["QueueUrl"]
    sqs.send_message(QueueUrl=url, MessageBody="once")
    assert len(sqs.receive_message(QueueUrl=url, VisibilityTimeout=30)["Messages"]) == 1
    assert "Messages" not in sqs.receive_message(QueueUrl=url, WaitTimeSeconds=0)
    sqs.send_message(QueueUrl=url, MessageBody="later", DelaySeconds=30)
    assert "Messages" not in sqs.receive_message(QueueUrl=url, WaitTimeSeconds=0)


_TARGETS = {"dynamodb": "DynamoDB_20120810", "sqs": "AmazonSQS"}


def _environ(service: str, operation: str, body: dict[str, Any], **headers: str) -> dict[str, Any]:
    """A call as boto3 sends it to a JSON-protocol service: ``POST /``, the operation in X-Amz-Target."""
    environ = EnvironBuilder(
        path="/",
        method="POST",
        data=json.dumps(body),
        headers={
            "Host": "127.0.0.1",
            "Content-Type": "application/x-amz-json-1.0",
            "X-Amz-Target": f"{_TARGETS[service]}.{operation}",
            "Authorization": f"AWS4-HMAC-SHA256 Credential=testing/20260101/{REGION}/{service}/aws4_request",
            **headers,
        },
    ).get_environ()
    environ["RAW_URI"] = "/"
    return environ


def _answer(app: Any, environ: dict[str, Any]) -> tuple[str, dict[str, str], bytes]:
    started: list[Any] = []
    body = b"".join(app(environ, lambda status, headers, *_: started.append((status, headers))))
    status, headers = started[0]
    varying = {"x-amzn-requestid", "date"}  # a fresh id per response
    return status, {name.lower(): value for name, value in headers if name.lower() not in varying}, body


@mock_aws
def test_dynamodb_is_answered_as_motos_flask_app_answers() -> None:
    """DynamoDB calls skip Flask; each answer (status, headers, body) is still the one moto's own app gives."""
    db = boto3.client("dynamodb", **CREDENTIALS)
    db.create_table(
        TableName="tasks",
        KeySchema=[{"AttributeName": "task_id", "KeyType": "HASH"}],
        AttributeDefinitions=[{"AttributeName": "task_id", "AttributeType": "S"}],
        BillingMode="PAY_PER_REQUEST",
    )
    db.put_item(TableName="tasks", Item={"task_id": {"S": "t1"}, "history": {"L": [{"M": {"s": {"S": "queued"}}}]}})
    flask_app = create_backend_app("dynamodb")
    direct = create_app("dynamodb")
    assert isinstance(direct, DirectApp)
    calls = [
        ("GetItem", {"TableName": "tasks", "Key": {"task_id": {"S": "t1"}}}),
        ("GetItem", {"TableName": "missing", "Key": {"task_id": {"S": "t1"}}}),  # ResourceNotFoundException
        ("DescribeTable", {"TableName": "tasks"}),
        ("Query", {"TableName": "tasks", "KeyConditionExpression": "task_id = :t", "ExpressionAttributeValues": {}}),
        (
            "PutItem",
            {
                "TableName": "tasks",
                "Item": {"task_id": {"S": "t1"}},
                "ConditionExpression": "attribute_not_exists(task_id)",
            },
        ),
        ("PutItem", {"TableName": "tasks", "Item": {"task_id": {"S": ""}}}),  # ValidationException
        ("ListTables", {}),
    ]
    for operation, body in calls:
        expected = _answer(flask_app, _environ("dynamodb", operation, body))
        assert _answer(direct, _environ("dynamodb", operation, body)) == expected, operation
    statuses = [_answer(direct, _environ("dynamodb", op, body))[0] for op, body in calls]
    assert statuses[0].startswith("200") and statuses[1].startswith("400")  # both kinds of answer compared


@mock_aws
def test_a_dynamodb_call_from_a_browser_still_gets_motos_cors_headers() -> None:
    boto3.client("dynamodb", **CREDENTIALS).list_tables()
    _, headers, _ = _answer(
        create_app("dynamodb"), _environ("dynamodb", "ListTables", {}, Origin="http://127.0.0.1:3000")
    )
    assert headers["access-control-allow-origin"] == "http://127.0.0.1:3000"


@mock_aws
def test_sqs_is_answered_as_motos_flask_app_answers() -> None:
    sqs = boto3.client("sqs", **CREDENTIALS)
    url = sqs.create_queue(QueueName="high", Attributes={"VisibilityTimeout": "30"})["QueueUrl"]
    sqs.send_message(QueueUrl=url, MessageBody="task-1")
    flask_app, direct = create_backend_app("sqs"), create_app("sqs")
    assert isinstance(direct, DirectApp)
    calls = [
        ("ListQueues", {}),
        ("GetQueueUrl", {"QueueName": "high"}),
        ("GetQueueUrl", {"QueueName": "missing"}),  # QueueDoesNotExist
        ("GetQueueAttributes", {"QueueUrl": url, "AttributeNames": ["VisibilityTimeout", "DelaySeconds"]}),
        ("ReceiveMessage", {"QueueUrl": url, "WaitTimeSeconds": 0, "VisibilityTimeout": 0}),  # seen, still visible
    ]
    for operation, body in calls:
        expected = _answer(flask_app, _environ("sqs", operation, body))
        answered = _answer(direct, _environ("sqs", operation, body))
        if operation == "ReceiveMessage":  # each receive has its own receipt handle and receive count
            assert answered[0] == expected[0] and json.loads(answered[2])["Messages"][0]["Body"] == "task-1"
            continue
        assert answered == expected, operation
    assert _answer(direct, _environ("sqs", "GetQueueUrl", {"QueueName": "missing"}))[0].startswith("400")
