"""The LLM provider keys secret and its rotation schedule."""

from __future__ import annotations

import json

from aws_cdk import Duration
from aws_cdk import aws_lambda as _lambda
from aws_cdk import aws_secretsmanager as secretsmanager
from constructs import Construct

from infra.config import DeploymentConfig

# Shape read by the handlers and written by functions/rotation: a window of live keys (the guide
# recommends 3-5, so one can be rotated while the others keep serving) plus operator-staged ones.
INITIAL_DOCUMENT = {"provider": "unset", "keys": [], "staged": []}


class LlmKeysSecret(Construct):
    def __init__(self, scope: Construct, construct_id: str, *, config: DeploymentConfig) -> None:
        super().__init__(scope, construct_id)
        self.secret = secretsmanager.Secret(
            self,
            "Secret",
            secret_name=f"{config.prefix()}/llm-provider-keys",
            description="LLM provider API keys (JSON: provider, keys[], staged[]); see README",
            # CloudFormation needs some generated value; the real keys are put by the operator.
            generate_secret_string=secretsmanager.SecretStringGenerator(
                secret_string_template=json.dumps(INITIAL_DOCUMENT),
                generate_string_key="bootstrap",
                exclude_punctuation=True,
            ),
        )

    def rotate_with(self, function: _lambda.Function, config: DeploymentConfig) -> None:
        if config.key_issuer == "openai":
            self._mint_with_openai(function, config)
        self.schedule = self.secret.add_rotation_schedule(
            "Rotation",
            rotation_lambda=function,
            automatically_after=Duration.days(config.rotation_days),
            # No rotation at deploy time: the bootstrap document holds no key to rotate yet.
            rotate_immediately_on_update=False,
        )

    def _mint_with_openai(self, function: _lambda.Function, config: DeploymentConfig) -> None:
        """The OpenAI issuer's settings (functions/rotation/openai_admin.py), for the rotation function only."""
        if not config.openai_project_id or not config.openai_admin_key_secret_name:
            raise ValueError("key_issuer=openai needs -c openai_project_id=... and -c openai_admin_key_secret_name=...")
        admin_key = secretsmanager.Secret.from_secret_name_v2(
            self, "OpenAIAdminKey", config.openai_admin_key_secret_name
        )
        admin_key.grant_read(function)
        function.add_environment("OPENAI_PROJECT_ID", config.openai_project_id)
        function.add_environment("OPENAI_ADMIN_KEY_SECRET_ID", config.openai_admin_key_secret_name)
        function.add_environment("OPENAI_ADMIN_BASE_URL", config.openai_admin_base_url)
        function.add_environment("OPENAI_ADMIN_TIMEOUT_SECONDS", str(config.openai_admin_timeout_seconds))
