"""Builds the chain from ``LlmSettings``: lanes (breaker + key pool) per provider, shared by its tiers."""

from __future__ import annotations

import hashlib
import json
import time
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial

from doc_classifier.llm.breaker import CircuitBreaker
from doc_classifier.llm.chain import EscalatingClassifier, LocalClassifier
from doc_classifier.llm.key_pool import KeyPool
from doc_classifier.llm.keys import InlineKeys, KeySource, SecretKeys, SecretReader
from doc_classifier.llm.openai_chat import OpenAIChat
from doc_classifier.llm.prompt import PAGE_PROMPT_VERSION, PROMPT_VERSION
from doc_classifier.llm.settings import LlmSettings, Provider
from doc_classifier.llm.spend import SpendGuard
from doc_classifier.llm.tier import ProviderLane, TierRunner
from doc_classifier.taxonomy import Taxonomy


def chain_identity(local_version: str, settings: LlmSettings) -> str:
    """The local model's version, plus a short hash of everything that changes what the tiers answer."""
    if not settings.configured:
        return local_version
    described = {
        "prompt": PROMPT_VERSION,
        "max_prompt_chars": settings.max_prompt_chars,
        "redact": settings.redact,
        "escalate": settings.escalate.model_dump(),
        "pages": {
            "prompt": PAGE_PROMPT_VERSION,
            "max_escalated_pages": settings.max_escalated_pages,
            "max_page_prompt_chars": settings.max_page_prompt_chars,
            "neighbour_excerpt_chars": settings.neighbour_excerpt_chars,
        },
        "tiers": [
            {
                "name": tier.name,
                "hand_on": tier.hand_on.model_dump(),
                "providers": [
                    {"base_url": p.base_url, "model": p.model} for p in map(settings.provider, tier.providers)
                ],
            }
            for tier in settings.tiers
        ],
    }
    digest = hashlib.sha256(json.dumps(described, sort_keys=True).encode()).hexdigest()[:10]
    return f"{local_version}+llm-{digest}"


@dataclass(frozen=True)
class LlmTiers:
    """The configured tiers with the state every document shares: breakers, key pools, the spend guard.

    Built without the local model, so /ready and /metrics read the tier's state without loading it.
    """

    settings: LlmSettings
    runners: list[TierRunner]
    spend: SpendGuard


def build_tiers(
    settings: LlmSettings,
    *,
    spend: SpendGuard,
    secret_reader: Callable[[], SecretReader],
    clock: Callable[[], float] = time.monotonic,
    chat: OpenAIChat | None = None,
    on_breaker_open: Callable[[str], None] | None = None,
) -> LlmTiers:
    """``secret_reader`` is a provider: Powertools and boto3 load only when a key secret is first read.

    ``on_breaker_open`` hears the provider's name each time its breaker opens.
    """
    chat = chat or OpenAIChat()
    reader = _LazyReader(secret_reader)  # one Secrets Manager client and cache for every provider
    lanes: dict[str, ProviderLane] = {}
    for tier in settings.tiers:
        for name in tier.providers:
            if name not in lanes:
                provider = settings.provider(name)
                lanes[name] = ProviderLane(
                    provider,
                    CircuitBreaker(
                        failure_threshold=settings.breaker_failures,
                        cooldown_seconds=settings.breaker_cooldown_seconds,
                        clock=clock,
                        on_open=None if on_breaker_open is None else partial(on_breaker_open, name),
                    ),
                    KeyPool(
                        _key_source(provider, reader),
                        clock=clock,
                        default_cooldown_seconds=settings.rate_limit_cooldown_seconds,
                        max_cooldown_seconds=settings.max_retry_after_seconds,
                    ),
                )
    runners = [
        TierRunner(
            tier.name,
            [lanes[name] for name in tier.providers],
            tier.hand_on,
            chat=chat,
            spend=spend,
            max_output_tokens=settings.max_output_tokens,
        )
        for tier in settings.tiers
    ]
    return LlmTiers(settings, runners, spend)


def chain_over(
    local: LocalClassifier, taxonomy: Taxonomy, tiers: LlmTiers, *, clock: Callable[[], float] = time.monotonic
) -> EscalatingClassifier:
    """The local model in front of tiers built by ``build_tiers`` (which may already serve other chains)."""
    identity = chain_identity(local.model_version, tiers.settings)
    return EscalatingClassifier(local, taxonomy, tiers.settings, tiers.runners, identity=identity, clock=clock)


def build_chain(
    local: LocalClassifier,
    taxonomy: Taxonomy,
    settings: LlmSettings,
    *,
    spend: SpendGuard,
    secret_reader: Callable[[], SecretReader],
    clock: Callable[[], float] = time.monotonic,
    chat: OpenAIChat | None = None,
) -> EscalatingClassifier:
    tiers = build_tiers(settings, spend=spend, secret_reader=secret_reader, clock=clock, chat=chat)
    return chain_over(local, taxonomy, tiers, clock=clock)


def _key_source(provider: Provider, reader: SecretReader) -> KeySource:
    if provider.secret_id is None:
        return InlineKeys(tuple(key.get_secret_value() for key in provider.api_keys))
    return SecretKeys(reader, provider.secret_id)


class _LazyReader:
    def __init__(self, factory: Callable[[], SecretReader]) -> None:
        self._factory = factory
        self._reader: SecretReader | None = None

    def __call__(self, secret_id: str, *, force: bool) -> str:
        if self._reader is None:
            self._reader = self._factory()
        return self._reader(secret_id, force=force)
