"""The secret's JSON document: a window of live provider keys plus keys staged for rotation."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime


def fingerprint(key: str) -> str:
    """A short one-way name for a key: safe to log and to index the ``key_ids`` ledger by."""
    return hashlib.sha256(key.encode()).hexdigest()[:16]


@dataclass(frozen=True)
class KeysDocument:
    provider: str = "unset"
    keys: tuple[str, ...] = ()  # live keys, oldest first; handlers may use any of them
    staged: tuple[str, ...] = ()  # issued by the provider, waiting to be rotated in
    rotated_at: str = ""
    # fingerprint of a live key -> what the provider calls it (e.g. its service account id), so the
    # key can be revoked once it leaves the window. Ids only, never a key value.
    key_ids: dict[str, dict[str, str]] = field(default_factory=dict)
    extra: dict[str, object] = field(default_factory=dict)  # unknown fields survive a rotation

    @classmethod
    def parse(cls, text: str) -> KeysDocument:
        raw = json.loads(text)
        if not isinstance(raw, dict):
            raise ValueError("the keys secret must be a JSON object")
        keys, staged = raw.pop("keys", []), raw.pop("staged", [])
        if not all(isinstance(k, str) for k in [*keys, *staged]):
            raise ValueError("`keys` and `staged` must be lists of strings")
        key_ids = raw.pop("key_ids", {})
        if not isinstance(key_ids, dict) or not all(
            isinstance(ids, dict) and all(isinstance(v, str) for v in ids.values()) for ids in key_ids.values()
        ):
            raise ValueError("`key_ids` must map key fingerprints to objects of string ids")
        raw.pop("bootstrap", None)  # CloudFormation's generated placeholder
        return cls(
            provider=str(raw.pop("provider", "unset")),
            keys=tuple(keys),
            staged=tuple(staged),
            rotated_at=str(raw.pop("rotated_at", "")),
            key_ids=key_ids,
            extra=raw,
        )

    def dump(self) -> str:
        body = {
            **self.extra,
            "provider": self.provider,
            "keys": list(self.keys),
            "staged": list(self.staged),
            "rotated_at": self.rotated_at,
            **({"key_ids": self.key_ids} if self.key_ids else {}),
        }
        return json.dumps(body, sort_keys=True)

    def ids_of(self, key: str) -> Mapping[str, str]:
        """The provider's ids of a live key; empty for a key the rotation did not mint."""
        return self.key_ids.get(fingerprint(key), {})

    def rotated(self, new_key: str, staged: tuple[str, ...], window: int, new_ids: Mapping[str, str]) -> KeysDocument:
        """Append the new key and keep the newest ``window`` keys (the oldest one leaves), with their ids."""
        if new_key in self.keys:
            raise ValueError("the issued key is already live")
        keys = (*self.keys, new_key)[-window:]
        known = {**self.key_ids, **({fingerprint(new_key): dict(new_ids)} if new_ids else {})}
        return replace(
            self,
            keys=keys,
            staged=staged,
            rotated_at=datetime.now(UTC).isoformat(timespec="seconds"),
            key_ids={fingerprint(k): known[fingerprint(k)] for k in keys if fingerprint(k) in known},
        )

    def follows(self, previous: KeysDocument, window: int) -> bool:
        """Whether this document is what ``previous.rotated(...)`` produces: one new key appended."""
        kept = previous.keys[max(0, len(previous.keys) - (window - 1)) :] if window > 1 else ()
        return bool(self.keys) and self.keys[-1] not in previous.keys and self.keys[:-1] == kept

    def retired_by(self, newer: KeysDocument) -> tuple[str, ...]:
        return tuple(k for k in self.keys if k not in newer.keys)
