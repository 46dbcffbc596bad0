"""key_issuer=openai: the rotation function alone gets the issuer's settings and a read grant on the admin key."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from typing import Any

import aws_cdk as cdk
import pytest
from doc_classifier.config import EnvSettings, env_names

from infra.app import build_app
from tests.infrastructure.conftest import Synthesized

OPENAI_CONTEXT = {
    "aws:cdk:bundling-stacks": [],
    "key_issuer": "openai",
    "openai_project_id": "proj_abc",
    "openai_admin_key_secret_name": "ops/openai-admin-key",
}


def _synth(context: dict[str, Any], outdir: Path) -> tuple[Any, dict[str, Any]]:
    app = cdk.App(context=context, outdir=str(outdir), builtin_cloud_formation_validation=False)
    app, (stack,) = build_app(app)
    assembly = app.synth()
    template = json.loads(Path(assembly.get_stack_artifact(stack.artifact_id).template_full_path).read_text())
    return stack, template["Resources"]


def _env(stack: Any, resources: dict[str, Any], function: str) -> dict[str, Any]:
    logical_id = stack.get_logical_id(stack.functions[function].node.default_child)
    variables: dict[str, Any] = resources[logical_id]["Properties"]["Environment"]["Variables"]
    return variables


def _admin_settings() -> type[EnvSettings]:
    folder = Path(__file__).resolve().parents[2] / "functions" / "rotation"
    spec = importlib.util.spec_from_file_location("rotation_openai_admin_settings", folder / "openai_admin.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # as an import does: dataclasses look their module up there
    spec.loader.exec_module(module)
    settings: type[EnvSettings] = module.OpenAIAdminSettings
    return settings


def _secret_reads(stack: Any, resources: dict[str, Any], function: str) -> list[str]:
    """Resources of the secretsmanager:GetSecretValue statements in the function role's policies."""
    role_id = stack.get_logical_id(stack.functions[function].role.node.default_child)
    found = []
    for resource in resources.values():
        if resource["Type"] != "AWS::IAM::Policy" or {"Ref": role_id} not in resource["Properties"]["Roles"]:
            continue
        for statement in resource["Properties"]["PolicyDocument"]["Statement"]:
            actions = statement["Action"] if isinstance(statement["Action"], list) else [statement["Action"]]
            if "secretsmanager:GetSecretValue" in actions:
                found.append(json.dumps(statement["Resource"]))
    return found


def test_openai_issuer_settings_and_admin_key_grant_go_to_the_rotation_function_only(tmp_path: Path) -> None:
    stack, resources = _synth(OPENAI_CONTEXT, tmp_path)
    env = _env(stack, resources, "rotation")
    assert env["KEY_ISSUER"] == "openai"
    assert env["OPENAI_PROJECT_ID"] == "proj_abc"
    assert env["OPENAI_ADMIN_KEY_SECRET_ID"] == "ops/openai-admin-key"
    assert env["OPENAI_ADMIN_BASE_URL"] == "https://api.openai.com/v1"
    assert env["OPENAI_ADMIN_TIMEOUT_SECONDS"] == "10.0"
    # Every one is a variable the issuer's settings read, and its value parses.
    openai = {name: value for name, value in env.items() if name.startswith("OPENAI_")}
    assert set(openai) <= set(env_names(_admin_settings()).values())
    assert _admin_settings().from_env(openai).admin_timeout_seconds == 10.0
    for other in ("api", "worker", "maintenance"):
        assert not any(name.startswith("OPENAI_ADMIN") for name in _env(stack, resources, other)), other
        assert not any("openai-admin-key" in r for r in _secret_reads(stack, resources, other)), other
    # from_secret_name_v2: the name plus Secrets Manager's random six-character suffix, nothing wider.
    assert any("secret:ops/openai-admin-key-??????" in r for r in _secret_reads(stack, resources, "rotation"))


def test_the_default_issuer_gets_no_openai_settings(synthesized: Synthesized) -> None:
    env = _env(synthesized.stack, synthesized.resources, "rotation")
    assert env["KEY_ISSUER"] == "staged" and not any(name.startswith("OPENAI_") for name in env)


def test_openai_issuer_without_project_or_admin_key_secret_fails_synthesis(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="openai_project_id"):
        _synth({**OPENAI_CONTEXT, "openai_admin_key_secret_name": ""}, tmp_path)
