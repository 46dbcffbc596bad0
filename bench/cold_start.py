"""Import cost of each handler in a fresh interpreter, against ``import boto3`` in the same run.

What a Lambda cold start pays before the first request (the model loads on the first classification, measured
by ``bench.in_process``). ``python -X importtime`` names the modules that cost the most.

Each figure is the CPU time (user + system) of the child interpreter, not its wall time: an import is CPU
bound once its files are in the page cache, and CPU time does not grow when other work shares the machine,
so the ratio holds on a busy host. The environment is Lambda's as deployed: tracing on, and
``LAMBDA_TASK_ROOT`` set (the X-Ray SDK takes its Lambda path then: no daemon sampler, which outside Lambda
costs ~0.2 s at import and so would measure a start Lambda never makes).
"""

from __future__ import annotations

import os
import resource
import statistics
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from infra import service_definition as sd
from infra.local_runtime.containers import FUNCTIONS_DIR

# The target: each handler's import within this multiple of `import boto3`.
IMPORT_TARGET_RATIO = 2.5


@dataclass(frozen=True)
class ImportCost:
    name: str
    seconds: float  # median CPU seconds of the import alone (an empty interpreter's start subtracted)
    ratio: float  # median of the per-round ratios to ``import boto3``
    heaviest: list[tuple[str, float]]  # top-level imports by cumulative seconds, from -X importtime


def _environment(task_root: Path) -> dict[str, str]:
    paths = [str(Path(__file__).resolve().parents[1] / "layers"), *sys.path]
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join(paths),
        "AWS_DEFAULT_REGION": "us-east-1",
        "LAMBDA_TASK_ROOT": str(task_root),
    }
    env.pop("POWERTOOLS_TRACE_DISABLED", None)  # as deployed: tracing on
    return env


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _cpu(code: str, cwd: Path) -> float:
    before = _children_cpu()
    subprocess.run([sys.executable, "-c", code], cwd=cwd, env=_environment(cwd), check=True)
    return _children_cpu() - before


def _heaviest(code: str, cwd: Path, top: int = 5) -> list[tuple[str, float]]:
    command = [sys.executable, "-X", "importtime", "-c", code]
    result = subprocess.run(command, cwd=cwd, env=_environment(cwd), capture_output=True, text=True, check=True)
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


def measure(rounds: int = 7) -> tuple[float, list[ImportCost]]:
    """``import boto3`` CPU seconds, and each function's handler module import (medians of the rounds).

    Each round times an empty interpreter, ``import boto3`` and every handler one after the other, so a
    change of load on the machine touches the handlers and their yardstick alike; a handler's ratio is the
    median of its per-round ratios.
    """
    here = Path.cwd()
    handlers = [(spec.name, spec.handler.rsplit(".", 1)[0], FUNCTIONS_DIR / spec.name) for spec in sd.FUNCTIONS]
    boto3: list[float] = []
    seconds: dict[str, list[float]] = {name: [] for name, _, _ in handlers}
    ratios: dict[str, list[float]] = {name: [] for name, _, _ in handlers}
    for _ in range(rounds):
        empty = _cpu("pass", here)
        boto3.append(_cpu("import boto3", here) - empty)
        for name, module, cwd in handlers:
            seconds[name].append(_cpu(f"import {module}", cwd) - empty)
            ratios[name].append(seconds[name][-1] / boto3[-1])
    costs = [
        ImportCost(
            name,
            statistics.median(seconds[name]),
            statistics.median(ratios[name]),
            _heaviest(f"import {module}", cwd),
        )
        for name, module, cwd in handlers
    ]
    return statistics.median(boto3), costs


def main() -> None:
    """``python -m bench.cold_start``: the import figures alone."""
    boto3, costs = measure()
    print(f"import boto3: {boto3:.3f} s CPU")
    for cost in costs:
        print(f"{cost.name}: {cost.seconds:.3f} s CPU, {cost.ratio:.2f}x (target <= {IMPORT_TARGET_RATIO}x)")


if __name__ == "__main__":
    main()
