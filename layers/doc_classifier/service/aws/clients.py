"""boto3 clients with bounded timeouts, so a dead backend answers 503 instead of hanging a request."""

from __future__ import annotations

import os
import threading
from dataclasses import dataclass
from typing import Any

import boto3
from botocore.config import Config

from doc_classifier.config import EnvSettings, setting


@dataclass(frozen=True)
class AwsClientSettings(EnvSettings, prefix="AWS_"):
    """Env: ``AWS_CONNECT_TIMEOUT_SECONDS``, ``AWS_READ_TIMEOUT_SECONDS``; ``AWS_ENDPOINT_URL`` is boto3's own."""

    connect_timeout_seconds: float = setting(2.0, gt=0)
    read_timeout_seconds: float = setting(10.0, gt=0)
    endpoint_url: str = ""  # an emulator (make run, moto server); boto3 sends every call there


# One session per process: a new session loads botocore's endpoint and service data again (of a cold start's
# four clients, about half the CPU), while clients of one session share them. botocore reads the region and
# endpoint from the environment at each client, but resolves credentials and config files once per session,
# so the session is renewed when the environment it came from (AWS_*) changes: never in a Lambda environment;
# in a process that switches to an emulator (the local runtime) or between tests' accounts.
_lock = threading.Lock()  # a session's create_client is not thread-safe (the clients themselves are)
_shared: tuple[tuple[tuple[str, str], ...], boto3.session.Session] | None = None


def _session() -> boto3.session.Session:
    """This process's session for the current AWS_* environment (call with ``_lock`` held)."""
    global _shared  # noqa: PLW0603 - the process's one session, as boto3's own default session
    environment = tuple(sorted((k, v) for k, v in os.environ.items() if k.startswith("AWS_")))
    if _shared is None or _shared[0] != environment:
        _shared = (environment, boto3.session.Session())
    return _shared[1]


def client(service: str) -> Any:
    settings = AwsClientSettings.from_env()  # read per client, of which a process builds a handful
    options: dict[str, Any] = {
        "connect_timeout": settings.connect_timeout_seconds,
        "read_timeout": settings.read_timeout_seconds,
        "retries": {"max_attempts": 3, "mode": "standard"},
    }
    if service == "s3" and settings.endpoint_url:
        # Emulators listen on an IP address, where virtual-hosted bucket names cannot resolve.
        options["s3"] = {"addressing_style": "path"}
    with _lock:
        return _session().client(service, config=Config(**options))
