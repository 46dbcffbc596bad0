"""``python -m bench.learn``: how long ``doc-classifier learn`` takes for the README's logistics walkthrough.

Runs the real command in a fresh interpreter, as a user would, on five generated examples of each
of the three logistics categories, without and with ``--report`` (which adds the cross-validation
fits), and prints wall and CPU seconds as JSON. The target is two minutes on the 2-core machine.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from training.logistics_example import write_documents, write_taxonomy

TARGET_SECONDS = 120.0


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def time_learn(workdir: Path, examples: Path, taxonomy: Path, report: bool) -> dict[str, Any]:
    out = workdir / ("model-report" if report else "model")
    command = [sys.executable, "-m", "doc_classifier.cli", "learn", str(examples), "--taxonomy", str(taxonomy)]
    command += ["--out", str(out), *(["--report"] if report else [])]
    cpu_before = _children_cpu()
    started = time.perf_counter()
    subprocess.run(command, check=True, capture_output=True, text=True)
    wall = time.perf_counter() - started
    model = json.loads((out / "model.json").read_text())
    return {
        "wall_seconds": round(wall, 1),
        # learn's own process pool included: the command waits for its workers.
        "cpu_seconds": round(_children_cpu() - cpu_before, 1),
        "within_target": wall <= TARGET_SECONDS,
        "model_version": model["version"],
        **({"cross_validated_accuracy": model["learned"]["cross_validated_accuracy"]} if report else {}),
    }


def run(per_category: int) -> dict[str, Any]:
    with tempfile.TemporaryDirectory(prefix="bench-learn-") as scratch:
        workdir = Path(scratch)
        taxonomy = workdir / "taxonomy"
        write_taxonomy(taxonomy)
        write_documents(workdir / "examples", per_category=per_category, seed=1)
        return {
            "examples_per_category": per_category,
            "target_seconds": TARGET_SECONDS,
            "learn": time_learn(workdir, workdir / "examples", taxonomy, report=False),
            "learn_with_report": time_learn(workdir, workdir / "examples", taxonomy, report=True),
        }


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.learn", description=__doc__)
    parser.add_argument("--per-category", type=int, default=5, help="example documents per logistics category")
    args = parser.parse_args()
    print(json.dumps(run(args.per_category), indent=2))


if __name__ == "__main__":
    main()
