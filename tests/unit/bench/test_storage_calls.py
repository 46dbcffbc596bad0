"""The AWS calls per document are means over documents, so the calls of the reviewed share are counted."""

from __future__ import annotations

import pytest

from bench.storage_calls import CallLog, _add_units, mean


def _sync_miss(*, in_review: bool) -> CallLog:
    log = CallLog(seconds=0.004, read_units=0.5, write_units=1, log_bytes=100)
    for call in ("dynamodb.GetItem", "dynamodb.PutItem"):
        log.count(call)
    if in_review:  # the reviewer's copy of the document and the task in review
        log.count("s3.PutObject")
        log.count("dynamodb.PutItem")
        log.seconds += 0.004
        log.write_units += 1
        log.log_bytes += 100
    return log


def test_a_mean_counts_the_review_writes_of_the_documents_that_enter_review() -> None:
    logs = [_sync_miss(in_review=i == 0) for i in range(4)]  # one in four enters the review queue

    average = mean(logs)

    assert average.calls == {"dynamodb.GetItem": 1.0, "dynamodb.PutItem": 1.25, "s3.PutObject": 0.25}
    assert average.total == pytest.approx(2.5)
    assert average.seconds == pytest.approx(0.002 * 2.5)  # the median time per call, times the mean calls
    assert average.write_units == pytest.approx(1.25)
    assert average.read_units == pytest.approx(0.5)
    assert average.log_bytes == 125


def test_a_mean_of_nothing_is_refused() -> None:
    with pytest.raises(ValueError, match="no call logs"):
        mean([])


def test_one_slow_call_does_not_make_the_time() -> None:
    logs = [_sync_miss(in_review=False) for _ in range(3)]
    logs[0].seconds = 5.0  # a call that waited for the machine's other work

    assert mean(logs).seconds == pytest.approx(0.004)


def test_batch_reads_and_writes_are_billed_per_item() -> None:
    log = CallLog()
    item = {"cache_key": {"S": "k"}, "result": {"S": "x" * 5000}, "expires_at": {"N": "1"}}
    asked = {"cache": {"Keys": [{"cache_key": {"S": "k"}}, {"cache_key": {"S": "gone"}}]}}
    _add_units(log, "BatchGetItem", {"RequestItems": asked}, {"Responses": {"cache": [item]}}, 0)
    assert log.read_units == pytest.approx((2 + 1) / 2)  # two 4 KB units found, a missing key's minimum, halved
    puts = {"cache": [{"PutRequest": {"Item": item}}, {"PutRequest": {"Item": item}}]}
    _add_units(log, "BatchWriteItem", {"RequestItems": puts}, {}, 0)
    assert log.write_units == 2 * 5  # 1 KB units per item
