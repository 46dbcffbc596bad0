"""The result cache's batch reads and writes, the same on the in-memory fake and on DynamoDB (moto); what
DynamoDB leaves unprocessed is asked again, a bounded number of times; an entry too large to store is left
out (and reported) without stopping the others."""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import pytest
from botocore.awsrequest import AWSResponse
from botocore.exceptions import ClientError
from doc_classifier.service.aws.dynamodb import BATCH_GET_MAX_KEYS, BATCH_WRITE_MAX_ITEMS, DynamoResultCache
from doc_classifier.service.cache_entries import DEFAULT_MAX_ENTRY_BYTES, entry_bytes
from doc_classifier.service.item_sizes import DYNAMODB_ITEM_MAX_BYTES
from doc_classifier.service.memory import MemoryResultCache
from doc_classifier.service.ports import ResultCache

from tests.contract.conftest import Backend

NOW = 1_700_000_000.0
LATER = int(NOW) + 3600


def result(n: int) -> dict[str, Any]:
    return {"file_class": "invoice", "confidence": 0.5 + n / 1000, "n": n}


def test_put_many_then_get_many(backend: Backend) -> None:
    entries = {f"k{n}": (result(n), LATER) for n in range(3)}
    assert backend.cache.put_many(entries) == []
    got = backend.cache.get_many(["k0", "k1", "k2", "absent", "k0"], NOW)
    assert got == {"k0": result(0), "k1": result(1), "k2": result(2), "absent": None}
    assert backend.cache.get("k1", NOW) == result(1)  # the same entries as one by one


def test_get_many_does_not_serve_expired_entries(backend: Backend) -> None:
    backend.cache.put_many({"old": (result(1), int(NOW)), "fresh": (result(2), LATER)})
    assert backend.cache.get_many(["old", "fresh"], NOW) == {"old": None, "fresh": result(2)}


def test_batches_larger_than_one_request_takes(backend: Backend) -> None:
    count = max(BATCH_GET_MAX_KEYS, BATCH_WRITE_MAX_ITEMS) + 3
    entries = {f"k{n}": (result(n), LATER) for n in range(count)}
    assert backend.cache.put_many(entries) == []
    got = backend.cache.get_many(list(entries), NOW)
    assert got == {key: value for key, (value, _) in entries.items()}


def test_empty_batches_make_no_request(backend: Backend) -> None:
    assert backend.cache.put_many({}) == []
    assert backend.cache.get_many([], NOW) == {}


def oversized() -> dict[str, Any]:
    """A result with a reasoning as long as a DynamoDB item may be: no cache can hold it."""
    return {**result(9), "reasoning": "x" * DYNAMODB_ITEM_MAX_BYTES}


def test_an_oversized_entry_in_a_batch_does_not_stop_the_others(backend: Backend) -> None:
    entries = {"k0": (result(0), LATER), "big": (oversized(), LATER), "k1": (result(1), LATER)}
    assert backend.cache.put_many(entries) == ["big"]  # reported unwritten, so the worker counts it
    assert backend.cache.get_many(["k0", "big", "k1"], NOW) == {"k0": result(0), "big": None, "k1": result(1)}


def test_an_oversized_entry_is_not_put(backend: Backend) -> None:
    assert backend.cache.put("big", oversized(), LATER) is False
    assert backend.cache.get("big", NOW) is None
    assert backend.cache.put("k0", result(0), LATER) is True
    assert backend.cache.get("k0", NOW) == result(0)


def cache_holding_at_most(backend: Backend, max_entry_bytes: int) -> ResultCache:
    if backend.name == "memory":
        return MemoryResultCache(max_entry_bytes=max_entry_bytes)
    return DynamoResultCache(
        backend.clients["dynamodb"], backend.env["CACHE_TABLE_NAME"], max_entry_bytes=max_entry_bytes
    )


def test_the_limit_is_the_item_size_as_dynamodb_counts_it(backend: Backend) -> None:
    entry = (result(0), LATER)
    size = entry_bytes("k0", json.dumps(entry[0]), LATER)
    too_small = cache_holding_at_most(backend, size - 1)
    assert too_small.put("k0", *entry) is False
    assert too_small.put_many({"k0": entry}) == ["k0"]
    assert too_small.get("k0", NOW) is None
    just_enough = cache_holding_at_most(backend, size)
    assert just_enough.put_many({"k0": entry}) == []
    assert just_enough.get("k0", NOW) == result(0)


# ----- DynamoDB only: its batch calls may leave part of a request unprocessed ---------------------------


