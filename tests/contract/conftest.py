"""One fixture, two backends: every contract and fault test runs against the in-memory fakes and against
the AWS adapters on moto's in-process DynamoDB, S3 and SQS, so the fakes cannot drift from the adapters."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

import pytest
from botocore.awsrequest import AWSResponse
from doc_classifier.service.aws.clients import client
from doc_classifier.service.aws.dynamodb import DynamoResultCache, DynamoStatsStore, DynamoTaskStore
from doc_classifier.service.aws.s3 import S3BlobStore
from doc_classifier.service.aws.sqs import SqsWorkQueue
from doc_classifier.service.memory import (
    MemoryBlobStore,
    MemoryResultCache,
    MemoryStatsStore,
    MemoryTaskStore,
    MemoryWorkQueue,
)
from doc_classifier.service.ports import BlobStore, Classifier, ResultCache, StatsStore, TaskStore, WorkQueue
from doc_classifier.service.settings import ServiceSettings
from doc_classifier.service.task_service import TaskService
from doc_classifier.service.tasks import Priority
from doc_classifier.taxonomy import load_taxonomy
from moto import mock_aws

from infra.local_runtime.bootstrap import ResourceNames, ensure_resources


@dataclass
class Backend:
    name: str
    tasks: TaskStore
    blobs: BlobStore
    cache: ResultCache
    stats: StatsStore
    queue: WorkQueue
    env: dict[str, str]  # the AWS resources (empty for the fakes)
    clients: dict[str, Any]  # the boto3 clients the adapters use (empty for the fakes)

    def task_service(self, classifier: Classifier, settings: ServiceSettings, **options: Any) -> TaskService:
        """The task service on this backend's ports (``options``: e.g. its clock)."""
        return TaskService(
            classifier=lambda: classifier,
            taxonomy=load_taxonomy(),
            tasks=self.tasks,
            cache=self.cache,
            stats=self.stats,
            blobs=self.blobs,
            queue=self.queue,
            settings=settings,
            **options,
        )


@dataclass
class MotoAws:
    env: dict[str, str]
    clients: dict[str, Any]

    def wipe(self) -> None:
        """Back to empty resources: cheaper than building clients and tables for every test."""
        db, s3, sqs = self.clients["dynamodb"], self.clients["s3"], self.clients["sqs"]
        for table, key in ((self.env["TASKS_TABLE_NAME"], "task_id"), (self.env["CACHE_TABLE_NAME"], "cache_key")):
            for item in db.scan(TableName=table, ProjectionExpression=key)["Items"]:
                db.delete_item(TableName=table, Key={key: item[key]})
        bucket = self.env["UPLOAD_BUCKET_NAME"]
        for item in s3.list_objects_v2(Bucket=bucket).get("Contents", []):
            s3.delete_object(Bucket=bucket, Key=item["Key"])
        for name in ("HIGH_QUEUE_URL", "LOW_QUEUE_URL", "DLQ_URL"):  # PurgeQueue is allowed once a minute
            while messages := sqs.receive_message(QueueUrl=self.env[name], MaxNumberOfMessages=10).get("Messages"):
                entries = [{"Id": str(n), "ReceiptHandle": m["ReceiptHandle"]} for n, m in enumerate(messages)]
                sqs.delete_message_batch(QueueUrl=self.env[name], Entries=entries)


@pytest.fixture(scope="package")
def moto_aws() -> Iterator[MotoAws]:
    """moto's in-process AWS with the resources the stack creates, once for these tests."""
    with pytest.MonkeyPatch.context() as patch, mock_aws():
        for name, value in {
            "AWS_ACCESS_KEY_ID": "testing",
            "AWS_SECRET_ACCESS_KEY": "testing",
            "AWS_DEFAULT_REGION": "us-east-1",
        }.items():
            patch.setenv(name, value)
        patch.delenv("AWS_ENDPOINT_URL", raising=False)
        env = ensure_resources(ResourceNames("contract"))
        yield MotoAws(env, {name: client(name) for name in ("dynamodb", "s3", "sqs")})


@pytest.fixture(params=["memory", "moto"])
def backend(request: pytest.FixtureRequest) -> Backend:
    if request.param == "memory":
        stores = (MemoryTaskStore(), MemoryBlobStore(), MemoryResultCache(), MemoryStatsStore(), MemoryWorkQueue())
        return Backend("memory", *stores, {}, {})
    aws: MotoAws = request.getfixturevalue("moto_aws")
    aws.wipe()  # also drops the s3:TestEvent the bucket notification sent
    env, db = aws.env, aws.clients["dynamodb"]
    urls = {Priority.HIGH: env["HIGH_QUEUE_URL"], Priority.LOW: env["LOW_QUEUE_URL"]}
    return Backend(
        "moto",
        DynamoTaskStore(db, env["TASKS_TABLE_NAME"]),
        S3BlobStore(aws.clients["s3"], env["UPLOAD_BUCKET_NAME"]),
        DynamoResultCache(db, env["CACHE_TABLE_NAME"]),
        DynamoStatsStore(db, env["CACHE_TABLE_NAME"]),
        SqsWorkQueue(aws.clients["sqs"], urls, env["DLQ_URL"]),
        env,
        aws.clients,
    )


@contextmanager
def next_call_answers(aws_client: Any, operation: str, code: str) -> Iterator[None]:
    """Inside the block, the client's next ``operation`` call fails with ``code`` without reaching the
    backend, as AWS answers once the SDK's own retries are spent (throttling)."""
    fired = False

    def answer(**_: Any) -> tuple[AWSResponse, dict[str, Any]] | None:
        nonlocal fired
        if fired:
            return None
        fired = True
        error = {"Code": code, "Message": "Rate of requests exceeds the allowed throughput."}
        return AWSResponse("https://aws.invalid", 400, {}, None), {"Error": error, "ResponseMetadata": {}}

    event = f"before-call.{aws_client.meta.service_model.service_id.hyphenize()}.{operation}"
    aws_client.meta.events.register_first(event, answer)
    try:
        yield
    finally:
        aws_client.meta.events.unregister(event, answer)
    assert fired, f"no {operation} call was made"
