"""SnapStart and provisioned concurrency: off by default, and when asked for, what API Gateway, the queues and the
schedule invoke is the published `live` alias (neither applies to $LATEST)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from infra import service_definition as sd
from infra.components.functions import LIVE_ALIAS
from tests.infrastructure.test_capacity import of_type, synth


def _functions(resources: dict[str, Any]) -> dict[str, tuple[str, dict[str, Any]]]:
    """Function name -> (logical id, properties); the stack names each `Functions<Name>Function...`."""
    found = {}
    for spec in sd.FUNCTIONS:
        prefix = f"Functions{spec.name.capitalize()}Function"
        kinds = {k: r["Type"] for k, r in resources.items() if k.startswith(prefix)}
        (logical_id,) = [k for k, kind in kinds.items() if kind == "AWS::Lambda::Function"]
        found[spec.name] = (logical_id, resources[logical_id]["Properties"])
    return found


def test_by_default_nothing_is_published_and_every_source_invokes_the_function(tmp_path: Path) -> None:
    resources = synth(tmp_path)
    assert not of_type(resources, "AWS::Lambda::Alias") and not of_type(resources, "AWS::Lambda::Version")
    assert all("SnapStart" not in props for _, props in _functions(resources).values())


def test_snapstart_publishes_a_version_behind_the_alias_the_api_and_queues_invoke(tmp_path: Path) -> None:
    resources = synth(tmp_path, snapstart='["api", "worker"]')
    functions = _functions(resources)
    for name in ("api", "worker"):
        assert functions[name][1]["SnapStart"] == {"ApplyOn": "PublishedVersions"}
    for name in ("maintenance", "rotation"):
        assert "SnapStart" not in functions[name][1]
    aliases = {a["FunctionName"]["Ref"]: a for a in of_type(resources, "AWS::Lambda::Alias")}
    api_id, worker_id = functions["api"][0], functions["worker"][0]
    assert set(aliases) == {api_id, worker_id}
    assert all(a["Name"] == LIVE_ALIAS and "ProvisionedConcurrencyConfig" not in a for a in aliases.values())
    alias_ids = {lid for lid, r in resources.items() if r["Type"] == "AWS::Lambda::Alias"}
    # Every queue mapping of the worker names the alias, never the unpublished function.
    mappings = of_type(resources, "AWS::Lambda::EventSourceMapping")
    (worker_alias,) = [lid for lid in alias_ids if resources[lid]["Properties"]["FunctionName"]["Ref"] == worker_id]
    assert mappings and all(f'"Ref": "{worker_alias}"' in json.dumps(m["FunctionName"]) for m in mappings)
    assert all(f":{LIVE_ALIAS}" in json.dumps(m["FunctionName"]) for m in mappings)
    # API Gateway's integrations invoke the API's alias.
    (api_alias,) = [lid for lid in alias_ids if resources[lid]["Properties"]["FunctionName"]["Ref"] == api_id]
    methods = of_type(resources, "AWS::ApiGateway::Method")
    integrations = [m["Integration"] for m in methods if m["Integration"]["Type"] == "AWS_PROXY"]
    assert integrations and all(json.dumps(i["Uri"]).count(f'"Ref": "{api_alias}"') == 1 for i in integrations)


def test_provisioned_concurrency_sets_the_alias_environments(tmp_path: Path) -> None:
    resources = synth(tmp_path, provisioned_concurrency='{"api": 2}')
    (alias,) = of_type(resources, "AWS::Lambda::Alias")
    assert alias["Name"] == LIVE_ALIAS and alias["ProvisionedConcurrencyConfig"] == {
        "ProvisionedConcurrentExecutions": 2
    }
    assert alias["FunctionName"]["Ref"] == _functions(resources)["api"][0]
    assert all("SnapStart" not in props for _, props in _functions(resources).values())


@pytest.mark.parametrize(
    ("context", "message"),
    [
        ({"snapstart": '["api"]', "provisioned_concurrency": '{"api": 1}'}, "not both"),
        ({"snapstart": '["apii"]'}, "unknown functions"),
        ({"provisioned_concurrency": '{"api": 0}'}, "at least 1"),
        ({"provisioned_concurrency": '{"worker": 500}'}, "above its reserved"),
    ],
)
def test_what_lambda_would_refuse_fails_the_synth(tmp_path: Path, context: dict[str, str], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        synth(tmp_path, **context)
