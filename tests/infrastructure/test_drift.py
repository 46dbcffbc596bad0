"""The deployed routes and event sources are exactly those of infra/service_definition.py.

The local runtime serves the same definition (infra/local_runtime reads it), so equality here means
a laptop and AWS expose the same API and deliver the same queues to the same functions.
"""

from __future__ import annotations

from typing import Any

import boto3
import pytest
from moto import mock_aws

from infra import service_definition as sd
from infra.local_runtime import bootstrap, gateway
from tests.infrastructure.conftest import Synthesized


def _function_names(s: Synthesized) -> dict[str, str]:
    return {
        s.stack.get_logical_id(fn.node.default_child): name  # type: ignore[arg-type]
        for name, fn in s.stack.functions.functions.items()
    }


def _resource_path(resources: dict[str, Any], resource_id: Any) -> str:
    parts: list[str] = []
    while isinstance(resource_id, dict) and "Ref" in resource_id:
        props = resources[resource_id["Ref"]]["Properties"]
        parts.append(props["PathPart"])
        resource_id = props["ParentId"]
    assert "Fn::GetAtt" in resource_id and resource_id["Fn::GetAtt"][1] == "RootResourceId"
    return "/" + "/".join(reversed(parts))


def _integration_function(uri: Any) -> str:
    """The logical id of the Lambda in an AWS_PROXY integration URI (Fn::Join [..., GetAtt fn.Arn, ...])."""
    for part in uri["Fn::Join"][1]:
        if isinstance(part, dict) and "Fn::GetAtt" in part:
            return str(part["Fn::GetAtt"][0])
    raise AssertionError(uri)


def test_template_routes_equal_the_service_definition(synthesized: Synthesized) -> None:
    names = _function_names(synthesized)
    deployed = set()
    for method in synthesized.of_type("AWS::ApiGateway::Method").values():
        props = method["Properties"]
        path = _resource_path(synthesized.resources, props["ResourceId"])
        fn = names[_integration_function(props["Integration"]["Uri"])]
        deployed.add((props["HttpMethod"], path, fn, not props.get("ApiKeyRequired", False)))
    defined = {(r.method, r.path, r.function, r.public) for r in sd.ROUTES}
    assert deployed == defined


def test_template_event_sources_equal_the_service_definition(synthesized: Synthesized) -> None:
    names = _function_names(synthesized)
    queue_names = {
        synthesized.stack.get_logical_id(q.node.default_child): name  # type: ignore[arg-type]
        for name, q in synthesized.stack.queues.queues.items()
    }
    deployed = set()
    for mapping in synthesized.of_type("AWS::Lambda::EventSourceMapping").values():
        props = mapping["Properties"]
        deployed.add(
            (
                queue_names[props["EventSourceArn"]["Fn::GetAtt"][0]],
                names[props["FunctionName"]["Ref"]],
                props["BatchSize"],
                props.get("MaximumBatchingWindowInSeconds", 0),
            )
        )
    defined = {(q.queue, q.function, q.batch_size, q.max_batching_window_seconds) for q in sd.QUEUE_SOURCES}
    assert deployed == defined


def test_template_schedules_equal_the_service_definition(synthesized: Synthesized) -> None:
    names = _function_names(synthesized)
    deployed = set()
    for rule in synthesized.of_type("AWS::Events::Rule").values():
        props = rule["Properties"]
        (target,) = props["Targets"]
        minutes = int(props["ScheduleExpression"].removeprefix("rate(").split()[0])
        deployed.add((names[target["Arn"]["Fn::GetAtt"][0]], minutes))
    assert deployed == {(s.function, s.rate_minutes) for s in sd.SCHEDULES}


def test_local_runtime_bootstrap_reads_the_same_definition() -> None:
    """The local runtime's resources come from the same module (no second copy to drift)."""
    assert bootstrap.sd is sd


def test_local_gateway_throttles_like_the_deployed_stage(synthesized: Synthesized) -> None:
    """The local runtime reads the same limits (service_definition defaults + cdk.json context)."""
    local = gateway.gateway_limits()
    (stage,) = synthesized.of_type("AWS::ApiGateway::Stage").values()
    settings = stage["Properties"]["MethodSettings"]
    default = next(m for m in settings if m["ResourcePath"] == "/*")
    assert (default["ThrottlingRateLimit"], default["ThrottlingBurstLimit"]) == (
        local.api_rate_limit,
        local.api_burst_limit,
    )
    uploads = {(m["ThrottlingRateLimit"], m["ThrottlingBurstLimit"]) for m in settings if m["ResourcePath"] != "/*"}
    assert uploads == {(local.upload_rate_limit, local.upload_burst_limit)}


def test_local_gateway_gives_each_key_the_deployed_usage_plan_of_its_tier(synthesized: Synthesized) -> None:
    local = gateway.gateway_limits()
    deployed = {}
    for plan in synthesized.of_type("AWS::ApiGateway::UsagePlan").values():
        props = plan["Properties"]
        (stage,) = props["ApiStages"]
        (upload,) = {(t["RateLimit"], t["BurstLimit"]) for t in stage["Throttle"].values()}
        assert len(stage["Throttle"]) == sum(r.upload for r in sd.ROUTES)
        tier = props["Description"].removeprefix("Client tier ").strip("'")
        deployed[tier] = (
            props["Throttle"]["RateLimit"],
            props["Throttle"]["BurstLimit"],
            props["Quota"]["Limit"],
            *upload,
        )
    assert deployed == {
        t.name: (t.rate_limit, t.burst_limit, t.quota_per_day, t.upload_rate_limit, t.upload_burst_limit)
        for t in local.plans
    }


def test_local_bucket_allows_the_deployed_browser_uploads(
    synthesized: Synthesized, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The console POSTs presigned uploads from the page's origin: the local bucket (in LocalStack, which
    enforces CORS; moto's server answers any origin) gets the deployed bucket's CORS rule."""
    (bucket,) = synthesized.of_type("AWS::S3::Bucket").values()
    (deployed,) = bucket["Properties"]["CorsConfiguration"]["CorsRules"]
    for name, value in {"AWS_ACCESS_KEY_ID": "testing", "AWS_SECRET_ACCESS_KEY": "testing"}.items():
        monkeypatch.setenv(name, value)
    monkeypatch.setenv("AWS_DEFAULT_REGION", "us-east-1")
    monkeypatch.delenv("AWS_ENDPOINT_URL", raising=False)
    with mock_aws():
        bootstrap.ensure_resources(bootstrap.ResourceNames("drift"))
        (local,) = boto3.client("s3", region_name="us-east-1").get_bucket_cors(Bucket="drift-uploads")["CORSRules"]
    assert local["AllowedMethods"] == deployed["AllowedMethods"] == list(sd.UPLOAD_CORS_METHODS)
    assert local["AllowedOrigins"] == deployed["AllowedOrigins"]
    assert local["AllowedHeaders"] == deployed["AllowedHeaders"]
    assert local["MaxAgeSeconds"] == deployed["MaxAge"]
