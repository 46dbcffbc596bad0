"""CDK entry point (``cdk.json``: ``python -m infra.app``).

One stack per region in context ``regions`` (default: the CLI's region), every
limit from context (``infra/config.py``), cdk-nag AwsSolutions checks on the app.
"""

from __future__ import annotations

from dataclasses import dataclass

import aws_cdk as cdk
from cdk_nag import AwsSolutionsChecks
from doc_classifier.config import EnvSettings

from infra.config import DeploymentConfig
from infra.stack import DocClassifierStack


@dataclass(frozen=True)
class CdkTarget(EnvSettings, prefix="CDK_DEFAULT_"):
    """The account and region the CDK CLI resolved from the caller's credentials (``CDK_DEFAULT_*``)."""

    account: str = ""
    region: str = ""


def build_app(app: cdk.App | None = None) -> tuple[cdk.App, list[DocClassifierStack]]:
    app = app or cdk.App()
    config = DeploymentConfig.from_node(app.node)
    target = CdkTarget.from_env()
    account = target.account or None
    regions = config.regions or (target.region or None,)
    stacks = []
    for region in regions:
        # An unset account/region gives an environment-agnostic template (offline synth, tests).
        suffix = f"-{region}" if config.regions else ""
        stacks.append(
            DocClassifierStack(
                app,
                f"DocClassifier-{config.stage}{suffix}",
                config=config,
                env=cdk.Environment(account=account, region=region) if region else None,
                description=f"Document classification service ({config.stage})",
            )
        )
    cdk.Tags.of(app).add("service", config.service_name)
    cdk.Tags.of(app).add("stage", config.stage)
    cdk.Validations.of(app).add_plugins(AwsSolutionsChecks(app, verbose=True))
    return app, stacks


def main() -> None:
    app, _ = build_app()
    app.synth()


if __name__ == "__main__":
    main()
