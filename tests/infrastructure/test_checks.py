"""cdk-nag, cfn-lint and a real `cdk synth` through the npm CDK CLI."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import aws_cdk as cdk
import pytest
from aws_cdk import aws_s3 as s3
from cdk_nag import AwsSolutionsChecks
from cfnlint.api import ManualArgs, lint

from infra.app import build_app
from infra.bundling import REPO_ROOT, directory_size, requirements_hash, runtime_requirements
from infra.components.nag import ACKNOWLEDGED
from tests.infrastructure.conftest import Synthesized

CDK_CLI_VERSION = "2.1148.1"


def test_cdk_nag_passes_with_only_justified_acknowledgements(synthesized: Synthesized) -> None:
    # The session fixture's app.synth() ran AwsSolutionsChecks and would have raised on a finding;
    # its report, written on success too, shows the plugin did run and what each acknowledgement hid.
    report = synthesized.outdir / "validation-report.json"
    assert report.exists(), "synthesis wrote no validation report: the cdk-nag plugin did not run"
    (plugin,) = json.loads(report.read_text())["pluginReports"]
    assert plugin["pluginName"] == "AwsSolutions"
    assert plugin["conclusion"] == "success" and not plugin["violations"], plugin["violations"]
    # A suppression not in ACKNOWLEDGED was never reviewed; an acknowledgement matching nothing
    # would silently accept a future finding of that rule.
    suppressed = {finding["acknowledgedId"] for finding in plugin["suppressedViolations"]}
    assert suppressed == {f"AwsSolutions::{rule}" for rule in ACKNOWLEDGED}
    for rule, reason in ACKNOWLEDGED.items():
        assert rule.startswith("AwsSolutions-")
        assert len(reason.split()) >= 8, f"{rule}: say why in a sentence"


def test_cdk_nag_rejects_an_unacknowledged_finding(tmp_path: Path) -> None:
    """Proves the plugin is live: a bucket without SSL enforcement must fail synthesis."""
    app = cdk.App(outdir=str(tmp_path), builtin_cloud_formation_validation=False)
    stack = cdk.Stack(app, "Bad")
    s3.Bucket(stack, "Open")
    cdk.Validations.of(app).add_plugins(AwsSolutionsChecks(app))
    with pytest.raises(RuntimeError, match="ValidationFailed"):
        app.synth()


def test_cfn_lint_passes_on_the_synthesized_template_as_sam_validate_lint_runs_it(
    synthesized: Synthesized, monkeypatch: pytest.MonkeyPatch
) -> None:
    # `sam validate --lint` calls cfnlint.api.lint with no ignore list: the project's .cfnlintrc, read
    # from the working directory, is what lets CDK's harmless W3005 warnings through.
    monkeypatch.chdir(REPO_ROOT)
    matches = lint(synthesized.template_path.read_text(), config=ManualArgs())
    assert not matches, "\n".join(str(m) for m in matches)


def _cdk_cli() -> Path:
    cli = REPO_ROOT / "node_modules" / ".bin" / "cdk"
    if not cli.exists():  # `make synth` installs it; a bare pytest run installs the same pin
        subprocess.run(
            ["npm", "install", "--no-save", "--no-audit", "--no-fund", f"aws-cdk@{CDK_CLI_VERSION}"],
            cwd=REPO_ROOT,
            check=True,
            capture_output=True,
        )
    return cli


@pytest.mark.slow
def test_cdk_cli_synth_with_real_layer_bundling(tmp_path: Path) -> None:
    """`cdk synth` as `make synth` runs it: pip builds the layers for arm64 without Docker."""
    if shutil.which("npm") is None:
        pytest.fail("npm is required for the CDK CLI (Node.js 20+)")
    env = {
        **os.environ,
        "JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION": "20",
        "CDK_DISABLE_VERSION_CHECK": "1",
    }
    result = subprocess.run(
        [
            str(_cdk_cli()),
            "synth",
            "--quiet",
            "--no-validation",
            "--no-notices",
            "-o",
            str(tmp_path / "cdk.out"),
        ],
        cwd=REPO_ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-4000:]
    (template,) = (tmp_path / "cdk.out").glob("DocClassifier-*.template.json")
    resources = json.loads(template.read_text())["Resources"]
    assert sum(r["Type"] == "AWS::Lambda::Function" for r in resources.values()) >= 4
    # The bundled dependency layer imports on Lambda: right platform, OCR model included.
    deps = [p for p in (tmp_path / "cdk.out").glob("asset.*/python") if (p / "numpy").exists()]
    assert len(deps) == 1
    assert (deps[0] / "share" / "tessdata" / "eng.traineddata").exists()
    assert any(deps[0].glob("tesserocr*.so")) or any(deps[0].glob("tesserocr/*.so"))
    extensions = list((deps[0] / "numpy").rglob("*.cpython-*.so"))
    assert extensions and all("cpython-313-aarch64-linux-gnu" in so.name for so in extensions)
    assert not (deps[0] / "botocore").exists()  # the runtime's own boto3/botocore are used
    assert directory_size(deps[0]) < 200e6  # leaves room for function code under Lambda's 250 MB
    core = [p for p in (tmp_path / "cdk.out").glob("asset.*/python/doc_classifier")]
    assert len(core) == 1 and not (core[0] / "training").exists()


def test_a_second_region_is_a_second_instance_of_the_same_stack(tmp_path: Path) -> None:
    context = {
        "aws:cdk:bundling-stacks": [],
        "stage": "prod",
        "regions": '["us-east-1", "eu-west-1"]',
        "peak_factor": "4",
    }
    app = cdk.App(context=context, outdir=str(tmp_path), builtin_cloud_formation_validation=False)
    _, stacks = build_app(app)
    assert [(s.stack_name, s.region) for s in stacks] == [
        ("DocClassifier-prod-us-east-1", "us-east-1"),
        ("DocClassifier-prod-eu-west-1", "eu-west-1"),
    ]
    # CLI context arrives as strings: coerced to the field's type.
    assert all(s.config.peak_factor == 4.0 and s.config.retain_data is False for s in stacks)


def test_without_regions_the_stack_targets_the_cli_account_and_region(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CDK_DEFAULT_ACCOUNT", "123456789012")
    monkeypatch.setenv("CDK_DEFAULT_REGION", "eu-central-1")
    app = cdk.App(context={"aws:cdk:bundling-stacks": []}, outdir=str(tmp_path))
    _, (stack,) = build_app(app)
    assert (stack.stack_name, stack.account, stack.region) == ("DocClassifier-dev", "123456789012", "eu-central-1")


def test_dependency_layer_hash_follows_pins_and_architecture() -> None:
    reqs = runtime_requirements()
    assert requirements_hash(reqs, "arm64") != requirements_hash(reqs, "x86_64")
    assert requirements_hash(reqs, "arm64") != requirements_hash([*reqs[:-1], "tesserocr==2.12.0"], "arm64")
    assert not any(r.lower().startswith(("boto3", "botocore", "moto")) for r in reqs)
    assert any(r.startswith("tesserocr==") for r in reqs) and any(r.startswith("aws-lambda-powertools") for r in reqs)
