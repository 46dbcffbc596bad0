"""The local runtime's resources: an emulator that outlived an older table gets the indexes it lacks."""

from __future__ import annotations

import boto3
import pytest
from moto import mock_aws

from infra import service_definition as sd
from infra.local_runtime.bootstrap import ResourceNames, ensure_resources


@pytest.fixture
def emulated(monkeypatch: pytest.MonkeyPatch) -> None:
    for name, value in {
        "AWS_ACCESS_KEY_ID": "testing",
        "AWS_SECRET_ACCESS_KEY": "testing",
        "AWS_DEFAULT_REGION": "us-east-1",
    }.items():
        monkeypatch.setenv(name, value)
    monkeypatch.delenv("AWS_ENDPOINT_URL", raising=False)


def indexes(table: str) -> set[str]:
    described = boto3.client("dynamodb").describe_table(TableName=table)["Table"]
    return {index["IndexName"] for index in described.get("GlobalSecondaryIndexes", [])}


@pytest.mark.usefixtures("emulated")
def test_a_tasks_table_from_before_the_review_queue_gets_its_indexes() -> None:
    names = ResourceNames("old")
    partition, sort = sd.TASKS_STATUS_INDEX_KEYS
    with mock_aws():
        boto3.client("dynamodb").create_table(  # the table as the previous version created it
            TableName=names.tasks_table,
            KeySchema=[{"AttributeName": sd.TASKS_PARTITION_KEY, "KeyType": "HASH"}],
            AttributeDefinitions=[
                {"AttributeName": sd.TASKS_PARTITION_KEY, "AttributeType": "S"},
                {"AttributeName": partition, "AttributeType": "S"},
                {"AttributeName": sort, "AttributeType": "N"},
            ],
            GlobalSecondaryIndexes=[
                {
                    "IndexName": sd.TASKS_STATUS_INDEX,
                    "KeySchema": [
                        {"AttributeName": partition, "KeyType": "HASH"},
                        {"AttributeName": sort, "KeyType": "RANGE"},
                    ],
                    "Projection": {"ProjectionType": "ALL"},
                }
            ],
            BillingMode="PAY_PER_REQUEST",
        )
        ensure_resources(names)
        assert indexes(names.tasks_table) == {sd.TASKS_STATUS_INDEX, *sd.TASKS_REVIEW_INDEXES}
        ensure_resources(names)  # and again: nothing left to add
        assert indexes(names.tasks_table) == {sd.TASKS_STATUS_INDEX, *sd.TASKS_REVIEW_INDEXES}
