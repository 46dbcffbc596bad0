"""A long packet read across worker invocations, on both backends: its progress in the bucket, the task's
step in its table, the continuation on its queue; stale copies change nothing, the task completes once."""

from __future__ import annotations

import json
from typing import Any

import pytest
from doc_classifier.llm.budget import worker_budget
from doc_classifier.service.memory import MemoryBlobStore, MemoryWorkQueue
from doc_classifier.service.messages import PROGRESS_PREFIX
from doc_classifier.service.settings import ServiceSettings
from doc_classifier.service.task_service import TaskService
from doc_classifier.service.tasks import Priority, TaskStatus

from tests.contract.conftest import Backend
from tests.support.fakes import KeywordClassifier
from tests.unit.service.conftest import Clock

PACKET = b"INVOICE no 7\fbank statement, March\fbank statement, page 2\fpay stub for May\fpay stub"


@pytest.fixture
def service(backend: Backend) -> TaskService:
    classifier = KeywordClassifier()
    classifier.seconds_per_page = 1.0  # a 2.5 s budget reads two pages an invocation
    # The packet in the bucket, read by every step.
    return backend.task_service(classifier, ServiceSettings(queue_message_max_bytes=0), clock=Clock())


def take_message(backend: Backend) -> dict[str, Any] | None:
    """The next message on the high queue, deleted from it as the worker's success does."""
    if isinstance(backend.queue, MemoryWorkQueue):
        waiting = backend.queue.waiting[Priority.HIGH]
        return waiting.popleft() if waiting else None
    sqs, url = backend.clients["sqs"], backend.env["HIGH_QUEUE_URL"]
    messages = sqs.receive_message(QueueUrl=url, MaxNumberOfMessages=1).get("Messages", [])
    if not messages:
        return None
    sqs.delete_message(QueueUrl=url, ReceiptHandle=messages[0]["ReceiptHandle"])
    body: dict[str, Any] = json.loads(messages[0]["Body"])
    return body


def progress_keys(backend: Backend) -> list[str]:
    if isinstance(backend.blobs, MemoryBlobStore):
        return sorted(k for k in backend.blobs.objects if k.startswith(PROGRESS_PREFIX))
    listed = backend.clients["s3"].list_objects_v2(Bucket=backend.env["UPLOAD_BUCKET_NAME"], Prefix=PROGRESS_PREFIX)
    return sorted(item["Key"] for item in listed.get("Contents", []))


def deliver(service: TaskService, body: dict[str, Any]) -> None:
    with worker_budget(2.5):
        service.process_message(json.dumps(body), 1)


def test_a_long_packet_continues_through_the_backend_and_completes_once(backend: Backend, service: TaskService) -> None:
    task = service.submit(PACKET, "finance", Priority.HIGH, "auto").task
    bodies = []
    while (body := take_message(backend)) is not None:
        bodies.append(body)
        deliver(service, body)
        assert len(bodies) < 10
        current = service.get_task(task.task_id)
        continuing = current.status is TaskStatus.PROCESSING
        assert progress_keys(backend) == ([current.progress_key] if continuing else [])  # the last step's only
    assert [b.get("continuation", {}).get("step") for b in bodies] == [None, 1, 2]
    done = service.get_task(task.task_id)
    assert done.status is TaskStatus.COMPLETED and done.result is not None
    assert done.result["metadata"]["pages_not_read"] == 0
    for stale in bodies:  # every message again, as at-least-once delivery may
        deliver(service, stale)
    assert service.get_task(task.task_id) == done and take_message(backend) is None
    assert progress_keys(backend) == []
