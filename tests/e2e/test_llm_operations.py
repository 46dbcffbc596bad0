"""``make run`` with an LLM tier: LLM_CONFIG as on AWS, keys in the local secret, the fake provider on loopback."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import boto3
import pytest
import requests

from tests.e2e.conftest import CORPUS, Runtime, start_runtime
from tests.support.fake_openai import FakeOpenAI, Fault

pytestmark = [pytest.mark.e2e, pytest.mark.slow]

KEYS = ["sk-e2e-secret-key-one", "sk-e2e-secret-key-two"]


@pytest.fixture(scope="module")
def runtime(tmp_path_factory: pytest.TempPathFactory, fake: FakeOpenAI) -> Iterator[Runtime]:
    config = {
        "providers": [fake.provider(secret_id="$LLM_KEYS_SECRET")],
        "tiers": [{"name": "cheap", "providers": ["fake"]}],
        "escalate": {"escalate_below": 1.0, "unknown_below": 1.0},  # every document goes to the tier
        "breaker_failures": 1,
    }
    with pytest.MonkeyPatch.context() as env:
        env.setenv("LLM_CONFIG", json.dumps(config))
        env.delenv("OPENAI_API_KEY", raising=False)
        # One API container: key pools and breakers live per container (as on Lambda), and /ready reports the
        # container that answers it.
        started = start_runtime(
            tmp_path_factory.mktemp("llm-runtime"), "--no-workers", "--api-concurrency", "1", prefix="e2e-llm"
        )
    secrets = boto3.client(
        "secretsmanager",
        endpoint_url=started.aws_endpoint,
        region_name="us-east-1",
        aws_access_key_id="testing",
        aws_secret_access_key="testing",
    )
    secrets.put_secret_value(SecretId=f"{started.prefix}/llm-provider-keys", SecretString=json.dumps({"keys": KEYS}))
    yield started
    started.stop()


def classify(runtime: Runtime, path: Path) -> dict[str, object]:
    with path.open("rb") as handle:
        form = {"industry": "finance"}
        response = requests.post(f"{runtime.url}/classify_file", files={"file": handle}, data=form, timeout=60)
    assert response.status_code == 200, response.text
    metadata: dict[str, object] = response.json()["metadata"]
    return metadata


def test_escalation_through_the_local_runtime_then_a_provider_outage(runtime: Runtime, fake: FakeOpenAI) -> None:
    banner = runtime.log.read_text()
    assert "LLM        cheap: fake/gpt-4o-mini" in banner
    fake.answer("invoice", 0.97)
    answered = classify(runtime, CORPUS / "invoice" / "heron__invoice_1.pdf")
    assert answered["classifier"] == "fake/gpt-4o-mini"
    assert answered["escalation"] == {"reason": "low_confidence", "outcome": "answered"}
    ready = requests.get(f"{runtime.url}/ready", timeout=10).json()["llm"]
    assert ready["providers"]["fake"]["keys"] == {"healthy": 2, "cooling": 0, "set_aside": 0}

    for key in KEYS:
        fake.fail_key(key, Fault("server_error"))
    local = classify(runtime, CORPUS / "bank_statement" / "heron__bank_statement_1.pdf")
    assert local["classifier"] == "local_model" and local["escalation"]["outcome"] == "unavailable"  # type: ignore[index]
    response = requests.get(f"{runtime.url}/ready", timeout=10)
    assert response.status_code == 200 and response.json()["llm"]["status"] == "degraded"
    text = requests.get(f"{runtime.url}/metrics", headers={"Accept": "text/plain"}, timeout=10).text
    assert 'doc_classifier_llm_breaker_opens_total{provider="fake"} 1' in text.splitlines()
    for key in KEYS:
        assert key not in runtime.log.read_text() and key not in response.text and key not in text
