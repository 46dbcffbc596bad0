"""The LLM tier against a real OpenAI-compatible HTTP server on loopback, with the real ``openai`` client."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

import pytest
from doc_classifier.llm.build import build_chain
from doc_classifier.llm.chain import EscalatingClassifier
from doc_classifier.llm.keys import SecretReader
from doc_classifier.llm.settings import LlmSettings
from doc_classifier.llm.spend import MemorySpendGuard, SpendGuard
from doc_classifier.result import Alternative, ClassificationResult
from doc_classifier.taxonomy import load_taxonomy


class ManualClock:
    def __init__(self, now: float = 1000.0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


class ScriptedLocal:
    """The local model's answer is chosen by the test: ``label`` at ``confidence``, over the document's text."""

    model_version = "local-1"

    def __init__(self) -> None:
        self.label = "invoice"
        self.confidence = 0.95
        self.taxonomy = load_taxonomy()

    def resolve_industry(self, industry: str | None) -> str:
        return self.taxonomy.resolve_industry(industry, "finance")

    def classify_with_text(self, data: bytes, industry: str | None = None) -> tuple[ClassificationResult, str]:
        result = ClassificationResult(
            file_class=self.label,
            confidence=self.confidence,
            industry=self.resolve_industry(industry),
            reasoning="local reasoning",
            alternatives=[Alternative(self.label, self.confidence), Alternative("receipt", 0.1)],
            metadata={"classifier": "local_model", "model_version": self.model_version, "timings_ms": {"total": 1.0}},
        )
        return result, data.decode()


class FakeSecrets:
    """A secret store as the key pool sees it: counts reads and forced re-reads."""

    def __init__(self) -> None:
        self.documents: dict[str, str] = {}
        self.reads = 0
        self.forced_reads = 0

    def __call__(self, secret_id: str, *, force: bool) -> str:
        self.reads += 1
        self.forced_reads += int(force)
        return self.documents[secret_id]


def provider(name: str, base_url: str, model: str = "gpt-4o-mini", keys: tuple[str, ...] = ("sk-a",), **extra: Any):  # type: ignore[no-untyped-def]
    return {
        "name": name,
        "base_url": base_url,
        "model": model,
        "input_usd_per_mtok": 0.15,
        "output_usd_per_mtok": 0.60,
        **({"api_keys": list(keys)} if keys else {}),
        **extra,
    }


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock()


@pytest.fixture
def local() -> ScriptedLocal:
    return ScriptedLocal()


@pytest.fixture
def secrets() -> FakeSecrets:
    return FakeSecrets()


ChainFactory = Callable[..., EscalatingClassifier]


@pytest.fixture
def make_chain(local: ScriptedLocal, clock: ManualClock, secrets: FakeSecrets) -> ChainFactory:
    def make(
        config: dict[str, Any],
        *,
        spend: SpendGuard | None = None,
        reader: SecretReader | None = None,
        real_clock: bool = False,
    ) -> EscalatingClassifier:
        settings = LlmSettings.model_validate(config)
        return build_chain(
            local,
            load_taxonomy(),
            settings,
            spend=spend or MemorySpendGuard(settings.daily_budget_usd, clock=lambda: 1_790_000_000.0),
            secret_reader=lambda: reader or secrets,
            clock=time.monotonic if real_clock else clock,
        )

    return make


def two_tiers(fake: Any, **extra: Any) -> dict[str, Any]:
    """gpt-4o-mini then gpt-4o at ``fake.base_url``, one key each."""
    return {
        "providers": [
            provider("mini", fake.base_url, "gpt-4o-mini", ("sk-mini",)),
            provider("big", fake.base_url, "gpt-4o", ("sk-big",), input_usd_per_mtok=2.5, output_usd_per_mtok=10.0),
        ],
        "tiers": [{"name": "cheap", "providers": ["mini"]}, {"name": "strong", "providers": ["big"]}],
        **extra,
    }
