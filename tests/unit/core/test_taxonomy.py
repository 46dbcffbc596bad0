from pathlib import Path

import pytest
from doc_classifier.taxonomy import AUTO, DATA_DIR, TaxonomyError, load_taxonomy

CONTRACT = {
    "finance": {
        "invoice",
        "receipt",
        "bank_statement",
        "pay_stub",
        "tax_form",
        "utility_bill",
        "loan_application",
        "drivers_license",
        "passport",
    },
    "legal": {"contract", "nda", "lease", "power_of_attorney", "court_filing", "drivers_license", "passport"},
    "healthcare": {
        "medical_record",
        "lab_report",
        "prescription",
        "discharge_summary",
        "insurance_claim",
        "drivers_license",
        "passport",
    },
}


def test_packaged_taxonomy_matches_the_api_contract() -> None:
    taxonomy = load_taxonomy()
    assert {i: set(ind.category_ids) for i, ind in taxonomy.industries.items()} == CONTRACT
    for category in taxonomy.categories.values():
        assert category.description and category.signals


def test_auto_is_the_union_and_identity_documents_default_to_finance() -> None:
    taxonomy = load_taxonomy()
    assert set(taxonomy.industry(AUTO).category_ids) == set().union(*CONTRACT.values())
    assert taxonomy.industry_of("passport") == "finance"
    assert taxonomy.industry_of("passport", preferred=("legal",)) == "legal"
    assert taxonomy.industry_of("lab_report") == "healthcare"


def _copy_data(tmp_path: Path) -> Path:
    for source in DATA_DIR.glob("*.toml"):
        (tmp_path / source.name).write_text(source.read_text())
    return tmp_path


def test_adding_an_industry_is_adding_a_file(tmp_path: Path) -> None:
    data = _copy_data(tmp_path)
    (data / "insurance.toml").write_text(
        'kind = "industry"\nid = "insurance"\nname = "Insurance"\ninclude = ["identity"]\n'
        '[[categories]]\nid = "policy"\nname = "Policy"\ndescription = "An insurance policy."\n'
        'signals = ["policy number", "premium"]\n'
    )
    taxonomy = load_taxonomy(data)
    assert taxonomy.industry("insurance").category_ids == ("policy", "drivers_license", "passport")


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("kind = 'industry'\nid = 'x'\n[[categories]\n", "not valid TOML"),
        ("kind = 'shop'\n", "kind must be"),
        (
            "kind = 'industry'\nid = 'Bad Id'\n[[categories]]\nid='a'\nname='A'\ndescription='d'\nsignals=['s']\n",
            "lower_snake_case",
        ),
        ("kind = 'industry'\nid = 'x'\n[[categories]]\nid='a'\nname='A'\n", "lacks description, signals"),
        (
            "kind = 'industry'\nid = 'x'\ninclude=['nope']\n[[categories]]\nid='a'\nname='A'\ndescription='d'\n"
            "signals=['s']\n",
            "unknown group",
        ),
        (
            "kind = 'industry'\nid = 'x'\n[[categories]]\nid='unknown'\nname='U'\ndescription='d'\nsignals=['s']\n",
            "not 'unknown'",
        ),
        ("kind = 'industry'\nid = 'x'\ncategories = []\n", "non-empty list"),
        (
            "kind = 'industry'\nid = 'y'\n[[categories]]\nid='invoice'\nname='Other'\ndescription='d'\nsignals=['s']\n",
            "defined differently in",
        ),
    ],
)
def test_a_broken_taxonomy_file_is_a_clear_error(tmp_path: Path, content: str, message: str) -> None:
    data = _copy_data(tmp_path)
    (data / "broken.toml").write_text(content)
    with pytest.raises(TaxonomyError, match=message) as error:
        load_taxonomy(data)
    assert "broken.toml" in str(error.value)
