"""Grafana JSON = generated = the CloudWatch dashboard's panels; every function has sample events."""

from __future__ import annotations

import json
import re
import tomllib

from infra import grafana
from infra import service_definition as sd
from infra.bundling import REPO_ROOT
from tests.infrastructure.conftest import Synthesized

# Sample events per function (API Gateway proxy, SQS batch + S3 notification, rotation, schedule).
EVENT_FOLDERS = {
    "api": ["api"],
    "worker": ["sqs", "s3"],
    "rotation": ["rotation"],
    "maintenance": ["schedule"],
}


def _cloudwatch_titles(s: Synthesized) -> list[str]:
    (dashboard,) = s.of_type("AWS::CloudWatch::Dashboard").values()
    body = dashboard["Properties"]["DashboardBody"]
    text = "".join(p for p in body["Fn::Join"][1] if isinstance(p, str)) if isinstance(body, dict) else body
    return [t for t in re.findall(r'"title":"([^"]+)"', text) if t != "Alarms"]


def test_committed_grafana_dashboard_is_the_generated_one() -> None:
    committed = json.loads(grafana.OUTPUT.read_text())
    assert committed == json.loads(json.dumps(grafana.build_dashboard())), "run: python -m infra.grafana"


def test_grafana_has_the_same_panels_as_the_cloudwatch_dashboard(synthesized: Synthesized) -> None:
    assert grafana.panel_titles(grafana.build_dashboard()) == _cloudwatch_titles(synthesized)


def test_grafana_queries_use_the_cloudwatch_datasource_and_known_variables() -> None:
    dashboard = grafana.build_dashboard()
    variables = {v["name"] for v in dashboard["templating"]["list"]}
    text = json.dumps(dashboard["panels"])
    assert set(re.findall(r"\$(\w+)", text.replace("${datasource}", "$datasource"))) <= variables
    for panel in dashboard["panels"]:
        for target in panel.get("targets", []):
            assert target["datasource"]["type"] == "cloudwatch"


def test_every_function_has_sample_events() -> None:
    assert set(EVENT_FOLDERS) == {f.name for f in sd.FUNCTIONS}
    for folders in EVENT_FOLDERS.values():
        for folder in folders:
            samples = list((REPO_ROOT / "events" / folder).glob("*.json"))
            assert samples, f"events/{folder} is empty"
            for sample in samples:
                json.loads(sample.read_text())


def test_api_sample_events_cover_every_route() -> None:
    resources = set()
    for sample in (REPO_ROOT / "events" / "api").glob("*.json"):
        event = json.loads(sample.read_text())
        resources.add((event.get("httpMethod"), event.get("resource")))
    missing = {(r.method, r.path) for r in sd.ROUTES} - resources
    assert not missing, f"no API Gateway sample event for {sorted(missing)}"


def test_samconfig_points_at_the_template_cdk_synth_writes(synthesized: Synthesized) -> None:
    config = tomllib.loads((REPO_ROOT / "samconfig.toml").read_text())
    stack_name = synthesized.stack.stack_name
    assert config["default"]["global"]["parameters"]["stack_name"] == stack_name
    for command in ("validate", "build"):
        template = config["default"][command]["parameters"]["template_file"]
        assert template == f"cdk.out/{synthesized.template_path.name}"
    assert synthesized.template_path.name == f"{stack_name}.template.json"
