"""``make run`` as the bench starts it: a child process on free loopback ports, stopped with Ctrl-C's signal."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType

import requests

REPO = Path(__file__).resolve().parents[1]
START_SECONDS = 180.0  # every container importing its handler at once, on a busy small machine


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


@dataclass
class LocalService:
    """``with LocalService(...) as url:``: the runtime without throttling, its output in ``log``."""

    log: Path
    prefix: str
    api_concurrency: int | None = None
    worker_concurrency: int | None = None
    extra_args: tuple[str, ...] = ()  # further runtime options (bench.packets: the deployed visibility timeout)
    process: subprocess.Popen[bytes] | None = None

    def __enter__(self) -> str:
        port, aws_port = free_port(), free_port()
        command = [sys.executable, "-m", "infra.local_runtime", "--no-throttle", "--port", str(port)]
        command += ["--aws-port", str(aws_port), "--prefix", self.prefix]
        if self.api_concurrency:
            command += ["--api-concurrency", str(self.api_concurrency)]
        if self.worker_concurrency:
            command += ["--worker-concurrency", str(self.worker_concurrency)]
        command += self.extra_args
        env = {**os.environ, "LOCAL_LOG_LEVEL": "WARNING", "PYTHONUNBUFFERED": "1"}
        for name in [name for name in env if name.startswith("AWS_ENDPOINT_URL")]:
            env.pop(name)  # the runtime's own emulator, never a real endpoint
        self.process = subprocess.Popen(
            command, cwd=REPO, env=env, stdout=self.log.open("ab"), stderr=subprocess.STDOUT
        )
        url = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + START_SECONDS
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"the local runtime exited; see {self.log}")
            try:
                if requests.get(f"{url}/health", timeout=2).status_code == 200:
                    return url
            except requests.RequestException:
                time.sleep(0.3)
        self.stop()
        raise RuntimeError(f"the local runtime did not answer within {START_SECONDS:.0f} s; see {self.log}")

    def __exit__(self, kind: type[BaseException] | None, value: BaseException | None, tb: TracebackType | None) -> None:
        self.stop()

    def stop(self) -> None:
        if self.process is None or self.process.poll() is not None:
            return
        self.process.send_signal(signal.SIGINT)
        try:
            self.process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
