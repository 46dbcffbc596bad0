"""``doc-classifier classify`` in-process escalates through the same chain as the service, against a real
OpenAI-compatible server on loopback (the fake), and says which tier decided and what it cost."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.support.fake_openai import FakeOpenAI, Fault

INVOICE = (
    "INVOICE\nInvoice number: INV-2024-0117  Invoice date: 12/03/2024\nBill to: Northwind Traders, Leeds\n"
    "Description  Qty  Unit price  Amount\nConsulting services 10 120.00 1,200.00\n"
    "Subtotal 1,200.00 VAT 20% 240.00 Total amount due 1,440.00\nPayment terms: 30 days."
)
UNSURE = "Amount due. Net pay. Opening balance."  # the packaged model is unsure of this one (below 0.7)
KEY = "sk-cli-test-0123456789"
COST = (120 * 0.15 + 30 * 0.60) / 1e6  # the fake's usage (120 in, 30 out) at gpt-4o-mini's list prices


@pytest.fixture
def files(tmp_path: Path) -> list[Path]:
    (tmp_path / "a.txt").write_text(INVOICE)
    (tmp_path / "b.txt").write_text(UNSURE)
    return [tmp_path / "a.txt", tmp_path / "b.txt"]


def classify(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("LLM_", "OPENAI_"))}
    command = [sys.executable, "-m", "doc_classifier.cli", "classify", *args]
    return subprocess.run(command, capture_output=True, text=True, timeout=120, check=False, env={**clean, **env})


def test_openai_api_key_alone_escalates_the_unsure_document(fake: FakeOpenAI, files: list[Path]) -> None:
    fake.answer("bank_statement", 0.93)

    run = classify("--json", *map(str, files), env={"OPENAI_API_KEY": KEY, "OPENAI_BASE_URL": fake.base_url})

    assert run.returncode == 0, run.stderr
    confident, unsure = (json.loads(line) for line in run.stdout.splitlines())
    assert confident["metadata"]["classifier"] == "local_model"
    assert confident["metadata"]["escalation"] == {"reason": "none", "outcome": "none"}
    assert unsure["file_class"] == "bank_statement" and unsure["confidence"] == 0.93
    assert unsure["metadata"]["classifier"] == "openai-mini/gpt-4o-mini"
    assert unsure["metadata"]["escalation"] == {"reason": "low_confidence", "outcome": "answered"}
    assert unsure["metadata"]["cost_usd"] == pytest.approx(COST)
    assert [(r.key, r.model) for r in fake.requests] == [(KEY, "gpt-4o-mini")]  # one call, for the unsure one
    assert KEY not in run.stdout + run.stderr


def test_the_table_names_the_tier_and_the_cost_and_why_the_local_answer_stood(
    fake: FakeOpenAI, files: list[Path]
) -> None:
    config = {
        "providers": [
            {
                "name": "mini",
                "base_url": fake.base_url,
                "model": "gpt-4o-mini",
                "input_usd_per_mtok": 0.15,
                "output_usd_per_mtok": 0.60,
                "api_keys": [KEY],
            }
        ],
        "tiers": [{"name": "cheap", "providers": ["mini"]}],
        "escalate": {"escalate_below": 1.0, "unknown_below": 1.0},
    }
    env = {"LLM_CONFIG": json.dumps(config)}
    fake.answer("receipt", 0.9)

    answered = classify(str(files[1]), env=env)
    fake.fail_key(KEY, Fault("server_error"))
    down = classify(str(files[1]), env=env)

    assert answered.returncode == 0, answered.stderr
    header, row = answered.stdout.splitlines()[:2]
    assert header.split()[:6] == ["FILE", "CLASS", "CONF", "DECIDED", "BY", "COST"]
    assert row.split()[1:5] == ["receipt", "0.90", "mini/gpt-4o-mini", f"{COST:.6f}"]
    assert down.returncode == 0, down.stderr  # a provider that is down is never an error
    assert down.stdout.splitlines()[1].split()[3:6] == ["local_model", "(unavailable)", "0.000000"]
    assert KEY not in answered.stdout + answered.stderr + down.stdout + down.stderr


def test_a_broken_llm_configuration_is_a_clear_error(files: list[Path]) -> None:
    run = classify(str(files[0]), env={"LLM_CONFIG": '{"tiers": [{"name": "t", "providers": ["nope"]}]}'})

    assert run.returncode == 2
    assert "unknown providers: nope" in run.stderr and "Traceback" not in run.stderr
