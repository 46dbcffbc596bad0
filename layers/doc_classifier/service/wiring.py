"""Builds the task service from the environment: AWS adapters plus the classification chain."""

from __future__ import annotations

import time
from functools import cache

from doc_classifier.config import ClassifierSettings
from doc_classifier.service.aws.clients import client
from doc_classifier.service.aws.dynamodb import DynamoResultCache, DynamoStatsStore, DynamoTaskStore
from doc_classifier.service.aws.s3 import S3BlobStore
from doc_classifier.service.aws.sqs import SqsWorkQueue
from doc_classifier.service.ports import Classifier
from doc_classifier.service.settings import ServiceSettings
from doc_classifier.service.task_service import TaskService
from doc_classifier.service.tasks import Priority
from doc_classifier.taxonomy import load_taxonomy


@cache
def _packaged_classifier() -> Classifier:
    """The packaged local model, then the LLM tiers configured in the environment (none: the model alone).

    One per process: the tiers' breakers, key pools and clients are shared by every request.
    """
    # Imported here so that routes which never classify (health, results, metrics) never load the model;
    # the llm package itself loads openai only on the first escalation.
    from doc_classifier.classifier import default_classifier  # noqa: PLC0415
    from doc_classifier.llm.build import build_chain  # noqa: PLC0415
    from doc_classifier.llm.keys import powertools_secret_reader  # noqa: PLC0415
    from doc_classifier.llm.settings import LlmSettings  # noqa: PLC0415
    from doc_classifier.llm.spend import DynamoSpendGuard  # noqa: PLC0415

    llm = LlmSettings.from_env()
    spend = DynamoSpendGuard(
        client("dynamodb"), ServiceSettings.from_env().cache_table_name, llm.daily_budget_usd, clock=time.time
    )
    return build_chain(
        default_classifier(),
        load_taxonomy(),
        llm,
        spend=spend,
        secret_reader=lambda: powertools_secret_reader(llm.secret_max_age_seconds, lambda: client("secretsmanager")),
    )


@cache
def aws_task_service() -> TaskService:
    """One per process (a Lambda container, or the local runtime)."""
    settings = ServiceSettings.from_env()
    dynamodb = client("dynamodb")
    return TaskService(
        classifier=_packaged_classifier,
        taxonomy=load_taxonomy(),
        tasks=DynamoTaskStore(dynamodb, settings.tasks_table_name),
        cache=DynamoResultCache(dynamodb, settings.cache_table_name),
        stats=DynamoStatsStore(dynamodb, settings.cache_table_name),
        blobs=S3BlobStore(client("s3"), settings.upload_bucket_name),
        queue=SqsWorkQueue(
            client("sqs"),
            {Priority.HIGH: settings.high_queue_url, Priority.LOW: settings.low_queue_url},
            settings.dlq_url,
        ),
        settings=settings,
        default_industry=ClassifierSettings.from_env().default_industry,
    )
