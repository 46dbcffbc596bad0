"""Cold start of each handler: its import in a fresh interpreter, against ``import boto3`` in the same run, then
its first requests.

The import is what a Lambda cold start pays before the first request; ``python -X importtime`` names the modules
that cost the most. The first requests (``first_requests``: the API's GET /health and a small text PDF's
classification, the worker's one-message batch) pay what is built on first use: the API's routes, the boto3
clients, the model. They run in a fresh interpreter against an emulator in this process, on loopback.

Each figure is the CPU time (user + system) of the child interpreter, not its wall time: an import is CPU
bound once its files are in the page cache, and CPU time does not grow when other work shares the machine,
so the ratio holds on a busy host. The environment is Lambda's as deployed: tracing on, and
``LAMBDA_TASK_ROOT`` set (the X-Ray SDK takes its Lambda path then: no daemon sampler, which outside Lambda
costs ~0.2 s at import and so would measure a start Lambda never makes).
"""

from __future__ import annotations

import json
import logging
import os
import resource
import socket
import statistics
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from infra import service_definition as sd
from infra.local_runtime.containers import FUNCTIONS_DIR
from infra.local_runtime.runtime import HOST

# The issue's target: each handler's import within this multiple of `import boto3`.
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


# A fresh interpreter imports the handler, then answers each event in turn, as one Lambda environment would.
# Only the standard library besides the handler, so that nothing the first request needs is imported early.
# argv: events file ([[label, event], ...]), results file.
_FIRST_REQUESTS = """
import json, sys, time, types, uuid
start = time.process_time()
import handler
rows = [["import", time.process_time() - start, None]]
context = types.SimpleNamespace(
    function_name="cold-start", memory_limit_in_mb=1769, aws_request_id=str(uuid.uuid4()),
    invoked_function_arn="arn:aws:lambda:us-east-1:123456789012:function:cold-start",
    get_remaining_time_in_millis=lambda: 60000,
)
for label, event in json.load(open(sys.argv[1])):
    start = time.process_time()
    response = handler.handler(event, context)
    rows.append([label, time.process_time() - start, response])
json.dump(rows, open(sys.argv[2], "w"))
"""


# The local model only (no LLM tier), the emulator's credentials only, metrics on as deployed.
_NOT_INHERITED = (
    "LLM_CONFIG",
    "LLM_CONFIG_FILE",
    "OPENAI_API_KEY",
    "AWS_SESSION_TOKEN",
    "AWS_PROFILE",
    "POWERTOOLS_METRICS_DISABLED",
)


@dataclass(frozen=True)
class FirstRequests:
    name: str
    import_seconds: float  # median CPU seconds of ``import handler`` in these runs
    requests: list[tuple[str, float]]  # each request's label and median CPU seconds, in the order sent


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind((HOST, 0))
        port: int = sock.getsockname()[1]
        return port


@contextmanager
def _emulator() -> Iterator[dict[str, str]]:
    """moto's server on a loopback port, and the environment that points boto3 at it."""
    from moto.server import ThreadedMotoServer  # noqa: PLC0415 - the bench's own emulator

    port = _free_port()
    logging.getLogger("werkzeug").setLevel(logging.WARNING)  # the emulator's request lines
    server = ThreadedMotoServer(ip_address=HOST, port=port, verbose=False)
    server.start()
    try:
        yield {
            "AWS_ENDPOINT_URL": f"http://{HOST}:{port}",
            "AWS_ACCESS_KEY_ID": "testing",
            "AWS_SECRET_ACCESS_KEY": "testing",
            "AWS_DEFAULT_REGION": "us-east-1",
            # Segments go to a loopback port where nothing listens (Lambda's daemon is not here).
            "AWS_XRAY_DAEMON_ADDRESS": f"{HOST}:{_free_port()}",
            "_X_AMZN_TRACE_ID": "Root=1-5759e988-bd862e3fe1be46a994272793;Parent=53995c3f42cd8ad8;Sampled=1",
        }
    finally:
        server.stop()


@contextmanager
def _resources(emulator: dict[str, str], prefix: str) -> Iterator[dict[str, str]]:
    """The stack's tables, bucket and queues in the emulator, created from this process."""
    from infra.local_runtime.bootstrap import ResourceNames, ensure_resources  # noqa: PLC0415

    saved = dict(os.environ)
    os.environ.update(emulator)
    try:
        yield ensure_resources(ResourceNames(prefix))
    finally:
        os.environ.clear()
        os.environ.update(saved)


def _api_event(method: str, path: str, document: bytes | None = None) -> dict[str, Any]:
    import requests  # noqa: PLC0415 - its multipart encoder, as a client would send the form

    from infra.local_runtime.proxy_events import match_route, proxy_event  # noqa: PLC0415

    headers: list[tuple[str, str]] = []
    body = b""
    if document is not None:
        prepared = requests.Request(
            "POST", "http://local/", files={"file": ("small.pdf", document)}, data={"industry": "finance"}
        ).prepare()
        headers = [("Content-Type", str(prepared.headers["Content-Type"]))]
        body = prepared.body if isinstance(prepared.body, bytes) else b""
    route = match_route(method, path)
    assert route is not None, path
    return proxy_event(method=method, path=path, query="", headers=headers, body=body, route=route)


