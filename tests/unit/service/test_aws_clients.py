"""The boto3 clients of a process come from one session, built once for its AWS environment and under a lock."""

from __future__ import annotations

import threading
import time
from typing import Any

import boto3
import pytest
from doc_classifier.service.aws import clients


@pytest.fixture
def sessions(monkeypatch: pytest.MonkeyPatch) -> list[boto3.session.Session]:
    """Every session ``client`` builds from now on, in order; the environment is a fresh emulator's."""
    built: list[boto3.session.Session] = []

    class Recorded(boto3.session.Session):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            built.append(self)

    monkeypatch.setattr(boto3.session, "Session", Recorded)
    monkeypatch.setattr(clients, "_shared", None)  # as in a new process
    for name, value in {
        "AWS_DEFAULT_REGION": "us-east-1",
        "AWS_ACCESS_KEY_ID": "first",
        "AWS_SECRET_ACCESS_KEY": "testing",
        "AWS_ENDPOINT_URL": "http://127.0.0.1:1",
    }.items():
        monkeypatch.setenv(name, value)
    monkeypatch.delenv("AWS_SESSION_TOKEN", raising=False)
    monkeypatch.delenv("AWS_PROFILE", raising=False)
    return built


def test_a_process_builds_one_session_for_all_its_clients(sessions: list[boto3.session.Session]) -> None:
    made = [clients.client(service) for service in ("dynamodb", "s3", "sqs", "dynamodb")]
    assert len(sessions) == 1
    assert len({id(c) for c in made}) == 4  # a client each call: the caller decides what to keep


def test_a_changed_aws_environment_gets_a_session_that_honours_it(
    sessions: list[boto3.session.Session], monkeypatch: pytest.MonkeyPatch
) -> None:
    first = clients.client("sqs")
    # Credentials are resolved once per session: a process that switches to an emulator (the local runtime)
    # or to another test's account must not sign with the old ones.
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", "second")
    monkeypatch.setenv("AWS_ENDPOINT_URL", "http://127.0.0.1:2")
    second = clients.client("sqs")
    assert len(sessions) == 2
    assert [c._request_signer._credentials.access_key for c in (first, second)] == ["first", "second"]
    assert [c.meta.endpoint_url for c in (first, second)] == ["http://127.0.0.1:1", "http://127.0.0.1:2"]


def test_clients_are_created_one_at_a_time(
    sessions: list[boto3.session.Session], monkeypatch: pytest.MonkeyPatch
) -> None:
    # A session's create_client is not thread-safe: the API's threads (and the local runtime's) must take turns.
    inside, most = 0, 0
    count = threading.Lock()
    create = boto3.session.Session.client

    def watched(self: boto3.session.Session, *args: Any, **kwargs: Any) -> Any:
        nonlocal inside, most
        with count:
            inside += 1
            most = max(most, inside)
        time.sleep(0.01)  # long enough for another thread to arrive if nothing holds it back
        try:
            return create(self, *args, **kwargs)
        finally:
            with count:
                inside -= 1

    monkeypatch.setattr(boto3.session.Session, "client", watched)
    threads = [threading.Thread(target=clients.client, args=("sqs",)) for _ in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert (most, len(sessions)) == (1, 1)
