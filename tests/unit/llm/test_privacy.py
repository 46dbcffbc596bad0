"""What leaves the service: extracted, bounded, redacted text (never the file); and no key or text in logs."""

from __future__ import annotations

import json
import logging
from typing import Any

import pytest
from doc_classifier.classifier import default_classifier
from doc_classifier.llm.build import build_chain
from doc_classifier.llm.redaction import redact
from doc_classifier.llm.settings import LlmSettings
from doc_classifier.llm.spend import MemorySpendGuard
from doc_classifier.taxonomy import load_taxonomy

from tests.support.fake_openai import FakeOpenAI, Fault
from tests.unit.llm.conftest import ChainFactory, FakeSecrets, ScriptedLocal, provider

SENTENCE = "Please find attached the quarterly summary of our meeting about the garden project"
HTML = f"""<!doctype html><html><head><title>t</title><style>.secret-css{{color:red}}</style></head>
<body><h1>Note</h1><p>{SENTENCE}.</p><p>Write to jane.doe@example.com or call +44 20 7946 0958.
Card 4111 1111 1111 1111, IBAN DE89 3704 0044 0532 0130 00, SSN 123-45-6789, account 12345678.</p>
<p>{"More words about the garden, the flowers and the weather. " * 40}</p></body></html>""".encode()


def test_redaction_masks_personal_data_and_keeps_the_rest() -> None:
    text = (
        "Mail jane.doe@example.com, call (555) 123-4567 or +44 20 7946 0958 or 020 7946 0958. "
        "Card 4111-1111-1111-1111, IBAN GB29NWBK60161331926819, SSN 123-45-6789, account 12345678. "
        "Invoice INV-2024-001 of 2024-03-15, total 1,234.56, page 1/2."
    )
    assert redact(text) == (
        "Mail [EMAIL], call [PHONE] or [PHONE] or [PHONE]. "
        "Card [CARD], IBAN [IBAN], SSN [SSN], account [ACCOUNT]. "
        "Invoice INV-2024-001 of 2024-03-15, total 1,234.56, page 1/2."
    )


def real_chain(fake: FakeOpenAI, **extra: Any) -> Any:
    settings = LlmSettings.model_validate(
        {
            "providers": [provider("p", fake.base_url)],
            "tiers": [{"name": "cheap", "providers": ["p"]}],
            # Every answer escalates, whatever the packaged model thinks of the document.
            "escalate": {"escalate_below": 1.0, "unknown_below": 1.0},
            **extra,
        }
    )
    spend = MemorySpendGuard(1.0, clock=lambda: 0.0)
    return build_chain(default_classifier(), load_taxonomy(), settings, spend=spend, secret_reader=FakeSecrets)


def test_the_prompt_carries_extracted_redacted_text_never_the_file(fake: FakeOpenAI) -> None:
    result = real_chain(fake).classify(HTML, "finance")

    assert result.metadata["escalation"]["reason"] != "none"
    prompt = fake.requests[0].prompt
    assert SENTENCE in prompt
    for raw in ("<html", "<p>", "secret-css", "jane.doe@example.com", "7946 0958", "4111", "DE89", "123-45-6789"):
        assert raw not in prompt
    assert "[EMAIL]" in prompt and "[IBAN]" in prompt
    # Categories with their descriptions and signals, and the local candidates as hints.
    assert "bank_statement: A bank's periodic record" in prompt and "opening balance" in prompt
    assert "top guesses" in prompt


def test_the_excerpt_is_bounded_and_redaction_can_be_turned_off(fake: FakeOpenAI) -> None:
    real_chain(fake, max_prompt_chars=200, redact=False).classify(HTML, "finance")

    document = fake.requests[0].prompt.split("<document>\n", 1)[1].split("\n</document>")[0]
    assert len(document) == 200
    assert "jane.doe@example.com" in document


def test_no_key_and_no_document_text_in_any_log_line(
    fake: FakeOpenAI,
    local: ScriptedLocal,
    make_chain: ChainFactory,
    secrets: FakeSecrets,
    caplog: pytest.LogCaptureFixture,
) -> None:
    for name in (None, "openai", "httpx2", "httpcore2", "doc_classifier"):
        caplog.set_level(logging.DEBUG, logger=name)
    keys = ["sk-refused-0123456789", "sk-limited-0123456789", "sk-good-0123456789"]
    secrets.documents["keys"] = json.dumps({"keys": keys})
    chain = make_chain(
        {
            "providers": [
                provider("a", fake.base_url, keys=(), secret_id="keys"),
                provider("b", fake.base_url, keys=("sk-inline-0123456789",)),
            ],
            "tiers": [{"name": "cheap", "providers": ["a", "b"]}],
        }
    )
    local.label, local.confidence = "unknown", 0.2
    fake.fail_key(keys[0], Fault("unauthorized"))
    fake.fail_key(keys[1], Fault("rate_limit", retry_after=5))
    fake.fail_key(keys[2], Fault("server_error"))
    chain.classify(SENTENCE.encode(), "finance")  # a refused, a limited and a failing key, then provider b
    fake.fail_next(Fault("malformed"))
    chain.classify(SENTENCE.encode(), "finance")

    assert len(fake.requests) >= 5
    logged = [record.getMessage() + " " + json.dumps(record.__dict__, default=str) for record in caplog.records]
    assert any("llm call" in line for line in logged)  # the capture does see the tier's logs
    for line in logged:
        assert not any(key in line for key in [*keys, "sk-inline-0123456789"]), line
        assert "garden project" not in line, line
