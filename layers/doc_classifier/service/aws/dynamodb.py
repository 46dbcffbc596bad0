"""Tasks, result cache and counters in DynamoDB, with conditional writes for every transition."""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Collection, Iterator, Mapping
from decimal import Decimal
from typing import Any

from botocore.exceptions import ClientError

from doc_classifier.service.cache_entries import CACHE_KEY, DEFAULT_MAX_ENTRY_BYTES, EXPIRES_AT, RESULT, entry_bytes
from doc_classifier.service.errors import FeedbackExists, TaskNotCompleted, TaskNotFound
from doc_classifier.service.ports import ResultCache, ReviewPosition, ReviewSummary, StatsStore, TaskStore
from doc_classifier.service.task_results import DEFAULT_MAX_RESULT_BYTES, stored_result
from doc_classifier.service.tasks import (
    CLAIM_NOTE,
    HistoryEntry,
    Priority,
    Review,
    ReviewStatus,
    Task,
    TaskSource,
    TaskStatus,
    continue_note,
)
from doc_classifier.split_mode import SplitMode

STATUS_INDEX = "by_status"  # GSI: hash status (S), range created_at (N)
# The review queue: two sparse GSIs (only tasks in review carry their keys), both sorted by entry time.
REVIEW_INDEX = "by_review"  # hash review_status (S): "open" | "closed"
REVIEW_INDUSTRY_INDEX = "by_review_industry"  # hash review_queue (S): "<status>#<industry>"
REVIEW_STATUS = "review_status"
REVIEW_QUEUE = "review_queue"
REVIEW_ENTERED_AT = "review_entered_at"
# The counters live in the cache table under a key no content hash can take ("<sha256>#<industry>#<model>#<split>").
STATS_KEY = "stats#counters"


def _n(value: float | int | Decimal) -> dict[str, str]:
    return {"N": str(value)}


def _s(value: str) -> dict[str, str]:
    return {"S": value}


def _history(entry: HistoryEntry) -> dict[str, Any]:
    return {"L": [{"S": json.dumps({"at": entry.at, "status": entry.status, "note": entry.note})}]}


def _review_queue(status: ReviewStatus, industry: str) -> str:
    return f"{status.value}#{industry}"


def _review_values(review: Review) -> dict[str, Any]:
    """A review entry as ``SET`` values (placeholders :rs, :rr, :ri, :re, :rq)."""
    return {
        ":rs": _s(review.status.value),
        ":rr": _s(review.reason),
        ":ri": _s(review.industry),
        ":re": _n(review.entered_at),
        ":rq": _s(_review_queue(review.status, review.industry)),
    }


def _review_assignments() -> list[tuple[str, str]]:
    return [
        (REVIEW_STATUS, ":rs"),
        ("review_reason", ":rr"),
        ("review_industry", ":ri"),
        (REVIEW_ENTERED_AT, ":re"),
        (REVIEW_QUEUE, ":rq"),
    ]


_SET_REVIEW = ", ".join(f"{name} = {placeholder}" for name, placeholder in _review_assignments())


def _review_of(item: dict[str, Any]) -> Review | None:
    if REVIEW_STATUS not in item:
        return None
    return Review(
        status=ReviewStatus(item[REVIEW_STATUS]["S"]),
        reason=item["review_reason"]["S"],
        industry=item["review_industry"]["S"],
        entered_at=float(item[REVIEW_ENTERED_AT]["N"]),
    )


def _conditional_failed(exc: ClientError) -> bool:
    return bool(exc.response.get("Error", {}).get("Code") == "ConditionalCheckFailedException")


# Every transition starts from an unfinished task: completed and failed are final, so a duplicate
# message, a late upload, a DLQ redrive or the sweeper can never reopen or rewrite a finished task.
_UNFINISHED = "attribute_exists(task_id) AND #s IN (:queued, :processing)"


def _unfinished_values() -> dict[str, Any]:
    return {":queued": _s(TaskStatus.QUEUED.value), ":processing": _s(TaskStatus.PROCESSING.value)}


