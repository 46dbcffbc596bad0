"""SnapStart runtime hooks: what a snapshot may hold, and what each restored environment renews.

Lambda runs the before-snapshot hooks once, when it publishes a version with SnapStart on (CDK context
``snapstart``), and every restored environment then starts from that memory. So the snapshot holds only what
is the same for every environment and secret to none: the packaged model, loaded (the first classification's
~0.4 s), and the API's routes (``initialized_ahead``). Never a boto3 client or session (its connections and
the credentials of the publishing environment would be reused by every restore), never the LLM keys: both are
built on the first request, as without SnapStart. After a restore, the random module's state (the jitter of
retries) is reseeded so that environments restored from one snapshot do not draw the same numbers; task ids
are ``uuid4``, which reads the OS's entropy on every call.

``snapshot_restore_py`` comes with Lambda's Python 3.12+ managed runtimes; elsewhere (tests, the local
runtime, older runtimes) nothing is registered and nothing changes.

``initialized_ahead`` tells a handler whether its init runs before any request waits on it (SnapStart's
snapshot, or provisioned concurrency's environments kept ready): then what an on-demand start defers to the
first request, such as the API's routes, costs no request anything and belongs in the init.
"""

from __future__ import annotations

import importlib
import os
import random
from collections.abc import Callable

# Lambda's AWS_LAMBDA_INITIALIZATION_TYPE values for an init that no request waits on ("on-demand" is the other).
AHEAD_OF_TRAFFIC = frozenset({"provisioned-concurrency", "snap-start"})


def initialized_ahead() -> bool:
    """True when Lambda initialises this environment before traffic needs it (SnapStart, provisioned concurrency)."""
    return os.environ.get("AWS_LAMBDA_INITIALIZATION_TYPE", "on-demand") in AHEAD_OF_TRAFFIC


def register_hooks(prime: Callable[[], object]) -> bool:
    """Registers ``prime`` before the snapshot and the reseed after each restore; False without the runtime's hooks."""
    try:
        hooks = importlib.import_module("snapshot_restore_py")
    except ImportError:
        return False
    hooks.register_before_snapshot(prime)
    hooks.register_after_restore(reseed)
    return True


def reseed() -> None:
    random.seed()  # from os.urandom: a different state in each restored environment


def load_model() -> None:
    """The before-snapshot hook of the functions that classify (API and worker)."""
    from doc_classifier.classifier import default_classifier  # noqa: PLC0415

    default_classifier()
