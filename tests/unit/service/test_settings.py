"""ServiceSettings from the environment: typed values, and limits that cannot work refused at start-up."""

from __future__ import annotations

import pytest
from doc_classifier.service.settings import ServiceSettings


def test_values_come_from_upper_cased_field_names(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SYNC_MAX_BYTES", "1024")
    monkeypatch.setenv("STUCK_TASK_DEADLINE_MINUTES", "2.5")
    monkeypatch.setenv("TASKS_TABLE_NAME", "t")
    monkeypatch.setenv("COUNTERS_FLUSH_SECONDS", "0")
    settings = ServiceSettings.from_env()
    assert settings.sync_max_bytes == 1024 and settings.stuck_task_deadline_minutes == 2.5
    assert settings.tasks_table_name == "t" and settings.counters_flush_seconds == 0
    assert settings.upload_max_bytes == ServiceSettings().upload_max_bytes  # unset: the default


@pytest.mark.parametrize(
    ("name", "value", "message"),
    [
        ("SYNC_MAX_BYTES", "0", "SYNC_MAX_BYTES=0 must be > 0"),
        ("MAX_RECEIVE_COUNT", "-1", "MAX_RECEIVE_COUNT=-1 must be > 0"),
        ("COUNTERS_FLUSH_SECONDS", "-0.5", "COUNTERS_FLUSH_SECONDS=-0.5 must be >= 0"),
        ("QUEUE_MESSAGE_MAX_BYTES", "-1", "QUEUE_MESSAGE_MAX_BYTES=-1 must be >= 0"),
        ("WORKER_CONCURRENCY", "two", "WORKER_CONCURRENCY='two' is not a valid int"),
        # DynamoDB refuses an item over 400 KB: a larger limit would let one fail its whole batch again.
        ("CACHE_MAX_ENTRY_BYTES", "409601", "CACHE_MAX_ENTRY_BYTES=409601 must be <= 409600"),
        # A task's item holds more than its result (history, review, feedback): those need room under 400 KB.
        ("TASK_RESULT_MAX_BYTES", "393217", "TASK_RESULT_MAX_BYTES=393217 must be <= 393216"),
    ],
)
def test_a_limit_that_cannot_work_is_refused(
    monkeypatch: pytest.MonkeyPatch, name: str, value: str, message: str
) -> None:
    monkeypatch.setenv(name, value)
    with pytest.raises(ValueError, match=message):
        ServiceSettings.from_env()
