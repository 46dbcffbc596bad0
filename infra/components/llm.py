"""The LLM tier of a deployment: its configuration for the functions that classify, their time budgets, key grants.

Context ``llm_config`` is validated at synth with the handlers' own ``LlmSettings``, so a broken configuration
fails ``cdk synth``, not the first request. Keys never enter the template: a provider names a Secrets Manager
secret, ``$LLM_KEYS_SECRET`` for this stack's (which the handlers resolve through ``LLM_KEYS_SECRET_ARN``).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from aws_cdk import aws_iam as iam
from aws_cdk import aws_lambda as _lambda
from aws_cdk import aws_secretsmanager as secretsmanager
from doc_classifier.llm.settings import DEPLOYMENT_SECRET, LlmSettings

from infra import service_definition as sd
from infra.config import DeploymentConfig

# Set by context (they depend on the functions' timeouts and batch size), not inside llm_config.
BUDGET_FIELDS = ("sync_budget_seconds", "worker_budget_seconds")


@dataclass(frozen=True)
class LlmDeployment:
    settings: LlmSettings | None  # None: the local model answers alone
    config_json: str = ""  # LLM_CONFIG: the context's document, compact

    @classmethod
    def from_config(cls, config: DeploymentConfig) -> LlmDeployment:
        if not config.llm_config.strip():
            return cls(None)
        try:
            document: Any = json.loads(config.llm_config)
        except json.JSONDecodeError as exc:
            raise ValueError(f"context llm_config is not valid JSON: {exc.msg}") from None
        if not isinstance(document, dict):
            raise ValueError("context llm_config must be a JSON object")
        misplaced = [f for f in BUDGET_FIELDS if f in document]
        if misplaced:
            raise ValueError(
                f"llm_config sets {', '.join(misplaced)}: use context llm_<field> (checked against timeouts)"
            )
        for provider in document.get("providers") or []:
            if isinstance(provider, dict) and provider.get("api_keys"):
                raise ValueError(
                    f"llm_config provider {provider.get('name')!r} has api_keys: keys would be readable in the "
                    f'template; put them in a secret ("secret_id": "{DEPLOYMENT_SECRET}" is this stack\'s)'
                )
        settings = LlmSettings.model_validate(
            {
                **document,
                "sync_budget_seconds": config.llm_sync_budget_seconds,
                "worker_budget_seconds": config.llm_worker_budget_seconds,
            }
        )
        _check_budgets(config)
        for secret_id in {p.secret_id for p in settings.providers} - {DEPLOYMENT_SECRET}:
            if not str(secret_id).startswith("arn:"):
                raise ValueError(
                    f"llm_config secret_id {secret_id!r}: give its full ARN, so read access can be granted"
                )
        return cls(settings, json.dumps(document, separators=(",", ":")))

    @property
    def uses_stack_secret(self) -> bool:
        return self.settings is not None and any(p.secret_id == DEPLOYMENT_SECRET for p in self.settings.providers)

    @property
    def other_secrets(self) -> list[str]:
        if self.settings is None:
            return []
        return sorted(
            {p.secret_id for p in self.settings.providers if p.secret_id and p.secret_id != DEPLOYMENT_SECRET}
        )

    @property
    def tier_names(self) -> list[str]:
        return [] if self.settings is None else [t.name for t in self.settings.tiers]

    def apply(
        self,
        config: DeploymentConfig,
        functions: dict[str, _lambda.Function],
        stack_secret: secretsmanager.ISecret,
    ) -> None:
        """LLM_CONFIG and the budget for the API and the worker, and read access to the keys they use."""
        if self.settings is None:
            return
        api, worker = functions[sd.API.name], functions[sd.WORKER.name]
        api.add_environment("LLM_SYNC_BUDGET_SECONDS", str(config.llm_sync_budget_seconds))
        worker.add_environment("LLM_WORKER_BUDGET_SECONDS", str(config.llm_worker_budget_seconds))
        for fn in (api, worker):
            fn.add_environment("LLM_CONFIG", self.config_json)
            if self.uses_stack_secret:
                stack_secret.grant_read(fn)
            if self.other_secrets:
                fn.add_to_role_policy(
                    iam.PolicyStatement(actions=["secretsmanager:GetSecretValue"], resources=self.other_secrets)
                )


def _check_budgets(config: DeploymentConfig) -> None:
    api_timeout = config.timeout_seconds(sd.API)
    if config.llm_sync_budget_seconds >= api_timeout:
        raise ValueError(f"llm_sync_budget_seconds must be under the API function's {api_timeout} s timeout")
    worker_timeout = config.timeout_seconds(sd.WORKER)
    if config.llm_worker_budget_seconds >= worker_timeout:
        raise ValueError(f"llm_worker_budget_seconds must be under the worker's {worker_timeout} s timeout")
