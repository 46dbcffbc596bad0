"""The review deadline and its alarm are deployment configuration that reaches the template and the handlers."""

from __future__ import annotations

from infra.config import DeploymentConfig
from tests.infrastructure.conftest import Synthesized


def test_the_handlers_know_the_review_deadline_the_bucket_enforces(synthesized: Synthesized) -> None:
    days = synthesized.config.review_retention_days
    for name in ("api", "worker", "maintenance"):
        function = synthesized.stack.functions[name].node.default_child
        props = synthesized.resources[synthesized.stack.get_logical_id(function)]["Properties"]  # type: ignore[arg-type]
        assert props["Environment"]["Variables"]["REVIEW_RETENTION_DAYS"] == str(days)


def test_context_sets_the_deadline_and_the_alarm() -> None:
    config = DeploymentConfig.from_context({"review_retention_days": "3", "alarm_review_oldest_hours": "1.5"})
    assert (config.review_retention_days, config.alarm_review_oldest_hours) == (3, 1.5)
    assert "image/png" in DeploymentConfig().binary_media_types  # the preview leaves API Gateway as binary
