"""The embedded AWS emulator (moto behind waitress, see emulator_server) in a process of its own, as LocalStack
runs in its own container.

In the runtime's process it would share one GIL with the gateway and the pollers, and every storage call
of every handler container would wait for it; on its own it uses a core of its own.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
import threading
import time
from dataclasses import dataclass
from multiprocessing.connection import Connection

from infra.local_runtime.containers import name_process

# spawn: a fresh interpreter, nothing inherited from the runtime's threads.
_MP = multiprocessing.get_context("spawn")
START_SECONDS = 60.0
# Request threads: every handler container and poller may have a call in flight, and a long poll holds one.
EMULATOR_THREADS = 16


@dataclass(frozen=True)
class _Spec:
    host: str
    port: int
    threads: int


def _serve(spec: _Spec, ready: Connection) -> None:
    from infra.local_runtime.emulator_server import make_server  # noqa: PLC0415 - moto: the emulator's process only

    name_process("aws-emulator")
    # Ctrl-C at a terminal reaches the whole process group; the runtime stops the emulator after its users.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda _signum, _frame: stop.set())
    try:
        server = make_server(spec.host, spec.port, spec.threads)
    except OSError as exc:
        ready.send(f"cannot listen on {spec.host}:{spec.port}: {exc.strerror or exc}")
        os._exit(1)
    ready.send(int(server.effective_port))
    threading.Thread(target=server.run, name="aws-emulator-loop", daemon=True).start()
    parent = os.getppid()
    while not stop.wait(1.0):
        if os.getppid() != parent:  # the runtime was killed outright: no orphan stays behind
            break
    os._exit(0)  # the emulator's state dies with it; no teardown to wait for


class EmulatorProcess:
    """``port`` 0: a free port, known once started."""

    def __init__(self, host: str, port: int, threads: int = EMULATOR_THREADS) -> None:
        self.host = host
        self.port = port
        self._ready, child = _MP.Pipe(duplex=False)
        self._process = _MP.Process(
            target=_serve, args=(_Spec(host, port, threads), child), name="aws-emulator", daemon=True
        )

    @property
    def endpoint(self) -> str:
        return f"http://{self.host}:{self.port}"

    def start(self) -> None:
        """Returns once the emulator listens (its port known)."""
        self._process.start()
        deadline = time.monotonic() + START_SECONDS
        while time.monotonic() < deadline:
            if self._ready.poll(0.1):
                answer = self._ready.recv()
                if isinstance(answer, int):
                    self.port = answer
                    return
                self._process.join(5)
                raise RuntimeError(f"the AWS emulator exited: {answer}")
            if not self._process.is_alive():
                raise RuntimeError(f"the AWS emulator exited (is port {self.port} free?)")
        self.stop()
        raise RuntimeError(f"the AWS emulator did not listen on {self.endpoint} within {START_SECONDS:.0f} s")

    def stop(self) -> None:
        if self._process.is_alive():
            self._process.terminate()
            self._process.join(5)
        if self._process.is_alive():
            self._process.kill()
            self._process.join(5)
