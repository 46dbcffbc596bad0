"""The model and taxonomy in use come from configuration, and must agree before anything is classified."""

import subprocess
import sys
from pathlib import Path

import pytest
from doc_classifier.classifier import default_classifier
from doc_classifier.config import ClassifierSettings
from doc_classifier.configured import PACKAGED_MODEL_DIR, check_model_matches, configured_taxonomy, model_classes
from doc_classifier.taxonomy import DATA_DIR, ModelMismatch, TaxonomyError, load_taxonomy

INSURANCE = """\
kind = "industry"
id = "insurance"
name = "Insurance"
include = ["identity"]

[[categories]]
id = "policy_schedule"
name = "Policy schedule"
description = "The schedule of an insurance policy."
signals = ["policy number", "premium", "sum insured"]
"""


@pytest.fixture
def insurance(tmp_path: Path) -> Path:
    extra = tmp_path / "taxonomy"
    extra.mkdir()
    (extra / "insurance.toml").write_text(INSURANCE)
    return extra


def test_extra_taxonomy_files_are_read_with_the_packaged_ones(insurance: Path) -> None:
    taxonomy = load_taxonomy(extra_dir=insurance)
    assert taxonomy.industry("insurance").category_ids == ("policy_schedule", "drivers_license", "passport")
    assert {"finance", "legal", "healthcare"} <= set(taxonomy.industry_ids)
    assert taxonomy.default_industry == "finance"


def test_a_category_the_model_does_not_know_is_a_clear_error_not_a_silent_unknown(insurance: Path) -> None:
    with pytest.raises(ModelMismatch, match="taxonomy categories the model does not know: policy_schedule"):
        configured_taxonomy(ClassifierSettings(taxonomy_dir=str(insurance)))


def test_a_model_class_no_taxonomy_defines_is_a_clear_error() -> None:
    classes = (*model_classes(PACKAGED_MODEL_DIR), "bill_of_lading")
    with pytest.raises(ModelMismatch, match="model classes no taxonomy file defines: bill_of_lading"):
        check_model_matches(classes, load_taxonomy(), Path("learned"))
    check_model_matches(model_classes(PACKAGED_MODEL_DIR), load_taxonomy(), PACKAGED_MODEL_DIR)  # packaged: agree


def test_the_command_line_stops_on_a_mismatch_with_the_message(insurance: Path, tmp_path: Path) -> None:
    document = tmp_path / "policy.txt"
    document.write_text("Policy schedule. Policy number PS-1. Annual premium 420.00. Sum insured 250,000.")
    command = [sys.executable, "-m", "doc_classifier.cli", "classify", "--taxonomy", str(insurance), str(document)]
    run = subprocess.run(command, capture_output=True, text=True, timeout=120, check=False)
    assert run.returncode == 2
    assert "policy_schedule" in run.stderr and "does not match the taxonomy" in run.stderr
    assert run.stdout == ""


def test_an_industry_id_clash_names_both_files(tmp_path: Path) -> None:
    (tmp_path / "my_finance.toml").write_text(INSURANCE.replace('id = "insurance"', 'id = "finance"'))
    with pytest.raises(TaxonomyError) as error:
        load_taxonomy(extra_dir=tmp_path)
    assert "industry 'finance'" in str(error.value)
    assert str(tmp_path / "my_finance.toml") in str(error.value) and "finance.toml" in str(error.value)


def test_a_group_name_clash_names_both_files(tmp_path: Path) -> None:
    (tmp_path / "identity.toml").write_text((DATA_DIR / "identity.toml").read_text())
    with pytest.raises(TaxonomyError, match=r"group 'identity' is already defined in identity\.toml"):
        load_taxonomy(extra_dir=tmp_path)


def test_exactly_one_industry_is_the_default(tmp_path: Path) -> None:
    (tmp_path / "insurance.toml").write_text(INSURANCE.replace('include = ["identity"]', "default = true"))
    with pytest.raises(TaxonomyError, match=r"exactly one .*finance \(finance.toml\), insurance \(.*insurance.toml\)"):
        load_taxonomy(extra_dir=tmp_path)
    (tmp_path / "insurance.toml").write_text(INSURANCE.replace('include = ["identity"]', "default = 'yes'"))
    with pytest.raises(TaxonomyError, match="default must be true or false"):
        load_taxonomy(extra_dir=tmp_path)


def test_the_default_industry_comes_from_the_taxonomy_and_the_environment_overrides_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    assert default_classifier().default_industry == "finance"  # finance.toml says default = true
    monkeypatch.setenv("CLASSIFIER_DEFAULT_INDUSTRY", "legal")
    assert default_classifier().default_industry == "legal"
    lease = b"Residential lease. The landlord and the tenant agree ..."
    assert default_classifier().classify(lease).industry == "legal"
    monkeypatch.setenv("CLASSIFIER_DEFAULT_INDUSTRY", "shipping")
    with pytest.raises(TaxonomyError, match="CLASSIFIER_DEFAULT_INDUSTRY='shipping' is not an industry"):
        default_classifier()


def test_model_and_taxonomy_directories_are_read_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CLASSIFIER_MODEL_DIR", "/models/logistics-v3")
    monkeypatch.setenv("TAXONOMY_DIR", "/taxonomy")
    settings = ClassifierSettings.from_env()
    assert (settings.model_dir, settings.taxonomy_dir) == ("/models/logistics-v3", "/taxonomy")
