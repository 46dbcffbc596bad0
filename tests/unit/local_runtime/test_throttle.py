"""API Gateway's throttles as the local gateway models them, on a controlled clock (no sleeps)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from infra import service_definition as sd
from infra.capacity import GatewayLimits, UsagePlanTier
from infra.config import DeploymentConfig
from infra.local_runtime.gateway import gateway_limits
from infra.local_runtime.throttle import SECONDS_PER_DAY, GatewayThrottle

UPLOAD_ROUTES = [r for r in sd.ROUTES if r.upload]
INDUSTRIES = next(r for r in sd.ROUTES if r.path == "/industries")
CATEGORIES = next(r for r in sd.ROUTES if r.path == "/categories/{industry}")
# Wide enough that only the limit under test can refuse.
UNLIMITED = 1_000_000


def limits(
    *,
    api: tuple[float, int] = (UNLIMITED, UNLIMITED),
    upload: tuple[float, int] = (UNLIMITED, UNLIMITED),
    plan: tuple[float, int, int] = (UNLIMITED, UNLIMITED, UNLIMITED),
    plan_upload: tuple[float, int] = (UNLIMITED, UNLIMITED),
    bulk: tuple[float, int, int] = (UNLIMITED, UNLIMITED, UNLIMITED),
) -> GatewayLimits:
    """Stage limits, a `standard` tier (the default) and a `bulk` tier; unlimited unless given."""
    return GatewayLimits(
        api_rate_limit=api[0],
        api_burst_limit=api[1],
        upload_rate_limit=upload[0],
        upload_burst_limit=upload[1],
        plans=(
            UsagePlanTier("standard", plan[0], plan[1], plan[2], plan_upload[0], plan_upload[1]),
            UsagePlanTier("bulk", bulk[0], bulk[1], bulk[2], UNLIMITED, UNLIMITED),
        ),
    )


class FakeClock:
    def __init__(self, now: float = 1_800_000_000.0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


def admitted(
    throttle: GatewayThrottle, route: sd.RouteSpec, key: str | None, times: int, plan: UsagePlanTier | None = None
) -> int:
    return sum(throttle.admit(route, key, plan) is None for _ in range(times))


@pytest.mark.parametrize("route", UPLOAD_ROUTES, ids=lambda r: r.path)
def test_upload_routes_use_the_upload_rate_not_the_api_rate(route: sd.RouteSpec) -> None:
    clock = FakeClock()
    throttle = GatewayThrottle(limits(api=(10, 20), upload=(2, 4)), clock)
    assert admitted(throttle, route, None, 25) == 4  # the upload burst, not the API's 20
    assert throttle.admit(route, None) is sd.THROTTLED
    clock.advance(1.0)
    assert admitted(throttle, route, None, 25) == 2  # refilled at 2/s, not 10/s


def test_other_routes_use_the_stage_rate_each_with_its_own_bucket() -> None:
    clock = FakeClock()
    throttle = GatewayThrottle(limits(api=(10, 20), upload=(2, 4)), clock)
    assert admitted(throttle, INDUSTRIES, None, 30) == 20
    assert admitted(throttle, CATEGORIES, None, 30) == 20  # API Gateway applies the stage limit per method
    clock.advance(0.5)
    assert admitted(throttle, INDUSTRIES, None, 30) == 5


def test_each_key_gets_the_usage_plan_rate_across_routes() -> None:
    clock = FakeClock()
    throttle = GatewayThrottle(limits(plan=(5, 10, UNLIMITED)), clock)
    assert admitted(throttle, INDUSTRIES, "key-a", 6) == 6
    assert admitted(throttle, CATEGORIES, "key-a", 10) == 4  # one bucket per key for the plan's rate
    assert throttle.admit(INDUSTRIES, "key-a") is sd.THROTTLED
    assert admitted(throttle, INDUSTRIES, "key-b", 10) == 10  # another client is not slowed down
    assert admitted(throttle, INDUSTRIES, None, 10) == 10  # a keyless (public) request has no plan
    clock.advance(1.0)
    assert admitted(throttle, INDUSTRIES, "key-a", 10) == 5


def test_upload_routes_keep_their_tighter_limit_per_key() -> None:
    clock = FakeClock()
    throttle = GatewayThrottle(limits(upload=(2, 4), plan=(5, 10, UNLIMITED), plan_upload=(2, 4)), clock)
    upload = UPLOAD_ROUTES[0]
    assert admitted(throttle, upload, "key-a", 10) == 4
    # the stage's own upload bucket is shared, so a second key finds it empty: that is API Gateway too
    assert throttle.admit(upload, "key-b") is sd.THROTTLED
    assert admitted(throttle, INDUSTRIES, "key-a", 20) == 10  # the plan's bucket was not drawn from


def test_daily_quota_per_key_resets_at_midnight_utc() -> None:
    midnight = 20_000 * SECONDS_PER_DAY
    clock = FakeClock(midnight - 10)
    throttle = GatewayThrottle(limits(plan=(UNLIMITED, UNLIMITED, 3)), clock)
    assert admitted(throttle, INDUSTRIES, "key-a", 3) == 3
    assert throttle.admit(INDUSTRIES, "key-a") is sd.QUOTA_EXCEEDED
    assert throttle.admit(INDUSTRIES, "key-b") is None
    clock.advance(10)
    assert admitted(throttle, INDUSTRIES, "key-a", 5) == 3


def test_each_key_gets_the_limits_of_its_own_tier() -> None:
    clock = FakeClock()
    throttle = GatewayThrottle(limits(plan=(1, 2, UNLIMITED), bulk=(50, 100, UNLIMITED)), clock)
    tiers = {t.name: t for t in throttle._limits.plans}
    assert admitted(throttle, INDUSTRIES, "std-key", 10) == 2  # default tier when none is given
    assert admitted(throttle, INDUSTRIES, "bulk-key", 150, tiers["bulk"]) == 100
    assert admitted(throttle, INDUSTRIES, "std-2", 10, tiers["standard"]) == 2


def test_limits_come_from_the_capacity_target_and_cdk_json_context(tmp_path: Path) -> None:
    assert gateway_limits(tmp_path / "missing.json") == DeploymentConfig().gateway_limits()
    cdk_json = tmp_path / "cdk.json"
    plans = {"solo": {"rate_limit": 3, "burst_limit": 6, "quota_per_day": 50}}
    plans["solo"] |= {"upload_rate_limit": 1, "upload_burst_limit": 2}
    context = {"target_documents_per_day": "2000000", "peak_factor": 2, "usage_plans": plans}
    cdk_json.write_text(json.dumps({"context": context | {"default_usage_plan": "solo"}}))
    local = gateway_limits(cdk_json)
    # 2e6 / 86400 x 2 = 46.3 documents/s at peak: 47 uploads/s, 2 polls each: 93 req/s, bursts 2 s of each
    assert (local.upload_rate_limit, local.upload_burst_limit, local.api_rate_limit, local.api_burst_limit) == (
        47,
        94,
        93,
        186,
    )
    assert local.plans == (UsagePlanTier("solo", 3, 6, 50, 1, 2),) and local.default_plan == "solo"
