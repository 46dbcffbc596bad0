"""What a cold start imports: nothing the first classification does not need (python -m bench.cold_start times it).

Each handler is imported in a fresh interpreter with Lambda's environment and tracing on, as deployed.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from infra.local_runtime.containers import FUNCTIONS_DIR

ROOT = Path(__file__).resolve().parents[3]
EVENTS = ROOT / "events"
# The API's resolver: its routes, their pydantic models and Powertools' OpenAPI parameter classes.
ROUTES = [
    "doc_classifier.service.api.app",
    "doc_classifier.service.api.models",
    "aws_lambda_powertools.event_handler.openapi.params",
    "pydantic",
]
# The OpenAPI document's models (only /openapi.json and /swagger), the API's routes (first request), pydantic
# where no request validates a body, every library X-Ray could patch (only botocore is traced), the model and
# the LLM client (first use).
NOT_AT_IMPORT = {
    "api": ["aws_lambda_powertools.event_handler.openapi.models", *ROUTES, "requests", "numpy", "openai"],
    "worker": ["pydantic", "requests", "numpy", "openai"],
    "maintenance": ["pydantic", "requests", "numpy", "openai"],
}


def _fresh_interpreter(function: str, code: str, **environment: str) -> Any:
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([str(ROOT / "layers"), str(ROOT)]),
        "AWS_DEFAULT_REGION": "us-east-1",
        "LAMBDA_TASK_ROOT": str(FUNCTIONS_DIR / function),
        **environment,
    }
    env.pop("POWERTOOLS_TRACE_DISABLED", None)  # tracing stays on: the X-Ray SDK itself is part of the start
    if "AWS_LAMBDA_INITIALIZATION_TYPE" not in environment:
        env.pop("AWS_LAMBDA_INITIALIZATION_TYPE", None)
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=FUNCTIONS_DIR / function, env=env, capture_output=True, text=True, check=True
    )
    return json.loads(result.stdout.splitlines()[-1])


def _imports(watched: list[str], **environment: str) -> Any:
    """Which of ``watched`` ``import handler`` leaves imported in a fresh interpreter of the API."""
    return _fresh_interpreter("api", f"import handler, json, sys; print(json.dumps({_loaded(watched)}))", **environment)


def _loaded(watched: list[str]) -> str:
    """An expression, in the child, of which of ``watched`` it has imported."""
    return f"[m for m in {watched!r} if m in sys.modules]"


@pytest.mark.parametrize("function", sorted(NOT_AT_IMPORT))
def test_a_cold_start_imports_only_what_the_first_request_needs(function: str) -> None:
    watched = [*NOT_AT_IMPORT[function], "aws_xray_sdk.core"]
    loaded = _fresh_interpreter(function, f"import handler, json, sys; print(json.dumps({_loaded(watched)}))")
    assert loaded == ["aws_xray_sdk.core"]


def test_the_apis_first_request_builds_its_routes() -> None:
    # GET /health touches no backend: what it imports is the resolver's, not a client's or the model's.
    code = f"""
import json, sys, types
import handler
before = {_loaded(ROUTES)}
event = json.loads(open({str(EVENTS / "api" / "health.json")!r}).read())
context = types.SimpleNamespace(function_name="api", memory_limit_in_mb=1769, aws_request_id="1",
                                invoked_function_arn="arn:aws:lambda:us-east-1:123456789012:function:api")
status = handler.handler(event, context)["statusCode"]
print(json.dumps([before, status, {_loaded(ROUTES)}]))
"""
    quiet = {"POWERTOOLS_TRACE_DISABLED": "true", "POWERTOOLS_METRICS_DISABLED": "true"}
    before, status, after = _fresh_interpreter("api", code, **quiet)
    assert (before, status, after) == ([], 200, ROUTES)


@pytest.mark.parametrize("initialization", ["snap-start", "provisioned-concurrency"])
def test_an_init_ahead_of_traffic_builds_the_routes_at_import(initialization: str) -> None:
    assert _imports(ROUTES, AWS_LAMBDA_INITIALIZATION_TYPE=initialization) == ROUTES


def test_an_on_demand_init_leaves_them_to_the_first_request() -> None:
    assert _imports(ROUTES, AWS_LAMBDA_INITIALIZATION_TYPE="on-demand") == []