def _small_pdf(index: int) -> bytes:
    """A generated one-page text invoice (no OCR), different in each run so that no cache answers it."""
    from training.synth.corpus import generate_document  # noqa: PLC0415

    return generate_document("invoice", 20261203, index, formats=["pdf"])[3]


def _first_requests(
    function: sd.FunctionSpec, environment: dict[str, str], events: list[tuple[str, dict[str, Any]]]
) -> list[tuple[str, float, Any]]:
    cwd = FUNCTIONS_DIR / function.name
    env = {
        **_environment(cwd),
        **environment,
        # As the stack sets them (infra/components/functions.py); metrics and INFO logs on, as deployed.
        "POWERTOOLS_SERVICE_NAME": "doc-classifier",
        "POWERTOOLS_METRICS_NAMESPACE": "DocClassifier",
        "POWERTOOLS_LOG_LEVEL": "INFO",
    }
    for name in _NOT_INHERITED:
        env.pop(name, None)
    with tempfile.TemporaryDirectory() as folder:
        sent, got = Path(folder, "events.json"), Path(folder, "results.json")
        sent.write_text(json.dumps(events))
        command = [sys.executable, "-c", _FIRST_REQUESTS, str(sent), str(got)]
        # Its log and metric lines are what Lambda would send to CloudWatch: kept out of the report.
        done = subprocess.run(command, cwd=cwd, env=env, capture_output=True, text=True, check=False)
        if done.returncode != 0:
            raise RuntimeError(f"{function.name}'s first requests failed:\n{done.stderr[-2000:]}")
        return [(label, seconds, response) for label, seconds, response in json.loads(got.read_text())]


def _status(response: Any) -> int:
    return int(response["statusCode"])


def first_requests(runs: int = 3) -> list[FirstRequests]:
    """The API's and the worker's first requests after their import, each run in new resources (medians)."""
    from doc_classifier.service.aws.clients import client  # noqa: PLC0415

    from infra.local_runtime.poller import sqs_event  # noqa: PLC0415

    cpu: dict[str, dict[str, list[float]]] = {"api": {}, "worker": {}}
    with _emulator() as emulator:
        for run in range(runs):
            with _resources(emulator, f"cold{run}") as names:
                environment = {**emulator, **names}
                api = _first_requests(
                    sd.API,
                    environment,
                    [
                        ("GET /health", _api_event("GET", "/health")),
                        ("POST /classify_file (text PDF)", _api_event("POST", "/classify_file", _small_pdf(run))),
                        ("async submit (setup)", _api_event("POST", "/classify_file_async", _small_pdf(runs + run))),
                    ],
                )
                assert [_status(row[2]) for row in api[1:]] == [200, 200, 202], [row[2] for row in api[1:]]
                sqs = client("sqs")
                queue_url = names["HIGH_QUEUE_URL"]
                arn = sqs.get_queue_attributes(QueueUrl=queue_url, AttributeNames=["QueueArn"])["Attributes"]
                messages = [
                    message
                    for message in sqs.receive_message(
                        QueueUrl=queue_url, MaxNumberOfMessages=10, AttributeNames=["All"], WaitTimeSeconds=1
                    ).get("Messages", [])
                    if "task_id" in message["Body"]  # not the bucket's s3:TestEvent
                ]
                assert len(messages) == 1, len(messages)
                batch = sqs_event(messages, arn["QueueArn"])
                worker = _first_requests(sd.WORKER, environment, [("one SQS message (text PDF)", batch)])
                assert worker[1][2] == {"batchItemFailures": []}, worker[1][2]
                for name, rows in (("api", api[:3]), ("worker", worker)):
                    for label, seconds, _ in rows:
                        cpu[name].setdefault(label, []).append(seconds)
    return [
        FirstRequests(
            name,
            statistics.median(cpu[name].pop("import")),
            [(label, statistics.median(values)) for label, values in cpu[name].items()],
        )
        for name in ("api", "worker")
    ]


def main() -> None:
    """``python -m bench.cold_start``: the import figures, then the API's and the worker's first requests."""
    boto3, costs = measure()
    print(f"import boto3: {boto3:.3f} s CPU")
    for cost in costs:
        print(f"{cost.name}: {cost.seconds:.3f} s CPU, {cost.ratio:.2f}x (target <= {IMPORT_TARGET_RATIO}x)")
    print("first requests after the import (CPU of the handler's process, medians of 3 fresh interpreters):")
    for first in first_requests():
        steps = ", ".join(f"{label} {seconds:.3f} s" for label, seconds in first.requests)
        print(f"{first.name}: import {first.import_seconds:.3f} s, then {steps}")


if __name__ == "__main__":
    main()
