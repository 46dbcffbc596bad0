"""API Gateway: throttling, usage plan, binary types, validation, logging, error shape."""

from __future__ import annotations

import json

from aws_cdk.assertions import Match

from infra import service_definition as sd
from tests.infrastructure.conftest import Synthesized
from tests.infrastructure.test_drift import _resource_path


def _method_settings(s: Synthesized) -> list[dict]:
    (stage,) = s.of_type("AWS::ApiGateway::Stage").values()
    return stage["Properties"]["MethodSettings"]


def test_stage_default_throttle_follows_the_target_volume(synthesized: Synthesized) -> None:
    default = [m for m in _method_settings(synthesized) if m["ResourcePath"] == "/*" and m["HttpMethod"] == "*"]
    assert len(default) == 1
    # 1M documents/day at 3x peak: 34.7 documents/s, 2 polls each on the result route: 70/s, burst 2 s
    assert default[0]["ThrottlingRateLimit"] == 70
    assert default[0]["ThrottlingBurstLimit"] == 140


def test_upload_routes_get_the_peak_document_rate_and_no_other_route_does(
    synthesized: Synthesized,
) -> None:
    limits = synthesized.config.gateway_limits()
    tight = {
        # MethodSettings paths are JSON-pointer escaped: "/~1classify_file" is /classify_file.
        (m["HttpMethod"], m["ResourcePath"].removeprefix("/").replace("~1", "/")): m
        for m in _method_settings(synthesized)
        if m["ResourcePath"] != "/*"
    }
    expected = {(r.method, r.path) for r in sd.ROUTES if r.upload}
    assert (
        set(tight)
        == expected
        == {
            ("POST", "/classify_file"),
            ("POST", "/classify_file_async"),
            ("POST", "/uploads"),
        }
    )
    for m in tight.values():
        assert m["ThrottlingRateLimit"] == limits.upload_rate_limit == 35  # ceil(1e6 / 86400 x 3)
        assert m["ThrottlingBurstLimit"] == limits.upload_burst_limit == 70
        assert m["MetricsEnabled"] is True and m["LoggingLevel"] == "ERROR"  # not lost by the override


def _plans(s: Synthesized) -> dict[str, dict]:
    return {p["Properties"]["Description"]: p["Properties"] for p in s.of_type("AWS::ApiGateway::UsagePlan").values()}


def test_one_usage_plan_per_client_tier_with_its_limits_quota_and_upload_throttle(synthesized: Synthesized) -> None:
    plans = _plans(synthesized)
    assert set(plans) == {"Client tier 'standard'", "Client tier 'bulk'"}
    for tier in synthesized.config.gateway_limits().plans:
        props = plans[f"Client tier {tier.name!r}"]
        assert props["Throttle"] == {"RateLimit": tier.rate_limit, "BurstLimit": tier.burst_limit}
        assert props["Quota"] == {"Limit": tier.quota_per_day, "Period": "DAY"}
        (stage,) = props["ApiStages"]
        assert set(stage["Throttle"]) == {f"{r.path}/{r.method}" for r in sd.ROUTES if r.upload}
        assert all(
            t == {"RateLimit": tier.upload_rate_limit, "BurstLimit": tier.upload_burst_limit}
            for t in stage["Throttle"].values()
        )
    standard, bulk = plans["Client tier 'standard'"], plans["Client tier 'bulk'"]
    assert standard["Throttle"]["RateLimit"] == 5 and standard["Quota"]["Limit"] == 10_000  # the guide's per client
    assert bulk["Throttle"]["RateLimit"] > standard["Throttle"]["RateLimit"]


def test_the_default_key_is_in_exactly_one_plan_the_default_tier(synthesized: Synthesized) -> None:
    (plan_key,) = synthesized.of_type("AWS::ApiGateway::UsagePlanKey").values()
    plan_id = plan_key["Properties"]["UsagePlanId"]["Ref"]
    assert synthesized.resources[plan_id]["Properties"]["Description"] == "Client tier 'standard'"
    synthesized.template.resource_count_is("AWS::ApiGateway::ApiKey", 1)


