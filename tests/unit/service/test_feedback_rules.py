"""Which corrections feedback accepts: only the categories (or unknown) of the task's industry."""

from __future__ import annotations

import pytest
from doc_classifier.service.errors import InvalidFeedback
from doc_classifier.service.memory import MemoryWorkQueue
from doc_classifier.service.task_service import TaskService
from doc_classifier.service.tasks import Priority

from tests.unit.service.test_task_service import deliver


def completed(service: TaskService, queue: MemoryWorkQueue, text: bytes, industry: str) -> str:
    task_id = service.submit(text, industry, Priority.HIGH).task.task_id
    deliver(service, queue, Priority.HIGH)
    return task_id


def test_a_category_of_another_industry_is_rejected_with_400_invalid_feedback(
    service: TaskService, queue: MemoryWorkQueue
) -> None:
    finance_task = completed(service, queue, b"INVOICE no 7, amount due 100", "finance")
    with pytest.raises(InvalidFeedback) as rejected:
        service.add_feedback(finance_task, "lease")  # a real category, but legal's
    assert (rejected.value.http_status, rejected.value.code) == (400, "invalid_feedback")
    assert "'lease'" in rejected.value.message and "invoice" in rejected.value.message
    assert service.get_task(finance_task).feedback is None
    assert service.counters().get("feedback_total", 0) == 0

    legal_task = completed(service, queue, b"lease between landlord and tenant", "legal")
    assert service.add_feedback(legal_task, "lease").feedback is not None  # where it belongs, it is accepted
