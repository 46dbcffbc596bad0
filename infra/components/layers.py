"""The two Lambda layers: the core package, and the third-party runtime it needs."""

from __future__ import annotations

import shlex
from pathlib import Path
from typing import cast

from aws_cdk import AssetHashType, BundlingOptions, DockerImage, ILocalBundling, RemovalPolicy
from aws_cdk import aws_lambda as _lambda
from constructs import Construct

from infra.bundling import (
    REPO_ROOT,
    CorePackageLayerBundler,
    DependenciesLayerBundler,
    pip_install_command,
    requirements_hash,
    runtime_requirements,
)
from infra.config import DeploymentConfig

LAYERS_DIR = REPO_ROOT / "layers"
CORE_PACKAGE = LAYERS_DIR / "doc_classifier"
# Only reached if local bundling ever returns False; needs Docker (never on the build machine).
_FALLBACK_IMAGE = DockerImage.from_registry("public.ecr.aws/sam/build-python3.13")


class RuntimeLayers(Construct):
    def __init__(
        self,
        scope: Construct,
        construct_id: str,
        *,
        config: DeploymentConfig,
        architecture: _lambda.Architecture,
        runtime: _lambda.Runtime,
    ) -> None:
        super().__init__(scope, construct_id)
        requirements = runtime_requirements()
        # Core separate from dependencies: a code change re-uploads ~100 kB, not ~200 MB.
        self.core = _lambda.LayerVersion(
            self,
            "CoreLayer",
            description="doc_classifier core package",
            code=_lambda.Code.from_asset(
                str(LAYERS_DIR),
                exclude=["*.egg-info", "**/__pycache__"],
                bundling=BundlingOptions(
                    image=_FALLBACK_IMAGE,
                    local=_local(CorePackageLayerBundler(CORE_PACKAGE)),
                    command=[
                        "bash",
                        "-c",
                        "mkdir -p /asset-output/python && cp -r doc_classifier /asset-output/python/",
                    ],
                ),
            ),
            compatible_runtimes=[runtime],
            compatible_architectures=[architecture],
            removal_policy=RemovalPolicy.DESTROY,
        )
        arch_name = config.architecture
        self.dependencies = _lambda.LayerVersion(
            self,
            "DependenciesLayer",
            description=f"third-party runtime for {arch_name} ({len(requirements)} pinned packages)",
            code=_lambda.Code.from_asset(
                str(LAYERS_DIR),
                # Hash of the pins, not of files: the layer changes exactly when a pin does.
                asset_hash_type=AssetHashType.CUSTOM,
                asset_hash=requirements_hash(requirements, arch_name),
                bundling=BundlingOptions(
                    image=_FALLBACK_IMAGE,
                    local=_local(DependenciesLayerBundler(requirements, arch_name, config.layer_size_budget_mb)),
                    command=[
                        "bash",
                        "-c",
                        shlex.join(
                            [
                                "python",
                                *pip_install_command(requirements, Path("/asset-output/python"), arch_name)[1:],
                            ]
                        ),
                    ],
                ),
            ),
            compatible_runtimes=[runtime],
            compatible_architectures=[architecture],
            removal_policy=RemovalPolicy.DESTROY,
        )


def _local(bundler: object) -> ILocalBundling:
    # jsii calls try_bundle(output_dir, options) positionally; the typed Protocol spells the options
    # as keyword arguments, so the @jsii.implements classes only match it at run time.
    return cast(ILocalBundling, bundler)
