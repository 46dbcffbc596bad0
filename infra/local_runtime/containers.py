"""A pool of handler "containers" per function: one process each, one invocation at a time each, as Lambda.

Every container is its own interpreter (``multiprocessing`` spawn), so the gateway, the pollers and every
handler stop sharing one GIL, and the pool uses as many cores as it has containers. A container imports its
handler once and keeps it, with its module-level caches (clients, model, secrets), like a warm Lambda
container. Events go in and responses come back as JSON text, as Lambda marshals them, so a handler that
returns something JSON cannot carry fails here as it would there. An event is encoded before a container is
taken and goes down the pipe as the bytes of that text: a sync request's event carries its document in
base64, and encoding it while holding the container would leave the container idle for that long.

What Lambda does on failure, the pool does: a handler that raises is a function error (the container stays);
a container that dies (crash, ``os._exit``, a signal) or runs past the function's timeout is a function error
and is replaced by a fresh one. Callers turn function errors into the gateway's 502 or a batch left on the
queue for redelivery.
"""

from __future__ import annotations

import contextlib
import ctypes
import importlib.util
import json
import logging
import multiprocessing
import os
import queue
import signal
import sys
import threading
import time
import traceback
import uuid
import warnings
from collections.abc import Callable
from dataclasses import dataclass, field
from multiprocessing.connection import Connection, wait
from pathlib import Path
from typing import Any

from infra import service_definition as sd

FUNCTIONS_DIR = Path(__file__).resolve().parents[2] / "functions"
# spawn: a fresh interpreter per container, nothing inherited from the runtime's threads and sockets.
_MP = multiprocessing.get_context("spawn")
_STOP = b""  # sent to an idle container: exit (an event is never empty: it is a JSON object)
_READY = "ready"  # a container's first message: its handler is imported (its init phase is over)
_SHUTDOWN_GRACE_SECONDS = 2.0
PR_SET_NAME = 15  # prctl option: the thread's (here the process's) name, 15 bytes

logger = logging.getLogger("local_runtime.containers")


class FunctionError(RuntimeError):
    """The invocation failed as Lambda reports it (``errorType``); details are in the container's output."""

    def __init__(self, function: str, error_type: str) -> None:
        super().__init__(f"{function}: {error_type}")
        self.error_type = error_type


@dataclass
class LocalContext:
    """The LambdaContext attributes Powertools reads."""

    function_name: str
    memory_limit_in_mb: int
    timeout_seconds: int
    aws_request_id: str = field(default_factory=lambda: str(uuid.uuid4()))
    started: float = field(default_factory=time.monotonic)

    @property
    def invoked_function_arn(self) -> str:
        return f"arn:aws:lambda:us-east-1:123456789012:function:{self.function_name}"

    @property
    def function_version(self) -> str:
        return "$LATEST"

    @property
    def log_group_name(self) -> str:
        return f"/aws/lambda/{self.function_name}"

    @property
    def log_stream_name(self) -> str:
        return "local"

    def get_remaining_time_in_millis(self) -> int:
        return max(0, int((self.timeout_seconds - (time.monotonic() - self.started)) * 1000))


Handler = Callable[[dict[str, Any], Any], Any]


def load_handler(spec: sd.FunctionSpec, functions_dir: Path = FUNCTIONS_DIR) -> Handler:
    """The handler function of ``functions/<name>/``, imported as Lambda imports it (once per container)."""
    module_file, function_name = spec.handler.rsplit(".", 1)
    path = functions_dir / spec.name / f"{module_file}.py"
    module_spec = importlib.util.spec_from_file_location(f"local_{spec.name}_handler", path)
    if module_spec is None or module_spec.loader is None:
        raise ImportError(f"cannot load {path}")
    module = importlib.util.module_from_spec(module_spec)
    sys.modules[module_spec.name] = module  # as an import does: dataclasses look their module up there
    module_spec.loader.exec_module(module)
    handler: Handler = getattr(module, function_name)
    return handler


