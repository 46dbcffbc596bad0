"""``doc-classifier eval --routing``: what the LLM tier would be sent and cost, measured without a network."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from doc_classifier.evaluation import EvalCase
from doc_classifier.llm.prompt import CHARS_PER_TOKEN, answer_model, build_prompt
from doc_classifier.llm.settings import LlmSettings
from doc_classifier.result import Alternative
from doc_classifier.routing_report import ANSWER_TOKENS, priced_settings, routing_report
from doc_classifier.taxonomy import load_taxonomy

INVOICE_TEXT = (
    "INVOICE\nInvoice number: INV-2024-0117  Invoice date: 12/03/2024\nBill to: Northwind Traders, Leeds\n"
    "Consulting services 10 x 120.00 = 1,200.00\nSubtotal 1,200.00 VAT 20% 240.00 Total amount due 1,440.00\n"
    "Payment terms: 30 days."
)
RECIPE_TEXT = (
    "Grandma's apple pie. Ingredients: 6 apples, 200 g flour, 100 g butter, sugar, cinnamon. Preheat the oven "
    "to 180 C, slice the apples, bake for 45 minutes and serve warm with cream."
)


def case(
    file: str,
    label: str,
    predicted: str,
    confidence: float,
    *,
    industry: str = "finance",
    error: str | None = None,
    prompt_tokens: int | None = 1000,
) -> EvalCase:
    return EvalCase(
        file, label, industry, predicted, confidence, "text/plain", 0.01, error=error, prompt_tokens=prompt_tokens
    )


def settings(**extra: Any) -> LlmSettings:
    provider = {"base_url": "http://127.0.0.1:9/v1", "api_keys": ["sk-unused"], "output_usd_per_mtok": 4.0}
    return LlmSettings.model_validate(
        {
            "providers": [
                {**provider, "name": "mini", "model": "m-small", "input_usd_per_mtok": 1.0},
                {**provider, "name": "big", "model": "m-big", "input_usd_per_mtok": 10.0, "output_usd_per_mtok": 40},
            ],
            "tiers": [{"name": "cheap", "providers": ["mini"]}, {"name": "strong", "providers": ["big"]}],
            "escalate": {"escalate_below": 0.7, "unknown_below": 0.9, "industries": {"legal": {"escalate_below": 0.8}}},
            **extra,
        }
    )


CASES = [
    case("invoice/a.pdf", "invoice", "invoice", 0.95),  # right and confident: stays local
    case("invoice/b.pdf", "invoice", "utility_bill", 0.6),  # wrong, unsure: escalated
    case("invoice/c.pdf", "invoice", "unknown", 0.85),  # wrong, unknown below its own bar: escalated
    case("receipt/d.jpg", "receipt", "drivers_license", 0.8),  # wrong but confident: missed
    case("receipt/e.jpg", "receipt", "receipt", 0.65),  # right, unsure: escalated anyway
    case("lease/f.pdf", "lease", "lease", 0.75, industry="legal"),  # legal's own threshold (0.8): escalated
    case("receipt/g.jpg", "receipt", "unknown", 0.0, error="unreadable_document", prompt_tokens=None),
]


def test_the_configured_rule_escalated_share_and_the_errors_it_catches() -> None:
    report = routing_report(CASES, settings(), "configured")

    assert (report["documents"], report["local_errors"]) == (6, 3)  # the unreadable document is left out
    assert (report["escalated"], report["errors_escalated"]) == (4, 2)
    assert report["escalated_share"] == pytest.approx(4 / 6, abs=1e-4)
    assert report["errors_escalated_share"] == pytest.approx(2 / 3, abs=1e-4)
    assert report["errors_not_escalated"] == ["receipt/d.jpg: drivers_license (0.80)"]
    assert report["rule"]["source"] == "configured"
    assert report["rule"]["industries"] == {"legal": {"escalate_below": 0.8, "unknown_below": 0.9}}


def test_the_sweep_covers_the_grid_with_the_same_counting() -> None:
    sweep = {(s["escalate_below"], s["unknown_below"]): s for s in routing_report(CASES, settings(), "x")["sweep"]}

    assert len(sweep) == 25
    # No industry override in the sweep: at 0.9 everything but the confident invoice goes.
    assert (sweep[(0.9, 0.9)]["escalated"], sweep[(0.9, 0.9)]["errors_escalated"]) == (5, 3)
    # At 0.5 only unknown answers go, and the unknown at 0.85 only once its bar is above it.
    assert (sweep[(0.5, 0.8)]["escalated"], sweep[(0.5, 0.9)]["escalated"]) == (0, 1)


def test_cost_per_1000_documents_at_each_tiers_price() -> None:
    report = routing_report(CASES, settings(max_output_tokens=200), "configured")
    rows = {row["tier"]: row for row in report["cost_usd_per_1000_documents"]}

    per_document = {
        "cheap": (1000 * 1.0 + ANSWER_TOKENS * 4.0) / 1e6,
        "strong": (1000 * 10.0 + ANSWER_TOKENS * 40.0) / 1e6,
    }
    for tier, usd in per_document.items():
        # 4 of 6 documents escalated: 667 of every 1,000.
        assert rows[tier]["escalated"] == pytest.approx(usd * 1000 * 4 / 6, abs=1e-4)
        assert rows[tier]["every_document"] == pytest.approx(usd * 1000, abs=1e-4)
    assert rows["cheap"]["escalated_answer_at_cap"] == pytest.approx((1000 + 200 * 4.0) / 1e6 * 1000 * 4 / 6, abs=1e-4)
    assert rows["strong"]["provider"] == "big/m-big"


def test_nothing_configured_prices_the_models_openai_api_key_alone_would_use() -> None:
    settings, source = priced_settings({"LLM_MAX_OUTPUT_TOKENS": "120"})

    assert source == "default"
    assert [settings.provider(t.providers[0]).model for t in settings.tiers] == ["gpt-4o-mini", "gpt-4o"]
    assert settings.max_output_tokens == 120  # the environment's overrides still apply
    assert priced_settings({"OPENAI_API_KEY": "sk-x"})[1] == "configured"


def test_the_prompt_estimate_counts_the_answer_schema_sent_with_the_messages() -> None:
    taxonomy = load_taxonomy()
    prompt = build_prompt(
        taxonomy, "finance", [Alternative("invoice", 0.6)], INVOICE_TEXT, max_chars=4000, redact_text=True
    )
    message_chars = sum(len(m["content"]) for m in prompt.messages)
    schema_chars = len(json.dumps(answer_model(prompt.labels).model_json_schema()))

    assert prompt.estimated_tokens >= (message_chars + schema_chars) // CHARS_PER_TOKEN
    assert prompt.estimated_tokens < (message_chars + schema_chars) // CHARS_PER_TOKEN + 20


def _eval(folder: Path, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("LLM_", "OPENAI_"))}
    json_flag = ["--json"] if "json" in env else []
    return subprocess.run(
        [sys.executable, "-m", "doc_classifier.cli", "eval", "--routing", *json_flag, str(folder)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        env={**clean, **{k: v for k, v in env.items() if k != "json"}},
    )


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    (tmp_path / "invoice").mkdir()
    (tmp_path / "invoice" / "one.txt").write_text(INVOICE_TEXT)
    (tmp_path / "other").mkdir()
    (tmp_path / "other" / "recipe.txt").write_text(RECIPE_TEXT)
    return tmp_path


def test_the_cli_prices_the_real_prompts_with_the_configured_rule_and_prices(folder: Path) -> None:
    config = settings(escalate={"escalate_below": 1.0, "unknown_below": 1.0}).model_dump(mode="json")
    config["providers"] = [{**p, "api_keys": ["sk-unused"]} for p in config["providers"]]  # SecretStr dumps masked

    run = _eval(folder, {"LLM_CONFIG": json.dumps(config), "json": "1"})

    assert run.returncode == 0, run.stderr
    summary = json.loads(run.stdout)
    routing = summary["routing"]
    tokens = [c["prompt_tokens"] for c in summary["cases"]]
    # Below 1.0 escalates all but an answer of exactly 1.0 (confidence is rounded to 4 places).
    sent = [c["prompt_tokens"] for c in summary["cases"] if c["confidence"] < 1.0]
    assert (routing["documents"], routing["escalated"], routing["rule"]["source"]) == (2, len(sent), "configured")
    assert sent
    # The real prompt: the finance taxonomy's descriptions and signals plus the document's text.
    assert all(t > len(INVOICE_TEXT) // CHARS_PER_TOKEN + 200 for t in tokens)
    cheap = routing["cost_usd_per_1000_documents"][0]
    usd = [(t * 1.0 + ANSWER_TOKENS * 4.0) / 1e6 for t in tokens]  # the cheap tier's prices
    sent_usd = [(t * 1.0 + ANSWER_TOKENS * 4.0) / 1e6 for t in sent]
    assert cheap["escalated"] == pytest.approx(sum(sent_usd) * 1000 / 2, abs=1e-4)
    assert cheap["every_document"] == pytest.approx(sum(usd) * 1000 / 2, abs=1e-4)
    assert "characters per token" in routing["tokens"]["note"]


def test_the_cli_table_and_a_broken_configuration(folder: Path) -> None:
    run = _eval(folder, {})
    assert run.returncode == 0, run.stderr
    assert "routing to the LLM tier (default rule: escalate below 0.7, unknown below 0.9)" in run.stdout
    assert "sweep: documents escalated / local errors escalated" in run.stdout
    assert "openai-mini/gpt-4o-mini" in run.stdout and "characters per token" in run.stdout

    broken = _eval(folder, {"LLM_CONFIG": "{not json"})
    assert broken.returncode == 2 and "LLM_CONFIG is not valid JSON" in broken.stderr
