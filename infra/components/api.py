"""REST API: one Lambda-proxy method per route of ``service_definition.ROUTES``."""

from __future__ import annotations

import json

from aws_cdk import RemovalPolicy
from aws_cdk import aws_apigateway as apigw
from aws_cdk import aws_lambda as _lambda
from aws_cdk import aws_logs as logs
from constructs import Construct

from infra import service_definition as sd
from infra.components.functions import retention
from infra.config import DeploymentConfig

# JSON bodies API Gateway checks before invoking Lambda (the handler re-validates with pydantic);
# keyed by route: only the fields the API issue's contract makes mandatory.
BODY_SCHEMAS: dict[tuple[str, str], dict[str, object]] = {
    ("POST", "/uploads"): {"required": ["filename"], "properties": {"filename": {"type": "string"}}},
    ("POST", "/classification_result/{task_id}/feedback"): {
        "required": ["correct_class"],
        "properties": {"correct_class": {"type": "string"}},
    },
}


def method_key(route: sd.RouteSpec) -> str:
    """The stage ``MethodSettings`` key for one route: ``/classify_file/POST``."""
    return f"{route.path}/{route.method}"


class RestApi(Construct):
    def __init__(
        self,
        scope: Construct,
        construct_id: str,
        *,
        config: DeploymentConfig,
        functions: dict[str, _lambda.IFunction],
    ) -> None:
        super().__init__(scope, construct_id)
        access_logs = logs.LogGroup(
            self,
            "AccessLogs",
            retention=retention(config.access_log_retention_days),
            removal_policy=RemovalPolicy.DESTROY,
        )
        upload_routes = [r for r in sd.ROUTES if r.upload]
        limits = config.gateway_limits()  # infra/capacity.py: from the target volume and the tiers
        self.api = apigw.RestApi(
            self,
            "Api",
            rest_api_name=f"{config.prefix()}-api",
            description="Document classification API",
            endpoint_types=[apigw.EndpointType.REGIONAL],  # regional: one per region, Route 53 picks
            binary_media_types=list(config.binary_media_types),
            cloud_watch_role=True,  # account-level role that access/execution logging needs
            deploy_options=apigw.StageOptions(
                stage_name=config.stage,
                throttling_rate_limit=limits.api_rate_limit,
                throttling_burst_limit=limits.api_burst_limit,
                method_options={
                    # A method's settings replace the stage's, so metrics/logging are repeated here.
                    method_key(r): apigw.MethodDeploymentOptions(
                        throttling_rate_limit=limits.upload_rate_limit,
                        throttling_burst_limit=limits.upload_burst_limit,
                        metrics_enabled=config.detailed_metrics,
                        logging_level=apigw.MethodLoggingLevel.ERROR,
                    )
                    for r in upload_routes
                },
                tracing_enabled=True,
                metrics_enabled=config.detailed_metrics,
                logging_level=apigw.MethodLoggingLevel.ERROR,
                data_trace_enabled=False,  # would log request bodies: documents
                access_log_destination=apigw.LogGroupLogDestination(access_logs),
                access_log_format=apigw.AccessLogFormat.json_with_standard_fields(
                    caller=False,
                    http_method=True,
                    ip=True,
                    protocol=True,
                    request_time=True,
                    resource_path=True,
                    response_length=True,
                    status=True,
                    user=False,
                ),
            ),
        )
        self.validator = self.api.add_request_validator(
            "Validator", validate_request_body=True, validate_request_parameters=True
        )
        # API Gateway's own answers: the shape and texts the local gateway serves too (service_definition).
        for response in sd.GATEWAY_RESPONSES:
            if response.response_type is None:
                continue
            self.api.add_gateway_response(
                # Construct ids as before the shared definition: a new id would replace the resource, and
                # CloudFormation's delete of the old one would reset that response type to API Gateway's default.
                f"{response.code.title().replace('_', '')}{response.status or ''}",
                type=apigw.ResponseType.of(response.response_type),
                status_code=str(response.status) if response.status else None,
                templates={"application/json": json.dumps(response.body())},
            )

        integrations = {
            name: apigw.LambdaIntegration(fn, proxy=True, allow_test_invoke=False) for name, fn in functions.items()
        }
        self.methods: dict[tuple[str, str], apigw.Method] = {}
        for route in sd.ROUTES:
            resource = self.api.root.resource_for_path(route.path)
            params = {
                f"method.request.path.{segment[1:-1]}": True
                for segment in route.path.split("/")
                if segment.startswith("{")
            }
            models = {}
            schema = BODY_SCHEMAS.get((route.method, route.path))
            if schema is not None:
                model_id = "".join(p.strip("{}").title() for p in route.path.split("/") if p) + "Body"
                models["application/json"] = self.api.add_model(
                    model_id,
                    content_type="application/json",
                    schema=apigw.JsonSchema(
                        schema=apigw.JsonSchemaVersion.DRAFT4,
                        type=apigw.JsonSchemaType.OBJECT,
                        required=list(schema["required"]),  # type: ignore[call-overload]
                        properties={
                            k: apigw.JsonSchema(type=apigw.JsonSchemaType.STRING, min_length=1)
                            for k in schema["properties"]  # type: ignore[attr-defined]
                        },
                    ),
                )
            self.methods[(route.method, route.path)] = resource.add_method(
                route.method,
                integrations[route.function],
                api_key_required=limits.api_key_required and not route.public,
                request_validator=self.validator,
                request_parameters=params or None,
                request_models=models or None,
            )

        # One usage plan per client tier: each key belongs to one and gets that tier's own limits, quota
        # and tighter per-key limit on the upload routes. The stage limits above cap all clients together.
        self.usage_plans: dict[str, apigw.UsagePlan] = {}
        for tier in limits.plans:
            # The default tier keeps the construct id the single plan had, so its keys stay attached.
            plan_id = "UsagePlan" if tier.name == limits.default_plan else f"UsagePlan{tier.name.title()}"
            plan = self.api.add_usage_plan(
                plan_id,
                name=f"{config.prefix()}-{tier.name}",
                description=f"Client tier {tier.name!r}",
                throttle=apigw.ThrottleSettings(rate_limit=tier.rate_limit, burst_limit=tier.burst_limit),
                quota=apigw.QuotaSettings(limit=tier.quota_per_day, period=apigw.Period.DAY),
            )
            plan.add_api_stage(
                stage=self.api.deployment_stage,
                throttle=[
                    apigw.ThrottlingPerMethod(
                        method=self.methods[(r.method, r.path)],
                        throttle=apigw.ThrottleSettings(
                            rate_limit=tier.upload_rate_limit, burst_limit=tier.upload_burst_limit
                        ),
                    )
                    for r in upload_routes
                ],
            )
            self.usage_plans[tier.name] = plan
        self.usage_plan = self.usage_plans[limits.default_plan]
        self.api_key = self.api.add_api_key("DefaultApiKey", api_key_name=f"{config.prefix()}-default")
        self.usage_plan.add_api_key(self.api_key)
