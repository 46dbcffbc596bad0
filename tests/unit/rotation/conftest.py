"""The rotation function's modules, and a secret in moto with rotation enabled."""

from __future__ import annotations

import importlib.util
import io
import json
import os
import sys
import uuid
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any

import boto3
import pytest
from moto import mock_aws

ROOT = Path(__file__).resolve().parents[3]
ROTATION_DIR = ROOT / "functions" / "rotation"
EVENTS = ROOT / "events" / "rotation"
REGION = "us-east-1"

# Lambda puts the function folder on sys.path; so do the tests (its module names are unique).
if str(ROTATION_DIR) not in sys.path:
    sys.path.insert(0, str(ROTATION_DIR))
os.environ.setdefault("POWERTOOLS_SERVICE_NAME", "doc-classifier")


def load_handler() -> ModuleType:
    """functions/rotation/handler.py under its own name (every function has a handler.py)."""
    spec = importlib.util.spec_from_file_location("rotation_handler", ROTATION_DIR / "handler.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # as an import does: dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


def load_event(step: str, arn: str, token: str) -> dict[str, Any]:
    event: dict[str, Any] = json.loads((EVENTS / f"{step}.json").read_text())
    event.update(SecretId=arn, ClientRequestToken=token)
    return event


@dataclass
class RotatingSecret:
    client: Any
    arn: str

    def begin_rotation(self) -> str:
        """What Secrets Manager does before calling createSecret: an AWSPENDING version id."""
        token = str(uuid.uuid4())
        self.client.rotate_secret(
            SecretId=self.arn,
            ClientRequestToken=token,
            RotationLambdaARN=self.lambda_arn,
            RotationRules={"AutomaticallyAfterDays": 30},
            RotateImmediately=False,  # moto then only "invokes" testSecret on a stub, no Docker
        )
        return token

    def current(self) -> dict[str, Any]:
        document: dict[str, Any] = json.loads(
            self.client.get_secret_value(SecretId=self.arn, VersionStage="AWSCURRENT")["SecretString"]
        )
        return document

    lambda_arn: str = ""


INITIAL = {
    "provider": "openai",
    "keys": ["sk-live-0001", "sk-live-0002", "sk-live-0003"],
    "staged": ["sk-new-0004", "sk-new-0005"],
}


@pytest.fixture
def aws_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for name, value in {
        "AWS_ACCESS_KEY_ID": "testing",
        "AWS_SECRET_ACCESS_KEY": "testing",
        "AWS_DEFAULT_REGION": REGION,
        "AWS_REGION": REGION,
    }.items():
        monkeypatch.setenv(name, value)
    monkeypatch.delenv("AWS_ENDPOINT_URL", raising=False)  # in-process moto, never a running server


@pytest.fixture
def secret(aws_env: None) -> Iterator[RotatingSecret]:
    with mock_aws(config={"lambda": {"use_docker": False}}):
        role = boto3.client("iam").create_role(RoleName="rotation", AssumeRolePolicyDocument="{}")["Role"]["Arn"]
        archive = io.BytesIO()
        with zipfile.ZipFile(archive, "w") as zf:
            zf.write(ROTATION_DIR / "handler.py", "handler.py")
        fn = boto3.client("lambda").create_function(
            FunctionName="rotation",
            Runtime="python3.13",
            Role=role,
            Handler="handler.handler",
            Code={"ZipFile": archive.getvalue()},
        )["FunctionArn"]
        client = boto3.client("secretsmanager")
        arn = client.create_secret(Name="doc-classifier-test/llm-provider-keys", SecretString=json.dumps(INITIAL))[
            "ARN"
        ]
        yield RotatingSecret(client=client, arn=arn, lambda_arn=fn)
