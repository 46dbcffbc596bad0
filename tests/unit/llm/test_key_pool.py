"""The key pool on its own: round robin, resting and set-aside keys, and a secret read while another thread
re-reads it after a refusal."""

from __future__ import annotations

from collections.abc import Callable

from doc_classifier.llm.key_pool import KeyPool


class Secret:
    """A key source whose cached reading lags the secret until a forced read, as Powertools' cache does."""

    def __init__(self, keys: tuple[str, ...]) -> None:
        self.current = keys
        self.cached = keys
        self.during_read: Callable[[], None] | None = None

    def keys(self, *, force: bool = False) -> tuple[str, ...]:
        if force:
            self.cached = self.current
            return self.current
        reading = self.cached
        if self.during_read is not None:  # another thread's turn while this read is under way
            hook, self.during_read = self.during_read, None
            hook()
        return reading


def pool(secret: Secret) -> KeyPool:
    return KeyPool(secret, clock=lambda: 0.0, default_cooldown_seconds=30, max_cooldown_seconds=300)


def test_keys_are_used_in_turn_and_a_refused_one_is_set_aside() -> None:
    secret = Secret(("a", "b"))
    keys = pool(secret)
    assert [keys.acquire().key for _ in range(3)] == ["a", "b", "a"]  # type: ignore[union-attr]
    keys.rejected(keys.acquire())  # type: ignore[arg-type] # "b" refused, the secret unchanged
    assert [keys.acquire().key for _ in range(2)] == ["a", "a"]  # type: ignore[union-attr]
    assert keys.health() == {"keys": 2, "resting": 0, "set_aside": 1}


def test_a_reading_older_than_a_refusals_fresh_read_does_not_bring_back_the_old_keys() -> None:
    secret = Secret(("old",))
    keys = pool(secret)
    first = keys.acquire()
    assert first is not None and first.key == "old"
    secret.current = ("new",)  # rotated; this process's cache still holds "old"

    def other_thread_is_refused() -> None:
        keys.rejected(first)  # 401 on "old": set aside, the secret read afresh: "new"

    secret.during_read = other_thread_is_refused
    lease = keys.acquire()  # its reading ("old") began before the fresh one
    assert lease is not None and lease.key == "new"
    assert keys.health() == {"keys": 1, "resting": 0, "set_aside": 0}


def test_a_later_ordinary_reading_is_adopted() -> None:
    secret = Secret(("old",))
    keys = pool(secret)
    keys.acquire()
    secret.current = secret.cached = ("new",)  # the cache expired and read the rotated secret
    assert keys.acquire().key == "new"  # type: ignore[union-attr]
