"""Lambda functions, layers, event sources, schedules and the rotation schedule."""

from __future__ import annotations

from dataclasses import fields

from doc_classifier.service.settings import ServiceSettings

from infra import service_definition as sd
from infra.components.functions import TESSDATA_PREFIX
from tests.infrastructure.conftest import Synthesized


def _functions(s: Synthesized) -> dict[str, dict]:
    """Service functions by logical name (CDK's own notification handler excluded)."""
    by_name = {}
    for spec in sd.FUNCTIONS:
        logical_id = s.stack.get_logical_id(s.stack.functions[spec.name].node.default_child)  # type: ignore[arg-type]
        by_name[spec.name] = s.resources[logical_id]["Properties"]
    return by_name


def test_every_function_uses_python_313_on_arm64_with_xray_and_both_layers(synthesized: Synthesized) -> None:
    layers = synthesized.of_type("AWS::Lambda::LayerVersion")
    assert len(layers) == 2
    for props in _functions(synthesized).values():
        assert props["Runtime"] == "python3.13"
        assert props["Architectures"] == ["arm64"]
        assert props["TracingConfig"] == {"Mode": "Active"}
        assert sorted(layer["Ref"] for layer in props["Layers"]) == sorted(layers)


def test_memory_timeout_and_handler_come_from_the_service_definition(synthesized: Synthesized) -> None:
    functions = _functions(synthesized)
    for spec in sd.FUNCTIONS:
        props = functions[spec.name]
        assert props["MemorySize"] == spec.memory_mb
        assert props["Timeout"] == spec.timeout_seconds
        assert props["Handler"] == spec.handler


def test_only_the_worker_has_reserved_concurrency_enough_for_the_peak(synthesized: Synthesized) -> None:
    reserved = {n: p.get("ReservedConcurrentExecutions") for n, p in _functions(synthesized).items()}
    assert reserved == {
        "api": None,
        "worker": 25,  # ceil(34.7 documents/s at peak x 0.71 s per document)
        "rotation": None,
        "maintenance": None,
    }


def test_powertools_and_handler_environment(synthesized: Synthesized) -> None:
    c = synthesized.config
    for props in _functions(synthesized).values():
        env = props["Environment"]["Variables"]
        assert env["POWERTOOLS_SERVICE_NAME"] == c.service_name
        assert env["POWERTOOLS_METRICS_NAMESPACE"] == c.metrics_namespace
        assert env["POWERTOOLS_LOG_LEVEL"] == c.log_level
        assert env["TESSDATA_PREFIX"] == TESSDATA_PREFIX
        assert env["MAX_RECEIVE_COUNT"] == str(c.dlq_max_receive_count)
        assert {
            "TASKS_TABLE_NAME",
            "CACHE_TABLE_NAME",
            "UPLOAD_BUCKET_NAME",
            "DLQ_URL",
            "HIGH_QUEUE_URL",
            "LOW_QUEUE_URL",
            "LLM_KEYS_SECRET_ARN",
        } <= set(env)


def test_handler_settings_names_match_the_stack_environment(synthesized: Synthesized) -> None:
    """The handlers read ServiceSettings from env vars named after its fields; the stack must set them."""
    env = _functions(synthesized)["api"]["Environment"]["Variables"]
    resource_fields = {f.name.upper() for f in fields(ServiceSettings) if f.name.endswith(("_name", "_url"))}
    assert resource_fields <= set(env)


def test_worker_consumes_both_priority_queues_with_partial_batch_responses(synthesized: Synthesized) -> None:
    mappings = synthesized.of_type("AWS::Lambda::EventSourceMapping")
    assert len(mappings) == len(sd.QUEUE_SOURCES)
    for mapping in mappings.values():
        props = mapping["Properties"]
        assert props["FunctionResponseTypes"] == ["ReportBatchItemFailures"]
        assert props["BatchSize"] == 5


def test_maintenance_runs_on_its_schedule(synthesized: Synthesized) -> None:
    synthesized.template.has_resource_properties(
        "AWS::Events::Rule", {"ScheduleExpression": "rate(5 minutes)", "State": "ENABLED"}
    )


def test_llm_keys_secret_rotates_every_30_days_with_the_rotation_function(synthesized: Synthesized) -> None:
    (schedule,) = synthesized.of_type("AWS::SecretsManager::RotationSchedule").values()
    props = schedule["Properties"]
    assert props["RotationRules"] == {"ScheduleExpression": "rate(30 days)"}
    assert props["RotateImmediatelyOnUpdate"] is False
    rotation_id = synthesized.stack.get_logical_id(
        synthesized.stack.functions["rotation"].node.default_child  # type: ignore[arg-type]
    )
    assert props["RotationLambdaARN"] == {"Fn::GetAtt": [rotation_id, "Arn"]}
    synthesized.template.has_resource_properties(
        "AWS::Lambda::Permission",
        {"Principal": "secretsmanager.amazonaws.com", "Action": "lambda:InvokeFunction"},
    )


def test_outputs_name_everything_a_client_or_operator_needs(synthesized: Synthesized) -> None:
    outputs = set(synthesized.template.to_json()["Outputs"])
    assert {
        "ApiUrl",
        "ApiKeyId",
        "UsagePlanId",
        "UploadBucketName",
        "HighPriorityQueueUrl",
        "LowPriorityQueueUrl",
        "DeadLetterQueueUrl",
        "TasksTableName",
        "CacheTableName",
        "LlmKeysSecretArn",
    } <= outputs