def _to_task(item: dict[str, Any]) -> Task:
    def text(name: str) -> str | None:
        return item[name]["S"] if name in item else None

    def number(name: str) -> float | None:
        return float(item[name]["N"]) if name in item else None

    def json_field(name: str) -> Any:
        raw = text(name)
        return json.loads(raw) if raw else None

    history = [HistoryEntry(**json.loads(entry["S"])) for entry in item.get("history", {}).get("L", [])]
    return Task(
        task_id=item["task_id"]["S"],
        status=TaskStatus(item["status"]["S"]),
        industry=item["industry"]["S"],
        priority=Priority(item["priority"]["S"]),
        source=TaskSource(item["source"]["S"]),
        blob_key=item["blob_key"]["S"],
        created_at=float(item["created_at"]["N"]),
        updated_at=float(item["updated_at"]["N"]),
        deadline_at=float(item["deadline_at"]["N"]),
        expires_at=int(item["expires_at"]["N"]),
        # Tasks stored before packets existed have no split attribute: they were whole-file tasks.
        split=SplitMode(text("split") or SplitMode.NONE),
        attempts=int(number("attempts") or 0),
        step=int(number("step") or 0),
        progress_key=text("progress_key"),
        result=json_field("result"),
        error=json_field("error"),
        processing_time=number("processing_time"),
        cached=bool(item.get("cached", {}).get("BOOL", False)),
        feedback=json_field("feedback"),
        review=_review_of(item),
        history=history,
    )


def _next_position(page: list[Task], *, more: bool) -> ReviewPosition | None:
    last = page[-1] if page else None
    if not more or last is None or last.review is None:
        return None
    return ReviewPosition(last.review.entered_at, last.task_id)


