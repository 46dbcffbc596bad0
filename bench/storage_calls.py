"""The AWS calls one document costs, per path, counted at the client (botocore) around the real handlers.

The handlers run in this process against an embedded emulator, with the events the local runtime builds,
so every DynamoDB, S3 and SQS call a request makes is seen with its operation name and its duration.
A path's figure is the mean over one document of each kind the load runs on: the calls a document makes
depend on its result (one that enters the review queue adds its S3 copy and its task), so a figure from a
single document, or the median of a few, would leave out what a share of the documents cost.
"""

from __future__ import annotations

import contextlib
import io
import json
import logging
import os
import statistics
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

import botocore.client
import requests

from bench.documents import Document
from infra import service_definition as sd
from infra.local_runtime.bootstrap import ResourceNames, ensure_resources
from infra.local_runtime.containers import FUNCTIONS_DIR, LocalContext, load_handler
from infra.local_runtime.poller import sqs_event
from infra.local_runtime.proxy_events import match_route, proxy_event
from infra.local_runtime.runtime import HOST, configure_handler_environment


@dataclass
class CallLog:
    calls: dict[str, float] = field(default_factory=dict)  # "dynamodb.GetItem" -> count (a mean: fractional)
    seconds: float = 0.0
    # DynamoDB on-demand request units, from the items' sizes as DynamoDB counts them (bench/cost.py prices them).
    read_units: float = 0.0
    write_units: float = 0.0
    log_bytes: int = 0  # what the handlers printed (JSON logs and EMF metrics, as deployed): CloudWatch Logs
    sqs_requests: float = 0.0  # SQS bills a request per 64 KB of payload

    @property
    def total(self) -> float:
        return sum(self.calls.values())

    def count(self, call: str) -> None:
        self.calls[call] = self.calls.get(call, 0) + 1


def mean(logs: list[CallLog]) -> CallLog:
    """What one document costs on average: each count and unit summed over ``logs`` and divided by their number.

    The time is the mean number of calls times the median time per call: one slow call on a busy machine would
    otherwise be much of the figure."""
    if not logs:
        raise ValueError("no call logs to average")
    n = len(logs)
    calls: dict[str, float] = {}
    for log in logs:
        for call, count in log.calls.items():
            calls[call] = calls.get(call, 0) + count
    per_call = statistics.median(log.seconds / log.total for log in logs if log.total) if calls else 0.0
    return CallLog(
        calls={call: count / n for call, count in calls.items()},
        seconds=per_call * sum(calls.values()) / n,
        read_units=sum(log.read_units for log in logs) / n,
        write_units=sum(log.write_units for log in logs) / n,
        log_bytes=round(sum(log.log_bytes for log in logs) / n),
        sqs_requests=sum(log.sqs_requests for log in logs) / n,
    )


def item_bytes(value: dict[str, Any]) -> int:
    """An item's size as DynamoDB bills it: attribute names plus values (botocore's typed form)."""
    return sum(len(name.encode()) + _value_bytes(typed) for name, typed in value.items())


def _value_bytes(typed: dict[str, Any]) -> int:
    ((kind, value),) = typed.items()
    if kind == "S":
        return len(value.encode())
    if kind == "N":
        return (len(str(value).lstrip("-").replace(".", "")) + 1) // 2 + 1
    if kind == "B":
        return len(value)
    if kind in ("BOOL", "NULL"):
        return 1
    if kind == "L":
        return 3 + sum(1 + _value_bytes(v) for v in value)
    if kind == "M":
        return 3 + sum(1 + len(k.encode()) + _value_bytes(v) for k, v in value.items())
    return sum(_value_bytes({kind[0]: v}) for v in value)  # SS, NS, BS