def name_process(name: str) -> None:
    """The name ``ps``/``top`` show for this process (Linux), so containers can be told apart (``api-2``)."""
    if sys.platform == "linux":
        with contextlib.suppress(OSError):
            libc = ctypes.CDLL(None, use_errno=True)
            libc.prctl(PR_SET_NAME, name.encode()[:15], 0, 0, 0)


def _container_main(conn: Connection, spec: sd.FunctionSpec, functions_dir: Path) -> None:
    """A container's life: import the handler, then one invocation per message until told to stop."""
    name_process(_MP.current_process().name)
    # Ctrl-C at a terminal reaches the whole process group; the runtime stops its containers itself.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    # Powertools warns on every flush without application metrics (maintenance, a batch with no result).
    warnings.filterwarnings("ignore", message="No application metrics to publish")
    try:
        handler: Handler | None = load_handler(spec, functions_dir)
    except Exception:
        traceback.print_exc()  # Lambda logs the import error, then fails every invocation with it
        handler = None
    try:
        conn.send(_READY)
    except OSError:
        return
    while True:
        try:
            message = conn.recv_bytes()
        except (EOFError, OSError):  # the runtime is gone: no orphan stays behind
            message = _STOP
        if message == _STOP:
            # As Lambda ends a sandbox: no interpreter teardown (clients, pools, atexit), which takes seconds.
            sys.stdout.flush()
            sys.stderr.flush()
            os._exit(0)
        if handler is None:
            answer = ("error", "Runtime.ImportModuleError")
        else:
            try:
                context = LocalContext(spec.name, spec.memory_mb, spec.timeout_seconds)
                answer = ("ok", json.dumps(handler(json.loads(message), context)))
            except Exception as exc:
                traceback.print_exc()  # the function's log, as CloudWatch would have it
                answer = ("error", type(exc).__name__)
        sys.stdout.flush()
        try:
            conn.send(answer)
        except (BrokenPipeError, OSError):
            return


class _Container:
    def __init__(self, spec: sd.FunctionSpec, functions_dir: Path, index: int) -> None:
        self.spec = spec
        self.conn, child = _MP.Pipe()
        self.process = _MP.Process(
            target=_container_main, args=(child, spec, functions_dir), name=f"{spec.name}-{index}", daemon=True
        )
        self.process.start()
        child.close()  # only the container holds its end: its exit is our EOF
        self.ready = False
        # The start-up wait and a first invocation may wait for the same container at once: only one of them
        # may take its one ready message, or the other blocks on a message that never comes.
        self._ready_lock = threading.Lock()

    def wait_ready(self, timeout: float) -> None:
        """Until the handler is imported (its init phase); _Lost if the container dies or takes longer."""
        if not self._ready_lock.acquire(timeout=timeout):
            raise _Lost("Sandbox.Timedout")
        try:
            if self.ready:
                return
            ready = wait([self.conn, self.process.sentinel], timeout)
            if not ready:
                raise _Lost("Sandbox.Timedout")
            try:
                self.ready = self.conn.recv() == _READY
            except (EOFError, OSError) as exc:  # died while importing (the sentinel fired, or EOF)
                raise _Lost("Runtime.ExitError") from exc
        finally:
            self._ready_lock.release()

    def invoke(self, event: bytes, timeout: float) -> Any:
        """The handler's response to ``event`` (JSON text); FunctionError if it raised; _Lost if the container
        is gone or timed out."""
        self.wait_ready(timeout)  # a cold container: this invocation pays its init, as on Lambda
        try:
            self.conn.send_bytes(event)
        except (BrokenPipeError, OSError) as exc:
            raise _Lost("Runtime.ExitError") from exc
        ready = wait([self.conn, self.process.sentinel], timeout)
        if self.conn in ready:
            try:
                kind, payload = self.conn.recv()
            except (EOFError, OSError) as exc:
                raise _Lost("Runtime.ExitError") from exc
            if kind == "ok":
                return json.loads(payload)
            raise FunctionError(self.spec.name, payload)
        if ready:
            raise _Lost("Runtime.ExitError")
        raise _Lost("Sandbox.Timedout")

    def ask_to_stop(self) -> None:
        with contextlib.suppress(OSError):  # BrokenPipeError included: already gone
            self.conn.send_bytes(_STOP)

    def stop(self, *, grace: float) -> None:
        self.ask_to_stop()
        self.process.join(grace)
        if self.process.is_alive():
            self.process.kill()
            self.process.join(5)
        self.conn.close()


