"""Where a rotation's new LLM provider key comes from.

Most LLM providers have no API that mints keys for a service account, so the
default issuer takes a key an operator *staged* in the secret (``staged`` list)
and promotes it; ``random`` generates a token for gateways that accept keys we
issue (and for tests). Anything else is ``KEY_ISSUER=package.module:ClassName``,
a class with the ``KeyIssuer`` methods and a no-argument constructor.
"""

from __future__ import annotations

import importlib
import secrets
import string
from typing import Protocol

from keys_document import KeysDocument


class NoKeyAvailableError(RuntimeError):
    """The issuer has nothing to issue; rotation fails and Secrets Manager retries later."""


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

    def revoke(self, key: str) -> None:
        """finishSecret: retire a key that left the window of live keys."""
        ...


_PRINTABLE = set(string.printable) - set(string.whitespace)


def _check_shape(key: str) -> None:
    if not 8 <= len(key) <= 512 or not set(key) <= _PRINTABLE:
        raise ValueError("key must be 8-512 printable characters without whitespace")


class StagedKeyIssuer:
    """Promotes the first key an operator put under ``staged`` (put-secret-value, see README)."""

    def issue(self, current: KeysDocument) -> tuple[str, tuple[str, ...]]:
        if not current.staged:
            raise NoKeyAvailableError(
                "no staged key: add a new provider key to the secret's `staged` list before rotating"
            )
        return current.staged[0], current.staged[1:]

    def activate(self, key: str) -> None:
        """The provider issued the key already."""

    def verify(self, key: str) -> None:
        _check_shape(key)

    def revoke(self, key: str) -> None:
        """Revoking needs the provider's console or admin API: the operator does it (README)."""


class RandomKeyIssuer:
    """A fresh random token: for gateways that accept keys we mint, and for tests."""

    def issue(self, current: KeysDocument) -> tuple[str, tuple[str, ...]]:
        return "dck_" + secrets.token_urlsafe(32), current.staged

    def activate(self, key: str) -> None:
        """Nothing to register: the consumer reads the secret."""

    def verify(self, key: str) -> None:
        _check_shape(key)

    def revoke(self, key: str) -> None:
        """Dropping the key from the secret is the revocation."""


BUILTIN: dict[str, type] = {"staged": StagedKeyIssuer, "random": RandomKeyIssuer}


def load_issuer(spec: str) -> KeyIssuer:
    """``staged``, ``random`` or ``package.module:ClassName``."""
    if spec in BUILTIN:
        issuer: KeyIssuer = BUILTIN[spec]()
        return issuer
    module_name, sep, class_name = spec.partition(":")
    if not sep or not module_name or not class_name:
        raise ValueError(f"KEY_ISSUER must be one of {sorted(BUILTIN)} or module:Class, not {spec!r}")
    cls = getattr(importlib.import_module(module_name), class_name)
    loaded: KeyIssuer = cls()
    return loaded
