"""Service configuration, read once from the environment; every limit has a sane default."""

from __future__ import annotations

import json
import os
from typing import Annotated, Any, Self

from pydantic import BaseModel, Field, field_validator, model_validator

Probability = Annotated[float, Field(ge=0, le=1)]


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

    # Human review (service/review.py): a result below this confidence enters the review queue, as do
    # `unknown` answers and failed escalations. REVIEW_THRESHOLDS='{"legal": 0.8}' sets it per industry.
    review_threshold: Probability = 0.5
    review_thresholds: dict[str, Probability] = Field(default_factory=dict)
    # A review item's document is kept this long at most (the bucket's lifecycle rule on review/ says
    # the same, CDK context review_retention_days); after it the preview answers 410.
    review_retention_days: int = Field(default=14, gt=0)
    # The page preview a reviewer sees (GET /classification_result/{task_id}/preview): bounded PNG.
    preview_max_width: int = Field(default=800, ge=64, le=4000)
    preview_max_height: int = Field(default=1100, ge=64, le=4000)
    preview_max_bytes: int = Field(default=400_000, ge=10_000)
    preview_timeout_seconds: float = Field(default=10.0, gt=0, le=25)  # under API Gateway's 29 s

    @field_validator("review_thresholds", mode="before")
    @classmethod
    def _json_object(cls, value: Any) -> Any:
        # From the environment the overrides arrive as JSON text.
        return json.loads(value) if isinstance(value, str) else value

    @model_validator(mode="after")
    def _results_outlive_reviews(self) -> Self:
        if self.review_retention_days * 86400 > self.result_ttl_seconds:
            raise ValueError("REVIEW_RETENTION_DAYS must not outlast RESULT_TTL_SECONDS: a review needs its task")
        return self

    @classmethod
    def from_env(cls) -> Self:
        values = {name: os.environ[name.upper()] for name in cls.model_fields if name.upper() in os.environ}
        return cls.model_validate(values)