class _Lost(Exception):
    """The container cannot serve again: killed, crashed or past its timeout."""


class FunctionPool:
    """``size`` containers of one function; ``invoke`` waits for an idle one, as Lambda at its concurrency."""

    def __init__(self, spec: sd.FunctionSpec, size: int, *, functions_dir: Path = FUNCTIONS_DIR) -> None:
        if size < 1:
            raise ValueError(f"{spec.name}: a pool needs at least one container, not {size}")
        self.spec = spec
        self.size = size
        self._functions_dir = functions_dir
        self._idle: queue.Queue[_Container] = queue.Queue()
        self._containers: set[_Container] = set()
        self._lock = threading.Lock()
        self._closed = threading.Event()
        self._started = 0
        for _ in range(size):
            self._idle.put(self._new())

    def _new(self) -> _Container:
        with self._lock:
            if self._closed.is_set():  # close() has taken its list: a container started now would be orphaned
                raise FunctionError(self.spec.name, "Runtime.Shutdown")
            self._started += 1
            container = _Container(self.spec, self._functions_dir, self._started)
            self._containers.add(container)
        return container

    @property
    def containers_started(self) -> int:
        """Containers started so far, replacements included."""
        return self._started

    def wait_ready(self, timeout: float) -> None:
        """Until every container has imported its handler (start-up, so that first requests are warm)."""
        deadline = time.monotonic() + timeout
        with self._lock:
            containers = list(self._containers)
        for container in containers:
            try:
                container.wait_ready(max(0.0, deadline - time.monotonic()))
            except _Lost as lost:
                raise RuntimeError(f"{self.spec.name}: a container did not start ({lost})") from None

    def pids(self) -> list[int]:
        with self._lock:
            return [c.process.pid for c in self._containers if c.process.pid is not None]

    def invoke(self, event: dict[str, Any]) -> Any:
        """The handler's response; an event JSON cannot carry is a TypeError or ValueError, before any container
        is taken (on Lambda the invoke call itself fails)."""
        message = json.dumps(event).encode()
        container = self._acquire()
        try:
            return container.invoke(message, float(self.spec.timeout_seconds))
        except _Lost as lost:
            error_type = str(lost)
            if not self._closed.is_set():
                logger.warning("%s container %s: %s; replacing it", self.spec.name, container.process.name, error_type)
            with self._lock:
                self._containers.discard(container)
            container.stop(grace=0)
            if not self._closed.is_set():
                container = self._new()
            raise FunctionError(self.spec.name, error_type) from None
        finally:
            if not self._closed.is_set():
                self._idle.put(container)

    def _acquire(self) -> _Container:
        while not self._closed.is_set():
            try:
                return self._idle.get(timeout=0.5)
            except queue.Empty:
                continue
        raise FunctionError(self.spec.name, "Runtime.Shutdown")

    def close(self, *, wait: bool = True) -> None:
        """Stops every container: idle ones at once, busy ones after a short grace (their invocation fails).

        ``wait=False`` only asks them to stop, so that several pools wind down together; call again to wait.
        """
        self._closed.set()
        with self._lock:
            containers = list(self._containers)
            if wait:
                self._containers.clear()
        if not wait:
            for container in containers:
                container.ask_to_stop()
            return
        deadline = time.monotonic() + _SHUTDOWN_GRACE_SECONDS
        for container in containers:
            container.stop(grace=max(0.0, deadline - time.monotonic()))


def default_concurrency() -> int:
    """As many containers as this process may use cores."""
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1
