"""Service configuration, read once from the environment; every limit has a sane default."""

from __future__ import annotations

import os
from typing import Self

from pydantic import BaseModel, Field


class ServiceSettings(BaseModel):
    """Env var names are the field names upper-cased (``SYNC_MAX_BYTES``, ``TASKS_TABLE_NAME`` ...)."""

    # Names match the environment the CDK stack sets (infra/stack.py) and the local runtime sets.
    tasks_table_name: str = "doc-classifier-tasks"
    cache_table_name: str = "doc-classifier-cache"  # also holds the service's counters item
    upload_bucket_name: str = "doc-classifier-uploads"
    high_queue_url: str = ""
    low_queue_url: str = ""
    dlq_url: str = ""

    # API Gateway carries 10 MB and a Lambda invocation 6 MB; base64 inflates by 4/3, so ~4 MB of file.
    sync_max_bytes: int = Field(default=4 * 1024 * 1024, gt=0)
    upload_max_bytes: int = Field(default=50 * 1024 * 1024, gt=0)
    # A packet split on the sync route (split auto/per_page): more pages than this is refused (too_many_pages),
    # counted from the page tree before anything is read; its pages are read for at most the seconds below,
    # under API Gateway's 29 s (pages left are reported as not read). The worker reads up to
    # DOC_MAX_PACKET_PAGES within its own time left.
    sync_max_packet_pages: int = Field(default=10, gt=0)
    sync_packet_timeout_seconds: float = Field(default=20.0, gt=0)
    # JSON request bodies (POST /uploads, feedback) are a few hundred bytes; these bound hostile ones.
    json_body_max_bytes: int = Field(default=64 * 1024, gt=0)
    json_body_max_depth: int = Field(default=32, gt=0)
    upload_url_expires_seconds: int = Field(default=900, gt=0)
    cache_ttl_seconds: int = Field(default=7 * 24 * 3600, gt=0)
    result_ttl_seconds: int = Field(default=30 * 24 * 3600, gt=0)
    # A task not finished this long after it was queued (or its upload URL expired) is failed by the sweeper.
    stuck_task_deadline_minutes: float = Field(default=30, gt=0)
    max_receive_count: int = Field(default=3, gt=0)  # must equal the queue's redrive policy
    # Used for estimated_time until the first document has been timed.
    prior_processing_seconds: float = Field(default=3.0, gt=0)
    worker_concurrency: int = Field(default=2, gt=0)  # the worker's reserved concurrency
    # A container writes its summed counters at most this often, at the end of an invocation (0: every
    # invocation); counts since the last write are lost if the container is never invoked again.
    counters_flush_seconds: float = Field(default=1.0, ge=0)
    # estimated_time reuses a queue depth and average this old (0: read them for every submit).
    estimate_inputs_max_age_seconds: float = Field(default=5.0, ge=0)

    @classmethod
    def from_env(cls) -> Self:
        values = {name: os.environ[name.upper()] for name in cls.model_fields if name.upper() in os.environ}
        return cls.model_validate(values)
