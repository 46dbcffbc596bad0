"""Context ``classifier_data_dir``: a learned model and its taxonomy ship as a layer, checked at synth."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import aws_cdk as cdk
import pytest
from doc_classifier.configured import PACKAGED_MODEL_DIR
from doc_classifier.taxonomy import DATA_DIR, ModelMismatch

from infra import service_definition as sd
from infra.app import build_app
from infra.components.functions import LEARNED_MODEL_DIR, LEARNED_TAXONOMY_DIR
from infra.config import BUNDLING_STACKS_KEY

# An industry made of categories the packaged model knows: consistent with it, so synth goes through.
LOAN_APPLICATION = (DATA_DIR / "finance.toml").read_text().split("[[categories]]")[-1]
MORTGAGE = f'kind = "industry"\nid = "mortgage"\nname = "Mortgage"\n\n[[categories]]{LOAN_APPLICATION}'


def _data_dir(tmp_path: Path, taxonomy: str) -> Path:
    root = tmp_path / "models" / "mortgage-v1"
    shutil.copytree(PACKAGED_MODEL_DIR, root / "model")
    (root / "taxonomy").mkdir()
    (root / "taxonomy" / "extra.toml").write_text(taxonomy)
    return root


def _synth(data_dir: Path) -> dict[str, Any]:
    context = {BUNDLING_STACKS_KEY: [], "classifier_data_dir": str(data_dir)}
    app, stacks = build_app(cdk.App(context=context, outdir=str(data_dir.parents[1] / "cdk.out")))
    template: dict[str, Any] = app.synth().get_stack_artifact(stacks[0].artifact_id).template
    return template


def test_the_learned_model_is_a_layer_of_every_function_and_named_by_their_environment(tmp_path: Path) -> None:
    assert "loan_application" in MORTGAGE and "invoice" not in MORTGAGE
    resources = _synth(_data_dir(tmp_path, MORTGAGE))["Resources"]
    [layer] = [k for k, v in resources.items() if v["Type"] == "AWS::Lambda::LayerVersion" and "Learned" in k]
    functions = [
        v["Properties"]
        for v in resources.values()
        if v["Type"] == "AWS::Lambda::Function" and "Layers" in v["Properties"]  # not CDK's own helpers
    ]
    assert len(functions) == len(sd.FUNCTIONS)
    for function in functions:
        assert {"Ref": layer} in function["Layers"]
        variables = function["Environment"]["Variables"]
        assert variables["CLASSIFIER_MODEL_DIR"] == LEARNED_MODEL_DIR
        assert variables["TAXONOMY_DIR"] == LEARNED_TAXONOMY_DIR


def test_a_taxonomy_the_model_does_not_know_fails_synth(tmp_path: Path) -> None:
    unknown_category = MORTGAGE.replace('id = "loan_application"', 'id = "mortgage_deed"')
    with pytest.raises(ModelMismatch, match="does not know: mortgage_deed"):
        _synth(_data_dir(tmp_path, unknown_category))
