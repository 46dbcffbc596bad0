"""Swagger UI from the local runtime, rendered by headless Chromium (Debian package ``chromium``)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from tests.e2e.conftest import Runtime

pytestmark = [pytest.mark.e2e, pytest.mark.slow]


def test_swagger_ui_lists_the_operations(runtime: Runtime, tmp_path: Path) -> None:
    chromium = shutil.which("chromium")
    assert chromium, "install the Debian package 'chromium' (make system-deps does)"
    dom = subprocess.run(
        [
            chromium,
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
            "--disable-quic",
            f"--user-data-dir={tmp_path / 'profile'}",
            "--virtual-time-budget=10000",
            "--dump-dom",
            f"{runtime.url}/swagger",
        ],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    ).stdout
    # Swagger UI renders one block per operation, with its method and path, only once its JS has run.
    assert "opblock-summary-path" in dom
    for path in (
        "/classify_file",
        "/classify_file_async",
        "/uploads",
        "/classification_result/{task_id}",
        "/metrics",
        "/industries",
    ):
        assert f'data-path="{path}"' in dom, path
