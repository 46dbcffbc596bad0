"""The part of a worker that runs before it crashes: one record of a received batch, never acknowledged."""

from __future__ import annotations

import os
from typing import Any

from doc_classifier.service import wiring

from infra.local_runtime.bootstrap import ResourceNames, ensure_resources


def complete_one_record(aws_endpoint: str, prefix: str, message: dict[str, Any]) -> None:
    saved = dict(os.environ)
    os.environ.update(
        AWS_ENDPOINT_URL=aws_endpoint,
        AWS_ACCESS_KEY_ID="testing",
        AWS_SECRET_ACCESS_KEY="testing",
        AWS_DEFAULT_REGION="us-east-1",
    )
    os.environ.update(ensure_resources(ResourceNames(prefix, visibility_timeout_seconds=3)))
    wiring.aws_task_service.cache_clear()
    try:
        receive_count = int(message["Attributes"]["ApproximateReceiveCount"])
        wiring.aws_task_service().process_message(message["Body"], receive_count)
    finally:
        wiring.aws_task_service.cache_clear()
        os.environ.clear()
        os.environ.update(saved)
