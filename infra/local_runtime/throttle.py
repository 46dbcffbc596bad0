"""API Gateway's throttling: stage/method token buckets and, per API key, the usage plan's buckets and quota."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable

from infra import service_definition as sd
from infra.capacity import GatewayLimits, UsagePlanTier

Clock = Callable[[], float]  # seconds since the epoch (the quota's day starts at 00:00 UTC, as API Gateway's)
SECONDS_PER_DAY = 86_400


class TokenBucket:
    """A steady rate and a burst; a request takes one token, none left means 429."""

    def __init__(self, rate: float, burst: int, clock: Clock) -> None:
        self._rate = rate
        self._burst = float(max(1, burst))
        self._tokens = self._burst
        self._clock = clock
        self._last = clock()
        self._lock = threading.Lock()

    def take(self) -> bool:
        with self._lock:
            now = self._clock()
            self._tokens = min(self._burst, self._tokens + max(0.0, now - self._last) * self._rate)
            self._last = now
            if self._tokens >= 1:
                self._tokens -= 1
                return True
            return False


class DailyQuota:
    def __init__(self, limit: int, clock: Clock) -> None:
        self._limit = limit
        self._clock = clock
        self._day = -1
        self._used = 0
        self._lock = threading.Lock()

    def take(self) -> bool:
        with self._lock:
            day = int(self._clock() // SECONDS_PER_DAY)
            if day != self._day:
                self._day, self._used = day, 0
            if self._used >= self._limit:
                return False
            self._used += 1
            return True


class GatewayThrottle:
    """The checks API Gateway makes before invoking, in its order: the key's usage plan, then the stage.

    Per key, with the limits of the key's tier: upload routes have their own per-method bucket (the usage
    plan's method throttle replaces the plan's rate for that method), every other route shares the plan's
    bucket; then the daily quota. Per stage: upload routes have their method bucket, the others one bucket
    each at the stage rate (API Gateway applies the stage default per method). Requests without a checked
    key skip the usage plan.
    """

    def __init__(self, limits: GatewayLimits, clock: Clock = time.time) -> None:
        self._limits = limits
        self._clock = clock
        self._stage = {(route.method, route.path): self._stage_bucket(route) for route in sd.ROUTES}
        self._per_key: dict[tuple[str, str, str], TokenBucket] = {}
        self._quotas: dict[str, DailyQuota] = {}
        self._lock = threading.Lock()

    def admit(
        self, route: sd.RouteSpec, api_key: str | None, plan: UsagePlanTier | None = None
    ) -> sd.GatewayResponse | None:
        """None when the request may go on; otherwise API Gateway's answer (429 throttled or quota).

        ``plan``: the key's tier (default: the default tier).
        """
        if api_key is not None:
            bucket, quota = self._plan(route, api_key, plan or self._limits.plan(self._limits.default_plan))
            if not bucket.take():
                return sd.THROTTLED
            if not quota.take():
                return sd.QUOTA_EXCEEDED
        if not self._stage[(route.method, route.path)].take():
            return sd.THROTTLED
        return None

    def _stage_bucket(self, route: sd.RouteSpec) -> TokenBucket:
        limits = self._limits
        if route.upload:
            return TokenBucket(limits.upload_rate_limit, limits.upload_burst_limit, self._clock)
        return TokenBucket(limits.api_rate_limit, limits.api_burst_limit, self._clock)

    def _plan(self, route: sd.RouteSpec, api_key: str, plan: UsagePlanTier) -> tuple[TokenBucket, DailyQuota]:
        # Only configured keys get here, so these maps stay as small as the key list; a key is in one plan.
        slot = (api_key, route.method, route.path) if route.upload else (api_key, "*", "*")
        with self._lock:
            bucket = self._per_key.get(slot)
            if bucket is None:
                bucket = (
                    TokenBucket(plan.upload_rate_limit, plan.upload_burst_limit, self._clock)
                    if route.upload
                    else TokenBucket(plan.rate_limit, plan.burst_limit, self._clock)
                )
                self._per_key[slot] = bucket
            quota = self._quotas.get(api_key)
            if quota is None:
                quota = self._quotas[api_key] = DailyQuota(plan.quota_per_day, self._clock)
        return bucket, quota
