"""LLM tier configuration: providers as data, tiers as ordered lists of providers, and every limit.

Read once with ``LlmSettings.from_env()``:

* ``LLM_CONFIG`` (a JSON document) or ``LLM_CONFIG_FILE`` (a path to one) gives the full configuration;
* otherwise ``OPENAI_API_KEY`` (and ``OPENAI_BASE_URL`` when set) alone gives one OpenAI-compatible
  endpoint with two tiers, ``gpt-4o-mini`` then ``gpt-4o``, at their list prices;
* otherwise no tier: the local model answers alone and the result says so.

Scalar fields can be overridden one by one with ``LLM_<FIELD>`` (e.g. ``LLM_DAILY_BUDGET_USD=5``).
A provider's ``secret_id`` of ``$LLM_KEYS_SECRET`` is the deployment's own keys secret (``LLM_KEYS_SECRET_ARN``).

A full configuration (every field of ``LlmSettings``; keys inline or from a Secrets Manager keys document)::

    {"providers": [
       {"name": "openai-mini", "model": "gpt-4o-mini", "input_usd_per_mtok": 0.15, "output_usd_per_mtok": 0.6,
        "secret_id": "$LLM_KEYS_SECRET"},
       {"name": "ollama", "base_url": "http://127.0.0.1:11434/v1", "model": "llama3.1",
        "input_usd_per_mtok": 0, "output_usd_per_mtok": 0, "api_keys": ["ollama"], "timeout_seconds": 20},
       {"name": "openai", "model": "gpt-4o", "input_usd_per_mtok": 2.5, "output_usd_per_mtok": 10,
        "secret_id": "<arn of another keys secret>"}],
     "tiers": [{"name": "cheap", "providers": ["openai-mini", "ollama"],
                "hand_on": {"escalate_below": 0.7, "unknown_below": 0.9}},
               {"name": "strong", "providers": ["openai"]}],
     "escalate": {"escalate_below": 0.7, "unknown_below": 0.9, "industries": {"legal": {"escalate_below": 0.8}}},
     "daily_budget_usd": 20, "sync_budget_seconds": 8, "worker_budget_seconds": 40}
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Self

from pydantic import BaseModel, Field, SecretStr, model_validator

from doc_classifier.config import EnvSettings, environment, parse_value, setting

OPENAI_BASE_URL = "https://api.openai.com/v1"
# A provider's ``secret_id`` that names the deployment's own keys secret (the CDK stack's, or ``make run``'s):
# its id comes from ``LLM_KEYS_SECRET_ARN``, so one configuration serves every deployment.
DEPLOYMENT_SECRET = "$LLM_KEYS_SECRET"
DEPLOYMENT_SECRET_ENV = "LLM_KEYS_SECRET_ARN"


class Provider(BaseModel):
    """One OpenAI-compatible endpoint and model, with its price and where its keys come from."""

    name: str = Field(pattern=r"^[A-Za-z0-9][A-Za-z0-9_.-]*$")
    base_url: str = OPENAI_BASE_URL
    model: str
    input_usd_per_mtok: float = Field(ge=0)  # list price per million prompt tokens
    output_usd_per_mtok: float = Field(ge=0)  # list price per million completion tokens
    api_keys: tuple[SecretStr, ...] = ()  # inline keys (local use)
    # Secrets Manager id of a keys document as the rotation function maintains it: {"keys": [...], ...}.
    secret_id: str | None = None
    timeout_seconds: float = Field(default=10.0, gt=0, le=120)

    @model_validator(mode="after")
    def _has_keys(self) -> Self:
        if bool(self.api_keys) == bool(self.secret_id):
            raise ValueError(f"provider {self.name!r} needs either api_keys or secret_id (not both)")
        return self

    def cost_usd(self, tokens_in: int, tokens_out: int) -> float:
        return round((tokens_in * self.input_usd_per_mtok + tokens_out * self.output_usd_per_mtok) / 1e6, 8)

    @property
    def label(self) -> str:
        """What ``metadata.classifier`` says when this provider decided."""
        return f"{self.name}/{self.model}"


class Thresholds(BaseModel):
    """When an answer is not good enough and goes to the next tier."""

    escalate_below: float = Field(default=0.7, ge=0, le=1)
    # ``unknown`` mostly means "the templates lacked this style", so it has its own, higher bar.
    unknown_below: float = Field(default=0.9, ge=0, le=1)


class Rule(Thresholds):
    """Thresholds with per-industry overrides."""

    industries: dict[str, Thresholds] = Field(default_factory=dict)

    def for_industry(self, industry: str) -> Thresholds:
        """An industry's override; a threshold it does not set is the rule's own."""
        override = self.industries.get(industry)
        if override is None:
            return self
        return Thresholds.model_validate(
            {**self.model_dump(exclude={"industries"}), **override.model_dump(exclude_unset=True)}
        )


class Tier(BaseModel):
    name: str
    providers: tuple[str, ...] = Field(min_length=1)  # tried in order; the next one when a breaker is open
    # Whether this tier's own answer is handed on to the next tier (ignored for the last tier).
    hand_on: Rule = Field(default_factory=Rule)


class LlmSettings(BaseModel):
    providers: tuple[Provider, ...] = ()
    tiers: tuple[Tier, ...] = ()
    escalate: Rule = Field(default_factory=Rule)  # when the local model's answer goes to the first tier

    max_prompt_chars: int = Field(default=4000, gt=0, le=50_000)  # of the extracted text, never the file
    max_output_tokens: int = Field(default=300, gt=0, le=4000)
    redact: bool = True  # e-mail, phone, card, IBAN/account and SSN-like numbers
    # Total time for all LLM work on one document: the sync route must answer well under API Gateway's 29 s.
    sync_budget_seconds: float = Field(default=8.0, gt=0, le=25)
    worker_budget_seconds: float = Field(default=40.0, gt=0, le=100)  # under the worker's 120 s timeout
    daily_budget_usd: float = Field(default=10.0, ge=0)  # all containers together; UTC days
    # Packets (split auto|per_page): the pages under ``escalate`` are asked, lowest confidence first, within the
    # same time budget for the whole packet. 0 pages: a packet's pages stay the local model's.
    max_escalated_pages: int = Field(default=5, ge=0, le=100)  # per packet
    # A packet's pages asked at once (threads within the request, each call still a single round trip); 1: one by one.
    page_concurrency: int = Field(default=4, ge=1, le=16)
    max_page_prompt_chars: int = Field(default=2000, gt=0, le=50_000)  # of the page's text
    neighbour_excerpt_chars: int = Field(default=400, ge=0, le=10_000)  # of the previous and next pages with text

    breaker_failures: int = Field(default=3, gt=0)  # consecutive failures that open a provider's breaker
    breaker_cooldown_seconds: float = Field(default=30.0, gt=0)  # open, then one probe
    rate_limit_cooldown_seconds: float = Field(default=20.0, gt=0)  # a 429 without Retry-After
    max_retry_after_seconds: float = Field(default=300.0, gt=0)  # a provider cannot bench a key for longer
    secret_max_age_seconds: int = Field(default=60, gt=0)  # keys re-read this often (and at once on a 401)

    @model_validator(mode="after")
    def _tiers_name_providers(self) -> Self:
        names = [p.name for p in self.providers]
        if len(set(names)) != len(names):
            raise ValueError("provider names must be unique")
        for tier in self.tiers:
            missing = [p for p in tier.providers if p not in names]
            if missing:
                raise ValueError(f"tier {tier.name!r} names unknown providers: {', '.join(missing)}")
        return self

    @property
    def configured(self) -> bool:
        return bool(self.tiers)

    def provider(self, name: str) -> Provider:
        return next(p for p in self.providers if p.name == name)

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> Self:
        env = environment(environ)
        source = LlmEnvironment.from_env(env)
        document = _with_deployment_secret(_config_document(source), source)
        # The scalar fields can be set one by one (LLM_<FIELD>); pydantic then checks their bounds.
        overrides = {
            name: parse_value(var, env[var], field.annotation)
            for name, field in cls.model_fields.items()
            if field.annotation in (float, int, bool) and (var := f"{LlmEnvironment.env_prefix}{name.upper()}") in env
        }
        return cls.model_validate({**document, **overrides})


@dataclass(frozen=True)
class LlmEnvironment(EnvSettings, prefix="LLM_"):
    """Where the configuration comes from (see the module's docstring)."""

    config: str = ""  # LLM_CONFIG: the whole configuration as JSON
    config_file: str = ""  # LLM_CONFIG_FILE: a path to that JSON
    keys_secret_arn: str = setting("", env=DEPLOYMENT_SECRET_ENV)  # what "$LLM_KEYS_SECRET" names
    openai_api_key: str = setting("", env="OPENAI_API_KEY", secret=True)  # alone: the default tiers
    openai_base_url: str = setting("", env="OPENAI_BASE_URL")


# Public list prices (USD per million tokens) of the default models.
DEFAULT_MODELS = (
    ("cheap", "openai-mini", "gpt-4o-mini", 0.15, 0.60),
    ("strong", "openai", "gpt-4o", 2.50, 10.00),
)


def _config_document(env: LlmEnvironment) -> dict[str, object]:
    if env.config:
        return _parse(env.config, "LLM_CONFIG")
    if env.config_file:
        path = Path(env.config_file)
        return _parse(path.read_text(encoding="utf-8"), f"LLM_CONFIG_FILE {path}")
    key = env.openai_api_key
    if not key:
        return {}
    base_url = env.openai_base_url or OPENAI_BASE_URL
    providers = [
        {
            "name": name,
            "base_url": base_url,
            "model": model,
            "input_usd_per_mtok": price_in,
            "output_usd_per_mtok": price_out,
            "api_keys": [key],
        }
        for _, name, model, price_in, price_out in DEFAULT_MODELS
    ]
    tiers = [{"name": tier, "providers": [name]} for tier, name, *_ in DEFAULT_MODELS]
    return {"providers": providers, "tiers": tiers}


def _with_deployment_secret(document: dict[str, object], env: LlmEnvironment) -> dict[str, object]:
    providers = document.get("providers")
    if not isinstance(providers, list):
        return document
    resolved = []
    for provider in providers:
        if isinstance(provider, dict) and provider.get("secret_id") == DEPLOYMENT_SECRET:
            if not env.keys_secret_arn:
                raise ValueError(f"secret_id {DEPLOYMENT_SECRET} needs {DEPLOYMENT_SECRET_ENV}: the keys secret's id")
            resolved.append({**provider, "secret_id": env.keys_secret_arn})
        else:
            resolved.append(provider)
    return {**document, "providers": resolved}


def _parse(text: str, source: str) -> dict[str, object]:
    try:
        document = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ValueError(f"{source} is not valid JSON: {exc.msg} (line {exc.lineno})") from None
    if not isinstance(document, dict):
        raise ValueError(f"{source} must be a JSON object")
    return document