class DynamoTaskStore(TaskStore):
    """A result over ``max_result_bytes`` (``task_results``) is measured here and never sent: DynamoDB would
    refuse the item (ValidationException) on every retry of the write."""

    def __init__(self, client: Any, table: str, *, max_result_bytes: int = DEFAULT_MAX_RESULT_BYTES) -> None:
        self._db = client
        self._table = table
        self._max_result_bytes = max_result_bytes

    def create(self, task: Task) -> None:
        item = {
            "task_id": _s(task.task_id),
            "status": _s(task.status.value),
            "industry": _s(task.industry),
            "priority": _s(task.priority.value),
            "source": _s(task.source.value),
            "blob_key": _s(task.blob_key),
            "created_at": _n(task.created_at),
            "updated_at": _n(task.updated_at),
            "deadline_at": _n(task.deadline_at),
            "expires_at": _n(task.expires_at),
            "split": _s(task.split.value),
            "attempts": _n(task.attempts),
            "history": {"L": [_history(h)["L"][0] for h in task.history]},
        }
        # A task can be created finished: a sync result that needs review is stored completed, in review.
        if task.result is not None:
            item["result"] = _s(stored_result(task.result, self._max_result_bytes))
            item["cached"] = {"BOOL": task.cached}
        if task.processing_time is not None:
            item["processing_time"] = _n(task.processing_time)
        if task.review is not None:
            values = _review_values(task.review)
            item.update({name: values[placeholder] for name, placeholder in _review_assignments()})
        try:
            self._db.put_item(TableName=self._table, Item=item, ConditionExpression="attribute_not_exists(task_id)")
        except ClientError as exc:
            if _conditional_failed(exc):
                raise ValueError(f"task {task.task_id} exists") from None
            raise

    def get(self, task_id: str) -> Task | None:
        item = self._db.get_item(TableName=self._table, Key={"task_id": _s(task_id)}, ConsistentRead=True)
        return _to_task(item["Item"]) if "Item" in item else None

    def claim(self, task_id: str, now: float) -> Task | None:
        try:
            answer = self._db.update_item(
                TableName=self._table,
                Key={"task_id": _s(task_id)},
                UpdateExpression="SET #s = :processing, updated_at = :now, "
                "history = list_append(history, :h) ADD attempts :one",
                ConditionExpression=_UNFINISHED,
                ExpressionAttributeNames={"#s": "status"},
                ExpressionAttributeValues={
                    **_unfinished_values(),
                    ":now": _n(now),
                    ":one": _n(1),
                    ":h": _history(HistoryEntry(now, TaskStatus.PROCESSING.value, CLAIM_NOTE)),
                },
                ReturnValues="ALL_NEW",
            )
        except ClientError as exc:
            self._refused(task_id, exc)
            return None
        return _to_task(answer["Attributes"])

    def complete(
        self,
        task_id: str,
        result: dict[str, Any],
        processing_time: float,
        cached: bool,
        now: float,
        *,
        review: Review | None = None,
    ) -> bool:
        result_json = stored_result(result, self._max_result_bytes)
        entry = HistoryEntry(now, TaskStatus.COMPLETED.value, "cached" if cached else "")
        review_set = f", {_SET_REVIEW}" if review is not None else ""
        return self._update_unless_refused(
            task_id,
            UpdateExpression="SET #s = :completed, #r = :result, processing_time = :pt, "
            f"cached = :cached, updated_at = :now, history = list_append(history, :h){review_set} REMOVE #e",
            ConditionExpression=_UNFINISHED,
            ExpressionAttributeNames={"#s": "status", "#r": "result", "#e": "error"},
            ExpressionAttributeValues={
                **_unfinished_values(),
                ":completed": _s(TaskStatus.COMPLETED.value),
                ":result": _s(result_json),
                ":pt": _n(processing_time),
                ":cached": {"BOOL": cached},
                ":now": _n(now),
                ":h": _history(entry),
                **(_review_values(review) if review is not None else {}),
            },
        )

    def continue_step(
        self,
        task_id: str,
        step: int,
        progress_key: str | None,
        *,
        expected_key: str | None,
        deadline_at: float,
        now: float,
    ) -> bool:
        values: dict[str, Any] = {
            ":processing": _s(TaskStatus.PROCESSING.value),
            ":step": _n(step),
            ":deadline": _n(deadline_at),
            ":now": _n(now),
            ":h": _history(HistoryEntry(now, TaskStatus.PROCESSING.value, continue_note(step))),
        }
        condition = "attribute_exists(task_id) AND #s = :processing AND "
        if expected_key is None:
            condition += "attribute_not_exists(progress_key)"
        else:
            condition += "progress_key = :expected"
            values[":expected"] = _s(expected_key)
        update = "SET #step = :step, deadline_at = :deadline, updated_at = :now, history = list_append(history, :h)"
        if progress_key is None:
            update += " REMOVE progress_key"
        else:
            update += ", progress_key = :key"
            values[":key"] = _s(progress_key)
        return self._update_unless_refused(
            task_id,
            UpdateExpression=update,
            ConditionExpression=condition,
            ExpressionAttributeNames={"#s": "status", "#step": "step"},
            ExpressionAttributeValues=values,
        )

    def fail(self, task_id: str, error: dict[str, str], now: float, overdue_only: bool = False) -> bool:
        condition = _UNFINISHED
        values: dict[str, Any] = {
            **_unfinished_values(),
            ":failed": _s(TaskStatus.FAILED.value),
            ":error": _s(json.dumps(error)),
            ":now": _n(now),
            ":h": _history(HistoryEntry(now, TaskStatus.FAILED.value, error.get("code", ""))),
        }
        if overdue_only:
            condition += " AND deadline_at < :now"
        return self._update_unless_refused(
            task_id,
            UpdateExpression="SET #s = :failed, #e = :error, updated_at = :now, history = list_append(history, :h)",
            ConditionExpression=condition,
            ExpressionAttributeNames={"#s": "status", "#e": "error"},
            ExpressionAttributeValues=values,
        )

    def _update_unless_refused(self, task_id: str, **request: Any) -> bool:
        """A conditional UpdateItem of one task: False when its condition refused it (see ``_refused``)."""
        try:
            self._db.update_item(TableName=self._table, Key={"task_id": _s(task_id)}, **request)
        except ClientError as exc:
            self._refused(task_id, exc)
            return False
        return True

    def _refused(self, task_id: str, exc: ClientError) -> None:
        """After a write that did not happen: returns when its condition refused it (the task is finished);
        raises TaskNotFound for an unknown id, and any other error (throttling...) as it came."""
        if not _conditional_failed(exc):
            raise exc
        if self.get(task_id) is None:
            raise TaskNotFound(f"no task {task_id!r}") from None

    def record_feedback(
        self, task_id: str, feedback: dict[str, Any], now: float, *, review: Review | None = None
    ) -> Task:
        review_set = f", {_SET_REVIEW}" if review is not None else ""
        try:
            answer = self._db.update_item(
                TableName=self._table,
                Key={"task_id": _s(task_id)},
                UpdateExpression=f"SET feedback = :f, updated_at = :now{review_set}",
                ConditionExpression="#s = :completed AND attribute_not_exists(feedback)",
                ExpressionAttributeNames={"#s": "status"},
                ExpressionAttributeValues={
                    ":f": _s(json.dumps(feedback)),
                    ":now": _n(now),
                    ":completed": _s(TaskStatus.COMPLETED.value),
                    **(_review_values(review) if review is not None else {}),
                },
                ReturnValues="ALL_NEW",
            )
        except ClientError as exc:
            if not _conditional_failed(exc):
                raise
            task = self.get(task_id)
            if task is None:
                raise TaskNotFound(f"no task {task_id!r}") from None
            if task.status is not TaskStatus.COMPLETED:
                raise TaskNotCompleted(f"task {task_id!r} is {task.status.value}") from None
            raise FeedbackExists(f"task {task_id!r} already has feedback") from None
        return _to_task(answer["Attributes"])

    def count_by_status(self) -> dict[TaskStatus, int]:
        counts: dict[TaskStatus, int] = {}
        for status in TaskStatus:
            total = 0
            for page in self._db.get_paginator("query").paginate(
                TableName=self._table,
                IndexName=STATUS_INDEX,
                KeyConditionExpression="#s = :s",
                ExpressionAttributeNames={"#s": "status"},
                ExpressionAttributeValues={":s": _s(status.value)},
                Select="COUNT",
            ):
                total += int(page["Count"])
            counts[status] = total
        return counts

    def unfinished(self, status: TaskStatus, created_before: float, limit: int) -> list[Task]:
        answer = self._db.query(
            TableName=self._table,
            IndexName=STATUS_INDEX,
            KeyConditionExpression="#s = :s AND created_at < :t",
            ExpressionAttributeNames={"#s": "status"},
            ExpressionAttributeValues={":s": _s(status.value), ":t": _n(created_before)},
            ScanIndexForward=True,
            Limit=limit,
        )
        return [_to_task(item) for item in answer.get("Items", [])]

    def close_review(self, task_id: str, review: Review, now: float) -> bool:
        return self._update_unless_refused(
            task_id,
            UpdateExpression=f"SET updated_at = :now, {_SET_REVIEW}",
            ConditionExpression=f"{REVIEW_STATUS} = :open",
            ExpressionAttributeValues={
                ":now": _n(now),
                ":open": _s(ReviewStatus.OPEN.value),
                **_review_values(review),
            },
        )

    def reviews(
        self, status: ReviewStatus, industry: str | None, limit: int, after: ReviewPosition | None
    ) -> tuple[list[Task], ReviewPosition | None]:
        if industry is None:
            index, partition, value = REVIEW_INDEX, REVIEW_STATUS, status.value
        else:
            index, partition, value = REVIEW_INDUSTRY_INDEX, REVIEW_QUEUE, _review_queue(status, industry)
        query: dict[str, Any] = {
            "TableName": self._table,
            "IndexName": index,
            "KeyConditionExpression": "#p = :p",
            "ExpressionAttributeNames": {"#p": partition},
            "ExpressionAttributeValues": {":p": _s(value)},
            "ScanIndexForward": status is ReviewStatus.OPEN,  # open: oldest first; closed: newest first
            # One more than asked: whether a next page exists is known now, not after an empty request.
            "Limit": limit + 1,
        }
        if after is not None:
            query["ExclusiveStartKey"] = {
                "task_id": _s(after.task_id),
                partition: _s(value),
                REVIEW_ENTERED_AT: _n(after.entered_at),
            }
        items = [_to_task(item) for item in self._db.query(**query).get("Items", [])]
        page = items[:limit]
        return page, _next_position(page, more=len(items) > limit)

    def review_summary(self) -> ReviewSummary:
        open_key: dict[str, Any] = {
            "TableName": self._table,
            "IndexName": REVIEW_INDEX,
            "KeyConditionExpression": "#p = :p",
            "ExpressionAttributeNames": {"#p": REVIEW_STATUS},
            "ExpressionAttributeValues": {":p": _s(ReviewStatus.OPEN.value)},
        }
        count = sum(int(page["Count"]) for page in self._db.get_paginator("query").paginate(**open_key, Select="COUNT"))
        oldest = self._db.query(**open_key, ScanIndexForward=True, Limit=1).get("Items", [])
        return ReviewSummary(count, float(oldest[0][REVIEW_ENTERED_AT]["N"]) if oldest else None)

    def with_feedback(self) -> Iterator[Task]:
        for page in self._db.get_paginator("scan").paginate(
            TableName=self._table, FilterExpression="attribute_exists(feedback)"
        ):
            for item in page.get("Items", []):
                yield _to_task(item)

    def ping(self) -> None:
        self._db.describe_table(TableName=self._table)


