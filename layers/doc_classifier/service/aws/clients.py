"""boto3 clients with bounded timeouts, so a dead backend answers 503 instead of hanging a request."""

from __future__ import annotations

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
    return boto3.session.Session().client(service, config=Config(**options))
