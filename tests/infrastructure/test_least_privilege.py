"""No wildcard actions anywhere; Resource "*" only where AWS offers no resource-level permission."""

from __future__ import annotations

from tests.infrastructure.conftest import Synthesized

# Actions IAM cannot scope to a resource ARN.
UNSCOPABLE = {
    "xray:PutTraceSegments",
    "xray:PutTelemetryRecords",
    "secretsmanager:GetRandomPassword",
    "cloudwatch:PutMetricData",
}
# Prefixes of data services: none of these may have a wildcard action.
DATA_SERVICES = ("dynamodb:", "s3:", "sqs:", "secretsmanager:", "kms:")


def _statements(s: Synthesized) -> list[tuple[str, dict]]:
    found = []
    for logical_id, policy in s.of_type("AWS::IAM::Policy").items():
        for statement in policy["Properties"]["PolicyDocument"]["Statement"]:
            found.append((logical_id, statement))
    return found


def _actions(statement: dict) -> list[str]:
    actions = statement["Action"]
    return [actions] if isinstance(actions, str) else actions


def test_no_action_is_a_wildcard(synthesized: Synthesized) -> None:
    for logical_id, statement in _statements(synthesized):
        for action in _actions(statement):
            assert action != "*" and not action.endswith(":*"), (logical_id, action)
            if action.startswith(DATA_SERVICES):
                assert "*" not in action, (logical_id, action)


def test_resource_star_only_for_unscopable_actions(synthesized: Synthesized) -> None:
    for logical_id, statement in _statements(synthesized):
        if statement["Resource"] == "*":
            assert set(_actions(statement)) <= UNSCOPABLE, (logical_id, statement)


def test_put_metric_data_is_limited_to_the_service_namespace(synthesized: Synthesized) -> None:
    for _, statement in _statements(synthesized):
        if "cloudwatch:PutMetricData" in _actions(statement):
            assert statement["Condition"] == {
                "StringEquals": {"cloudwatch:namespace": synthesized.config.metrics_namespace}
            }


def _role_actions(s: Synthesized, function: str) -> set[str]:
    role = s.stack.functions[function].role
    assert role is not None
    role_id = s.stack.get_logical_id(role.node.default_child)  # type: ignore[arg-type]
    actions: set[str] = set()
    for policy in s.of_type("AWS::IAM::Policy").values():
        if {"Ref": role_id} in policy["Properties"]["Roles"]:
            for statement in policy["Properties"]["PolicyDocument"]["Statement"]:
                actions.update(_actions(statement))
    return actions


def test_each_function_gets_only_its_own_data_actions(synthesized: Synthesized) -> None:
    api = _role_actions(synthesized, "api")
    worker = _role_actions(synthesized, "worker")
    rotation = _role_actions(synthesized, "rotation")
    maintenance = _role_actions(synthesized, "maintenance")
    assert "s3:PutObject" in api and "s3:GetObject" not in api and "s3:DeleteObject" not in api
    assert {"s3:GetObject", "s3:DeleteObject"} <= worker and "s3:PutObject" not in worker
    assert "sqs:SendMessage" in api and "sqs:SendMessage" not in worker
    assert "sqs:ReceiveMessage" in worker and "sqs:ReceiveMessage" not in api
    assert "secretsmanager:PutSecretValue" in rotation
    assert not any(a.startswith("secretsmanager:Put") for a in api | worker | maintenance)
    assert not any(a.startswith(("s3:", "dynamodb:", "sqs:")) for a in rotation)
    assert not any(a.startswith(("s3:", "secretsmanager:")) for a in maintenance)
