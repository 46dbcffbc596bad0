"""Settings from the environment, the chain's identity in the cache key, keys from Secrets Manager."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import boto3
import pytest
from doc_classifier.llm import build
from doc_classifier.llm.build import chain_identity
from doc_classifier.llm.keys import SecretKeys, powertools_secret_reader
from doc_classifier.llm.settings import LlmSettings
from doc_classifier.service.memory import (
    MemoryBlobStore,
    MemoryResultCache,
    MemoryStatsStore,
    MemoryTaskStore,
    MemoryWorkQueue,
)
from doc_classifier.service.settings import ServiceSettings
from doc_classifier.service.task_service import TaskService
from doc_classifier.taxonomy import load_taxonomy
from moto import mock_aws

from tests.support.fake_openai import FakeOpenAI
from tests.unit.llm.conftest import ChainFactory, ScriptedLocal, provider, two_tiers

ROOT = Path(__file__).resolve().parents[3]


# ----- settings ----------------------------------------------------------------------------------


def test_openai_api_key_alone_gives_two_tiers_of_default_models() -> None:
    settings = LlmSettings.from_env({"OPENAI_API_KEY": "sk-x", "OPENAI_BASE_URL": "http://127.0.0.1:9/v1"})

    assert [(t.name, t.providers) for t in settings.tiers] == [("cheap", ("openai-mini",)), ("strong", ("openai",))]
    mini, big = settings.providers
    assert (mini.model, mini.input_usd_per_mtok, mini.output_usd_per_mtok) == ("gpt-4o-mini", 0.15, 0.60)
    assert (big.model, big.input_usd_per_mtok, big.output_usd_per_mtok) == ("gpt-4o", 2.50, 10.00)
    assert {p.base_url for p in settings.providers} == {"http://127.0.0.1:9/v1"}
    assert "sk-x" not in repr(settings)  # keys are SecretStr: never printed


def test_nothing_configured_means_no_tier() -> None:
    assert not LlmSettings.from_env({}).configured


def test_full_configuration_from_json_or_a_file_with_scalar_overrides(tmp_path: Path) -> None:
    document = two_tiers(_Url(), daily_budget_usd=3)
    path = tmp_path / "llm.json"
    path.write_text(json.dumps(document))

    from_json = LlmSettings.from_env({"LLM_CONFIG": json.dumps(document), "OPENAI_API_KEY": "ignored"})
    from_file = LlmSettings.from_env({"LLM_CONFIG_FILE": str(path), "LLM_DAILY_BUDGET_USD": "7.5"})

    assert [p.name for p in from_json.providers] == ["mini", "big"]
    assert from_json.daily_budget_usd == 3
    assert from_file.daily_budget_usd == 7.5


class _Url:
    base_url = "http://127.0.0.1:9/v1"


@pytest.mark.parametrize(
    ("config", "message"),
    [
        ("{not json", "LLM_CONFIG is not valid JSON"),
        (json.dumps({"providers": [], "tiers": [{"name": "t", "providers": ["nope"]}]}), "unknown providers: nope"),
        (json.dumps({"providers": [{**provider("p", "http://x"), "api_keys": []}]}), "api_keys or secret_id"),
        (json.dumps({"sync_budget_seconds": 40}), "sync_budget_seconds"),
    ],
)
def test_a_broken_configuration_is_a_clear_error(config: str, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        LlmSettings.from_env({"LLM_CONFIG": config})


# ----- identity and the cache key ----------------------------------------------------------------


def test_the_chain_identity_changes_with_models_endpoints_rules_and_prompt(monkeypatch: pytest.MonkeyPatch) -> None:
    base = two_tiers(_Url())
    identity = chain_identity("svm-1", LlmSettings.model_validate(base))
    changed_model = json.loads(json.dumps(base))
    changed_model["providers"][1]["model"] = "gpt-4.1"
    changed_url = json.loads(json.dumps(base))
    changed_url["providers"][0]["base_url"] = "http://127.0.0.1:10/v1"
    changed_rule = {**base, "escalate": {"escalate_below": 0.6}}

    others = [
        chain_identity("svm-1", LlmSettings.model_validate(c)) for c in (changed_model, changed_url, changed_rule)
    ]
    assert identity.startswith("svm-1+llm-")
    assert len({identity, *others}) == 4
    assert chain_identity("svm-2", LlmSettings.model_validate(base)) != identity
    # Keys and prices change nothing the tiers answer.
    cheaper = {**base, "providers": [{**base["providers"][0], "api_keys": ["sk-other"], "input_usd_per_mtok": 0.1}]}
    cheaper["providers"].append(base["providers"][1])
    assert chain_identity("svm-1", LlmSettings.model_validate(cheaper)) == identity
    monkeypatch.setattr(build, "PROMPT_VERSION", "p-next")
    assert chain_identity("svm-1", LlmSettings.model_validate(base)) != identity


def test_a_changed_model_is_a_cache_miss_in_the_service(
    fake: FakeOpenAI, local: ScriptedLocal, make_chain: ChainFactory
) -> None:
    local.confidence = 0.3
    cache = MemoryResultCache()
    config = two_tiers(fake)

    def service(chain: Any) -> TaskService:
        return TaskService(
            classifier=lambda: chain,
            taxonomy=load_taxonomy(),
            tasks=MemoryTaskStore(),
            cache=cache,
            stats=MemoryStatsStore(),
            blobs=MemoryBlobStore(),
            queue=MemoryWorkQueue(),
            settings=ServiceSettings(),
        )

    first = service(make_chain(config))
    assert not first.classify_now(b"some document", "finance").cached
    assert first.classify_now(b"some document", "finance").cached
    config["providers"][0]["model"] = "gpt-4.1-mini"
    assert not service(make_chain(config)).classify_now(b"some document", "finance").cached


# ----- keys from Secrets Manager through Powertools -----------------------------------------------


def test_keys_are_read_through_powertools_with_a_ttl_and_re_read_when_forced(monkeypatch: pytest.MonkeyPatch) -> None:
    for name, value in {
        "AWS_ACCESS_KEY_ID": "t",
        "AWS_SECRET_ACCESS_KEY": "t",
        "AWS_DEFAULT_REGION": "us-east-1",
    }.items():
        monkeypatch.setenv(name, value)
    with mock_aws():
        sm = boto3.client("secretsmanager")
        arn = sm.create_secret(Name="llm-keys", SecretString=json.dumps({"provider": "openai", "keys": ["sk-1"]}))[
            "ARN"
        ]
        keys = SecretKeys(powertools_secret_reader(300, lambda: boto3.client("secretsmanager")), arn)
        assert keys.keys() == ("sk-1",)

        sm.put_secret_value(SecretId=arn, SecretString=json.dumps({"keys": ["sk-1", "sk-2"], "staged": ["sk-3"]}))
        assert keys.keys() == ("sk-1",)  # cached for max_age
        assert keys.keys(force=True) == ("sk-1", "sk-2")  # a 401 re-reads at once; staged keys stay out


# ----- wiring and cold start ---------------------------------------------------------------------


def test_the_wiring_builds_the_chain_from_the_environment(fake: FakeOpenAI, monkeypatch: pytest.MonkeyPatch) -> None:
    from doc_classifier.service import wiring  # noqa: PLC0415

    config = {
        "providers": [provider("p", fake.base_url)],
        "tiers": [{"name": "cheap", "providers": ["p"]}],
        "escalate": {"escalate_below": 1.0, "unknown_below": 1.0},  # every document escalates
        "daily_budget_usd": 2,
    }
    env = {"AWS_ACCESS_KEY_ID": "t", "AWS_SECRET_ACCESS_KEY": "t", "AWS_DEFAULT_REGION": "us-east-1"}
    for name, value in {**env, "LLM_CONFIG": json.dumps(config), "CACHE_TABLE_NAME": "cache"}.items():
        monkeypatch.setenv(name, value)
    monkeypatch.delenv("AWS_ENDPOINT_URL", raising=False)
    fake.answer("receipt", 0.88)
    document = b"Thank you. Total 16.50. Please keep this note for your records and call us again soon."
    wiring._configured_classifier.cache_clear()
    wiring.llm_tiers.cache_clear()
    wiring.shared_counters.cache_clear()
    try:
        with mock_aws():
            dynamodb = boto3.client("dynamodb")
            dynamodb.create_table(
                TableName="cache",
                KeySchema=[{"AttributeName": "cache_key", "KeyType": "HASH"}],
                AttributeDefinitions=[{"AttributeName": "cache_key", "AttributeType": "S"}],
                BillingMode="PAY_PER_REQUEST",
            )
            counting: Any = wiring._configured_classifier()
            result = counting.classify(document, "finance")
            chain = counting.counted

            assert chain.model_version.startswith(chain.local.model_version + "+llm-")
            assert (result.file_class, result.metadata["classifier"]) == ("receipt", "p/gpt-4o-mini")
            assert result.metadata["llm"]["chain"] == chain.model_version
            items = dynamodb.scan(TableName="cache")["Items"]
            spent = [item for item in items if item["cache_key"]["S"].startswith("spend#")]
            assert len(spent) == 1
            assert float(spent[0]["spent_usd"]["N"]) == pytest.approx(result.metadata["cost_usd"])
            local, text = chain.local.classify_with_text(document, "finance")
            assert local.file_class == chain.local.classify(document, "finance").file_class
            assert "keep this note" in text
    finally:
        wiring._configured_classifier.cache_clear()
        wiring.llm_tiers.cache_clear()
        wiring.shared_counters.cache_clear()


def test_importing_the_handlers_and_building_the_chain_does_not_import_openai(fake: FakeOpenAI) -> None:
    script = (
        "import sys\n"
        "import functions.api.handler, functions.worker.handler\n"
        "from doc_classifier.service import wiring\n"
        "wiring._configured_classifier()\n"
        "assert wiring.llm_tiers().runners, 'the chain should have tiers'\n"
        "assert 'openai' not in sys.modules, 'openai was imported'\n"
        "print('ok')\n"
    )
    env = {
        **os.environ,
        "PYTHONPATH": f"{ROOT / 'layers'}:{ROOT}",
        "OPENAI_API_KEY": "sk-cold",
        "OPENAI_BASE_URL": fake.base_url,
        "POWERTOOLS_SERVICE_NAME": "doc-classifier",
        "POWERTOOLS_METRICS_NAMESPACE": "Test",
        "POWERTOOLS_TRACE_DISABLED": "true",
        "AWS_DEFAULT_REGION": "us-east-1",
        "AWS_ACCESS_KEY_ID": "t",
        "AWS_SECRET_ACCESS_KEY": "t",
    }
    env.pop("LLM_CONFIG", None)
    done = subprocess.run(
        [sys.executable, "-c", script], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120, check=False
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "ok"
