"""Where a rotation's new LLM provider key comes from.

Most LLM providers have no API that mints keys for a service account, so the
default issuer takes a key an operator *staged* in the secret (``staged`` list)
and promotes it; ``random`` generates a token for gateways that accept keys we
issue (and for tests); ``openai`` mints each key through OpenAI's admin API and revokes it when it
leaves the window. Anything else is ``KEY_ISSUER=package.module:ClassName``,
a class with the ``KeyIssuer`` methods and a no-argument constructor.
"""

from __future__ import annotations

import importlib
import secrets
import string
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Protocol

from aws_lambda_powertools import Logger
from keys_document import KeysDocument, fingerprint
from openai_admin import OpenAIAdmin, OpenAIAdminError

logger = Logger(child=True)


class NoKeyAvailableError(RuntimeError):
    """The issuer has nothing to issue; rotation fails and Secrets Manager retries later."""


@dataclass(frozen=True)
class IssuedKey:
    key: str = field(repr=False)
    staged: tuple[str, ...]  # what remains of the document's ``staged`` list
    provider_ids: Mapping[str, str] = field(default_factory=dict)  # how the provider names the key; never its value


class KeyIssuer(Protocol):
    def issue(self, current: KeysDocument) -> tuple[str, tuple[str, ...]]:
        """The new key and what remains of ``staged`` after taking it."""
        ...

    def activate(self, key: str) -> None:
        """setSecret: make the key usable at the provider (nothing to do for pre-issued keys)."""
        ...

    def verify(self, key: str) -> None:
        """testSecret: raise if the key cannot be used."""
        ...

    def revoke(self, key: str, provider_ids: Mapping[str, str]) -> None:
        """finishSecret: retire a key that left the window (``provider_ids``: what ``issue`` recorded)."""
        ...


_PRINTABLE = set(string.printable) - set(string.whitespace)


def _check_shape(key: str) -> None:
    if not 8 <= len(key) <= 512 or not set(key) <= _PRINTABLE:
        raise ValueError("key must be 8-512 printable characters without whitespace")


class StagedKeyIssuer:
    """Promotes the first key an operator put under ``staged`` (put-secret-value, see README)."""

    def issue(self, current: KeysDocument, request_token: str) -> IssuedKey:
        if not current.staged:
            raise NoKeyAvailableError(
                "no staged key: add a new provider key to the secret's `staged` list before rotating"
            )
        _check_shape(current.staged[0])  # before it is written, so fixing `staged` unblocks a retry
        return IssuedKey(current.staged[0], current.staged[1:])

    def activate(self, key: str) -> None:
        """The provider issued the key already."""

    def verify(self, key: str) -> None:
        _check_shape(key)

    def revoke(self, key: str, provider_ids: Mapping[str, str]) -> None:
        """Revoking needs the provider's console or admin API: the operator does it (README)."""


class RandomKeyIssuer:
    """A fresh random token: for gateways that accept keys we mint, and for tests."""

    def issue(self, current: KeysDocument, request_token: str) -> IssuedKey:
        return IssuedKey("dck_" + secrets.token_urlsafe(32), current.staged)

    def activate(self, key: str) -> None:
        """Nothing to register: the consumer reads the secret."""

    def verify(self, key: str) -> None:
        _check_shape(key)

    def revoke(self, key: str, provider_ids: Mapping[str, str]) -> None:
        """Dropping the key from the secret is the revocation."""


class OpenAIKeyIssuer:
    """Mints a project key through OpenAI's admin API: one service account per key, named after the
    rotation's version id, so a retried createSecret finds (and deletes) the account whose key it lost.
    Configuration: ``openai_admin.OpenAIAdmin.from_env``."""

    NAME_PREFIX = "doc-classifier-rotation-"

    def __init__(self, admin: OpenAIAdmin | None = None) -> None:
        self.admin = admin or OpenAIAdmin.from_env()

    def issue(self, current: KeysDocument, request_token: str) -> IssuedKey:
        name = self.NAME_PREFIX + request_token
        # Listed in full before deleting, so no deletion moves the paging cursor.
        lost = [str(a["id"]) for a in self.admin.service_accounts() if a.get("name") == name]
        for account_id in lost:  # an earlier attempt's key, whose value never reached the secret
            self.admin.delete_service_account(account_id)
            logger.warning(
                "deleted the service account of an unfinished attempt", extra={"service_account_id": account_id}
            )
        minted = self.admin.create_service_account(name)
        ids = {"service_account_id": minted.service_account_id, "api_key_id": minted.api_key_id}
        logger.info("minted a project key", extra={**ids, "key_fingerprint": fingerprint(minted.value)})
        return IssuedKey(minted.value, current.staged, ids)

    def activate(self, key: str) -> None:
        """A service account's key works as soon as it is created."""

    def verify(self, key: str) -> None:
        _check_shape(key)
        self.admin.check_key(key)

    def revoke(self, key: str, provider_ids: Mapping[str, str]) -> None:
        account = provider_ids.get("service_account_id")
        if not account:
            logger.warning(
                "the retired key was not minted by this rotation: revoke it in the OpenAI console",
                extra={"key_fingerprint": fingerprint(key)},
            )
            return
        try:
            deleted = self.admin.delete_service_account(account)
        except OpenAIAdminError:
            # finishSecret has moved AWSCURRENT already, so Secrets Manager will not retry this:
            # the ids are what an operator needs to delete the account by hand.
            logger.exception("could not revoke the retired key", extra={**provider_ids})
            raise
        logger.info(
            "revoked the retired key" if deleted else "the retired key was revoked already", extra={**provider_ids}
        )


BUILTIN: dict[str, type] = {"staged": StagedKeyIssuer, "random": RandomKeyIssuer, "openai": OpenAIKeyIssuer}


def load_issuer(spec: str) -> KeyIssuer:
    """``staged``, ``random``, ``openai`` or ``package.module:ClassName``."""
    if spec in BUILTIN:
        issuer: KeyIssuer = BUILTIN[spec]()
        return issuer
    module_name, sep, class_name = spec.partition(":")
    if not sep or not module_name or not class_name:
        raise ValueError(f"KEY_ISSUER must be one of {sorted(BUILTIN)} or module:Class, not {spec!r}")
    cls = getattr(importlib.import_module(module_name), class_name)
    loaded: KeyIssuer = cls()
    return loaded
