"""Builds the task service from the environment: AWS adapters plus the classification chain."""

from __future__ import annotations

import time
from functools import cache, partial
from typing import TYPE_CHECKING

from doc_classifier.config import ClassifierSettings, PacketLimits
from doc_classifier.configured import configured_taxonomy
from doc_classifier.service.aws.clients import client
from doc_classifier.service.aws.dynamodb import DynamoResultCache, DynamoStatsStore, DynamoTaskStore
from doc_classifier.service.aws.s3 import S3BlobStore
from doc_classifier.service.aws.sqs import SqsWorkQueue
from doc_classifier.service.counter_buffer import BufferedStats
from doc_classifier.service.llm_counters import CountingClassifier, count_breaker_open
from doc_classifier.service.ports import Classifier
from doc_classifier.service.settings import ServiceSettings
from doc_classifier.service.task_service import TaskService
from doc_classifier.service.tasks import Priority
from doc_classifier.service.telemetry import record_breaker_open

if TYPE_CHECKING:
    from doc_classifier.llm.build import LlmTiers


def check_model_and_taxonomy() -> None:
    """Run by the handlers at import: a taxonomy the model does not match (``TAXONOMY_DIR``,
    ``CLASSIFIER_MODEL_DIR``) fails the container's init with a TaxonomyError naming the categories,
    instead of failing every request. Reads model.json only; the weights load on the first classification."""
    configured_taxonomy(ClassifierSettings.from_env())


@cache
def llm_tiers() -> LlmTiers:
    """The LLM tiers configured in the environment (none: the local model answers alone).

    One per process, shared by every request: breakers, key pools and the spend guard. Built apart
    from the local model, so /ready and /metrics read the tiers' state without loading the model;
    ``openai`` loads only on the first escalation.
    """
    from doc_classifier.llm.build import build_tiers  # noqa: PLC0415
    from doc_classifier.llm.keys import powertools_secret_reader  # noqa: PLC0415
    from doc_classifier.llm.settings import LlmSettings  # noqa: PLC0415
    from doc_classifier.llm.spend import DynamoSpendGuard  # noqa: PLC0415

    llm = LlmSettings.from_env()
    table = ServiceSettings.from_env().cache_table_name
    return build_tiers(
        llm,
        spend=DynamoSpendGuard(client("dynamodb"), table, llm.daily_budget_usd, clock=time.time),
        secret_reader=lambda: powertools_secret_reader(llm.secret_max_age_seconds, lambda: client("secretsmanager")),
        on_breaker_open=partial(_breaker_opened, shared_counters()),
    )


@cache
def shared_counters() -> BufferedStats:
    """This container's counters (classifications, escalations, breakers, feedback), written in one ``ADD``."""
    settings = ServiceSettings.from_env()
    return BufferedStats(
        DynamoStatsStore(client("dynamodb"), settings.cache_table_name), settings.counters_flush_seconds
    )


def flush_counters() -> None:
    """Called by the handlers at the end of every invocation: the last code a container runs before a freeze."""
    if shared_counters.cache_info().currsize:  # routes that never built the counters (health) build no client
        shared_counters().flush()


def _breaker_opened(stats: BufferedStats, provider: str) -> None:
    record_breaker_open(provider)  # CloudWatch (the alarms and dashboards)
    count_breaker_open(stats, provider)  # /metrics


@cache
def _configured_classifier() -> Classifier:
    """The configured local model in front of the LLM tiers; escalations are counted for /metrics."""
    # Imported here so that routes which never classify (health, results, metrics) never load the model.
    from doc_classifier.classifier import default_classifier  # noqa: PLC0415
    from doc_classifier.llm.build import chain_over  # noqa: PLC0415

    local = default_classifier()
    chain = chain_over(local, local.taxonomy, llm_tiers())
    return CountingClassifier(chain, shared_counters())


@cache
def aws_task_service() -> TaskService:
    """One per process (a Lambda container, or the local runtime). A taxonomy the model does not match
    (``TAXONOMY_DIR``, ``CLASSIFIER_MODEL_DIR``) is a TaxonomyError here, so the container fails to start."""
    settings = ServiceSettings.from_env()
    classifier_settings = ClassifierSettings.from_env()
    taxonomy = configured_taxonomy(classifier_settings)
    dynamodb = client("dynamodb")
    return TaskService(
        classifier=_configured_classifier,
        taxonomy=taxonomy,
        tasks=DynamoTaskStore(dynamodb, settings.tasks_table_name, max_result_bytes=settings.task_result_max_bytes),
        cache=DynamoResultCache(
            dynamodb,
            settings.cache_table_name,
            batch_retries=settings.cache_batch_retries,
            batch_backoff_seconds=settings.cache_batch_backoff_seconds,
            max_entry_bytes=settings.cache_max_entry_bytes,
        ),
        stats=shared_counters(),
        blobs=S3BlobStore(client("s3"), settings.upload_bucket_name),
        queue=SqsWorkQueue(
            client("sqs"),
            {Priority.HIGH: settings.high_queue_url, Priority.LOW: settings.low_queue_url},
            settings.dlq_url,
        ),
        settings=settings,
        default_industry=classifier_settings.default_industry or None,  # none: the taxonomy's default
        packet_limits=PacketLimits.from_env(),
    )
