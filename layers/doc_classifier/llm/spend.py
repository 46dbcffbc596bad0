"""The daily spend cap: a reservation before each call, reconciled with the real cost after it.

Counted per UTC day. ``DynamoSpendGuard`` counts across every Lambda container with atomic updates
on one item of the cache table; ``MemorySpendGuard`` is the same rule for one process.
"""

from __future__ import annotations

import threading
from abc import ABC, abstractmethod
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

from botocore.exceptions import ClientError

SPEND_KEY_PREFIX = "spend#"  # no cache key ("<sha256>#<industry>#<model>") starts with it
SPEND_ITEM_TTL_SECONDS = 3 * 24 * 3600


@dataclass(frozen=True)
class Reservation:
    day: str
    amount: float


def utc_day(epoch_seconds: float) -> str:
    return datetime.fromtimestamp(epoch_seconds, UTC).strftime("%Y-%m-%d")


class SpendGuard(ABC):
    def __init__(self, cap_usd: float, clock: Callable[[], float]) -> None:
        self.cap_usd = cap_usd
        self._clock = clock

    def reserve(self, estimate_usd: float) -> Reservation | None:
        """Hold ``estimate_usd`` of today's budget; None when that would pass the cap."""
        day = utc_day(self._clock())
        return Reservation(day, estimate_usd) if self._add_within_cap(day, estimate_usd) else None

    def settle(self, reservation: Reservation, actual_usd: float) -> None:
        """Replace the estimate with what the call really cost (on the day it was reserved)."""
        self._add(reservation.day, actual_usd - reservation.amount)

    @abstractmethod
    def spent(self, day: str) -> float: ...

    @abstractmethod
    def _add_within_cap(self, day: str, amount: float) -> bool: ...

    @abstractmethod
    def _add(self, day: str, amount: float) -> None: ...


class MemorySpendGuard(SpendGuard):
    def __init__(self, cap_usd: float, clock: Callable[[], float]) -> None:
        super().__init__(cap_usd, clock)
        self._lock = threading.Lock()
        self._spent: dict[str, float] = {}

    def spent(self, day: str) -> float:
        with self._lock:
            return self._spent.get(day, 0.0)

    def _add_within_cap(self, day: str, amount: float) -> bool:
        with self._lock:
            if self._spent.get(day, 0.0) + amount > self.cap_usd:
                return False
            self._spent[day] = self._spent.get(day, 0.0) + amount
            return True

    def _add(self, day: str, amount: float) -> None:
        with self._lock:
            self._spent[day] = self._spent.get(day, 0.0) + amount


class DynamoSpendGuard(SpendGuard):
    """One item per UTC day (``spend#2026-12-02``) in the cache table, expiring a few days later."""

    def __init__(self, client: Any, table: str, cap_usd: float, clock: Callable[[], float]) -> None:
        super().__init__(cap_usd, clock)
        self._db = client
        self._table = table

    def spent(self, day: str) -> float:
        item = self._db.get_item(TableName=self._table, Key=self._key(day), ConsistentRead=True).get("Item", {})
        return float(item["spent_usd"]["N"]) if "spent_usd" in item else 0.0

    def _add_within_cap(self, day: str, amount: float) -> bool:
        # The condition and the ADD are one atomic step, so containers racing for the last dollar cannot
        # both win: "spent + amount <= cap" is written as "spent <= cap - amount".
        if amount > self.cap_usd:
            return False
        try:
            self._update(
                day,
                amount,
                ConditionExpression="attribute_not_exists(spent_usd) OR spent_usd <= :room",
                extra_values={":room": _n(self.cap_usd - amount)},
            )
        except ClientError as exc:
            if exc.response.get("Error", {}).get("Code") == "ConditionalCheckFailedException":
                return False
            raise
        return True

    def _add(self, day: str, amount: float) -> None:
        self._update(day, amount)

    def _update(self, day: str, amount: float, extra_values: dict[str, Any] | None = None, **options: Any) -> None:
        expires_at = int(datetime.strptime(day, "%Y-%m-%d").replace(tzinfo=UTC).timestamp()) + SPEND_ITEM_TTL_SECONDS
        self._db.update_item(
            TableName=self._table,
            Key=self._key(day),
            UpdateExpression="ADD spent_usd :amount SET expires_at = :expires",
            ExpressionAttributeValues={":amount": _n(amount), ":expires": _n(expires_at), **(extra_values or {})},
            **options,
        )

    @staticmethod
    def _key(day: str) -> dict[str, Any]:
        return {"cache_key": {"S": f"{SPEND_KEY_PREFIX}{day}"}}


def _n(value: float | int) -> dict[str, str]:
    # Decimal via str: DynamoDB numbers are exact decimals; a float's repr round-trips.
    return {"N": str(Decimal(str(value)))}
