"""boto3 clients with bounded timeouts, so a dead backend answers 503 instead of hanging a request."""

from __future__ import annotations

import os
from typing import Any

import boto3
from botocore.config import Config

CONNECT_TIMEOUT_SECONDS = float(os.environ.get("AWS_CONNECT_TIMEOUT_SECONDS", "2"))
READ_TIMEOUT_SECONDS = float(os.environ.get("AWS_READ_TIMEOUT_SECONDS", "10"))


def client(service: str) -> Any:
    options: dict[str, Any] = {
        "connect_timeout": CONNECT_TIMEOUT_SECONDS,
        "read_timeout": READ_TIMEOUT_SECONDS,
        "retries": {"max_attempts": 3, "mode": "standard"},
    }
    if service == "s3" and os.environ.get("AWS_ENDPOINT_URL"):
        # Emulators listen on an IP address, where virtual-hosted bucket names cannot resolve.
        options["s3"] = {"addressing_style": "path"}
    return boto3.session.Session().client(service, config=Config(**options))
