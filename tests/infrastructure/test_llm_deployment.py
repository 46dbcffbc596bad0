"""The LLM tier in the template: configuration, budgets and key grants; alarms and panels on emitted names."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import aws_cdk as cdk
import pytest
from aws_lambda_powertools import Metrics
from doc_classifier.llm.settings import LlmSettings
from doc_classifier.service.telemetry import record_breaker_open, record_classification, record_review_queue

from infra import grafana
from infra.app import build_app
from infra.components.llm import LlmDeployment
from infra.config import BUNDLING_STACKS_KEY, DeploymentConfig
from tests.infrastructure.conftest import LLM_CONFIG, Synthesized


def _env(s: Synthesized, function: str) -> dict[str, Any]:
    fn = s.stack.functions[function].node.default_child
    variables: dict[str, Any] = s.resources[s.stack.get_logical_id(fn)]["Properties"]["Environment"]["Variables"]  # type: ignore[arg-type]
    return variables


def _secret_actions(resources: dict[str, Any], role_id: str) -> set[str]:
    actions: set[str] = set()
    for resource in resources.values():
        if resource["Type"] != "AWS::IAM::Policy" or {"Ref": role_id} not in resource["Properties"]["Roles"]:
            continue
        for statement in resource["Properties"]["PolicyDocument"]["Statement"]:
            found = statement["Action"] if isinstance(statement["Action"], list) else [statement["Action"]]
            actions.update(a for a in found if a.startswith("secretsmanager:"))
    return actions


def _role_id(stack: Any, function: str) -> str:
    return str(stack.get_logical_id(stack.functions[function].role.node.default_child))


# ----- configured: the session synthesis (tests/infrastructure/conftest.py) ---------------------------------------


def test_api_and_worker_get_the_configuration_and_their_own_budgets(synthesized: Synthesized) -> None:
    api, worker = _env(synthesized, "api"), _env(synthesized, "worker")
    assert json.loads(api["LLM_CONFIG"]) == json.loads(worker["LLM_CONFIG"]) == LLM_CONFIG
    assert api["LLM_SYNC_BUDGET_SECONDS"] == "8.0" and "LLM_WORKER_BUDGET_SECONDS" not in api
    assert worker["LLM_WORKER_BUDGET_SECONDS"] == "40.0" and "LLM_SYNC_BUDGET_SECONDS" not in worker
    for other in ("rotation", "maintenance"):
        assert not any(name.startswith("LLM_CONFIG") for name in _env(synthesized, other))
    # What the handlers read: the stack's secret stands in for $LLM_KEYS_SECRET, the budgets override.
    environ = {"LLM_CONFIG": api["LLM_CONFIG"], "LLM_KEYS_SECRET_ARN": "arn:aws:secretsmanager:::secret:keys"}
    settings = LlmSettings.from_env({**environ, "LLM_SYNC_BUDGET_SECONDS": api["LLM_SYNC_BUDGET_SECONDS"]})
    assert {p.secret_id for p in settings.providers} == {environ["LLM_KEYS_SECRET_ARN"]}
    assert settings.sync_budget_seconds == 8.0


def test_only_the_functions_that_classify_may_read_the_keys_they_use(synthesized: Synthesized) -> None:
    secret_id = synthesized.stack.get_logical_id(synthesized.stack.keys.secret.node.default_child)  # type: ignore[arg-type]
    for function in ("api", "worker"):
        assert _secret_actions(synthesized.resources, _role_id(synthesized.stack, function)) == {
            "secretsmanager:GetSecretValue",
            "secretsmanager:DescribeSecret",
        }
        statements = [
            s
            for r in synthesized.of_type("AWS::IAM::Policy").values()
            if {"Ref": _role_id(synthesized.stack, function)} in r["Properties"]["Roles"]
            for s in r["Properties"]["PolicyDocument"]["Statement"]
            if "secretsmanager:GetSecretValue" in s["Action"]
        ]
        assert [s["Resource"] for s in statements] == [{"Ref": secret_id}]
    assert not _secret_actions(synthesized.resources, _role_id(synthesized.stack, "maintenance"))


def test_the_budget_alarm_and_one_availability_alarm_per_tier(synthesized: Synthesized) -> None:
    alarms = {
        a["Properties"]["AlarmName"].rsplit("-", 1)[-1]: a["Properties"]
        for a in synthesized.of_type("AWS::CloudWatch::Alarm").values()
    }
    budget = alarms["LlmBudgetExhausted"]
    assert (budget["MetricName"], budget["Statistic"], budget["Threshold"]) == ("Escalations", "Sum", 0)
    assert {"Name": "outcome", "Value": "budget_exhausted"} in budget["Dimensions"]
    for tier in ("cheap", "strong"):
        alarm = alarms[f"LlmTier{tier.title()}Unavailable"]
        expression = next(m["Expression"] for m in alarm["Metrics"] if "Expression" in m)
        assert expression == "IF(FILL(unavailable, 0) > 0 AND FILL(answered, 0) == 0, 1, 0)"
        stats = {m["Id"]: m["MetricStat"] for m in alarm["Metrics"] if "MetricStat" in m}
        assert {s["Period"] for s in stats.values()} == {synthesized.config.alarm_llm_unavailable_minutes * 60}
        for outcome, stat in stats.items():
            dims = {d["Name"]: d["Value"] for d in stat["Metric"]["Dimensions"]}
            assert dims == {"service": synthesized.config.service_name, "tier": tier, "outcome": outcome}


# ----- the metrics charted and alarmed on are the ones the code emits ----------------------------------------------

ESCALATED_RESULT = {
    "file_class": "bank_statement",
    "industry": "finance",
    "confidence": 0.9,
    "metadata": {
        "classifier": "openai/gpt-4o",
        "escalation": {"reason": "unsure_unknown", "outcome": "answered"},
        "llm": {
            "tiers": {"cheap": "unavailable", "strong": "answered"},
            "calls": [
                {
                    "tier": "cheap",
                    "provider": "m",
                    "outcome": "breaker_open",
                    "tokens_in": 0,
                    "tokens_out": 0,
                    "cost_usd": 0,
                },
                {
                    "tier": "strong",
                    "provider": "o",
                    "outcome": "answered",
                    "tokens_in": 9,
                    "tokens_out": 4,
                    "cost_usd": 1e-5,
                },
            ],
        },
    },
}


PACKET_RESULT = {
    "file_class": "invoice",
    "industry": "finance",
    "confidence": 0.8,
    "metadata": {"classifier": "local_model", "page_escalation": {"escalated": [2], "failed": [2]}},
}


@pytest.fixture(scope="module")
def emitted() -> dict[str, set[str]]:
    """Metric name -> its dimension names, from the EMF lines of a cache miss, an escalation and a breaker opening."""
    import contextlib  # noqa: PLC0415
    import io  # noqa: PLC0415

    out = io.StringIO()
    with contextlib.redirect_stdout(out), pytest.MonkeyPatch.context() as env:
        env.setenv("POWERTOOLS_METRICS_NAMESPACE", "DocClassifier")  # what the stack sets on every function
        env.setenv("POWERTOOLS_SERVICE_NAME", "doc-classifier")
        env.delenv("POWERTOOLS_METRICS_DISABLED", raising=False)
        metrics = Metrics(namespace="DocClassifier", service="doc-classifier")
        record_classification(metrics, ESCALATED_RESULT, cached=False)
        record_classification(metrics, ESCALATED_RESULT, cached=True)
        record_classification(metrics, PACKET_RESULT, cached=False)  # a packet's pages escalated
        record_review_queue(metrics, 2, 60.0)  # what the maintenance function publishes
        metrics.flush_metrics()
        record_breaker_open("m")
    found: dict[str, set[str]] = {}
    for line in out.getvalue().splitlines():
        blob = json.loads(line)
        for directive in blob["_aws"]["CloudWatchMetrics"]:
            for metric in directive["Metrics"]:
                found[metric["Name"]] = set(directive["Dimensions"][0])
    return found


SEARCH = re.compile(r'\{(?:DocClassifier|\$namespace),([\w,]+)\} MetricName=\\?"(\w+)\\?"')


def _dashboard_text(s: Synthesized) -> str:
    (dashboard,) = s.of_type("AWS::CloudWatch::Dashboard").values()
    body = dashboard["Properties"]["DashboardBody"]
    return "".join(p for p in body["Fn::Join"][1] if isinstance(p, str)) if isinstance(body, dict) else str(body)


def test_every_app_metric_on_the_dashboards_is_emitted_with_those_dimensions(
    synthesized: Synthesized, emitted: dict[str, set[str]]
) -> None:
    charted: list[tuple[str, set[str]]] = []
    for text in (_dashboard_text(synthesized), json.dumps(grafana.build_dashboard())):
        charted += [(name, set(dims.split(","))) for dims, name in SEARCH.findall(text)]
    for widget in json.loads(_dashboard_text(synthesized))["widgets"]:
        for metric in widget.get("properties", {}).get("metrics", []):
            if metric[0] == synthesized.config.metrics_namespace:  # [namespace, name, dim, value, ..., options]
                charted.append((metric[1], set(metric[2:-1:2])))
    for panel in grafana.build_dashboard()["panels"]:
        for target in panel.get("targets", []):
            if target.get("namespace") == "$namespace":
                charted.append((target["metricName"], set(target["dimensions"])))
    llm_names = {"Escalated", "Escalations", "LlmCalls", "LlmCostUsd", "LlmTokensIn", "LlmTokensOut"}
    assert llm_names | {"LlmTierOutcome", "LlmBreakerOpened"} <= {name for name, _ in charted}
    for name, dims in charted:
        assert emitted.get(name) == dims, (name, dims, emitted.get(name))


def test_every_app_metric_an_alarm_watches_is_emitted_with_those_dimensions(
    synthesized: Synthesized, emitted: dict[str, set[str]]
) -> None:
    for alarm in synthesized.of_type("AWS::CloudWatch::Alarm").values():
        props = alarm["Properties"]
        metrics = (
            [props]
            if "MetricName" in props
            else [m["MetricStat"]["Metric"] for m in props["Metrics"] if "MetricStat" in m]
        )
        for metric in metrics:
            if metric["Namespace"] == synthesized.config.metrics_namespace:
                assert emitted.get(metric["MetricName"]) == {d["Name"] for d in metric["Dimensions"]}, metric


# ----- not configured: the default deployment -------------------------------------------------------------------


@pytest.fixture(scope="module")
def local_only(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Any, dict[str, Any]]]:
    outdir: Path = tmp_path_factory.mktemp("cdk.out.local-only")
    app = cdk.App(context={BUNDLING_STACKS_KEY: []}, outdir=str(outdir), builtin_cloud_formation_validation=False)
    app, stacks = build_app(app)
    assembly = app.synth()  # cdk-nag runs here too
    template = json.loads(Path(assembly.get_stack_artifact(stacks[0].artifact_id).template_full_path).read_text())
    yield stacks[0], template["Resources"]


def test_without_a_configuration_no_function_gets_one_nor_reads_the_keys(
    local_only: tuple[Any, dict[str, Any]],
) -> None:
    stack, resources = local_only
    for name, fn in stack.functions.functions.items():
        env = resources[stack.get_logical_id(fn.node.default_child)]["Properties"]["Environment"]["Variables"]
        assert not {"LLM_CONFIG", "LLM_SYNC_BUDGET_SECONDS", "LLM_WORKER_BUDGET_SECONDS"} & set(env), name
        if name != "rotation":  # rotation writes the secret: its own grants
            assert not _secret_actions(resources, _role_id(stack, name)), name
    alarm_names = [r["Properties"]["AlarmName"] for r in resources.values() if r["Type"] == "AWS::CloudWatch::Alarm"]
    assert alarm_names and not any("-Llm" in n for n in alarm_names)


# ----- what synth refuses ------------------------------------------------------------------------------------------


def _provider(**extra: Any) -> dict[str, Any]:
    return {"name": "p", "model": "m", "input_usd_per_mtok": 1, "output_usd_per_mtok": 1, **extra}


@pytest.mark.parametrize(
    ("context", "message"),
    [
        ({"llm_config": "{not json"}, "not valid JSON"),
        ({"llm_config": json.dumps({"providers": [_provider(api_keys=["sk-x"])]})}, "readable in the template"),
        ({"llm_config": json.dumps({"sync_budget_seconds": 20})}, "use context llm_<field>"),
        ({"llm_config": json.dumps({"providers": [_provider(secret_id="keys")]})}, "give its full ARN"),
        ({"llm_config": json.dumps({"tiers": [{"name": "t", "providers": ["nobody"]}]})}, "unknown providers"),
        ({"llm_config": json.dumps({"max_escalated_pages": -1})}, "max_escalated_pages"),
        (
            {"llm_config": "{}", "llm_worker_budget_seconds": "60", "timeout_overrides": '{"worker": 60}'},
            "under the worker's 60 s timeout",
        ),
        (
            {"llm_config": "{}", "llm_sync_budget_seconds": "12", "timeout_overrides": '{"api": 10}'},
            "under the API function's 10 s timeout",
        ),
    ],
)
def test_synth_refuses_a_configuration_that_would_fail_or_leak(context: dict[str, str], message: str) -> None:
    app = cdk.App(context=context)
    with pytest.raises(ValueError, match=re.escape(message)):
        LlmDeployment.from_config(DeploymentConfig.from_node(app.node))


def test_a_provider_with_its_own_secret_is_granted_that_secret_only() -> None:
    arn = "arn:aws:secretsmanager:us-east-1:123456789012:secret:azure-keys-AbCdEf"
    document = {"providers": [_provider(secret_id=arn)], "tiers": [{"name": "t", "providers": ["p"]}]}
    deployment = LlmDeployment.from_config(DeploymentConfig.from_node(cdk.App(context={"llm_config": document}).node))
    assert deployment.other_secrets == [arn] and not deployment.uses_stack_secret
    assert deployment.tier_names == ["t"]
    assert LlmDeployment.from_config(DeploymentConfig()).settings is None  # the default: the local model alone


def test_the_packet_page_limits_reach_the_functions_through_llm_config() -> None:
    document = {"providers": [_provider(secret_id="$LLM_KEYS_SECRET")], "tiers": [{"name": "t", "providers": ["p"]}]}
    document |= {"max_escalated_pages": 3, "max_page_prompt_chars": 1500, "neighbour_excerpt_chars": 200}
    deployment = LlmDeployment.from_config(DeploymentConfig.from_node(cdk.App(context={"llm_config": document}).node))
    assert deployment.settings is not None
    assert deployment.settings.max_escalated_pages == 3 and deployment.settings.neighbour_excerpt_chars == 200
    assert json.loads(deployment.config_json)["max_page_prompt_chars"] == 1500  # LLM_CONFIG as the functions get it
