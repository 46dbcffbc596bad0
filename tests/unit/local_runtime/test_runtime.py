"""``make run``'s options, banner and credentials for an external emulator."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from infra.local_runtime.__main__ import parse_args
from infra.local_runtime.runtime import (
    LocalRuntime,
    RuntimeOptions,
    StartupError,
    llm_summary,
    use_dummy_credentials_if_none,
)

KEY = "s3cr3t-k3y-v4lu3-0000000000"


def test_banner_shows_a_placeholder_never_the_key(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("AWS_ENDPOINT_URL", "http://127.0.0.1:4566")
    banner = LocalRuntime(RuntimeOptions(api_keys={KEY: None})).banner()
    assert KEY not in banner and '-H "x-api-key: $API_KEY"' in banner
    assert "x-api-key" not in LocalRuntime(RuntimeOptions()).banner()


def test_throttle_and_request_timeout_options(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("LOCAL_REQUEST_TIMEOUT", raising=False)
    monkeypatch.delenv("LOCAL_NO_THROTTLE", raising=False)
    defaults = parse_args([])
    assert defaults.throttle is True and defaults.request_timeout == 30.0
    assert parse_args(["--no-throttle", "--request-timeout", "2.5"]) == RuntimeOptions(
        throttle=False, request_timeout=2.5
    )
    monkeypatch.setenv("LOCAL_REQUEST_TIMEOUT", "7")
    assert parse_args([]).request_timeout == 7.0


def test_the_emulators_request_threads(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("LOCAL_AWS_THREADS", raising=False)
    assert parse_args([]).aws_threads == 16
    assert parse_args(["--aws-threads", "4"]).aws_threads == 4
    monkeypatch.setenv("LOCAL_AWS_THREADS", "8")
    assert parse_args([]).aws_threads == 8


@pytest.fixture
def no_credentials(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    for name in ("AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_SESSION_TOKEN", "AWS_PROFILE"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("AWS_SHARED_CREDENTIALS_FILE", str(tmp_path / "none"))
    monkeypatch.setenv("AWS_CONFIG_FILE", str(tmp_path / "none"))
    monkeypatch.setenv("AWS_EC2_METADATA_DISABLED", "true")


@pytest.mark.usefixtures("no_credentials")
def test_an_external_endpoint_without_credentials_gets_dummy_ones() -> None:
    assert use_dummy_credentials_if_none() is True
    assert os.environ["AWS_ACCESS_KEY_ID"] == os.environ["AWS_SECRET_ACCESS_KEY"] == "testing"


@pytest.mark.usefixtures("no_credentials")
def test_configured_credentials_are_left_alone(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    profile = tmp_path / "credentials"
    profile.write_text("[default]\naws_access_key_id = AKIAUSERS\naws_secret_access_key = users-own\n")
    monkeypatch.setenv("AWS_SHARED_CREDENTIALS_FILE", str(profile))
    assert use_dummy_credentials_if_none() is False
    assert "AWS_ACCESS_KEY_ID" not in os.environ


@pytest.fixture
def no_llm(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("LLM_CONFIG", "LLM_CONFIG_FILE", "OPENAI_API_KEY", "OPENAI_BASE_URL"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("AWS_ENDPOINT_URL", "http://127.0.0.1:4566")


@pytest.mark.usefixtures("no_llm")
def test_banner_says_whether_escalation_is_on_and_never_shows_a_provider_key(monkeypatch: pytest.MonkeyPatch) -> None:
    assert "LLM        local model only" in LocalRuntime(RuntimeOptions()).banner()
    monkeypatch.setenv("OPENAI_API_KEY", KEY)  # what the handlers pick up from the same environment
    banner = LocalRuntime(RuntimeOptions()).banner()
    assert "LLM        cheap: openai-mini/gpt-4o-mini, strong: openai/gpt-4o" in banner
    assert KEY not in banner


@pytest.mark.usefixtures("no_llm")
def test_the_deployment_secret_and_a_broken_configuration() -> None:
    provider = {"name": "local", "model": "llama3.1", "input_usd_per_mtok": 0, "output_usd_per_mtok": 0}
    tiers = [{"name": "t", "providers": ["local"]}]
    config: dict[str, object] = {"providers": [{**provider, "secret_id": "$LLM_KEYS_SECRET"}], "tiers": tiers}
    environ = {"LLM_CONFIG": json.dumps(config), "LLM_KEYS_SECRET_ARN": "arn:aws:secretsmanager:::secret:local"}
    assert llm_summary(environ).startswith("t: local/llama3.1")
    with pytest.raises(StartupError, match=r"\$LLM_KEYS_SECRET needs LLM_KEYS_SECRET_ARN"):
        llm_summary({"LLM_CONFIG": json.dumps(config)})
    config["providers"] = [{**provider, "api_keys": KEY}]  # a string where a list belongs: pydantic quotes inputs
    with pytest.raises(StartupError) as refused:
        llm_summary({"LLM_CONFIG": json.dumps(config)})
    assert "api_keys: Input should be a valid tuple" in str(refused.value)
    assert KEY[4:-4] not in str(refused.value)


def test_api_keys_go_to_the_default_tier_or_the_one_named(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LOCAL_API_KEYS", "env-key")
    options = parse_args(["--api-key", "cli-key", "--tier-key", "bulk", "bulk-key"])
    assert options.api_keys == {"cli-key": None, "env-key": None, "bulk-key": "bulk"}
