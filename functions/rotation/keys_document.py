"""The secret's JSON document: a window of live provider keys plus keys staged for rotation."""

from __future__ import annotations

import json
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime


@dataclass(frozen=True)
class KeysDocument:
    provider: str = "unset"
    keys: tuple[str, ...] = ()  # live keys, oldest first; handlers may use any of them
    staged: tuple[str, ...] = ()  # issued by the provider, waiting to be rotated in
    rotated_at: str = ""
    extra: dict[str, object] = field(default_factory=dict)  # unknown fields survive a rotation

    @classmethod
    def parse(cls, text: str) -> KeysDocument:
        raw = json.loads(text)
        if not isinstance(raw, dict):
            raise ValueError("the keys secret must be a JSON object")
        keys, staged = raw.pop("keys", []), raw.pop("staged", [])
        if not all(isinstance(k, str) for k in [*keys, *staged]):
            raise ValueError("`keys` and `staged` must be lists of strings")
        raw.pop("bootstrap", None)  # CloudFormation's generated placeholder
        return cls(
            provider=str(raw.pop("provider", "unset")),
            keys=tuple(keys),
            staged=tuple(staged),
            rotated_at=str(raw.pop("rotated_at", "")),
            extra=raw,
        )

    def dump(self) -> str:
        body = {
            **self.extra,
            "provider": self.provider,
            "keys": list(self.keys),
            "staged": list(self.staged),
            "rotated_at": self.rotated_at,
        }
        return json.dumps(body, sort_keys=True)

    def rotated(self, new_key: str, staged: tuple[str, ...], window: int) -> KeysDocument:
        """Append the new key and keep the newest ``window`` keys (the oldest one leaves)."""
        if new_key in self.keys:
            raise ValueError("the issued key is already live")
        return replace(
            self,
            keys=(*self.keys, new_key)[-window:],
            staged=staged,
            rotated_at=datetime.now(UTC).isoformat(timespec="seconds"),
        )

    def follows(self, previous: KeysDocument, window: int) -> bool:
        """Whether this document is what ``previous.rotated(...)`` produces: one new key appended."""
        kept = previous.keys[max(0, len(previous.keys) - (window - 1)) :] if window > 1 else ()
        return bool(self.keys) and self.keys[-1] not in previous.keys and self.keys[:-1] == kept

    def retired_by(self, newer: KeysDocument) -> tuple[str, ...]:
        return tuple(k for k in self.keys if k not in newer.keys)
