"""API Gateway: throttling, usage plan, binary types, validation, logging, error shape."""

from __future__ import annotations

import json

from aws_cdk.assertions import Match

from infra import service_definition as sd
from tests.infrastructure.conftest import Synthesized


def _method_settings(s: Synthesized) -> list[dict]:
    (stage,) = s.of_type("AWS::ApiGateway::Stage").values()
    return stage["Properties"]["MethodSettings"]


def test_stage_default_throttle_is_the_guides_10_per_second_burst_20(synthesized: Synthesized) -> None:
    default = [m for m in _method_settings(synthesized) if m["ResourcePath"] == "/*" and m["HttpMethod"] == "*"]
    assert len(default) == 1
    assert default[0]["ThrottlingRateLimit"] == 10
    assert default[0]["ThrottlingBurstLimit"] == 20


def test_upload_routes_get_the_2_per_second_throttle_and_no_other_route_does(
    synthesized: Synthesized,
) -> None:
    tight = {
        # MethodSettings paths are JSON-pointer escaped: "/~1classify_file" is /classify_file.
        (m["HttpMethod"], m["ResourcePath"].removeprefix("/").replace("~1", "/")): m
        for m in _method_settings(synthesized)
        if m.get("ThrottlingRateLimit") == synthesized.config.upload_rate_limit
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
        assert m["ThrottlingRateLimit"] == 2
        assert m["MetricsEnabled"] is True and m["LoggingLevel"] == "ERROR"  # not lost by the override


def test_usage_plan_gives_each_key_a_rate_limit_quota_and_upload_throttle(synthesized: Synthesized) -> None:
    c = synthesized.config
    synthesized.template.has_resource_properties(
        "AWS::ApiGateway::UsagePlan",
        {
            "Throttle": {"RateLimit": c.usage_plan_rate_limit, "BurstLimit": c.usage_plan_burst_limit},
            "Quota": {"Limit": c.usage_plan_quota_per_day, "Period": "DAY"},
            "ApiStages": [
                Match.object_like(
                    {
                        "Throttle": Match.object_like(
                            {
                                "/classify_file/POST": {
                                    "RateLimit": c.upload_rate_limit,
                                    "BurstLimit": c.upload_burst_limit,
                                }
                            }
                        )
                    }
                )
            ],
        },
    )
    synthesized.template.resource_count_is("AWS::ApiGateway::ApiKey", 1)
    synthesized.template.resource_count_is("AWS::ApiGateway::UsagePlanKey", 1)


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
            keyless.append(props["HttpMethod"])
    assert len(keyless) == sum(r.public for r in sd.ROUTES) == 1


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
