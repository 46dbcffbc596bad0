"""cdk-nag AwsSolutions findings this design accepts, each with the reason a reviewer needs.

Acknowledged at stack level by exact finding (``Rule[Finding]``) where cdk-nag reports granular
findings, so a *new* wildcard or managed policy still fails the synth.
"""

from __future__ import annotations

from aws_cdk import Acknowledgment, Stack, Validations

_PACK = "AwsSolutions::"
_MANAGED = "Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/"
ACKNOWLEDGED: dict[str, str] = {
    "AwsSolutions-S1": (
        "The upload bucket only holds documents for minutes (1-day expiry); API access logs and "
        "CloudTrail record who uploaded, and a second logging bucket would outlive the data it logs."
    ),
    f"AwsSolutions-IAM4[{_MANAGED}AWSLambdaBasicExecutionRole]": (
        "The AWS-managed basic execution role grants only CloudWatch Logs create/put, which every function needs."
    ),
    f"AwsSolutions-IAM4[{_MANAGED}AmazonAPIGatewayPushToCloudWatchLogs]": (
        "API Gateway's account-level logging role; this managed policy is the one AWS documents for it."
    ),
    "AwsSolutions-IAM5[Resource::*]": (
        "Only actions without resource-level permissions: xray:PutTraceSegments/PutTelemetryRecords, "
        "secretsmanager:GetRandomPassword (added by the rotation schedule) and cloudwatch:PutMetricData "
        "(restricted by a cloudwatch:namespace condition)."
    ),
    "AwsSolutions-IAM5[Resource::<StorageUploadBucket27F6648B.Arn>/uploads/*]": (
        "Objects are keyed by a per-task id under uploads/; the prefix is the narrowest resource the api "
        "(PutObject for presigned POSTs), worker (Get/DeleteObject) and sweeper (DeleteObject) can be given."
    ),
    "AwsSolutions-IAM5[Resource::<StorageUploadBucket27F6648B.Arn>/inline/*]": (
        "Async documents too large for their queue message are keyed by task id under inline/; the prefix is the "
        "narrowest resource the api (Put, Delete when it cannot queue), worker (Get/Delete) and sweeper (Delete) "
        "can be given."
    ),
    "AwsSolutions-IAM5[Resource::<StorageUploadBucket27F6648B.Arn>/review/*]": (
        "Documents kept for a reviewer are keyed by task id under review/; the prefix is the narrowest resource "
        "the api (Put for sync results, Get for the preview, Delete with the verdict) and worker (Put) can be given."
    ),
    "AwsSolutions-IAM5[Resource::<StorageUploadBucket27F6648B.Arn>/progress/*]": (
        "A long packet's progress between worker invocations is keyed by task id and step under progress/; the "
        "prefix is the narrowest resource the worker (Put, Get, Delete) and sweeper (Delete) can be given."
    ),
    "AwsSolutions-IAM5[Resource::<StorageTasksTableE05E7674.Arn>/index/*]": (
        "The tasks table's indexes (by_status: counts and the stuck-task sweep; by_review, by_review_industry: "
        "the review queue) are queried; CDK grants index access as <table>/index/*, which names no other table."
    ),
    "AwsSolutions-L1": (
        "Python 3.13 on purpose: the dependency layer's native wheels (tesserocr, numpy, pypdfium2, pillow, "
        "pydantic-core) are pinned and built for cp313; the runtime moves with those pins."
    ),
    "AwsSolutions-APIG4": (
        "Clients authenticate with API keys bound to usage plans (the deployment guide's model, with "
        "per-client rate limits and quotas); /health is public so Route 53 health checks can call it, and "
        "/console (a static page and its files; the page asks for a key and sends it with every API call) so "
        "that a browser can open it."
    ),
    "AwsSolutions-COG4": (
        "No end-user identities exist in this service: callers are systems with API keys, not Cognito users."
    ),
    "AwsSolutions-APIG3": (
        "Stage and per-key throttling and quotas bound abuse; WAF is an optional extra for public production "
        "endpoints (README), not a default cost for every deployment."
    ),
}


def acknowledge_findings(stack: Stack) -> None:
    Validations.of(stack).acknowledge(
        *(Acknowledgment(id=_PACK + rule, reason=why) for rule, why in ACKNOWLEDGED.items())
    )
