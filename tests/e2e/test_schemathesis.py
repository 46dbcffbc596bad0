"""schemathesis against the service's own OpenAPI document, on the running local API.

Every operation is called with generated valid and invalid inputs (and with methods it does not
allow); no answer may be a 5xx and every documented answer must match its schema.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.e2e.conftest import start_runtime

pytestmark = [pytest.mark.e2e, pytest.mark.slow]

API_KEY = "schemathesis-key-0001"


def test_no_server_error_and_responses_match_the_schema(tmp_path: Path) -> None:
    runtime = start_runtime(tmp_path, "--api-key", API_KEY, "--no-throttle", prefix="schemathesis")
    try:
        run = subprocess.run(
            [
                str(Path(sys.executable).with_name("schemathesis")),
                "run",
                f"{runtime.url}/openapi.json",
                "--checks",
                "not_a_server_error,response_schema_conformance,status_code_conformance,content_type_conformance",
                "--header",
                f"x-api-key:{API_KEY}",
                "--max-examples",
                "10",
                "--seed",
                "20261202",  # reproducible in CI; change it locally to explore
                "--request-timeout",
                "60",
                "--max-time",
                "90",  # thousands of cases in this time; a bounded share of CI's budget
                "--no-color",
                "--warnings",
                "off",
            ],
            cwd=tmp_path,  # its example cache (.schemathesis/) stays out of the clone
            capture_output=True,
            text=True,
            timeout=300,
            check=False,
        )
    finally:
        runtime.stop()
    assert run.returncode == 0, run.stdout[-8000:] + run.stderr[-2000:]