@contextmanager
def leaves_unprocessed(db: Any, operation: str, how_many: int, calls: int = 1) -> Iterator[list[int]]:
    """The next ``calls`` ``operation`` requests process all but their last ``how_many`` items, answering
    those as unprocessed, as DynamoDB does under throttling. Yields the size of every request made."""
    sizes: list[int] = []
    dropped: list[Any] = []  # the table, then the items the current request leaves unprocessed
    unprocessed_field = "UnprocessedItems" if operation == "BatchWriteItem" else "UnprocessedKeys"

    def shrink(params: dict[str, Any], **_: Any) -> None:
        table, asked = next(iter(params["RequestItems"].items()))
        items = asked if operation == "BatchWriteItem" else asked["Keys"]
        sizes.append(len(items))
        dropped[:] = [table]
        if len(sizes) <= calls:
            dropped.extend(items[-how_many:])
            if len(items) > how_many:  # a request cannot be empty: one left whole never reaches the table
                del items[-how_many:]

    def unanswered(**_: Any) -> tuple[AWSResponse, dict[str, Any]] | None:
        if len(dropped) - 1 < sizes[-1]:
            return None
        return AWSResponse("https://aws.invalid", 200, {}, None), {"ResponseMetadata": {}}

    def report(parsed: dict[str, Any], **_: Any) -> None:
        table, *items = dropped
        if items:
            parsed[unprocessed_field] = {table: items if operation == "BatchWriteItem" else {"Keys": items}}

    hooks = {"provide-client-params": shrink, "before-call": unanswered, "after-call": report}
    for event, hook in hooks.items():
        db.meta.events.register_first(f"{event}.dynamodb.{operation}", hook)
    try:
        yield sizes
    finally:
        for event, hook in hooks.items():
            db.meta.events.unregister(f"{event}.dynamodb.{operation}", hook)


@pytest.fixture
def dynamo(backend: Backend) -> tuple[DynamoResultCache, list[float], Any]:
    if backend.name != "moto":
        pytest.skip("DynamoDB's own behaviour")
    db = backend.clients["dynamodb"]
    slept: list[float] = []
    cache = DynamoResultCache(
        db, backend.env["CACHE_TABLE_NAME"], batch_retries=2, batch_backoff_seconds=0.1, sleep=slept.append
    )
    return cache, slept, db


def test_the_default_limit_lets_through_only_what_dynamodb_stores(
    backend: Backend, dynamo: tuple[DynamoResultCache, list[float], Any]
) -> None:
    cache, _, db = dynamo
    base = {**result(0), "reasoning": ""}
    largest = {**base, "reasoning": "x" * (DEFAULT_MAX_ENTRY_BYTES - entry_bytes("k0", json.dumps(base), LATER))}
    assert entry_bytes("k0", json.dumps(largest), LATER) == DEFAULT_MAX_ENTRY_BYTES
    assert cache.put_many({"k0": (largest, LATER)}) == []
    assert cache.get("k0", NOW) == largest

    # Sent anyway, an item over the limit fails its whole batch: why the adapter never sends one.
    items = [{"cache_key": {"S": f"raw{n}"}, "result": {"S": "x" * size}} for n, size in enumerate((1, 410_000))]
    puts = [{"PutRequest": {"Item": item}} for item in items]
    with pytest.raises(ClientError) as refused:
        db.batch_write_item(RequestItems={backend.env["CACHE_TABLE_NAME"]: puts})
    assert refused.value.response["Error"]["Code"] == "ValidationException"


def test_unprocessed_writes_are_retried(dynamo: tuple[DynamoResultCache, list[float], Any]) -> None:
    cache, slept, db = dynamo
    entries = {f"k{n}": (result(n), LATER) for n in range(4)}
    with leaves_unprocessed(db, "BatchWriteItem", how_many=2) as sizes:
        assert cache.put_many(entries) == []
    assert sizes == [4, 2] and slept == [0.1]
    assert cache.get_many(list(entries), NOW) == {key: value for key, (value, _) in entries.items()}


def test_writes_still_unprocessed_after_the_retries_are_reported(
    dynamo: tuple[DynamoResultCache, list[float], Any],
) -> None:
    cache, slept, db = dynamo
    entries = {f"k{n}": (result(n), LATER) for n in range(4)}
    with leaves_unprocessed(db, "BatchWriteItem", how_many=1, calls=3) as sizes:
        assert cache.put_many(entries) == ["k3"]
    assert sizes == [4, 1, 1] and slept == [0.1, 0.2]  # bounded: 2 retries, the backoff doubling
    assert cache.get_many(list(entries), NOW) == {f"k{n}": result(n) for n in range(3)} | {"k3": None}


def test_unprocessed_reads_are_retried_then_left_out(dynamo: tuple[DynamoResultCache, list[float], Any]) -> None:
    cache, slept, db = dynamo
    cache.put_many({f"k{n}": (result(n), LATER) for n in range(3)})
    with leaves_unprocessed(db, "BatchGetItem", how_many=1) as sizes:
        assert cache.get_many(["k0", "k1", "k2"], NOW) == {f"k{n}": result(n) for n in range(3)}
    assert sizes == [3, 1] and slept == [0.1]
    slept.clear()
    with leaves_unprocessed(db, "BatchGetItem", how_many=1, calls=3):
        # A key never answered is left out (not a miss): the caller reads it again on its own.
        assert cache.get_many(["k0", "k1", "k2"], NOW) == {"k0": result(0), "k1": result(1)}
    assert slept == [0.1, 0.2]