def _units(size: int, unit: int) -> int:
    return max(1, -(-size // unit))


class _Recorder:
    """Wraps botocore's one entry point for API calls; records into the log of the step being measured."""

    def __init__(self, printed: io.StringIO) -> None:
        self.printed = printed
        self.current: CallLog | None = None
        self._original: Callable[..., Any] = botocore.client.BaseClient._make_api_call
        self._lock = threading.Lock()

    def __enter__(self) -> _Recorder:
        recorder = self
        original = self._original

        def recording(client: Any, operation: str, params: dict[str, Any]) -> Any:
            service = client.meta.service_model.service_name
            log = recorder.current
            measured = log is not None and service == "dynamodb"
            before = _stored_item(original, client, operation, params) if measured else 0
            started = time.perf_counter()
            try:
                response = original(client, operation, params)
            finally:
                if log is not None:
                    with recorder._lock:
                        log.count(f"{service}.{operation}")
                        log.seconds += time.perf_counter() - started
            if log is not None and measured:
                after = _stored_item(original, client, operation, params)
                _add_units(log, operation, params, response, max(before, after))
            if log is not None and service == "sqs":
                log.sqs_requests += _sqs_requests(operation, params, response)
            return response

        botocore.client.BaseClient._make_api_call = recording
        return self

    def __exit__(self, *_: object) -> None:
        botocore.client.BaseClient._make_api_call = self._original

    @contextmanager
    def step(self, log: CallLog) -> Iterator[None]:
        self.current = log
        printed = self.printed.tell()
        try:
            yield
        finally:
            self.current = None
            log.log_bytes += len(self.printed.getvalue()[printed:].encode())


def _sqs_requests(operation: str, params: dict[str, Any], response: dict[str, Any]) -> int:
    """Billed requests of one call: each 64 KB chunk of a message sent or received counts as one."""
    if operation == "SendMessage":
        return _units(len(params["MessageBody"].encode()), 64 * 1024)
    if operation == "ReceiveMessage":
        return max(1, sum(_units(len(m["Body"].encode()), 64 * 1024) for m in response.get("Messages", [])))
    return 1


def _stored_item(original: Callable[..., Any], client: Any, operation: str, params: dict[str, Any]) -> int:
    """Size of the item an update or delete touches (DynamoDB bills the larger of before and after); unrecorded."""
    if operation not in ("UpdateItem", "DeleteItem"):
        return 0
    key = {"TableName": params["TableName"], "Key": params["Key"], "ConsistentRead": True}
    found = original(client, "GetItem", key)
    return item_bytes(found.get("Item", {}))


def _add_units(log: CallLog, operation: str, params: dict[str, Any], response: dict[str, Any], touched: int) -> None:
    if operation == "GetItem":
        units = _units(item_bytes(response.get("Item", {})), 4096)
        log.read_units += units if params.get("ConsistentRead") else units / 2
    elif operation == "PutItem":
        log.write_units += _units(item_bytes(params["Item"]), 1024)
    elif operation in ("UpdateItem", "DeleteItem"):
        log.write_units += _units(touched, 1024)
    elif operation == "BatchGetItem":  # eventually consistent: half a unit per 4 KB, half one for a missing item
        found = [item for items in response.get("Responses", {}).values() for item in items]
        asked = sum(len(request["Keys"]) for request in params["RequestItems"].values())
        log.read_units += (sum(_units(item_bytes(item), 4096) for item in found) + asked - len(found)) / 2
    elif operation == "BatchWriteItem":
        puts = [r["PutRequest"]["Item"] for rs in params["RequestItems"].values() for r in rs if "PutRequest" in r]
        log.write_units += sum(_units(item_bytes(item), 1024) for item in puts)
    elif operation.startswith(("Query", "Scan", "TransactGet")):
        log.read_units += 1  # not on a document's path; priced at the minimum
    else:
        log.write_units += 1


def _multipart(document: Document, **fields: str) -> tuple[list[tuple[str, str]], bytes]:
    prepared = requests.Request(
        "POST", "http://local/", files={"file": (document.name, document.data)}, data=fields
    ).prepare()
    body = prepared.body if isinstance(prepared.body, bytes) else str(prepared.body).encode()
    return [("Content-Type", str(prepared.headers["Content-Type"]))], body


def _api_event(method: str, path: str, headers: list[tuple[str, str]] | None = None, body: bytes = b"") -> Any:
    route = match_route(method, path)
    assert route is not None, path
    return proxy_event(method=method, path=path, query="", headers=headers or [], body=body, route=route)


@dataclass
class StorageCalls:
    sync_miss: CallLog
    sync_hit: CallLog
    async_submit: CallLog
    worker_per_document: CallLog  # the worker's handler on batches of WORKER_BATCH, its calls per document
    poller_per_batch: CallLog  # the event source mapping's receive and delete (Lambda's, not the function's)
    poll: CallLog  # one GET /classification_result
    documents: int  # each figure is the mean over this many documents

    def rows(self) -> list[tuple[str, CallLog]]:
        return [
            ("sync, cache miss (POST /classify_file)", self.sync_miss),
            ("sync, cache hit", self.sync_hit),
            ("async submit (POST /classify_file_async)", self.async_submit),
            (f"async worker, per document (batches of {WORKER_BATCH})", self.worker_per_document),
            ("SQS event source, per batch (receive + delete)", self.poller_per_batch),
            ("one result poll (GET /classification_result)", self.poll),
        ]


# The async documents go to the worker in batches of the event source's size, as on AWS and in the local runtime.
WORKER_BATCH = next(source.batch_size for source in sd.QUEUE_SOURCES if source.function == sd.WORKER.name)


@dataclass
class AsyncLogs:
    """One worker batch's calls: each document's submit and poll, the batch's receive + delete and handler."""

    submits: list[CallLog]
    batch: CallLog
    work: CallLog
    polls: list[CallLog]

    @classmethod
    def of(cls, documents: int) -> AsyncLogs:
        return cls([CallLog() for _ in range(documents)], CallLog(), CallLog(), [CallLog() for _ in range(documents)])


# Documents ``measure`` spends on warming up (model load, secret read, clients), before the ones it counts.
WARM_UP = 2


def measure(documents: list[Document], aws_port: int) -> StorageCalls:
    """Counts each path on fresh documents after one warm-up of each (cold-start calls are not per document).

    The first WARM_UP documents warm up; each path's figure is its mean over the others, so give one document of
    each kind the load sends (their share entering the review queue is then the load's)."""
    if len(documents) <= WARM_UP:
        raise ValueError(f"need more than {WARM_UP} documents: the first {WARM_UP} only warm up")
    from moto.server import ThreadedMotoServer  # noqa: PLC0415 - only the bench needs its own emulator

    server = ThreadedMotoServer(ip_address=HOST, port=aws_port, verbose=False)
    server.start()
    saved = dict(os.environ)
    logging.getLogger("werkzeug").setLevel(logging.WARNING)  # the emulator's request lines
    try:
        os.environ.update(
            AWS_ENDPOINT_URL=f"http://{HOST}:{aws_port}", AWS_ACCESS_KEY_ID="testing", AWS_SECRET_ACCESS_KEY="testing"
        )
        os.environ.pop("AWS_SESSION_TOKEN", None)
        # Logs and EMF metrics as deployed (the local runtime quiets both): their bytes are CloudWatch's bill.
        os.environ.update(POWERTOOLS_METRICS_DISABLED="false", POWERTOOLS_LOG_LEVEL="INFO")
        # Per document: the counters' one write per container and second (COUNTERS_FLUSH_SECONDS) is not one.
        os.environ["COUNTERS_FLUSH_SECONDS"] = "3600"
        configure_handler_environment()
        environment = ensure_resources(ResourceNames("bench-calls"))
        os.environ.update(environment)
        with contextlib.redirect_stdout(io.StringIO()) as printed:  # the handlers' log and metric lines
            return _measure(documents, environment, printed)
    finally:
        os.environ.clear()
        os.environ.update(saved)
        server.stop()


def _measure(documents: list[Document], environment: dict[str, str], printed: io.StringIO) -> StorageCalls:
    import boto3  # noqa: PLC0415

    api = load_handler(sd.API, FUNCTIONS_DIR)
    worker = load_handler(sd.WORKER, FUNCTIONS_DIR)
    sqs = boto3.client("sqs")
    queue_url = environment["HIGH_QUEUE_URL"]
    queue_arn = sqs.get_queue_attributes(QueueUrl=queue_url, AttributeNames=["QueueArn"])["Attributes"]["QueueArn"]
    # The bucket's S3 test notification would be a first, odd batch: drain it.
    for url in (environment["HIGH_QUEUE_URL"], environment["LOW_QUEUE_URL"]):
        sqs.purge_queue(QueueUrl=url)

    def call_api(event: dict[str, Any]) -> dict[str, Any]:
        response: dict[str, Any] = api(event, LocalContext(sd.API.name, sd.API.memory_mb, sd.API.timeout_seconds))
        assert response["statusCode"] < 300, response["body"][:200]
        return response

    def sync(document: Document) -> None:
        call_api(_api_event("POST", "/classify_file", *_multipart(document, industry="finance")))

    def submit_and_process(documents: list[Document], logs: AsyncLogs | None) -> None:
        """The documents submitted, then processed in one batch by one worker invocation, as the event source
        delivers them (the worker's calls to the result cache are per batch), then each polled once."""
        logs = logs or AsyncLogs.of(len(documents))
        submits, batch, work, polls = logs.submits, logs.batch, logs.work, logs.polls
        task_ids = []
        for document, submit in zip(documents, submits, strict=True):
            with recorder.step(submit):
                event = _api_event("POST", "/classify_file_async", *_multipart(document, industry="finance"))
                task_ids.append(json.loads(call_api(event)["body"])["task_id"])
        messages: list[dict[str, Any]] = []
        with recorder.step(batch):
            while len(messages) < len(documents):
                messages += sqs.receive_message(
                    QueueUrl=queue_url, MaxNumberOfMessages=len(documents), AttributeNames=["All"], WaitTimeSeconds=1
                ).get("Messages", [])
        with recorder.step(work):
            answer = worker(sqs_event(messages, queue_arn), LocalContext("worker", 1769, 120))
        assert not answer.get("batchItemFailures"), answer
        with recorder.step(batch):
            entries = [{"Id": str(n), "ReceiptHandle": m["ReceiptHandle"]} for n, m in enumerate(messages)]
            sqs.delete_message_batch(QueueUrl=queue_url, Entries=entries)
        for task_id, poll in zip(task_ids, polls, strict=True):
            with recorder.step(poll):
                call_api(_api_event("GET", f"/classification_result/{task_id}"))

    # Every path on every counted document: the sync miss, then its hit, then the document again, async.
    counted = documents[WARM_UP:]
    misses, hits = [CallLog() for _ in counted], [CallLog() for _ in counted]
    batches = [counted[start : start + WORKER_BATCH] for start in range(0, len(counted), WORKER_BATCH)]
    asyncs = [AsyncLogs.of(len(batch)) for batch in batches]
    with _Recorder(printed) as recorder:
        sync(documents[0])  # warm-up: model load, secret read, clients
        submit_and_process([documents[1]], None)
        for i, document in enumerate(counted):
            with recorder.step(misses[i]):
                sync(document)
            with recorder.step(hits[i]):
                sync(document)
        for batch, logs in zip(batches, asyncs, strict=True):
            # Fresh bytes: the async path must classify, not find the sync result in the cache.
            submit_and_process([Document(d.name, d.data + b"\n%async\n") for d in batch], logs)
    # The handler's calls of a batch spread over its documents: its log, and an empty one for each other document.
    work = [[logs.work] + [CallLog() for _ in logs.submits[1:]] for logs in asyncs]
    return StorageCalls(
        sync_miss=mean(misses),
        sync_hit=mean(hits),
        async_submit=mean([log for logs in asyncs for log in logs.submits]),
        worker_per_document=mean([log for logs in work for log in logs]),
        poller_per_batch=mean([logs.batch for logs in asyncs]),
        poll=mean([log for logs in asyncs for log in logs.polls]),
        documents=len(counted),
    )