# DynamoDB's limits per BatchGetItem and BatchWriteItem request.
BATCH_GET_MAX_KEYS = 100
BATCH_WRITE_MAX_ITEMS = 25


def _cache_item(key: str, result: dict[str, Any], expires_at: int, max_bytes: int) -> dict[str, Any] | None:
    """The entry's item, None when it is over ``max_bytes``.

    Measured here rather than sent: DynamoDB rejects a whole BatchWriteItem (ValidationException, nothing
    written) for one item over 400 KB, and this item is simple to count (two strings, and a number counted
    high). Sending the batch and falling back to one PutItem per entry would cost up to 25 more calls."""
    result_json = json.dumps(result)
    if entry_bytes(key, result_json, expires_at) > max_bytes:
        return None
    return {CACHE_KEY: _s(key), RESULT: _s(result_json), EXPIRES_AT: _n(expires_at)}


def _cached_result(item: dict[str, Any] | None, now: float) -> dict[str, Any] | None:
    # DynamoDB deletes expired items lazily (within days), so the TTL is checked here too.
    if item is None or float(item[EXPIRES_AT]["N"]) <= now:
        return None
    result: dict[str, Any] = json.loads(item[RESULT]["S"])
    return result


class DynamoResultCache(ResultCache):
    """Items hold the cache key (hash, industry, model version, split mode), the result and a TTL; nothing else.

    An entry whose item would be over ``max_entry_bytes`` is never sent (see ``_cache_item``)."""

    def __init__(
        self,
        client: Any,
        table: str,
        *,
        batch_retries: int = 3,
        batch_backoff_seconds: float = 0.05,
        max_entry_bytes: int = DEFAULT_MAX_ENTRY_BYTES,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self._db = client
        self._table = table
        self._max_entry_bytes = max_entry_bytes
        # Batch calls return what DynamoDB throttled as unprocessed: asked again this many times, waiting
        # batch_backoff_seconds, then twice that... (AWS's advice), then given up (a cache may lose entries).
        self._batch_retries = batch_retries
        self._batch_backoff_seconds = batch_backoff_seconds
        self._sleep = sleep

    def get(self, key: str, now: float) -> dict[str, Any] | None:
        return _cached_result(self._db.get_item(TableName=self._table, Key={CACHE_KEY: _s(key)}).get("Item"), now)

    def put(self, key: str, result: dict[str, Any], expires_at: int) -> bool:
        item = _cache_item(key, result, expires_at, self._max_entry_bytes)
        if item is None:
            return False
        self._db.put_item(TableName=self._table, Item=item)
        return True

    def get_many(self, keys: Collection[str], now: float) -> dict[str, dict[str, Any] | None]:
        unique = list(dict.fromkeys(keys))  # BatchGetItem refuses a key twice
        items: dict[str, dict[str, Any]] = {}
        answered: set[str] = set()
        for start in range(0, len(unique), BATCH_GET_MAX_KEYS):
            asked = unique[start : start + BATCH_GET_MAX_KEYS]
            request = {self._table: {"Keys": [{CACHE_KEY: _s(key)} for key in asked]}}
            for attempt in range(self._batch_retries + 1):
                if attempt:
                    self._sleep(self._batch_backoff_seconds * 2 ** (attempt - 1))
                response = self._db.batch_get_item(RequestItems=request)
                for item in response.get("Responses", {}).get(self._table, []):
                    items[item[CACHE_KEY]["S"]] = item
                request = response.get("UnprocessedKeys") or {}
                if not request:
                    break
            unprocessed = {key[CACHE_KEY]["S"] for key in request.get(self._table, {}).get("Keys", [])}
            answered.update(key for key in asked if key not in unprocessed)
        return {key: _cached_result(items.get(key), now) for key in unique if key in answered}

    def put_many(self, entries: Mapping[str, tuple[dict[str, Any], int]]) -> list[str]:
        items = {key: _cache_item(key, *entry, self._max_entry_bytes) for key, entry in entries.items()}
        unwritten = [key for key, item in items.items() if item is None]
        puts = [{"PutRequest": {"Item": item}} for item in items.values() if item is not None]
        for start in range(0, len(puts), BATCH_WRITE_MAX_ITEMS):
            request = {self._table: puts[start : start + BATCH_WRITE_MAX_ITEMS]}
            for attempt in range(self._batch_retries + 1):
                if attempt:
                    self._sleep(self._batch_backoff_seconds * 2 ** (attempt - 1))
                request = self._db.batch_write_item(RequestItems=request).get("UnprocessedItems") or {}
                if not request:
                    break
            unwritten.extend(put["PutRequest"]["Item"][CACHE_KEY]["S"] for put in request.get(self._table, []))
        return unwritten

    def ping(self) -> None:
        self._db.describe_table(TableName=self._table)


class DynamoStatsStore(StatsStore):
    """One item of atomic counters in the cache table (no TTL attribute, so it never expires)."""

    def __init__(self, client: Any, table: str) -> None:
        self._db = client
        self._table = table

    def add(self, counters: Mapping[str, float]) -> None:
        if not counters:
            return
        names = {f"#c{i}": name for i, name in enumerate(counters)}
        values = {f":v{i}": _n(Decimal(str(amount))) for i, amount in enumerate(counters.values())}
        self._db.update_item(
            TableName=self._table,
            Key={CACHE_KEY: _s(STATS_KEY)},
            UpdateExpression="ADD " + ", ".join(f"#c{i} :v{i}" for i in range(len(counters))),
            ExpressionAttributeNames=names,
            ExpressionAttributeValues=values,
        )

    def read(self) -> dict[str, float]:
        item = self._db.get_item(TableName=self._table, Key={CACHE_KEY: _s(STATS_KEY)}).get("Item", {})
        return {name: float(value["N"]) for name, value in item.items() if "N" in value and name != CACHE_KEY}

    def ping(self) -> None:
        self._db.describe_table(TableName=self._table)
