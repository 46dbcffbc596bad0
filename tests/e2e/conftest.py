"""Starts ``python -m infra.local_runtime`` on free loopback ports and stops it afterwards."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
import requests

from tests.support.fake_openai import FakeOpenAI
from tests.support.net import free_port

REPO = Path(__file__).resolve().parents[2]
CORPUS = REPO.parent / "shared" / "corpus" / "dev"


@dataclass
class Runtime:
    url: str
    aws_endpoint: str
    prefix: str
    process: subprocess.Popen[bytes]
    log: Path

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGINT)  # what Ctrl-C sends
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()


def start_runtime(
    tmp: Path,
    *args: str,
    aws_endpoint: str | None = None,
    prefix: str = "e2e",
    credentials: bool = True,
    env: dict[str, str] | None = None,
) -> Runtime:
    """``credentials=False``: no AWS credentials anywhere (environment, files, instance metadata);
    ``env``: extra environment for the runtime, applied last."""
    port = free_port()
    extra_env = env or {}
    env = {**os.environ, "LOCAL_LOG_LEVEL": "WARNING", "PYTHONUNBUFFERED": "1"}
    env.pop("AWS_ENDPOINT_URL", None)
    aws_port = free_port()
    if aws_endpoint:
        env["AWS_ENDPOINT_URL"] = aws_endpoint
        env["AWS_DEFAULT_REGION"] = "us-east-1"
        if credentials:
            env.update(AWS_ACCESS_KEY_ID="testing", AWS_SECRET_ACCESS_KEY="testing")
        else:
            for name in ("AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_SESSION_TOKEN", "AWS_PROFILE"):
                env.pop(name, None)
            missing = str(tmp / "no-such-aws-file")
            env.update(AWS_SHARED_CREDENTIALS_FILE=missing, AWS_CONFIG_FILE=missing, AWS_EC2_METADATA_DISABLED="true")
    env.update(extra_env)
    log = tmp / f"runtime-{port}.log"
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "infra.local_runtime",
            "--port",
            str(port),
            "--aws-port",
            str(aws_port),
            "--prefix",
            prefix,
            *args,
        ],
        cwd=REPO,
        env=env,
        stdout=log.open("wb"),
        stderr=subprocess.STDOUT,
    )
    runtime = Runtime(f"http://127.0.0.1:{port}", aws_endpoint or f"http://127.0.0.1:{aws_port}", prefix, process, log)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"local runtime exited:\n{log.read_text()}")
        try:
            if requests.get(f"{runtime.url}/health", timeout=1).status_code == 200:
                return runtime
        except requests.ConnectionError:
            time.sleep(0.2)
    runtime.stop()
    raise RuntimeError(f"local runtime did not answer within 60 s:\n{log.read_text()}")


@pytest.fixture(scope="module")
def runtime(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Runtime]:
    # A short visibility timeout so that retries and the DLQ happen within the test's patience.
    started = start_runtime(tmp_path_factory.mktemp("runtime"), "--visibility-timeout", "3")
    yield started
    started.stop()


@pytest.fixture(scope="module")
def fake() -> Iterator[FakeOpenAI]:
    """An OpenAI-compatible server on a loopback port for one test module's runtime to escalate to."""
    server = FakeOpenAI().start()
    yield server
    server.stop()
