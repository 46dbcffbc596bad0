"""API Gateway's throttles as the local gateway models them, on a controlled clock (no sleeps)."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest

from infra import service_definition as sd
from infra.local_runtime.gateway import gateway_limits
from infra.local_runtime.throttle import SECONDS_PER_DAY, GatewayThrottle

UPLOAD_ROUTES = [r for r in sd.ROUTES if r.upload]
INDUSTRIES = next(r for r in sd.ROUTES if r.path == "/industries")
CATEGORIES = next(r for r in sd.ROUTES if r.path == "/categories/{industry}")
# Wide enough that only the limit under test can refuse.
UNLIMITED = 1_000_000


class FakeClock:
    def __init__(self, now: float = 1_800_000_000.0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


def admitted(throttle: GatewayThrottle, route: sd.RouteSpec, key: str | None, times: int) -> int:
    return sum(throttle.admit(route, key) is None for _ in range(times))


@pytest.mark.parametrize("route", UPLOAD_ROUTES, ids=lambda r: r.path)
def test_upload_routes_use_the_upload_rate_not_the_api_rate(route: sd.RouteSpec) -> None:
    limits = sd.GatewayLimits(api_rate_limit=10, api_burst_limit=20, upload_rate_limit=2, upload_burst_limit=4)
    clock = FakeClock()
    throttle = GatewayThrottle(limits, clock)
    assert admitted(throttle, route, None, 25) == 4  # the upload burst, not the API's 20
    assert throttle.admit(route, None) is sd.THROTTLED
    clock.advance(1.0)
    assert admitted(throttle, route, None, 25) == 2  # refilled at 2/s, not 10/s


def test_other_routes_use_the_stage_rate_each_with_its_own_bucket() -> None:
    limits = sd.GatewayLimits(api_rate_limit=10, api_burst_limit=20, upload_rate_limit=2, upload_burst_limit=4)
    clock = FakeClock()
    throttle = GatewayThrottle(limits, clock)
    assert admitted(throttle, INDUSTRIES, None, 30) == 20
    assert admitted(throttle, CATEGORIES, None, 30) == 20  # API Gateway applies the stage limit per method
    clock.advance(0.5)
    assert admitted(throttle, INDUSTRIES, None, 30) == 5


def test_each_key_gets_the_usage_plan_rate_across_routes() -> None:
    limits = sd.GatewayLimits(
        api_rate_limit=UNLIMITED,
        api_burst_limit=UNLIMITED,
        usage_plan_rate_limit=5,
        usage_plan_burst_limit=10,
        usage_plan_quota_per_day=UNLIMITED,
    )
    clock = FakeClock()
    throttle = GatewayThrottle(limits, clock)
    assert admitted(throttle, INDUSTRIES, "key-a", 6) == 6
    assert admitted(throttle, CATEGORIES, "key-a", 10) == 4  # one bucket per key for the plan's rate
    assert throttle.admit(INDUSTRIES, "key-a") is sd.THROTTLED
    assert admitted(throttle, INDUSTRIES, "key-b", 10) == 10  # another client is not slowed down
    assert admitted(throttle, INDUSTRIES, None, 10) == 10  # a keyless (public) request has no plan
    clock.advance(1.0)
    assert admitted(throttle, INDUSTRIES, "key-a", 10) == 5


def test_upload_routes_keep_their_tighter_limit_per_key() -> None:
    limits = sd.GatewayLimits(
        upload_rate_limit=2,
        upload_burst_limit=4,
        usage_plan_rate_limit=5,
        usage_plan_burst_limit=10,
        usage_plan_quota_per_day=UNLIMITED,
    )
    clock = FakeClock()
    throttle = GatewayThrottle(limits, clock)
    upload = UPLOAD_ROUTES[0]
    assert admitted(throttle, upload, "key-a", 10) == 4
    # the stage's own upload bucket is shared, so a second key finds it empty: that is API Gateway too
    assert throttle.admit(upload, "key-b") is sd.THROTTLED
    assert admitted(throttle, INDUSTRIES, "key-a", 20) == 10  # the plan's bucket was not drawn from


def test_daily_quota_per_key_resets_at_midnight_utc() -> None:
    limits = sd.GatewayLimits(
        api_rate_limit=UNLIMITED,
        api_burst_limit=UNLIMITED,
        usage_plan_rate_limit=UNLIMITED,
        usage_plan_burst_limit=UNLIMITED,
        usage_plan_quota_per_day=3,
    )
    midnight = 20_000 * SECONDS_PER_DAY
    clock = FakeClock(midnight - 10)
    throttle = GatewayThrottle(limits, clock)
    assert admitted(throttle, INDUSTRIES, "key-a", 3) == 3
    assert throttle.admit(INDUSTRIES, "key-a") is sd.QUOTA_EXCEEDED
    assert throttle.admit(INDUSTRIES, "key-b") is None
    clock.advance(10)
    assert admitted(throttle, INDUSTRIES, "key-a", 5) == 3


def test_limits_come_from_service_definition_and_cdk_json_context(tmp_path: Path) -> None:
    assert gateway_limits(tmp_path / "missing.json") == sd.GATEWAY_LIMITS
    cdk_json = tmp_path / "cdk.json"
    cdk_json.write_text(json.dumps({"context": {"upload_rate_limit": "3", "usage_plan_quota_per_day": 50}}))
    assert gateway_limits(cdk_json) == replace(sd.GATEWAY_LIMITS, upload_rate_limit=3.0, usage_plan_quota_per_day=50)