def test_rest_api_accepts_multipart_as_binary(synthesized: Synthesized) -> None:
    synthesized.template.has_resource_properties(
        "AWS::ApiGateway::RestApi",
        {
            "BinaryMediaTypes": Match.array_with(["multipart/form-data"]),
            "EndpointConfiguration": {"Types": ["REGIONAL"]},
        },
    )


def test_every_method_is_lambda_proxy_validated_and_keyed_except_public(synthesized: Synthesized) -> None:
    methods = synthesized.of_type("AWS::ApiGateway::Method")
    assert len(methods) == len(sd.ROUTES)
    (validator_id,) = synthesized.of_type("AWS::ApiGateway::RequestValidator")
    validator = synthesized.resources[validator_id]["Properties"]
    assert validator["ValidateRequestBody"] and validator["ValidateRequestParameters"]
    keyless = []
    for method in methods.values():
        props = method["Properties"]
        assert props["Integration"]["Type"] == "AWS_PROXY"
        assert props["RequestValidatorId"] == {"Ref": validator_id}
        if not props.get("ApiKeyRequired"):
            keyless.append(_resource_path(synthesized.resources, props["ResourceId"]))
    # /health for health checks; the console's page and files for a browser (the page asks for the key).
    public = sorted(r.path for r in sd.ROUTES if r.public)
    assert sorted(keyless) == public == ["/console", "/console/{asset}", "/health"]


def test_path_parameters_are_required_and_json_bodies_have_models(synthesized: Synthesized) -> None:
    synthesized.template.has_resource_properties(
        "AWS::ApiGateway::Method",
        {"HttpMethod": "GET", "RequestParameters": {"method.request.path.task_id": True}},
    )
    models = [m["Properties"] for m in synthesized.of_type("AWS::ApiGateway::Model").values()]
    required = sorted(tuple(m["Schema"]["required"]) for m in models)
    assert required == [("correct_class",), ("filename",)]


def test_access_logging_tracing_and_detailed_metrics(synthesized: Synthesized) -> None:
    synthesized.template.has_resource_properties(
        "AWS::ApiGateway::Stage",
        {
            "TracingEnabled": True,
            "AccessLogSetting": {
                "DestinationArn": Match.any_value(),
                "Format": Match.string_like_regexp("requestId"),
            },
            "MethodSettings": Match.array_with(
                [
                    Match.object_like(
                        {
                            "ResourcePath": "/*",
                            "MetricsEnabled": True,
                            "LoggingLevel": "ERROR",
                            "DataTraceEnabled": False,
                        }
                    )
                ]
            ),
        },
    )


def test_gateway_responses_are_the_shared_definition_in_both_shapes(synthesized: Synthesized) -> None:
    """Every customisable answer of service_definition is deployed with its status and body; none other is."""
    responses = {
        r["Properties"]["ResponseType"]: r["Properties"]
        for r in synthesized.of_type("AWS::ApiGateway::GatewayResponse").values()
    }
    defined = {r.response_type: r for r in sd.GATEWAY_RESPONSES if r.response_type is not None}
    assert set(responses) == set(defined)
    assert {"MISSING_AUTHENTICATION_TOKEN", "DEFAULT_4XX", "DEFAULT_5XX", "THROTTLED", "QUOTA_EXCEEDED"} <= set(
        responses
    )
    for response_type, props in responses.items():
        expected = defined[response_type]
        assert props.get("StatusCode") == (str(expected.status) if expected.status else None)
        body = json.loads(props["ResponseTemplates"]["application/json"])
        assert body == expected.body()
        # clients of any REST API read `message`; this service's clients read `error.code`
        assert set(body) == {"message", "error"} and set(body["error"]) == {"code", "message"}
    assert responses["MISSING_AUTHENTICATION_TOKEN"]["StatusCode"] == "403"
    assert (
        json.loads(responses["MISSING_AUTHENTICATION_TOKEN"]["ResponseTemplates"]["application/json"])["message"]
        == "Missing Authentication Token"
    )
    assert responses["THROTTLED"]["StatusCode"] == "429"
    assert responses["BAD_REQUEST_BODY"]["StatusCode"] == "422"
    # the DEFAULT_* types keep the status of the error they stand in for and pass API Gateway's text on
    assert "$context.error.message" in responses["DEFAULT_4XX"]["ResponseTemplates"]["application/json"]
