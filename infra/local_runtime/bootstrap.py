"""Creates the bucket, queues, tables and secret the handlers expect; safe to run against existing ones."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from botocore.exceptions import ClientError
from doc_classifier.service.aws.clients import client

from infra import service_definition as sd
from infra.config import DeploymentConfig

# As deployed (infra/components/queues.py): 6x the worker's timeout, so a message is not delivered again while
# an invocation still works on it (a long packet reads for the worker's whole timeout before it continues).
VISIBILITY_TIMEOUT_SECONDS = sd.WORKER.timeout_seconds * DeploymentConfig.visibility_timeout_multiplier


@dataclass(frozen=True)
class ResourceNames:
    prefix: str = "doc-classifier-local"
    visibility_timeout_seconds: int = VISIBILITY_TIMEOUT_SECONDS
    max_receive_count: int = 3

    @property
    def tasks_table(self) -> str:
        return f"{self.prefix}-tasks"

    @property
    def cache_table(self) -> str:
        return f"{self.prefix}-cache"

    @property
    def bucket(self) -> str:
        return f"{self.prefix}-uploads"

    @property
    def dlq(self) -> str:
        return f"{self.prefix}-dlq"

    def queue(self, logical: str) -> str:
        return f"{self.prefix}-{logical}"

    @property
    def secret(self) -> str:
        return f"{self.prefix}/llm-provider-keys"


def ensure_resources(names: ResourceNames) -> dict[str, str]:
    """Create what is missing; the handlers' environment (same variable names as the CDK stack)."""
    _ensure_table(names.tasks_table, sd.TASKS_PARTITION_KEY, status_index=True)
    _ensure_table(names.cache_table, sd.CACHE_PARTITION_KEY, status_index=False)
    sqs = client("sqs")
    dlq_url = sqs.create_queue(QueueName=names.dlq)["QueueUrl"]
    dlq_arn = queue_arn(sqs, dlq_url)
    redrive = json.dumps({"deadLetterTargetArn": dlq_arn, "maxReceiveCount": str(names.max_receive_count)})
    attributes = {"VisibilityTimeout": str(names.visibility_timeout_seconds), "RedrivePolicy": redrive}
    queue_urls: dict[str, str] = {}
    for logical in sorted({source.queue for source in sd.QUEUE_SOURCES}):
        url = sqs.create_queue(QueueName=names.queue(logical))["QueueUrl"]
        sqs.set_queue_attributes(QueueUrl=url, Attributes=attributes)  # also updates an existing queue
        queue_urls[logical] = url
    _ensure_bucket(names.bucket, queue_arn(sqs, queue_urls[sd.UPLOAD_NOTIFICATION_QUEUE]))
    secret_arn = _ensure_secret(names.secret)
    return {
        "TASKS_TABLE_NAME": names.tasks_table,
        "CACHE_TABLE_NAME": names.cache_table,
        "UPLOAD_BUCKET_NAME": names.bucket,
        "DLQ_URL": dlq_url,
        "MAX_RECEIVE_COUNT": str(names.max_receive_count),
        "LLM_KEYS_SECRET_ARN": secret_arn,
        **{f"{logical.upper()}_QUEUE_URL": url for logical, url in queue_urls.items()},
    }


def queue_arn(sqs: Any, url: str) -> str:
    arn: str = sqs.get_queue_attributes(QueueUrl=url, AttributeNames=["QueueArn"])["Attributes"]["QueueArn"]
    return arn


def _tasks_indexes() -> dict[str, tuple[str, str]]:
    """The tasks table's GSIs: name -> (partition S, sort N), as the CDK stack defines them."""
    return {sd.TASKS_STATUS_INDEX: sd.TASKS_STATUS_INDEX_KEYS, **sd.TASKS_REVIEW_INDEXES}


def _index(name: str, partition: str, sort: str) -> dict[str, Any]:
    return {
        "IndexName": name,
        "KeySchema": [{"AttributeName": partition, "KeyType": "HASH"}, {"AttributeName": sort, "KeyType": "RANGE"}],
        "Projection": {"ProjectionType": "ALL"},
    }


