"""An e-mail whose attachment names are 50,000 characters long is an ordinary document: the packaged classifier and
the worker on the in-memory backend answer it with a small result (the names, quoted in warnings, are shortened),
where it used to make a 500 KB result that failed its task with ``result_too_large``."""

from __future__ import annotations

import json
from collections.abc import Callable
from email.message import EmailMessage

import pytest
from doc_classifier.classifier import classifier_from, default_classifier
from doc_classifier.config import ClassifierSettings, ExtractionLimits, PacketLimits
from doc_classifier.packets import SplitMode
from doc_classifier.service.memory import MemoryWorkQueue
from doc_classifier.service.task_results import result_bytes
from doc_classifier.service.task_service import TaskService
from doc_classifier.service.tasks import Priority, TaskStatus

NAME_CHARS = 50_000
SMALL_RESULT_BYTES = 10_000  # a one-document result is under 1 KB; ten shortened names add about 1.7 KB


def hostile_email(attachments: int = 10) -> bytes:
    message = EmailMessage()
    message["Subject"] = "Invoice 2024-117"
    message["From"] = "Billing <billing@example.com>"
    message["To"] = "Accounts <accounts@example.org>"
    message.set_content("INVOICE 2024-117\nBill to: ACME Ltd\nAmount due: 1,250.00 EUR\nPayment due in 30 days.")
    for number in range(attachments):
        name = f"{number}-" + "N" * NAME_CHARS + ".bin"
        message.add_attachment(
            b"\x00\x01 not a document", maintype="application", subtype="octet-stream", filename=name
        )
    return message.as_bytes()


def test_the_classifier_answers_a_small_result() -> None:
    result = default_classifier().classify(hostile_email())
    assert len(json.dumps(result.to_dict())) < SMALL_RESULT_BYTES
    warnings = result.metadata["warnings"]
    assert len(warnings) == 10 and all(w.endswith(".bin' not read: unsupported_media_type") for w in warnings)


def test_a_packet_result_caps_its_warnings() -> None:
    classifier = classifier_from(ClassifierSettings(), ExtractionLimits(max_warnings=4), PacketLimits())
    result = classifier.classify_packet(hostile_email(), None, SplitMode.AUTO)
    warnings = result.metadata["warnings"]
    assert len(warnings) == 5 and warnings[-1] == "6 more warnings not listed"
    assert all(len(w) < 200 for w in warnings)


@pytest.mark.parametrize("split", [None, "auto"])
def test_the_worker_completes_the_task(
    make_service: Callable[..., TaskService], queue: MemoryWorkQueue, monkeypatch: pytest.MonkeyPatch, split: str | None
) -> None:
    service = make_service()
    monkeypatch.setattr(service, "_classifier", default_classifier)
    task_id = service.submit(hostile_email(), None, Priority.HIGH, split).task.task_id
    service.process_message(json.dumps(queue.waiting[Priority.HIGH].popleft()), 1)
    task = service.get_task(task_id)
    assert task.status is TaskStatus.COMPLETED, task.error
    assert task.result is not None and result_bytes(json.dumps(task.result)) < SMALL_RESULT_BYTES
