"""Operating the tier: /ready and /metrics through the real API handler and wiring, against moto and the fake server.

The local model is scripted; everything else is what Lambda runs: the wiring builds the tiers from
``LLM_CONFIG``, a provider's keys come from the deployment's secret (``$LLM_KEYS_SECRET``), spend and
counters live in the cache table.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

import boto3
import pytest
from doc_classifier.service import wiring
from moto import mock_aws

os.environ.setdefault("POWERTOOLS_SERVICE_NAME", "doc-classifier")
os.environ.setdefault("POWERTOOLS_METRICS_NAMESPACE", "DocClassifierTest")
os.environ.setdefault("POWERTOOLS_TRACE_DISABLED", "true")

from infra.local_runtime.bootstrap import ResourceNames, ensure_resources
from infra.local_runtime.containers import LocalContext
from tests.support.fake_openai import FakeOpenAI, Fault
from tests.unit.functions.conftest import load_event
from tests.unit.functions.test_api_handler import call, multipart_event
from tests.unit.llm.conftest import ScriptedLocal, provider

SECRET_KEYS = ["sk-live-secret-one", "sk-live-secret-two"]
INLINE_KEY = "sk-inline-secret-big"
CONTEXT = LocalContext("test", 128, 30)


def config(fake: FakeOpenAI) -> dict[str, Any]:
    return {
        "providers": [
            provider("mini", fake.base_url, "gpt-4o-mini", keys=(), secret_id="$LLM_KEYS_SECRET"),
            provider("big", fake.base_url, "gpt-4o", (INLINE_KEY,), input_usd_per_mtok=2.5, output_usd_per_mtok=10),
        ],
        "tiers": [{"name": "cheap", "providers": ["mini"]}, {"name": "strong", "providers": ["big"]}],
        "escalate": {"escalate_below": 1.0, "unknown_below": 1.0},  # every document escalates
        "breaker_failures": 1,
        "daily_budget_usd": 1,
    }


def _clear_caches() -> None:
    for cached in (wiring.aws_task_service, wiring.llm_tiers, wiring._configured_classifier, wiring.shared_counters):
        cached.cache_clear()


@pytest.fixture
def deployed(monkeypatch: pytest.MonkeyPatch, fake: FakeOpenAI, local: ScriptedLocal) -> Iterator[dict[str, str]]:
    for name, value in {
        "AWS_ACCESS_KEY_ID": "testing",
        "AWS_SECRET_ACCESS_KEY": "testing",
        "AWS_DEFAULT_REGION": "us-east-1",
        "LLM_CONFIG": json.dumps(config(fake)),
    }.items():
        monkeypatch.setenv(name, value)
    for name in ("AWS_ENDPOINT_URL", "LLM_CONFIG_FILE", "OPENAI_API_KEY"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setattr("doc_classifier.classifier.default_classifier", lambda: local)
    with mock_aws():
        env = ensure_resources(ResourceNames("ops"))
        for name, value in env.items():
            monkeypatch.setenv(name, value)
        boto3.client("secretsmanager").put_secret_value(
            SecretId=env["LLM_KEYS_SECRET_ARN"], SecretString=json.dumps({"keys": SECRET_KEYS})
        )
        _clear_caches()
        yield env
        _clear_caches()


def get(name: str) -> tuple[int, Any]:
    status, body, _ = call(load_event(name), CONTEXT)
    return status, body


def classify(text: str) -> dict[str, Any]:
    status, body, _ = call(multipart_event({"industry": "finance"}, text.encode()), CONTEXT)
    assert status == 200, body
    return dict(body)


def assert_no_key(*bodies: Any) -> None:
    text = json.dumps(bodies)
    for key in (*SECRET_KEYS, INLINE_KEY):
        assert key.removeprefix("sk-") not in text  # nor a truncated repr of it


def test_ready_shows_the_tier_and_stays_ready_while_degraded(
    deployed: dict[str, str], fake: FakeOpenAI, capsys: pytest.CaptureFixture[str]
) -> None:
    status, before = get("api/ready.json")
    assert status == 200 and before["status"] == "ready"
    assert before["llm"]["status"] == "ok"
    assert before["llm"]["providers"] == {
        "mini": {"model": "gpt-4o-mini", "breaker": "closed", "keys": None},  # not read before the first escalation
        "big": {"model": "gpt-4o", "breaker": "closed", "keys": None},
    }
    assert before["llm"]["spend"] == {"today_usd": 0.0, "cap_usd": 1.0, "exhausted": False}

    fake.answer("receipt", 0.95)
    assert classify("Thank you. Total 16.50.")["metadata"]["classifier"] == "mini/gpt-4o-mini"
    _, after_one = get("api/ready.json")
    assert after_one["llm"]["providers"]["mini"]["keys"] == {"healthy": 2, "cooling": 0, "set_aside": 0}

    for key in SECRET_KEYS:  # the cheap provider goes down: its breaker opens, the strong tier answers
        fake.fail_key(key, Fault("server_error"))
    capsys.readouterr()
    failed_over = classify("Paid in cash, thank you. Total 3.20.")["metadata"]
    assert failed_over["classifier"] == "big/gpt-4o"
    assert failed_over["llm"]["tiers"] == {"cheap": "unavailable", "strong": "answered"}  # what the alarm watches
    opened = [line for line in capsys.readouterr().out.splitlines() if "LlmBreakerOpened" in line]
    assert len(opened) == 1 and json.loads(opened[0])["provider"] == "mini"

    status, degraded = get("api/ready.json")
    llm = degraded["llm"]
    assert status == 200 and llm["status"] == "degraded"
    assert llm["providers"]["mini"]["breaker"] == "open"
    assert [t["available"] for t in llm["tiers"]] == [False, True]
    assert "provider mini: breaker open" in llm["degraded"]
    assert "tier cheap: every provider unavailable" in llm["degraded"]

    today = datetime.now(UTC).strftime("%Y-%m-%d")  # the budget is spent: still ready, answering locally
    boto3.client("dynamodb").put_item(
        TableName=deployed["CACHE_TABLE_NAME"],
        Item={"cache_key": {"S": f"spend#{today}"}, "spent_usd": {"N": "1"}},
    )
    status, spent = get("api/ready.json")
    assert status == 200 and spent["llm"]["spend"]["exhausted"] is True
    assert any(line.startswith("daily budget exhausted") for line in spent["llm"]["degraded"])
    assert_no_key(before, after_one, degraded, spent)


def test_metrics_count_escalations_calls_tokens_cost_and_breaker_opens(
    deployed: dict[str, str], fake: FakeOpenAI
) -> None:
    fake.answer("receipt", 0.95)
    classify("Thank you. Total 16.50.")
    for key in SECRET_KEYS:
        fake.fail_key(key, Fault("server_error"))
    classify("Paid in cash, thank you. Total 3.20.")

    status, snapshot = get("api/metrics.json")
    assert status == 200
    counters = snapshot["llm"]["counters"]
    assert counters["escalations"] == {"answered": 2}
    assert counters["escalation_share"] == 1.0
    assert counters["calls"] == {"cheap": 2, "strong": 1}
    assert counters["tokens_in"] == {"cheap": 120, "strong": 120}  # the failed call reported no usage
    assert counters["cost_usd"]["strong"] == pytest.approx((120 * 2.5 + 30 * 10) / 1e6)
    assert counters["breaker_opens"] == {"mini": 1}
    assert snapshot["llm"]["providers"]["mini"]["breaker"] == "open"

    status, text, _ = call(load_event("api/metrics_prometheus.json"), CONTEXT)
    assert status == 200
    for line in (
        "doc_classifier_llm_configured 1",
        "doc_classifier_llm_degraded 1",
        'doc_classifier_llm_breaker_state{provider="mini",state="open"} 1',
        'doc_classifier_llm_keys{provider="mini",state="healthy"} 2',
        'doc_classifier_llm_escalations_total{outcome="answered"} 2',
        'doc_classifier_llm_calls_total{tier="cheap"} 2',
        'doc_classifier_llm_tokens_total{tier="strong",direction="out"} 30',
        'doc_classifier_llm_breaker_opens_total{provider="mini"} 1',
        "doc_classifier_llm_budget_usd 1.0",
    ):
        assert line in text.splitlines(), line
    assert_no_key(snapshot, text)


def test_a_configuration_that_cannot_load_fails_readiness_without_showing_its_keys(
    deployed: dict[str, str], monkeypatch: pytest.MonkeyPatch, fake: FakeOpenAI
) -> None:
    broken = config(fake)
    broken["providers"][1]["api_keys"] = INLINE_KEY  # a string, not a list: the error is about the key itself
    monkeypatch.setenv("LLM_CONFIG", json.dumps(broken))
    _clear_caches()

    status, body = get("api/ready.json")
    assert status == 503 and body["error"]["code"] == "not_ready"
    assert_no_key(body)
    assert "providers.1.api_keys: Input should be a valid tuple" in body["error"]["checks"]["llm_config"]
    status, snapshot = get("api/metrics.json")
    assert status == 200 and snapshot["llm"]["status"] == "misconfigured"
    assert_no_key(body, snapshot)
