"""What a cold start imports: nothing the first classification does not need (python -m bench.cold_start times it).

Each handler is imported in a fresh interpreter with Lambda's environment and tracing on, as deployed.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from infra.local_runtime.containers import FUNCTIONS_DIR

ROOT = Path(__file__).resolve().parents[3]
# The OpenAPI document's models (only /openapi.json and /swagger), pydantic where no request validates a body,
# every library X-Ray could patch (only botocore is traced), the model and the LLM client (first use).
NOT_AT_IMPORT = {
    "api": ["aws_lambda_powertools.event_handler.openapi.models", "requests", "numpy", "openai"],
    "worker": ["pydantic", "requests", "numpy", "openai"],
    "maintenance": ["pydantic", "requests", "numpy", "openai"],
}


@pytest.mark.parametrize("function", sorted(NOT_AT_IMPORT))
def test_a_cold_start_imports_only_what_the_first_request_needs(function: str, tmp_path: Path) -> None:
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([str(ROOT / "layers"), str(ROOT)]),
        "AWS_DEFAULT_REGION": "us-east-1",
        "LAMBDA_TASK_ROOT": str(FUNCTIONS_DIR / function),
    }
    env.pop("POWERTOOLS_TRACE_DISABLED", None)
    # Tracing stays on: the X-Ray SDK itself is part of the start.
    watched = [*NOT_AT_IMPORT[function], "aws_xray_sdk.core"]
    code = f"import handler, json, sys; print(json.dumps([m for m in {watched!r} if m in sys.modules]))"
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=FUNCTIONS_DIR / function, env=env, capture_output=True, text=True, check=True
    )
    assert json.loads(result.stdout) == ["aws_xray_sdk.core"]
