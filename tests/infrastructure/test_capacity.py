"""The throttles and the worker's concurrency follow from the capacity configuration (infra/capacity.py)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import aws_cdk as cdk
import pytest
from aws_cdk.assertions import Template

from infra import capacity
from infra.app import build_app
from infra.config import BUNDLING_STACKS_KEY, DeploymentConfig

BULKIER = {
    "standard": {
        "rate_limit": 8,
        "burst_limit": 16,
        "quota_per_day": 20_000,
        "upload_rate_limit": 3,
        "upload_burst_limit": 6,
    }
}


def synth(tmp_path: Path, **context: Any) -> dict[str, Any]:
    app = cdk.App(
        context={BUNDLING_STACKS_KEY: [], **context}, outdir=str(tmp_path), builtin_cloud_formation_validation=False
    )
    _, (stack,) = build_app(app)
    resources: dict[str, Any] = Template.from_stack(stack).to_json()["Resources"]
    return resources


def of_type(resources: dict[str, Any], kind: str) -> list[dict[str, Any]]:
    return [r["Properties"] for r in resources.values() if r["Type"] == kind]


def test_changing_the_target_moves_every_limit_and_the_worker_with_it(tmp_path: Path) -> None:
    resources = synth(
        tmp_path,
        target_documents_per_day="2000000",
        peak_factor="2",
        polls_per_document="3",
        worker_seconds_per_document="0.5",
        usage_plans=BULKIER,
    )
    # 2e6 / 86,400 x 2 = 46.3 documents/s at peak
    (stage,) = of_type(resources, "AWS::ApiGateway::Stage")
    limits = {m["ResourcePath"]: (m["ThrottlingRateLimit"], m["ThrottlingBurstLimit"]) for m in stage["MethodSettings"]}
    assert limits.pop("/*") == (139, 278)  # 46.3 x 3 polls = 138.9 on the result route, burst 2 s
    assert set(limits.values()) == {(47, 94)}  # each upload route
    (plan,) = of_type(resources, "AWS::ApiGateway::UsagePlan")
    assert plan["Throttle"] == {"RateLimit": 8, "BurstLimit": 16} and plan["Quota"]["Limit"] == 20_000
    assert all(t == {"RateLimit": 3, "BurstLimit": 6} for t in plan["ApiStages"][0]["Throttle"].values())
    worker = [f for f in of_type(resources, "AWS::Lambda::Function") if "ReservedConcurrentExecutions" in f]
    assert [f["ReservedConcurrentExecutions"] for f in worker] == [24]  # ceil(46.3 x 0.5)
    assert worker[0]["Environment"]["Variables"]["WORKER_CONCURRENCY"] == "24"  # estimated_time uses the same


def test_a_reserved_concurrency_the_queue_can_buffer_is_kept(tmp_path: Path) -> None:
    resources = synth(tmp_path, worker_reserved_concurrency="12")  # between the average's 9 and the peak's 25
    (worker,) = [f for f in of_type(resources, "AWS::Lambda::Function") if "ReservedConcurrentExecutions" in f]
    assert worker["ReservedConcurrentExecutions"] == 12


def test_a_worker_that_could_never_drain_the_daily_average_fails_synth(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="queue would never drain"):
        synth(tmp_path, worker_reserved_concurrency="8")  # 8 / 0.71 = 11.3 documents/s < 11.6 average


def test_a_tier_promising_one_key_more_than_the_stage_fails_synth(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="usage plan 'bulk' allows one key 60/s"):
        synth(tmp_path, target_documents_per_day="100000")  # stage: 4 uploads/s, 7 req/s


def test_defaults_reach_the_guides_top_volume() -> None:
    config = DeploymentConfig()
    limits = config.gateway_limits()
    assert limits.upload_rate_limit * capacity.SECONDS_PER_DAY >= config.target_documents_per_day * 1.0
    assert limits.upload_rate_limit >= config.target_documents_per_day / capacity.SECONDS_PER_DAY * config.peak_factor
    assert config.worker_concurrency() / config.worker_seconds_per_document >= limits.upload_rate_limit * 0.99
    assert capacity.minimum_worker_concurrency(config.capacity_target()) == 9


def test_a_usage_plan_needs_every_field() -> None:
    with pytest.raises(ValueError, match="usage plan 'x' needs exactly"):
        capacity.usage_plan_tiers({"x": {"rate_limit": 1}})
