"""Import cost of each handler in a fresh interpreter, against ``import boto3`` in the same run.

What a Lambda cold start pays before the first request (the model loads on the first classification, measured
by ``doc_classifier.bench``). ``python -X importtime`` names the modules that cost the most.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from infra import service_definition as sd
from infra.local_runtime.containers import FUNCTIONS_DIR

# The target: each handler's import within this multiple of `import boto3`.
IMPORT_TARGET_RATIO = 2.5


@dataclass(frozen=True)
class ImportCost:
    name: str
    seconds: float  # median wall time of the import alone (an empty interpreter's start subtracted)
    heaviest: list[tuple[str, float]]  # top-level imports by cumulative seconds, from -X importtime


def _environment() -> dict[str, str]:
    paths = [str(Path(__file__).resolve().parents[1] / "layers"), *sys.path]
    # As deployed: tracing on, so the X-Ray SDK is part of the cost.
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(paths), "AWS_DEFAULT_REGION": "us-east-1"}
    env.pop("POWERTOOLS_TRACE_DISABLED", None)
    return env


def _wall(code: str, cwd: Path, runs: int) -> float:
    timings = []
    for _ in range(runs):
        started = time.perf_counter()
        subprocess.run([sys.executable, "-c", code], cwd=cwd, env=_environment(), check=True)
        timings.append(time.perf_counter() - started)
    return statistics.median(timings)


def _heaviest(code: str, cwd: Path, top: int = 5) -> list[tuple[str, float]]:
    command = [sys.executable, "-X", "importtime", "-c", code]
    result = subprocess.run(command, cwd=cwd, env=_environment(), capture_output=True, text=True, check=True)
    rows = []
    for line in result.stderr.splitlines():
        parts = line.removeprefix("import time:").split("|")
        if len(parts) != 3 or not parts[1].strip().isdigit():
            continue
        name = parts[2].rstrip()
        depth = (len(name) - len(name.lstrip())) // 2
        if depth == 1:  # imported by the handler module itself
            rows.append((name.strip(), int(parts[1]) / 1e6))
    return sorted(rows, key=lambda row: -row[1])[:top]


def measure(runs: int = 3) -> tuple[float, list[ImportCost]]:
    """``import boto3`` seconds, and each function's handler module import."""
    here = Path.cwd()
    empty = _wall("pass", here, runs)
    boto3 = _wall("import boto3", here, runs) - empty
    costs = []
    for spec in sd.FUNCTIONS:
        module = spec.handler.rsplit(".", 1)[0]
        code = f"import {module}"
        cwd = FUNCTIONS_DIR / spec.name
        costs.append(ImportCost(spec.name, _wall(code, cwd, runs) - empty, _heaviest(code, cwd)))
    return boto3, costs
