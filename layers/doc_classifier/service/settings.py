"""Service configuration, read once from the environment; every limit has a sane default.

A dataclass, like the core's limits (``doc_classifier.config``): the worker and maintenance handlers
import it at cold start, and pydantic alone costs about as much as half of ``import boto3``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Self

from doc_classifier.config import read_env

# Limits that must be above zero, and those that may be zero (0 turns the buffering or caching off).
_POSITIVE = (
    "sync_max_bytes",
    "upload_max_bytes",
    "json_body_max_bytes",
    "json_body_max_depth",
    "upload_url_expires_seconds",
    "cache_ttl_seconds",
    "result_ttl_seconds",
    "stuck_task_deadline_minutes",
    "max_receive_count",
    "prior_processing_seconds",
    "worker_concurrency",
)
_NOT_NEGATIVE = ("counters_flush_seconds", "estimate_inputs_max_age_seconds", "queue_message_max_bytes")


@dataclass(frozen=True)
class ServiceSettings:
    """Env var names are the field names upper-cased (``SYNC_MAX_BYTES``, ``TASKS_TABLE_NAME`` ...)."""

    # Names match the environment the CDK stack sets (infra/stack.py) and the local runtime sets.
    tasks_table_name: str = "doc-classifier-tasks"
    cache_table_name: str = "doc-classifier-cache"  # also holds the service's counters item
    upload_bucket_name: str = "doc-classifier-uploads"
    high_queue_url: str = ""
    low_queue_url: str = ""
    dlq_url: str = ""

    # API Gateway carries 10 MB and a Lambda invocation 6 MB; base64 inflates by 4/3, so ~4 MB of file.
    sync_max_bytes: int = 4 * 1024 * 1024
    upload_max_bytes: int = 50 * 1024 * 1024
    # JSON request bodies (POST /uploads, feedback) are a few hundred bytes; these bound hostile ones.
    json_body_max_bytes: int = 64 * 1024
    json_body_max_depth: int = 32
    upload_url_expires_seconds: int = 900
    cache_ttl_seconds: int = 7 * 24 * 3600
    result_ttl_seconds: int = 30 * 24 * 3600
    # A task not finished this long after it was queued (or its upload URL expired) is failed by the sweeper.
    stuck_task_deadline_minutes: float = 30.0
    max_receive_count: int = 3  # must equal the queue's redrive policy
    # Used for estimated_time until the first document has been timed.
    prior_processing_seconds: float = 3.0
    worker_concurrency: int = 2  # the worker's reserved concurrency
    # A container writes its summed counters at most this often, at the end of an invocation (0: every
    # invocation); counts since the last write are lost if the container is never invoked again.
    counters_flush_seconds: float = 1.0
    # estimated_time reuses a queue depth and average this old (0: read them for every submit).
    estimate_inputs_max_age_seconds: float = 5.0
    # A queued document whose message (base64, ~4/3 of its size) fits in this many bytes travels in it instead of
    # through the bucket: one S3 put, get and delete fewer. SQS takes 256 KiB; 0 sends every document via S3.
    queue_message_max_bytes: int = 256 * 1024

    def __post_init__(self) -> None:
        for name in _POSITIVE:
            if not getattr(self, name) > 0:
                raise ValueError(f"{name.upper()} must be above 0, not {getattr(self, name)!r}")
        for name in _NOT_NEGATIVE:
            if getattr(self, name) < 0:
                raise ValueError(f"{name.upper()} must be 0 or more, not {getattr(self, name)!r}")

    @classmethod
    def from_env(cls) -> Self:
        return cls(**read_env(cls, ""))  # type: ignore[arg-type]
