"""Task/result and cache tables, and the upload bucket."""

from __future__ import annotations

from aws_cdk import Duration, RemovalPolicy
from aws_cdk import aws_dynamodb as dynamodb
from aws_cdk import aws_s3 as s3
from constructs import Construct

from infra import service_definition as sd
from infra.config import DeploymentConfig


class Storage(Construct):
    def __init__(self, scope: Construct, construct_id: str, *, config: DeploymentConfig) -> None:
        super().__init__(scope, construct_id)
        removal = RemovalPolicy.RETAIN if config.retain_data else RemovalPolicy.DESTROY
        # Key schema from service_definition: the adapters and the local runtime use the same one.
        self.tasks_table = self._table("TasksTable", sd.TASKS_PARTITION_KEY, removal, config)
        self.cache_table = self._table("CacheTable", sd.CACHE_PARTITION_KEY, removal, config)
        status_key, created_key = sd.TASKS_STATUS_INDEX_KEYS
        # Counts by status (/metrics) and the sweeper's stuck-task query, without scans.
        self.tasks_table.add_global_secondary_index(
            index_name=sd.TASKS_STATUS_INDEX,
            partition_key=dynamodb.Attribute(name=status_key, type=dynamodb.AttributeType.STRING),
            sort_key=dynamodb.Attribute(name=created_key, type=dynamodb.AttributeType.NUMBER),
            projection_type=dynamodb.ProjectionType.ALL,
        )
        # The review queue (GET /reviews): sparse, only tasks in review carry these keys.
        for index, (partition, sort) in sd.TASKS_REVIEW_INDEXES.items():
            self.tasks_table.add_global_secondary_index(
                index_name=index,
                partition_key=dynamodb.Attribute(name=partition, type=dynamodb.AttributeType.STRING),
                sort_key=dynamodb.Attribute(name=sort, type=dynamodb.AttributeType.NUMBER),
                projection_type=dynamodb.ProjectionType.ALL,
            )

        self.upload_bucket = s3.Bucket(
            self,
            "UploadBucket",
            block_public_access=s3.BlockPublicAccess.BLOCK_ALL,
            enforce_ssl=True,
            encryption=s3.BucketEncryption.S3_MANAGED,
            object_ownership=s3.ObjectOwnership.BUCKET_OWNER_ENFORCED,
            # Documents are transient: the worker deletes them, expiry catches what it did not.
            lifecycle_rules=[
                s3.LifecycleRule(
                    id="ExpireUploads",
                    prefix=sd.UPLOAD_PREFIX,
                    expiration=Duration.days(config.upload_expiry_days),
                    abort_incomplete_multipart_upload_after=Duration.days(1),
                ),
                # Kept for a reviewer: the verdict deletes it; this catches the ones no verdict came for.
                s3.LifecycleRule(
                    id="ExpireReviewDocuments",
                    prefix=sd.REVIEW_PREFIX,
                    expiration=Duration.days(config.review_retention_days),
                ),
                # A long packet's progress between worker invocations: deleted when its task ends; this catches
                # what a crash or a lost continuation left (transient as uploads are, so the same expiry).
                s3.LifecycleRule(
                    id="ExpirePacketProgress",
                    prefix=sd.PROGRESS_PREFIX,
                    expiration=Duration.days(config.upload_expiry_days),
                ),
            ],
            # Browsers POST straight to S3 with the presigned form from POST /uploads.
            cors=[
                s3.CorsRule(
                    allowed_methods=[s3.HttpMethods(m) for m in sd.UPLOAD_CORS_METHODS],
                    allowed_origins=list(config.cors_allowed_origins),
                    allowed_headers=["*"],
                    max_age=sd.UPLOAD_CORS_MAX_AGE_SECONDS,
                )
            ],
            removal_policy=removal,
        )

    def _table(self, construct_id: str, key: str, removal: RemovalPolicy, config: DeploymentConfig) -> dynamodb.Table:
        return dynamodb.Table(
            self,
            construct_id,
            partition_key=dynamodb.Attribute(name=key, type=dynamodb.AttributeType.STRING),
            billing_mode=dynamodb.BillingMode.PAY_PER_REQUEST,  # traffic is bursty and small
            time_to_live_attribute=sd.TTL_ATTRIBUTE,  # epoch seconds: expired items deleted for free
            point_in_time_recovery_specification=dynamodb.PointInTimeRecoverySpecification(
                point_in_time_recovery_enabled=True
            ),
            encryption=dynamodb.TableEncryption.AWS_MANAGED,
            deletion_protection=config.retain_data,
            removal_policy=removal,
        )
