"""Service configuration, read once from the environment; every limit has a sane default.

A dataclass, like the core's limits (``doc_classifier.config``): the worker and maintenance handlers
import it at cold start, and pydantic alone costs about as much as half of ``import boto3``.
"""

from __future__ import annotations

from dataclasses import dataclass

from doc_classifier.config import EnvSettings, setting
from doc_classifier.service.cache_entries import DEFAULT_MAX_ENTRY_BYTES
from doc_classifier.service.item_sizes import DYNAMODB_ITEM_MAX_BYTES
from doc_classifier.service.task_results import DEFAULT_MAX_RESULT_BYTES, MAX_RESULT_BYTES_CEILING


@dataclass(frozen=True)
class ServiceSettings(EnvSettings):
    """Env var names are the field names upper-cased (``SYNC_MAX_BYTES``, ``TASKS_TABLE_NAME`` ...)."""

    # Names match the environment the CDK stack sets (infra/stack.py) and the local runtime sets.
    tasks_table_name: str = "doc-classifier-tasks"
    cache_table_name: str = "doc-classifier-cache"  # also holds the service's counters item
    upload_bucket_name: str = "doc-classifier-uploads"
    high_queue_url: str = ""
    low_queue_url: str = ""
    dlq_url: str = ""

    # API Gateway carries 10 MB and a Lambda invocation 6 MB; base64 inflates by 4/3, so ~4 MB of file.
    sync_max_bytes: int = setting(4 * 1024 * 1024, gt=0)
    upload_max_bytes: int = setting(50 * 1024 * 1024, gt=0)
    # A packet split on the sync route (split auto/per_page): more pages than this is refused (too_many_pages),
    # counted from the page tree before anything is read; its pages are read for at most the seconds below,
    # under API Gateway's 29 s (pages left are reported as not read). The worker reads up to
    # DOC_MAX_PACKET_PAGES within its own time left.
    sync_max_packet_pages: int = setting(10, gt=0)
    sync_packet_timeout_seconds: float = setting(20.0, gt=0)
    # A packet the worker has not read to DOC_MAX_PACKET_PAGES when its invocation's time runs out is read on by
    # another invocation, at most this many times; the last one completes the task with the pages it did not
    # read in pages_not_read (0: one invocation reads what it can, as the sync route does).
    packet_max_continuations: int = setting(10, ge=0)
    # JSON request bodies (POST /uploads, feedback) are a few hundred bytes; these bound hostile ones.
    json_body_max_bytes: int = setting(64 * 1024, gt=0)
    json_body_max_depth: int = setting(32, gt=0)
    upload_url_expires_seconds: int = setting(900, gt=0)
    cache_ttl_seconds: int = setting(7 * 24 * 3600, gt=0)
    # The worker reads and writes a batch's cache entries in one BatchGetItem and one BatchWriteItem; what
    # DynamoDB leaves unprocessed is asked again this many times, after this backoff, doubling (then dropped).
    cache_batch_retries: int = setting(3, ge=0)
    cache_batch_backoff_seconds: float = setting(0.05, ge=0)
    # A result whose cache item (key, result JSON, expiry, as DynamoDB counts them) is larger is not cached,
    # only counted (cache.write_failures): DynamoDB refuses an item over 400 KB, and one in a BatchWriteItem
    # would refuse the whole batch.
    cache_max_entry_bytes: int = setting(DEFAULT_MAX_ENTRY_BYTES, gt=0, le=DYNAMODB_ITEM_MAX_BYTES)
    # A result whose task attribute (as DynamoDB counts it) is larger fails its task (result_too_large) instead of
    # being stored: at most DynamoDB's 400 KB less a reserve for the rest of the task's item (task_results).
    task_result_max_bytes: int = setting(DEFAULT_MAX_RESULT_BYTES, gt=0, le=MAX_RESULT_BYTES_CEILING)
    result_ttl_seconds: int = setting(30 * 24 * 3600, gt=0)
    # A task not finished this long after it was queued (or its upload URL expired) is failed by the sweeper.
    stuck_task_deadline_minutes: float = setting(30.0, gt=0)
    max_receive_count: int = setting(3, gt=0)  # must equal the queue's redrive policy
    # Used for estimated_time until the first document has been timed.
    prior_processing_seconds: float = setting(3.0, gt=0)
    worker_concurrency: int = setting(2, gt=0)  # the worker's reserved concurrency
    # A container writes its summed counters at most this often, at the end of an invocation (0: every
    # invocation); counts since the last write are lost if the container is never invoked again.
    counters_flush_seconds: float = setting(1.0, ge=0)
    # estimated_time reuses a queue depth and average this old (0: read them for every submit).
    estimate_inputs_max_age_seconds: float = setting(5.0, ge=0)
    # A queued document whose message (base64, ~4/3 of its size) fits in this many bytes travels in it instead of
    # through the bucket: one S3 put, get and delete fewer. SQS takes 256 KiB; 0 sends every document via S3.
    queue_message_max_bytes: int = setting(256 * 1024, ge=0)

    # Human review (service/review.py): a result below this confidence enters the review queue, as do
    # `unknown` answers and failed escalations. REVIEW_THRESHOLDS='{"legal": 0.8}' sets it per industry.
    review_threshold: float = setting(0.5, ge=0, le=1)
    review_thresholds: dict[str, float] = setting(default_factory=dict, ge=0, le=1)
    # A review item's document is kept this long at most (the bucket's lifecycle rule on review/ says
    # the same, CDK context review_retention_days); after it the preview answers 410.
    review_retention_days: int = setting(14, gt=0)
    # The page preview a reviewer sees (GET /classification_result/{task_id}/preview): bounded PNG.
    preview_max_width: int = setting(800, ge=64, le=4000)
    preview_max_height: int = setting(1100, ge=64, le=4000)
    preview_max_bytes: int = setting(400_000, ge=10_000)
    preview_timeout_seconds: float = setting(10.0, gt=0, le=25)  # under API Gateway's 29 s

    def __post_init__(self) -> None:
        super().__post_init__()
        if self.review_retention_days * 86400 > self.result_ttl_seconds:
            raise ValueError("REVIEW_RETENTION_DAYS must not outlast RESULT_TTL_SECONDS: a review needs its task")
