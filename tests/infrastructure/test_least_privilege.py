"""No wildcard actions anywhere; Resource "*" only where AWS offers no resource-level permission."""

from __future__ import annotations

import json

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


def _s3_grants(s: Synthesized, function: str) -> dict[str, set[str]]:
    """A function's S3 actions and the key prefixes they reach (from ``arn_for_objects("<prefix>*")``)."""
    role = s.stack.functions[function].role
    assert role is not None
    role_id = s.stack.get_logical_id(role.node.default_child)  # type: ignore[arg-type]
    grants: dict[str, set[str]] = {}
    for policy in s.of_type("AWS::IAM::Policy").values():
        if {"Ref": role_id} not in policy["Properties"]["Roles"]:
            continue
        for statement in policy["Properties"]["PolicyDocument"]["Statement"]:
            resources = json.dumps(statement["Resource"])
            prefixes = {p for p in ("uploads/", "review/", "inline/", "progress/") if f"/{p}*" in resources}
            for action in _actions(statement):
                if action.startswith("s3:"):
                    grants.setdefault(action, set()).update(prefixes or {"?"})
    return grants


def test_each_function_gets_only_its_own_data_actions(synthesized: Synthesized) -> None:
    api = _role_actions(synthesized, "api")
    worker = _role_actions(synthesized, "worker")
    rotation = _role_actions(synthesized, "rotation")
    maintenance = _role_actions(synthesized, "maintenance")
    # S3 by key prefix: uploads/ (presigned POSTs, read once by the worker), inline/ (async documents too large
    # for their message, read once by the worker) and review/ (kept for a reviewer).
    assert _s3_grants(synthesized, "api") == {
        "s3:PutObject": {"uploads/", "inline/", "review/"},  # presigned POST; a large async document; review
        "s3:GetObject": {"review/"},  # the preview
        "s3:DeleteObject": {"inline/", "review/"},  # a document it could not queue; the verdict
    }
    assert _s3_grants(synthesized, "worker") == {
        "s3:GetObject": {"uploads/", "inline/", "progress/"},
        "s3:DeleteObject": {"uploads/", "inline/", "progress/"},
        "s3:PutObject": {"review/", "progress/"},  # an async result kept for review; a long packet's progress
    }
    # The sweeper deletes the documents (and a long packet's progress) of the tasks it fails, and nothing else.
    assert _s3_grants(synthesized, "maintenance") == {"s3:DeleteObject": {"uploads/", "inline/", "progress/"}}
    assert "sqs:SendMessage" in api and "sqs:SendMessage" in worker  # the worker: a long packet's continuation
    assert "sqs:ReceiveMessage" in worker and "sqs:ReceiveMessage" not in api
    assert "secretsmanager:PutSecretValue" in rotation
    assert not any(a.startswith("secretsmanager:Put") for a in api | worker | maintenance)
    assert not any(a.startswith(("s3:", "dynamodb:", "sqs:")) for a in rotation)
    assert not any(a.startswith("secretsmanager:") for a in maintenance)


def test_the_worker_sends_only_to_the_work_queues(synthesized: Synthesized) -> None:
    """A long packet's continuation goes back on the task's own queue; the dead-letter queue is SQS's alone."""
    role = synthesized.stack.functions["worker"].role
    assert role is not None
    role_id = synthesized.stack.get_logical_id(role.node.default_child)  # type: ignore[arg-type]
    queue_ids = {
        name: synthesized.stack.get_logical_id(queue.node.default_child)  # type: ignore[arg-type]
        for name, queue in {**synthesized.stack.queues.queues, "dlq": synthesized.stack.queues.dlq}.items()
    }
    targets: set[str] = set()
    for policy in synthesized.of_type("AWS::IAM::Policy").values():
        if {"Ref": role_id} not in policy["Properties"]["Roles"]:
            continue
        for statement in policy["Properties"]["PolicyDocument"]["Statement"]:
            if "sqs:SendMessage" in _actions(statement):
                resources = json.dumps(statement["Resource"])
                targets |= {name for name, logical in queue_ids.items() if logical in resources}
    assert targets == set(synthesized.stack.queues.queues)
