"""``python -m bench.in_process [DEV_DIR]``: the numbers the README reports.

Speed and memory are measured here, never asserted in timed tests: dev-set
accuracy of the local model, what the LLM tier would be sent and cost
(``routing_report``), end-to-end latency of text PDFs and of OCR'd
images, the import cost of the classification path in a fresh interpreter,
and the size of the model artefact.
"""

from __future__ import annotations

import argparse
import json
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from doc_classifier.classifier import default_classifier
from doc_classifier.evaluation import evaluate
from doc_classifier.model.linear import ARTIFACT_DIR
from doc_classifier.routing_report import priced_settings, routing_report

DEFAULT_DEV_DIR = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "dev"
IMPORT_SNIPPET = "import doc_classifier.classifier as c; c.default_classifier()"


def _percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def import_seconds(runs: int = 5) -> float:
    """Median wall time of a fresh interpreter importing the classification path and loading the model."""
    timings = []
    for _ in range(runs):
        started = time.perf_counter()
        subprocess.run([sys.executable, "-c", IMPORT_SNIPPET], check=True)
        timings.append(time.perf_counter() - started)
    baseline = []
    for _ in range(runs):
        started = time.perf_counter()
        subprocess.run([sys.executable, "-c", "pass"], check=True)
        baseline.append(time.perf_counter() - started)
    return statistics.median(timings) - statistics.median(baseline)


def latency(files: list[Path], repeats: int) -> dict[str, float]:
    classifier = default_classifier()
    timings = []
    for path in files:
        data = path.read_bytes()
        classifier.classify(data)  # warm: first OCR call loads the language model
        for _ in range(repeats):
            started = time.perf_counter()
            classifier.classify(data)
            timings.append(time.perf_counter() - started)
    if not timings:
        return {}
    return {
        "documents": len(files),
        "p50_ms": round(_percentile(timings, 0.5) * 1000, 1),
        "p95_ms": round(_percentile(timings, 0.95) * 1000, 1),
    }


def run(dev_dir: Path) -> dict[str, Any]:
    classifier = default_classifier()
    llm, source = priced_settings()
    report = evaluate(classifier, dev_dir, prompts=llm)
    summary = report.summary()
    routing = routing_report(report.cases, llm, source)
    seeds = [c for c in report.cases if Path(c.file).name.startswith("heron__")]
    # The evaluation already read every document: pick the latency samples from what it saw.
    text_pdfs = [
        dev_dir / c.file
        for c in report.cases
        if c.media_type == "application/pdf" and not c.ocr_used and (c.pages_total or 0) <= 3
    ]
    images = [dev_dir / c.file for c in report.cases if c.media_type.startswith("image/")]
    artefact_bytes = sum(p.stat().st_size for p in ARTIFACT_DIR.iterdir())
    return {
        "model_version": classifier.model_version,
        "dev_set": {
            k: summary[k]
            for k in (
                "documents",
                "accuracy",
                "macro_f1",
                "expected_calibration_error",
                "seconds_per_document",
            )
        },
        "seed_files_right": f"{sum(c.predicted == c.label for c in seeds)}/{len(seeds)}",
        "misclassified": [
            f"{c.file}: {c.predicted} ({c.confidence:.2f})" for c in report.cases if c.predicted != c.label
        ],
        "llm_routing": {
            **{k: v for k, v in routing.items() if k != "sweep"},
            "sweep": {
                f"{s['escalate_below']}/{s['unknown_below']}": f"{s['escalated_share']:.1%} escalated, "
                f"{s['errors_escalated']}/{routing['local_errors']} errors"
                for s in routing["sweep"]
            },
        },
        "text_pdf_1_3_pages": latency(text_pdfs, repeats=10),
        "image_with_ocr": latency(images, repeats=1),
        "import_and_load_seconds": round(import_seconds(), 3),
        "model_artifact_mb": round(artefact_bytes / 1e6, 2),
        # Linux reports kilobytes: the high-water mark of this process after every document above.
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
    }


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.in_process", description=__doc__)
    parser.add_argument("dev_dir", nargs="?", type=Path, default=DEFAULT_DEV_DIR)
    args = parser.parse_args()
    print(json.dumps(run(args.dev_dir), indent=2))


if __name__ == "__main__":
    main()
