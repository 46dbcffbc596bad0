"""Several keys per provider: calls spread across them, a rate-limited key rests, a refused key is set aside."""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass

from doc_classifier.llm.keys import KeySource


@dataclass(frozen=True)
class Lease:
    key: str
    slot: int  # the key's position in the pool: what logs name instead of the key

    def __repr__(self) -> str:  # a lease in a traceback or log must not show the key
        return f"Lease(slot={self.slot})"


class KeyPool:
    def __init__(
        self,
        source: KeySource,
        *,
        clock: Callable[[], float],
        default_cooldown_seconds: float,
        max_cooldown_seconds: float,
    ) -> None:
        self._source = source
        self._clock = clock
        self._default_cooldown = default_cooldown_seconds
        self._max_cooldown = max_cooldown_seconds
        self._lock = threading.Lock()
        self._keys: tuple[str, ...] = ()
        self._resting_until: dict[str, float] = {}  # 429: back after Retry-After
        self._set_aside: set[str] = set()  # 401/403: back when the secret changes
        self._next = 0
        self._loaded = False
        # Counts the secret's forced re-reads: a reading begun before one may be older than what it adopted.
        self._forced_reads = 0

    def acquire(self) -> Lease | None:
        """The next usable key, round robin; None when every key is resting or set aside."""
        with self._lock:
            forced_reads = self._forced_reads
        keys = self._source.keys()
        with self._lock:
            # Another thread's refused key made it read the secret afresh while this one read it: the fresher
            # reading stands (adopting this one could bring back the keys the rotation replaced, each worth a 401).
            if forced_reads == self._forced_reads:
                self._adopt(keys)
            keys = self._keys
            now = self._clock()
            for offset in range(len(keys)):
                slot = (self._next + offset) % len(keys)
                key = keys[slot]
                if key in self._set_aside or self._resting_until.get(key, 0.0) > now:
                    continue
                self._next = slot + 1
                return Lease(key, slot)
            return None

    def rate_limited(self, lease: Lease, retry_after_seconds: float | None) -> None:
        wait = self._default_cooldown if retry_after_seconds is None else retry_after_seconds
        with self._lock:
            self._resting_until[lease.key] = self._clock() + min(max(wait, 0.0), self._max_cooldown)

    def rejected(self, lease: Lease) -> None:
        """The provider refused the key (401/403): set it aside and re-read the secret at once."""
        with self._lock:
            self._set_aside.add(lease.key)
        keys = self._source.keys(force=True)
        with self._lock:
            self._forced_reads += 1
            self._adopt(keys)

    def health(self) -> dict[str, int]:
        """Counts of the keys last read (never their values); reads no secret."""
        with self._lock:
            now = self._clock()
            aside = [k for k in self._keys if k in self._set_aside]
            resting = [k for k in self._keys if k not in self._set_aside and self._resting_until.get(k, 0.0) > now]
            return {"keys": len(self._keys), "resting": len(resting), "set_aside": len(aside)}

    @property
    def loaded(self) -> bool:
        """Whether the keys were read yet (a secret is read on the first escalation, not at start)."""
        with self._lock:
            return self._loaded

    def _adopt(self, keys: tuple[str, ...]) -> None:
        self._loaded = True
        # A changed secret (rotation, an operator's fix) gives every key a fresh start.
        if keys != self._keys:
            self._keys = keys
            self._set_aside.clear()
            self._resting_until = {k: t for k, t in self._resting_until.items() if k in keys}
