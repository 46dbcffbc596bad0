"""KEY_ISSUER=openai: the four steps through the handler, against moto and the fake OpenAI admin API over a socket."""

from __future__ import annotations

import io
import json
import logging
from collections.abc import Iterator
from contextlib import redirect_stderr, redirect_stdout
from typing import Any

import openai_admin
import pytest
from key_issuers import OpenAIKeyIssuer, load_issuer
from keys_document import KeysDocument, fingerprint
from openai_admin import KeyRejectedError, OpenAIAdmin, OpenAIAdminError
from rotation_steps import create_secret

from tests.support.fake_openai import FakeOpenAI
from tests.unit.rotation.conftest import RotatingSecret, load_event, load_handler

ADMIN_KEY = "sk-admin-0123456789abcdef"
FIRST_KEY = "sk-operator-0001"  # put by the operator, not minted: nothing to revoke through the API


class _Context:
    function_name = "rotation"
    memory_limit_in_mb = 256
    invoked_function_arn = "arn:aws:lambda:us-east-1:123456789012:function:rotation"
    aws_request_id = "req-1"


class CapturedLogs(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.lines: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.lines.append(record.getMessage() + " " + json.dumps(record.__dict__, default=str))


@pytest.fixture
def fake() -> Iterator[FakeOpenAI]:
    server = FakeOpenAI().start()
    server.state.admin_key = ADMIN_KEY
    server.accept_only(FIRST_KEY)
    yield server
    server.stop()


@pytest.fixture
def openai_env(secret: RotatingSecret, fake: FakeOpenAI, monkeypatch: pytest.MonkeyPatch) -> RotatingSecret:
    admin_secret = secret.client.create_secret(Name="openai-admin-key", SecretString=ADMIN_KEY)["ARN"]
    secret.client.put_secret_value(
        SecretId=secret.arn, SecretString=json.dumps({"provider": "openai", "keys": [FIRST_KEY], "staged": []})
    )
    for name, value in {
        "KEY_ISSUER": "openai",
        "KEY_WINDOW": "2",
        "OPENAI_PROJECT_ID": fake.state.admin_project,
        "OPENAI_ADMIN_KEY_SECRET_ID": admin_secret,
        "OPENAI_ADMIN_BASE_URL": fake.base_url,
        "OPENAI_ADMIN_TIMEOUT_SECONDS": "5",
    }.items():
        monkeypatch.setenv(name, value)
    monkeypatch.delenv("OPENAI_ADMIN_KEY", raising=False)
    return secret


@pytest.fixture
def logs() -> Iterator[CapturedLogs]:
    captured = CapturedLogs()
    target = logging.getLogger("doc-classifier")  # the handler's logger; the issuer's is its child
    target.addHandler(captured)
    yield captured
    target.removeHandler(captured)


def _pending(secret: RotatingSecret, token: str) -> dict[str, Any]:
    raw = secret.client.get_secret_value(SecretId=secret.arn, VersionId=token, VersionStage="AWSPENDING")
    document: dict[str, Any] = json.loads(raw["SecretString"])
    return document


def _rotate(handler: Any, secret: RotatingSecret) -> None:
    token = secret.begin_rotation()
    for step in ("createSecret", "setSecret", "testSecret", "finishSecret"):
        handler.handler(load_event(step, secret.arn, token), _Context())


def test_rotation_mints_once_verifies_and_revokes_exactly_the_key_that_left(
    openai_env: RotatingSecret, fake: FakeOpenAI, logs: CapturedLogs
) -> None:
    secret, handler = openai_env, load_handler()
    out, err = io.StringIO(), io.StringIO()
    with redirect_stdout(out), redirect_stderr(err):
        token = secret.begin_rotation()
        handler.handler(load_event("createSecret", secret.arn, token), _Context())
        (first,) = fake.state.admin_keys.values()
        for step in ("createSecret", "setSecret", "setSecret", "testSecret", "testSecret", "finishSecret"):
            handler.handler(load_event(step, secret.arn, token), _Context())  # Secrets Manager retries steps
        assert list(fake.state.admin_keys.values()) == [first]  # minted once: no other key, none re-minted
        current = secret.current()
        assert current["keys"] == [FIRST_KEY, first.value]
        ids = {"service_account_id": first.service_account_id, "api_key_id": first.id}
        assert list(current["key_ids"].values()) == [ids]  # the operator's key has no ids
        assert first.service_account_name.startswith(OpenAIKeyIssuer.NAME_PREFIX)
        assert first.value in fake.state.model_listings  # testSecret made a real authenticated call

        _rotate(handler, secret)  # retires the operator's key: no id to revoke it by, a warning instead
        second = next(k for k in fake.state.admin_keys.values() if k is not first)
        assert secret.current()["keys"] == [first.value, second.value]
        assert set(fake.state.admin_keys) == {first.id, second.id}

        _rotate(handler, secret)  # retires the first minted key: its service account is deleted
        third = next(k for k in fake.state.admin_keys.values() if k not in (first, second))
        assert secret.current()["keys"] == [second.value, third.value]
        assert set(fake.state.admin_keys) == {second.id, third.id}
        assert fake.state.valid_keys == {FIRST_KEY, second.value, third.value}  # the fake refuses `first` now
        assert len(secret.current()["key_ids"]) == 2  # the ledger follows the window

    printed = out.getvalue() + err.getvalue()
    logged = [*logs.lines, *printed.splitlines()]
    assert any("minted a project key" in line for line in logged)  # the capture does see the issuer
    assert any("revoked the retired key" in line for line in logged)
    assert any("was not minted by this rotation" in line for line in logged)
    for line in logged:
        assert not any(value in line for value in (first.value, second.value, third.value, FIRST_KEY, ADMIN_KEY))


def test_test_secret_fails_for_a_key_the_provider_rejects(openai_env: RotatingSecret, fake: FakeOpenAI) -> None:
    secret, handler = openai_env, load_handler()
    token = secret.begin_rotation()
    handler.handler(load_event("createSecret", secret.arn, token), _Context())
    handler.handler(load_event("setSecret", secret.arn, token), _Context())
    new_key = _pending(secret, token)["keys"][-1]
    fake.accept_only(FIRST_KEY)  # the provider no longer accepts the new key
    with pytest.raises(KeyRejectedError, match="HTTP 401") as raised:
        handler.handler(load_event("testSecret", secret.arn, token), _Context())
    assert str(raised.value) == "key check: HTTP 401 (invalid_api_key)"  # not the message that quotes the key
    assert new_key in fake.state.model_listings
    assert secret.current()["keys"] == [FIRST_KEY]


def test_a_create_whose_write_was_lost_deletes_its_key_on_retry(openai_env: RotatingSecret, fake: FakeOpenAI) -> None:
    secret = openai_env
    token = secret.begin_rotation()

    class LosingClient:
        """The secret write fails once after the key was minted (a timeout, a throttle)."""

        def __init__(self, client: Any) -> None:
            self._client, self.failed = client, False

        def __getattr__(self, name: str) -> Any:
            return getattr(self._client, name)

        def put_secret_value(self, **kwargs: Any) -> Any:
            if not self.failed:
                self.failed = True
                raise ConnectionError("write lost")
            return self._client.put_secret_value(**kwargs)

    client = LosingClient(secret.client)
    with pytest.raises(ConnectionError):
        create_secret(client, secret.arn, token, OpenAIKeyIssuer(), 2)
    (lost,) = fake.state.admin_keys.values()
    document = create_secret(client, secret.arn, token, OpenAIKeyIssuer(), 2)
    (kept,) = fake.state.admin_keys.values()  # the lost attempt's account is gone, one key is live
    assert kept.id != lost.id and document.keys[-1] == kept.value
    assert lost.value not in (fake.state.valid_keys or set())
    assert _pending(secret, token)["keys"] == [FIRST_KEY, kept.value]


def test_revoking_twice_is_quiet_and_admin_errors_name_status_and_code_only(
    openai_env: RotatingSecret, fake: FakeOpenAI
) -> None:
    issuer = OpenAIKeyIssuer()
    minted = issuer.admin.create_service_account("doc-classifier-rotation-x")
    ids = {"service_account_id": minted.service_account_id, "api_key_id": minted.api_key_id}
    issuer.revoke(minted.value, ids)
    issuer.revoke(minted.value, ids)  # a retried finishSecret: the account is gone already
    assert fake.state.admin_keys == {}

    wrong = OpenAIAdmin(fake.base_url, fake.state.admin_project, "sk-not-an-admin-key")
    with pytest.raises(OpenAIAdminError, match=r"HTTP 401 \(invalid_api_key\)") as raised:
        wrong.create_service_account("x")
    assert "sk-not-an-admin-key" not in str(raised.value)
    elsewhere = OpenAIAdmin(fake.base_url, "proj_other", ADMIN_KEY)
    with pytest.raises(OpenAIAdminError, match="HTTP 404"):
        list(elsewhere.service_accounts())
    closed = OpenAIAdmin("http://127.0.0.1:9/v1", fake.state.admin_project, ADMIN_KEY, timeout_seconds=1)
    with pytest.raises(OpenAIAdminError, match="HTTP 0"):
        closed.check_key(FIRST_KEY)


def test_a_lost_attempt_is_found_past_the_first_page_of_service_accounts(
    openai_env: RotatingSecret, fake: FakeOpenAI, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(openai_admin, "_PAGE_SIZE", 2)
    issuer = OpenAIKeyIssuer()
    for n in range(3):
        issuer.admin.create_service_account(f"someone-else-{n}")
    lost = issuer.admin.create_service_account(OpenAIKeyIssuer.NAME_PREFIX + "token-1")  # on the third page
    issued = issuer.issue(KeysDocument(keys=(FIRST_KEY,)), "token-1")
    assert lost.service_account_id not in {k.service_account_id for k in fake.state.admin_keys.values()}
    assert issued.provider_ids["service_account_id"] in {k.service_account_id for k in fake.state.admin_keys.values()}
    assert len(fake.state.admin_keys) == 4


def test_a_failed_revocation_raises_and_logs_the_ids_an_operator_needs(
    openai_env: RotatingSecret, fake: FakeOpenAI, logs: CapturedLogs
) -> None:
    load_handler()  # its Logger is the issuer's parent, as in Lambda
    minted = OpenAIKeyIssuer().admin.create_service_account("doc-classifier-rotation-y")
    ids = {"service_account_id": minted.service_account_id, "api_key_id": minted.api_key_id}
    fake.state.admin_key = "sk-admin-rotated-away"  # the admin key no longer works
    with pytest.raises(OpenAIAdminError, match="HTTP 401"):
        OpenAIKeyIssuer(OpenAIAdmin(fake.base_url, fake.state.admin_project, ADMIN_KEY)).revoke(minted.value, ids)
    (line,) = [line for line in logs.lines if "could not revoke" in line]
    assert minted.service_account_id in line and minted.value not in line


def test_openai_issuer_needs_a_project_and_an_admin_key(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("OPENAI_PROJECT_ID", "OPENAI_ADMIN_KEY", "OPENAI_ADMIN_KEY_SECRET_ID", "OPENAI_ADMIN_BASE_URL"):
        monkeypatch.delenv(name, raising=False)
    with pytest.raises(ValueError, match="OPENAI_PROJECT_ID"):
        load_issuer("openai")
    monkeypatch.setenv("OPENAI_PROJECT_ID", "proj_1")
    with pytest.raises(ValueError, match="OPENAI_ADMIN_KEY"):
        load_issuer("openai")
    monkeypatch.setenv("OPENAI_ADMIN_KEY", ADMIN_KEY)
    issuer = load_issuer("openai")
    assert isinstance(issuer, OpenAIKeyIssuer)
    assert issuer.admin.base_url == "https://api.openai.com/v1" and ADMIN_KEY not in repr(issuer.admin)


def test_the_ledger_of_provider_ids_follows_the_window() -> None:
    doc = KeysDocument(keys=("k-1",))
    doc = doc.rotated("k-2", (), 2, {"service_account_id": "svc_2"})
    doc = doc.rotated("k-3", (), 2, {"service_account_id": "svc_3"})
    assert doc.keys == ("k-2", "k-3")
    assert doc.key_ids == {
        fingerprint("k-2"): {"service_account_id": "svc_2"},
        fingerprint("k-3"): {"service_account_id": "svc_3"},
    }
    again = KeysDocument.parse(doc.dump())
    assert again.ids_of("k-3") == {"service_account_id": "svc_3"} and again.ids_of("k-1") == {}
    assert "k-3" not in json.dumps(again.key_ids)
