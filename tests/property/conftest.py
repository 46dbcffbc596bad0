"""Hypothesis settings for the property tests: bounded so the suite fits CI (examples and per-example time)."""

from __future__ import annotations

import os
from datetime import timedelta

from hypothesis import HealthCheck, settings

# Powertools reads these when the handler modules are imported (at collection, before any fixture).
os.environ.setdefault("POWERTOOLS_METRICS_NAMESPACE", "DocClassifierTest")
os.environ.setdefault("POWERTOOLS_SERVICE_NAME", "doc-classifier")
os.environ.setdefault("POWERTOOLS_TRACE_DISABLED", "true")

# Examples are generated from a random seed and failures are replayed from .hypothesis/; `derandomize`
# would hide new inputs, so CI runs a fresh sample each time with the same bound on effort.
settings.register_profile(
    "default",
    max_examples=100,
    deadline=timedelta(seconds=2),  # generous for a shared 2-core machine; a hang still fails fast
    suppress_health_check=[HealthCheck.too_slow],
)
# A deeper search before a release, or after touching the parsers: pytest --hypothesis-profile=thorough
settings.register_profile("thorough", parent=settings.get_profile("default"), max_examples=3000)
settings.load_profile("default")
