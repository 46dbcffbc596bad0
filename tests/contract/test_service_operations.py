"""The task service's operations for health checks, /metrics, the maintenance handler and the ops CLI, run
against the in-memory fakes and the AWS adapters on moto alike (callers never reach the adapters themselves)."""

from __future__ import annotations

import json
from typing import Any

import pytest
from doc_classifier.service.memory import MemoryWorkQueue
from doc_classifier.service.messages import task_message, upload_key
from doc_classifier.service.settings import ServiceSettings
from doc_classifier.service.task_service import TaskService
from doc_classifier.service.tasks import Priority, TaskStatus

from tests.contract.conftest import Backend
from tests.support.fakes import KeywordClassifier

INVOICE = b"INVOICE\nInvoice number 1\nAmount due 10.00"
BACKENDS = {"tasks_table", "cache_table", "queue", "bucket"}


@pytest.fixture
def service(backend: Backend) -> TaskService:
    classifier = KeywordClassifier()
    return backend.task_service(classifier, ServiceSettings())


def dead_letter(backend: Backend, body: dict[str, Any]) -> None:
    """What SQS does with a message received ``maxReceiveCount`` times."""
    if isinstance(backend.queue, MemoryWorkQueue):
        backend.queue.dead_letters.append(body)
    else:
        backend.clients["sqs"].send_message(QueueUrl=backend.env["DLQ_URL"], MessageBody=json.dumps(body))


def visible(service: TaskService) -> dict[Priority, int]:
    return {priority: depth.visible for priority, depth in service.queue_depths().items()}


def test_backend_checks_name_each_backend_and_pass_when_it_answers(service: TaskService) -> None:
    checks = service.backend_checks()
    assert set(checks) == BACKENDS
    for check in checks.values():
        check()  # raises when the backend does not answer


def test_queue_depths_count_each_priority(service: TaskService) -> None:
    assert visible(service) == {Priority.HIGH: 0, Priority.LOW: 0}
    service.submit(INVOICE, "finance", Priority.HIGH)
    service.submit(INVOICE, "finance", Priority.LOW)
    service.submit(INVOICE, None, Priority.LOW)
    assert visible(service) == {Priority.HIGH: 1, Priority.LOW: 2}


def test_dead_letters_are_counted_and_redriven_to_their_queue_up_to_the_limit(
    service: TaskService, backend: Backend
) -> None:
    dead_letter(backend, task_message("t1", Priority.HIGH.value))
    dead_letter(backend, task_message("t2", Priority.LOW.value))
    s3_notification = {"Records": [{"s3": {"object": {"key": upload_key("t3")}}}]}  # names no priority: low
    dead_letter(backend, s3_notification)
    assert service.dead_letter_depth() == 3
    assert service.redrive_dead_letters(limit=2) == 2
    assert service.dead_letter_depth() == 1
    assert service.redrive_dead_letters() == 1
    assert service.redrive_dead_letters() == 0
    assert service.dead_letter_depth() == 0
    assert visible(service) == {Priority.HIGH: 1, Priority.LOW: 2}


def test_tasks_by_status_and_counters(service: TaskService) -> None:
    first = service.submit(INVOICE, "finance", Priority.HIGH).task.task_id
    service.submit(INVOICE, "finance", Priority.HIGH)
    assert service.count_by_status()[TaskStatus.QUEUED] == 2
    assert service.counters() == {}
    service.process_message(json.dumps(task_message(first, Priority.HIGH.value, INVOICE)), 1)  # as submit sent it
    counts = service.count_by_status()
    assert (counts[TaskStatus.QUEUED], counts[TaskStatus.COMPLETED]) == (1, 1)
    assert service.counters()["processed_count"] == 1 and service.counters()["cache_misses"] == 1
