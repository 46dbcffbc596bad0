"""Handlers against moto's in-process AWS, with the resources the local runtime and CDK create."""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import boto3
import pytest
from doc_classifier.service import wiring
from doc_classifier.service.aws.clients import client
from doc_classifier.service.aws.s3 import S3BlobStore
from doc_classifier.service.task_service import TaskService
from moto import mock_aws

from infra.local_runtime.bootstrap import ResourceNames, ensure_resources
from infra.local_runtime.containers import LocalContext
from tests.support.fakes import KeywordClassifier

# Powertools reads these when the handler modules are imported (at collection, before any fixture).
os.environ.setdefault("POWERTOOLS_METRICS_NAMESPACE", "DocClassifierTest")
os.environ.setdefault("POWERTOOLS_SERVICE_NAME", "doc-classifier")
os.environ.setdefault("POWERTOOLS_TRACE_DISABLED", "true")

EVENTS = Path(__file__).resolve().parents[3] / "events"


def load_event(name: str) -> dict[str, Any]:
    event: dict[str, Any] = json.loads((EVENTS / name).read_text())
    return event


@dataclass
class Aws:
    env: dict[str, str]
    classifier: KeywordClassifier

    @property
    def service(self) -> TaskService:
        return wiring.aws_task_service()

    @property
    def blobs(self) -> S3BlobStore:
        """The service's bucket, as a client uploading to it (or a lifecycle rule) sees it."""
        return S3BlobStore(client("s3"), self.env["UPLOAD_BUCKET_NAME"])


@contextmanager
def aws_environment(monkeypatch: pytest.MonkeyPatch) -> Iterator[Aws]:
    for name, value in {
        "AWS_ACCESS_KEY_ID": "testing",
        "AWS_SECRET_ACCESS_KEY": "testing",
        "AWS_DEFAULT_REGION": "us-east-1",
        "POWERTOOLS_TRACE_DISABLED": "true",
        "POWERTOOLS_METRICS_NAMESPACE": "DocClassifierTest",
        "POWERTOOLS_SERVICE_NAME": "doc-classifier",
    }.items():
        monkeypatch.setenv(name, value)
    monkeypatch.delenv("AWS_ENDPOINT_URL", raising=False)
    for name in ("LLM_CONFIG", "LLM_CONFIG_FILE", "OPENAI_API_KEY"):  # the local model only, whatever the shell has
        monkeypatch.delenv(name, raising=False)
    classifier = KeywordClassifier()
    monkeypatch.setattr(wiring, "_configured_classifier", lambda: classifier)
    with mock_aws():
        env = ensure_resources(ResourceNames("unit"))
        # S3 announces a new notification configuration with an s3:TestEvent; start from empty queues.
        sqs = boto3.client("sqs")
        for name in ("HIGH_QUEUE_URL", "LOW_QUEUE_URL", "DLQ_URL"):
            sqs.purge_queue(QueueUrl=env[name])
        for name, value in env.items():
            monkeypatch.setenv(name, value)
        wiring.aws_task_service.cache_clear()
        wiring.llm_tiers.cache_clear()
        wiring.shared_counters.cache_clear()
        yield Aws(env, classifier)
        wiring.aws_task_service.cache_clear()
        wiring.llm_tiers.cache_clear()
        wiring.shared_counters.cache_clear()


@pytest.fixture
def aws(monkeypatch: pytest.MonkeyPatch) -> Iterator[Aws]:
    with aws_environment(monkeypatch) as environment:
        yield environment


@pytest.fixture(scope="module")
def shared_aws() -> Iterator[Aws]:
    """One emulated account for a whole module: for tests that only need the handler to answer."""
    with pytest.MonkeyPatch.context() as monkeypatch, aws_environment(monkeypatch) as environment:
        yield environment


@pytest.fixture
def context() -> LocalContext:
    return LocalContext("test", 128, 30)
