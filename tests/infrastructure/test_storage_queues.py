"""SQS, DynamoDB and S3 properties the issue asks for."""

from __future__ import annotations

from aws_cdk.assertions import Match

from infra import service_definition as sd
from tests.infrastructure.conftest import Synthesized


def _queues(s: Synthesized) -> dict[str, dict]:
    return {k: v["Properties"] for k, v in s.of_type("AWS::SQS::Queue").items()}


def test_work_queues_redrive_to_one_dlq_after_3_receives(synthesized: Synthesized) -> None:
    queues = _queues(synthesized)
    work = {k: p for k, p in queues.items() if "RedrivePolicy" in p}
    dlqs = {k for k, p in queues.items() if "RedrivePolicy" not in p}
    assert len(work) == len({q.queue for q in sd.QUEUE_SOURCES}) == 2
    assert len(dlqs) == 1
    (dlq,) = dlqs
    for props in work.values():
        assert props["RedrivePolicy"] == {
            "deadLetterTargetArn": {"Fn::GetAtt": [dlq, "Arn"]},
            "maxReceiveCount": 3,
        }


def test_visibility_timeout_is_at_least_six_times_the_worker_timeout(synthesized: Synthesized) -> None:
    worker_timeout = synthesized.config.timeout_seconds(sd.WORKER)
    for props in _queues(synthesized).values():
        if "RedrivePolicy" in props:
            assert props["VisibilityTimeout"] >= 6 * worker_timeout


def test_every_queue_is_encrypted_and_denies_insecure_transport(synthesized: Synthesized) -> None:
    queues = _queues(synthesized)
    assert all(p.get("SqsManagedSseEnabled") for p in queues.values())
    policies = synthesized.of_type("AWS::SQS::QueuePolicy").values()
    protected = set()
    for policy in policies:
        for statement in policy["Properties"]["PolicyDocument"]["Statement"]:
            if statement["Effect"] == "Deny" and statement["Condition"] == {"Bool": {"aws:SecureTransport": "false"}}:
                protected.update(q["Ref"] for q in policy["Properties"]["Queues"])
    assert protected == set(queues)


def test_tables_are_on_demand_with_ttl_pitr_and_encryption(synthesized: Synthesized) -> None:
    tables = synthesized.of_type("AWS::DynamoDB::Table")
    assert len(tables) == 2
    for table in tables.values():
        props = table["Properties"]
        assert props["BillingMode"] == "PAY_PER_REQUEST"
        assert props["TimeToLiveSpecification"] == {"AttributeName": sd.TTL_ATTRIBUTE, "Enabled": True}
        assert props["PointInTimeRecoverySpecification"] == {"PointInTimeRecoveryEnabled": True}
        assert props["SSESpecification"]["SSEEnabled"] is True
    keys = sorted(t["Properties"]["KeySchema"][0]["AttributeName"] for t in tables.values())
    assert keys == sorted([sd.TASKS_PARTITION_KEY, sd.CACHE_PARTITION_KEY])


def test_tasks_table_has_the_status_and_review_indexes(synthesized: Synthesized) -> None:
    indexes = {sd.TASKS_STATUS_INDEX: sd.TASKS_STATUS_INDEX_KEYS, **sd.TASKS_REVIEW_INDEXES}
    assert len(indexes) == 3
    synthesized.template.has_resource_properties(
        "AWS::DynamoDB::Table",
        {
            "KeySchema": [{"AttributeName": sd.TASKS_PARTITION_KEY, "KeyType": "HASH"}],
            "GlobalSecondaryIndexes": [
                {
                    "IndexName": name,
                    "KeySchema": [
                        {"AttributeName": partition, "KeyType": "HASH"},
                        {"AttributeName": sort, "KeyType": "RANGE"},
                    ],
                    "Projection": {"ProjectionType": "ALL"},
                }
                for name, (partition, sort) in indexes.items()
            ],
            "AttributeDefinitions": Match.array_with(
                [
                    {"AttributeName": "review_status", "AttributeType": "S"},
                    {"AttributeName": "review_entered_at", "AttributeType": "N"},
                    {"AttributeName": "review_queue", "AttributeType": "S"},
                ]
            ),
        },
    )


def test_upload_bucket_is_private_encrypted_expiring_and_cors_enabled(synthesized: Synthesized) -> None:
    synthesized.template.has_resource_properties(
        "AWS::S3::Bucket",
        {
            "PublicAccessBlockConfiguration": {
                "BlockPublicAcls": True,
                "BlockPublicPolicy": True,
                "IgnorePublicAcls": True,
                "RestrictPublicBuckets": True,
            },
            "BucketEncryption": {
                "ServerSideEncryptionConfiguration": [{"ServerSideEncryptionByDefault": {"SSEAlgorithm": "AES256"}}]
            },
            "LifecycleConfiguration": {
                "Rules": [
                    Match.object_like({"Prefix": sd.UPLOAD_PREFIX, "ExpirationInDays": 1, "Status": "Enabled"}),
                    # a document kept for a reviewer lives until the verdict, at most the review deadline
                    Match.object_like({"Prefix": sd.REVIEW_PREFIX, "ExpirationInDays": 14, "Status": "Enabled"}),
                    # a long packet's progress between worker invocations, left by a crash or a lost continuation
                    Match.object_like({"Prefix": sd.PROGRESS_PREFIX, "ExpirationInDays": 1, "Status": "Enabled"}),
                ]
            },
            "CorsConfiguration": {"CorsRules": [Match.object_like({"AllowedMethods": Match.array_with(["POST"])})]},
        },
    )
    synthesized.template.has_resource_properties(
        "AWS::S3::BucketPolicy",
        {
            "PolicyDocument": {
                "Statement": Match.array_with(
                    [Match.object_like({"Effect": "Deny", "Condition": {"Bool": {"aws:SecureTransport": "false"}}})]
                )
            }
        },
    )


def test_object_created_under_the_upload_prefix_notifies_the_configured_queue(
    synthesized: Synthesized,
) -> None:
    (notification,) = synthesized.of_type("Custom::S3BucketNotifications").values()
    (config,) = notification["Properties"]["NotificationConfiguration"]["QueueConfigurations"]
    assert config["Events"] == ["s3:ObjectCreated:*"]
    assert config["Filter"] == {"Key": {"FilterRules": [{"Name": "prefix", "Value": sd.UPLOAD_PREFIX}]}}
    target = config["QueueArn"]["Fn::GetAtt"][0]
    assert target == synthesized.stack.get_logical_id(
        synthesized.stack.queues.queues[sd.UPLOAD_NOTIFICATION_QUEUE].node.default_child  # type: ignore[arg-type]
    )
