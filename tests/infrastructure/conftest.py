"""One synthesis of the whole app per test session: each synth costs seconds of jsii/Node time."""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

os.environ.setdefault("JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION", "20")

import aws_cdk as cdk
from aws_cdk.assertions import Template

from infra.app import build_app
from infra.config import BUNDLING_STACKS_KEY, DeploymentConfig
from infra.stack import DocClassifierStack

# Two LLM tiers whose keys are in the stack's secret (the default deploys no tier: tests/infrastructure/
# test_llm_deployment.py synthesizes that too).
LLM_CONFIG: dict[str, Any] = {
    "providers": [
        {
            "name": "openai-mini",
            "model": "gpt-4o-mini",
            "input_usd_per_mtok": 0.15,
            "output_usd_per_mtok": 0.6,
            "secret_id": "$LLM_KEYS_SECRET",
        },
        {
            "name": "openai",
            "model": "gpt-4o",
            "input_usd_per_mtok": 2.5,
            "output_usd_per_mtok": 10,
            "secret_id": "$LLM_KEYS_SECRET",
        },
    ],
    "tiers": [{"name": "cheap", "providers": ["openai-mini"]}, {"name": "strong", "providers": ["openai"]}],
    "daily_budget_usd": 25,
}
# Non-default alarm e-mail so the optional subscription is exercised too.
TEST_CONTEXT: dict[str, Any] = {
    BUNDLING_STACKS_KEY: [],  # no pip, no Docker: layers are fingerprinted, not built
    "alarm_email": "ops@example.com",
    "llm_config": LLM_CONFIG,  # an object, as in cdk.json
}


@dataclass(frozen=True)
class Synthesized:
    app: cdk.App
    stack: DocClassifierStack
    template: Template
    resources: dict[str, Any]  # logical id -> resource, from the template JSON
    template_path: Path
    outdir: Path

    def of_type(self, kind: str) -> dict[str, Any]:
        return {k: v for k, v in self.resources.items() if v["Type"] == kind}

    @property
    def config(self) -> DeploymentConfig:
        return self.stack.config


@pytest.fixture(scope="session")
def synthesized(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Synthesized]:
    outdir = tmp_path_factory.mktemp("cdk.out")
    app = cdk.App(context=TEST_CONTEXT, outdir=str(outdir), builtin_cloud_formation_validation=False)
    app, stacks = build_app(app)
    # app.synth() runs the cdk-nag plugin: an unacknowledged finding raises here and fails every test.
    assembly = app.synth()
    artifact = assembly.get_stack_artifact(stacks[0].artifact_id)
    template_path = Path(artifact.template_full_path)
    template_json = json.loads(template_path.read_text())
    yield Synthesized(
        app=app,
        stack=stacks[0],
        template=Template.from_json(template_json),
        resources=template_json["Resources"],
        template_path=template_path,
        outdir=outdir,
    )
