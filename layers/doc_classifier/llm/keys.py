"""Where a provider's keys come from: inline configuration, or the rotation function's secret document."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any, Protocol


class SecretReader(Protocol):
    """Reads a secret's string; ``force`` skips any cache (a key was just refused)."""

    def __call__(self, secret_id: str, *, force: bool) -> str: ...


class KeySource(Protocol):
    def keys(self, *, force: bool = False) -> tuple[str, ...]: ...


class InlineKeys:
    def __init__(self, keys: tuple[str, ...]) -> None:
        self._keys = keys

    def keys(self, *, force: bool = False) -> tuple[str, ...]:
        return self._keys


class SecretKeys:
    """The live ``keys`` window of a keys document (``functions/rotation/keys_document.py``); never ``staged``."""

    def __init__(self, reader: SecretReader, secret_id: str) -> None:
        self._reader = reader
        self._secret_id = secret_id

    def keys(self, *, force: bool = False) -> tuple[str, ...]:
        document = json.loads(self._reader(self._secret_id, force=force))
        keys = document.get("keys", []) if isinstance(document, dict) else []
        if not isinstance(keys, list) or not all(isinstance(k, str) for k in keys):
            raise ValueError(f"secret {self._secret_id}: `keys` must be a list of strings")
        return tuple(keys)


def powertools_secret_reader(max_age_seconds: int, client_factory: Callable[[], Any]) -> SecretReader:
    """Secrets Manager through Powertools Parameters: cached in memory for ``max_age_seconds``."""
    # Imported on the first escalation that needs a secret, like openai.
    from aws_lambda_powertools.utilities.parameters import SecretsProvider  # noqa: PLC0415

    provider = SecretsProvider(boto3_client=client_factory())

    def read(secret_id: str, *, force: bool) -> str:
        value = provider.get(secret_id, max_age=max_age_seconds, force_fetch=force)
        if not isinstance(value, str):
            raise ValueError(f"secret {secret_id} holds no string (a keys document is JSON text)")
        return value

    return read
