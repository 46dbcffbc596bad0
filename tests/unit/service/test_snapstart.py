"""SnapStart hooks: registered only where Lambda's runtime provides them; the snapshot holds the loaded model and
no client; each restore reseeds the random state."""

from __future__ import annotations

import random
import sys
import types
from collections.abc import Callable

import boto3
import pytest
from doc_classifier.classifier import classifier_from
from doc_classifier.service import snapstart


def test_nothing_is_registered_outside_lambdas_runtime(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "snapshot_restore_py", None)  # import fails, as on any other machine
    assert snapstart.register_hooks(snapstart.load_model) is False


def test_the_runtimes_hooks_get_the_prime_and_the_reseed(monkeypatch: pytest.MonkeyPatch) -> None:
    registered: dict[str, list[Callable[[], object]]] = {"before": [], "after": []}
    hooks = types.ModuleType("snapshot_restore_py")
    hooks.register_before_snapshot = registered["before"].append  # type: ignore[attr-defined]
    hooks.register_after_restore = registered["after"].append  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "snapshot_restore_py", hooks)
    assert snapstart.register_hooks(snapstart.load_model) is True
    assert registered == {"before": [snapstart.load_model], "after": [snapstart.reseed]}


def test_priming_loads_the_model_and_builds_no_client(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_client(*args: object, **kwargs: object) -> None:
        raise AssertionError("a client in the snapshot would be shared by every restored environment")

    monkeypatch.setattr(boto3.session.Session, "client", no_client)
    classifier_from.cache_clear()
    snapstart.load_model()
    assert classifier_from.cache_info().currsize == 1


def test_a_restore_draws_other_numbers_than_the_snapshot_would() -> None:
    random.seed(7)
    snapshot_state = random.getstate()
    snapstart.reseed()
    assert random.getstate() != snapshot_state


@pytest.mark.parametrize(
    ("initialization", "ahead"),
    [("snap-start", True), ("provisioned-concurrency", True), ("on-demand", False), (None, False)],
)
def test_an_init_is_ahead_of_traffic_only_for_snapstart_and_provisioned_concurrency(
    monkeypatch: pytest.MonkeyPatch, initialization: str | None, ahead: bool
) -> None:
    if initialization is None:
        monkeypatch.delenv("AWS_LAMBDA_INITIALIZATION_TYPE", raising=False)  # outside Lambda
    else:
        monkeypatch.setenv("AWS_LAMBDA_INITIALIZATION_TYPE", initialization)
    assert snapstart.initialized_ahead() is ahead
