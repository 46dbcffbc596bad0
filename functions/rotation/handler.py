"""Secrets Manager rotation function for the LLM provider keys secret.

Env: KEY_ISSUER (``staged`` default, ``random``, ``openai`` or ``module:Class``; ``openai`` reads its
own settings, see ``openai_admin.OpenAIAdmin.from_env``) and KEY_WINDOW
(how many live keys the secret keeps, 3 by default: the guide recommends 3-5).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import boto3
from aws_lambda_powertools import Logger
from aws_lambda_powertools.utilities.typing import LambdaContext
from doc_classifier.config import EnvSettings, setting
from key_issuers import load_issuer
from rotation_steps import CURRENT, check_rotation_state, create_secret, finish_secret, set_secret, test_secret

logger = Logger()
STEPS = ("createSecret", "setSecret", "testSecret", "finishSecret")


@dataclass(frozen=True)
class RotationSettings(EnvSettings, prefix="KEY_"):
    issuer: str = "staged"  # KEY_ISSUER
    window: int = setting(3, ge=1, le=10)  # KEY_WINDOW


@logger.inject_lambda_context
def handler(event: dict[str, Any], context: LambdaContext) -> None:
    arn, token, step = event["SecretId"], event["ClientRequestToken"], event["Step"]
    if step not in STEPS:
        raise ValueError(f"unknown rotation step {step!r}")
    logger.append_keys(secret_id=arn, version=token, step=step)
    # Endpoint from AWS_ENDPOINT_URL when set (local emulator); the runtime's region otherwise.
    client = boto3.client("secretsmanager")
    stages = check_rotation_state(client, arn, token)
    if CURRENT in stages[token]:
        logger.info("version already AWSCURRENT: nothing to do")
        return
    settings = RotationSettings.from_env()
    issuer = load_issuer(settings.issuer)
    if step == "createSecret":
        document = create_secret(client, arn, token, issuer, settings.window)
        logger.info("pending version ready", extra={"live_keys": len(document.keys)})  # never the keys
    elif step == "setSecret":
        set_secret(client, arn, token, issuer)
    elif step == "testSecret":
        test_secret(client, arn, token, issuer)
    else:
        retired = finish_secret(client, arn, token, issuer, stages)
        logger.info("rotation finished", extra={"retired_keys": len(retired)})
