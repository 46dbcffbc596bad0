"""Lambda layer bundling without Docker.

CDK calls ``try_bundle`` first; when it returns True the Docker image in the
``BundlingOptions`` is never pulled. Wheels are fetched for the *target*
runtime (manylinux, cp313, the stack's architecture) with pip's
``--platform``/``--only-binary`` flags, so a laptop on any OS builds a layer
that imports on Lambda. Only when pip is unavailable would CDK fall back to the
SAM build image (and then need Docker).
"""

from __future__ import annotations

import hashlib
import shutil
import subprocess
import sys
import tomllib
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import jsii
from aws_cdk import ILocalBundling

REPO_ROOT = Path(__file__).resolve().parent.parent
PYTHON_VERSION = "3.13"
# The handlers' third-party runtime is pyproject's `service` extra; used if that extra is absent.
HANDLER_DEPENDENCIES: tuple[str, ...] = ("aws-lambda-powertools[tracer]==3.37.0", "pydantic==2.14.4")
# Never shipped: boto3/botocore come with the Lambda runtime, moto is the local emulator.
NOT_SHIPPED = frozenset({"boto3", "botocore", "moto"})
# Files that only cost unzipped bytes in a layer.
_PRUNE_DIRS = ("__pycache__", "bin")
# Pulled in transitively (aws-xray-sdk -> botocore) but shipped by the Lambda Python runtime: ~31 MB
# of the 250 MB unzipped budget, and a stale copy in /opt/python would shadow the runtime's own.
RUNTIME_PROVIDED = ("boto3", "botocore", "s3transfer", "jmespath")


def pip_platforms(architecture: str) -> list[str]:
    """pip does not widen an explicit ``--platform``: list every glibc tag AL2023 accepts."""
    arch = "aarch64" if architecture == "arm64" else "x86_64"
    return [f"manylinux_2_28_{arch}", f"manylinux_2_17_{arch}", f"manylinux2014_{arch}"]


def runtime_requirements(repo_root: Path = REPO_ROOT) -> list[str]:
    """pyproject's dependencies + its `service` extra + functions/*/requirements.txt, deduplicated."""
    project = tomllib.loads((repo_root / "pyproject.toml").read_text())["project"]
    service = project.get("optional-dependencies", {}).get("service", HANDLER_DEPENDENCIES)
    reqs: list[str] = list(project["dependencies"]) + list(service)
    for req_file in sorted((repo_root / "functions").glob("*/requirements.txt")):
        reqs += [
            line.split("#", 1)[0].strip() for line in req_file.read_text().splitlines() if line.split("#", 1)[0].strip()
        ]
    seen: dict[str, str] = {}
    for req in reqs:
        name = req.split("=")[0].split("[")[0].split("<")[0].split(">")[0].strip().lower()
        name = name.replace("_", "-").replace(".", "-")
        if name in NOT_SHIPPED:
            continue
        seen.setdefault(name, req)
    return sorted(seen.values())


def requirements_hash(requirements: Sequence[str], architecture: str) -> str:
    """Asset hash of the dependency layer: changes when a pin or this bundling code changes."""
    bundler_source = Path(__file__).read_text()
    text = "\n".join([PYTHON_VERSION, architecture, *requirements, bundler_source])
    return hashlib.sha256(text.encode()).hexdigest()


def directory_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def _prune(root: Path) -> None:
    for package in RUNTIME_PROVIDED:
        for path in [root / package, *root.glob(f"{package}-*.dist-info")]:
            shutil.rmtree(path, ignore_errors=True)
    for name in _PRUNE_DIRS:
        for path in sorted(root.rglob(name), reverse=True):
            if path.is_dir():
                shutil.rmtree(path, ignore_errors=True)


def pip_install_command(requirements: Sequence[str], target: Path, architecture: str) -> list[str]:
    cmd = [sys.executable, "-m", "pip", "install", "--quiet", "--disable-pip-version-check"]
    for platform in pip_platforms(architecture):
        cmd += ["--platform", platform]
    cmd += [
        "--implementation",
        "cp",
        "--python-version",
        PYTHON_VERSION,
        "--only-binary=:all:",  # never compile for the build host's glibc/arch
        "--target",
        str(target),
        *requirements,
    ]
    return cmd


@jsii.implements(ILocalBundling)
class DependenciesLayerBundler:
    """Installs the third-party runtime into ``<output>/python`` for the target platform."""

    def __init__(self, requirements: Sequence[str], architecture: str, size_budget_mb: int) -> None:
        self.requirements = list(requirements)
        self.architecture = architecture
        self.size_budget_mb = size_budget_mb

    def try_bundle(self, output_dir: str, options: Any = None) -> bool:  # jsii passes options positionally
        target = Path(output_dir) / "python"
        subprocess.run(pip_install_command(self.requirements, target, self.architecture), check=True)
        _prune(target)
        size_mb = directory_size(target) / 1e6
        if size_mb > self.size_budget_mb:
            raise RuntimeError(
                f"dependency layer is {size_mb:.0f} MB unzipped, over the {self.size_budget_mb} MB budget "
                "(Lambda allows 250 MB for function + layers)"
            )
        return True


@jsii.implements(ILocalBundling)
class CorePackageLayerBundler:
    """Copies the core package to ``<output>/python/doc_classifier``."""

    def __init__(self, package_dir: Path) -> None:
        self.package_dir = package_dir

    def try_bundle(self, output_dir: str, options: Any = None) -> bool:  # jsii passes options positionally
        target = Path(output_dir) / "python" / self.package_dir.name
        shutil.copytree(
            self.package_dir,
            target,
            ignore=shutil.ignore_patterns("__pycache__", "*.pyc", "*.egg-info"),
        )
        return True