def _key_definitions(indexes: dict[str, tuple[str, str]]) -> list[dict[str, str]]:
    types = {name: kind for partition, sort in indexes.values() for name, kind in ((partition, "S"), (sort, "N"))}
    return [{"AttributeName": name, "AttributeType": kind} for name, kind in types.items()]


def _ensure_table(name: str, key: str, *, status_index: bool) -> None:
    db = client("dynamodb")
    definitions = [{"AttributeName": key, "AttributeType": "S"}]
    extra: dict[str, Any] = {}
    indexes = _tasks_indexes() if status_index else {}
    if indexes:
        definitions += _key_definitions(indexes)
        extra["GlobalSecondaryIndexes"] = [_index(n, *keys) for n, keys in indexes.items()]
    try:
        db.create_table(
            TableName=name,
            KeySchema=[{"AttributeName": key, "KeyType": "HASH"}],
            AttributeDefinitions=definitions,
            BillingMode="PAY_PER_REQUEST",
            **extra,
        )
    except ClientError as exc:
        if exc.response["Error"]["Code"] != "ResourceInUseException":
            raise
        _add_missing_indexes(name, indexes)  # an emulator that outlived an older version of this table
        return
    db.get_waiter("table_exists").wait(TableName=name, WaiterConfig={"Delay": 1, "MaxAttempts": 30})
    db.update_time_to_live(TableName=name, TimeToLiveSpecification={"Enabled": True, "AttributeName": sd.TTL_ATTRIBUTE})


def _add_missing_indexes(name: str, indexes: dict[str, tuple[str, str]]) -> None:
    db = client("dynamodb")
    present = {i["IndexName"] for i in db.describe_table(TableName=name)["Table"].get("GlobalSecondaryIndexes", [])}
    for index, keys in indexes.items():
        if index not in present:  # one index per update: DynamoDB's rule
            db.update_table(
                TableName=name,
                AttributeDefinitions=_key_definitions({index: keys}),
                GlobalSecondaryIndexUpdates=[{"Create": _index(index, *keys)}],
            )


def _ensure_bucket(name: str, notify_queue_arn: str) -> None:
    s3 = client("s3")
    try:
        s3.head_bucket(Bucket=name)
    except ClientError:
        s3.create_bucket(Bucket=name)
    s3.put_bucket_notification_configuration(
        Bucket=name,
        NotificationConfiguration={
            "QueueConfigurations": [
                {
                    "QueueArn": notify_queue_arn,
                    "Events": ["s3:ObjectCreated:*"],
                    "Filter": {"Key": {"FilterRules": [{"Name": "prefix", "Value": sd.UPLOAD_PREFIX}]}},
                }
            ]
        },
    )
    # The deployed bucket's CORS rule (infra/components/storage.py), so that a browser (the console) can upload
    # here too: LocalStack enforces it (moto's server answers any origin).
    s3.put_bucket_cors(
        Bucket=name,
        CORSConfiguration={
            "CORSRules": [
                {
                    "AllowedMethods": list(sd.UPLOAD_CORS_METHODS),
                    "AllowedOrigins": list(DeploymentConfig().cors_allowed_origins),
                    "AllowedHeaders": ["*"],
                    "MaxAgeSeconds": sd.UPLOAD_CORS_MAX_AGE_SECONDS,
                }
            ]
        },
    )


def _ensure_secret(name: str) -> str:
    """The keys secret's ARN (what ``$LLM_KEYS_SECRET`` in an LLM configuration names)."""
    secrets = client("secretsmanager")
    try:
        arn: str = secrets.create_secret(Name=name, SecretString=json.dumps({"keys": []}))["ARN"]
    except ClientError as exc:
        if exc.response["Error"]["Code"] != "ResourceExistsException":
            raise
        arn = secrets.describe_secret(SecretId=name)["ARN"]
    return arn
