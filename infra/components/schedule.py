"""EventBridge schedules of ``service_definition.SCHEDULES`` (the guide's celery-beat duties)."""

from __future__ import annotations

from aws_cdk import Duration
from aws_cdk import aws_events as events
from aws_cdk import aws_events_targets as targets
from aws_cdk import aws_lambda as _lambda
from constructs import Construct

from infra import service_definition as sd


class Schedules(Construct):
    def __init__(self, scope: Construct, construct_id: str, *, functions: dict[str, _lambda.IFunction]) -> None:
        super().__init__(scope, construct_id)
        self.rules: list[events.Rule] = []
        for spec in sd.SCHEDULES:
            rule = events.Rule(
                self,
                f"{spec.function.capitalize()}Every{spec.rate_minutes}Minutes",
                description=f"Runs {spec.function} every {spec.rate_minutes} minutes",
                schedule=events.Schedule.rate(Duration.minutes(spec.rate_minutes)),
            )
            # Two retries then give up: the next tick re-does the same idempotent sweep anyway.
            rule.add_target(targets.LambdaFunction(functions[spec.function], retry_attempts=2))
            self.rules.append(rule)
