"""The four rotation steps against moto, read back with VersionStage="AWSCURRENT"."""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

import pytest
from key_issuers import NoKeyAvailableError, RandomKeyIssuer, StagedKeyIssuer, load_issuer
from keys_document import KeysDocument
from rotation_steps import (
    RotationStateError,
    check_rotation_state,
    create_secret,
    finish_secret,
    set_secret,
    test_secret,
)

from tests.unit.rotation.conftest import INITIAL, RotatingSecret, load_event, load_handler

STEPS = ("createSecret", "setSecret", "testSecret", "finishSecret")


class RecordingIssuer(StagedKeyIssuer):
    def __init__(self) -> None:
        self.activated: list[str] = []
        self.revoked: list[str] = []

    def activate(self, key: str) -> None:
        self.activated.append(key)

    def revoke(self, key: str, provider_ids: Mapping[str, str]) -> None:
        self.revoked.append(key)


def _rotate(secret: RotatingSecret, issuer: Any, window: int = 3) -> str:
    token = secret.begin_rotation()
    stages = check_rotation_state(secret.client, secret.arn, token)
    assert "AWSPENDING" in stages[token] and "AWSCURRENT" not in stages[token]
    create_secret(secret.client, secret.arn, token, issuer, window)
    set_secret(secret.client, secret.arn, token, issuer)
    test_secret(secret.client, secret.arn, token, issuer)
    finish_secret(secret.client, secret.arn, token, issuer, stages)
    return token


def test_full_rotation_promotes_a_staged_key_and_retires_the_oldest(secret: RotatingSecret) -> None:
    issuer = RecordingIssuer()
    _rotate(secret, issuer)
    current = secret.current()
    assert current["keys"] == ["sk-live-0002", "sk-live-0003", "sk-new-0004"]
    assert current["staged"] == ["sk-new-0005"]
    assert current["provider"] == "openai" and current["rotated_at"]
    assert issuer.activated == ["sk-new-0004"]
    assert issuer.revoked == ["sk-live-0001"]
    previous = secret.client.get_secret_value(SecretId=secret.arn, VersionStage="AWSPREVIOUS")
    assert json.loads(previous["SecretString"])["keys"] == INITIAL["keys"]


def test_two_rotations_in_a_row_keep_the_window(secret: RotatingSecret) -> None:
    issuer = StagedKeyIssuer()
    _rotate(secret, issuer)
    _rotate(secret, issuer)
    assert secret.current()["keys"] == ["sk-live-0003", "sk-new-0004", "sk-new-0005"]
    assert secret.current()["staged"] == []


def test_create_secret_is_idempotent_for_a_retried_token(secret: RotatingSecret) -> None:
    token = secret.begin_rotation()
    first = create_secret(secret.client, secret.arn, token, RandomKeyIssuer(), 3)
    again = create_secret(secret.client, secret.arn, token, RandomKeyIssuer(), 3)
    assert again.keys == first.keys  # the retry found its own pending version, no second key


def test_nothing_becomes_current_before_finish(secret: RotatingSecret) -> None:
    token = secret.begin_rotation()
    create_secret(secret.client, secret.arn, token, StagedKeyIssuer(), 3)
    test_secret(secret.client, secret.arn, token, StagedKeyIssuer())
    assert secret.current()["keys"] == INITIAL["keys"]


def test_without_a_staged_key_rotation_fails_and_current_is_untouched(secret: RotatingSecret) -> None:
    secret.client.put_secret_value(SecretId=secret.arn, SecretString=json.dumps({**INITIAL, "staged": []}))
    token = secret.begin_rotation()
    with pytest.raises(NoKeyAvailableError):
        create_secret(secret.client, secret.arn, token, StagedKeyIssuer(), 3)
    assert secret.current()["keys"] == INITIAL["keys"]


def test_test_secret_rejects_a_malformed_pending_key(secret: RotatingSecret) -> None:
    token = secret.begin_rotation()
    bad = KeysDocument.parse(json.dumps({**INITIAL, "keys": ["sk-live-0002", "bad key"]}))
    secret.client.put_secret_value(
        SecretId=secret.arn, ClientRequestToken=token, SecretString=bad.dump(), VersionStages=["AWSPENDING"]
    )
    with pytest.raises(ValueError, match="printable"):
        test_secret(secret.client, secret.arn, token, StagedKeyIssuer())


def test_state_check_rejects_unknown_tokens_and_disabled_rotation(secret: RotatingSecret) -> None:
    with pytest.raises(RotationStateError, match="not enabled"):
        check_rotation_state(secret.client, secret.arn, "00000000-0000-4000-8000-000000000000")
    secret.begin_rotation()
    with pytest.raises(RotationStateError, match="no stage"):
        check_rotation_state(secret.client, secret.arn, "00000000-0000-4000-8000-000000000000")


def test_handler_runs_the_four_sample_events(secret: RotatingSecret, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KEY_ISSUER", "random")
    monkeypatch.setenv("KEY_WINDOW", "4")
    handler = load_handler()
    token = secret.begin_rotation()
    for step in STEPS:
        handler.handler(load_event(step, secret.arn, token), _Context())
    keys = secret.current()["keys"]
    assert keys[:3] == INITIAL["keys"] and len(keys) == 4 and keys[3].startswith("dck_")
    # Secrets Manager may call again after success: a no-op, not an error.
    handler.handler(load_event("finishSecret", secret.arn, token), _Context())
    assert secret.current()["keys"] == keys


def test_issuer_plugins_load_by_name_or_path() -> None:
    assert isinstance(load_issuer("staged"), StagedKeyIssuer)
    assert isinstance(load_issuer("key_issuers:RandomKeyIssuer"), RandomKeyIssuer)
    with pytest.raises(ValueError, match="module:Class"):
        load_issuer("nonsense")


def test_document_keeps_unknown_fields_and_drops_the_bootstrap_placeholder() -> None:
    doc = KeysDocument.parse(json.dumps({"keys": [], "bootstrap": "x", "base_url": "https://llm"}))
    assert json.loads(doc.dump())["base_url"] == "https://llm"
    assert "bootstrap" not in json.loads(doc.dump())


class _Context:
    function_name = "rotation"
    memory_limit_in_mb = 256
    invoked_function_arn = "arn:aws:lambda:us-east-1:123456789012:function:rotation"
    aws_request_id = "req-1"
