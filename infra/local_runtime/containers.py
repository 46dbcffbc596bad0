"""A pool of handler "containers": separate module instances, one invocation at a time each.

Powertools' resolver keeps the current event on the module-level ``app``, as
Lambda can (one request per container). Loading the handler file once per
container keeps that true here while the gateway serves requests in parallel.
"""

from __future__ import annotations

import importlib.util
import queue
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from typing import Any

from infra import service_definition as sd

FUNCTIONS_DIR = Path(__file__).resolve().parents[2] / "functions"


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


def _load(spec: sd.FunctionSpec, index: int) -> Callable[[dict[str, Any], Any], Any]:
    module_file, function_name = spec.handler.rsplit(".", 1)
    path = FUNCTIONS_DIR / spec.name / f"{module_file}.py"
    module_spec = importlib.util.spec_from_file_location(f"local_{spec.name}_{index}", path)
    if module_spec is None or module_spec.loader is None:
        raise ImportError(f"cannot load {path}")
    module: ModuleType = importlib.util.module_from_spec(module_spec)
    module_spec.loader.exec_module(module)
    handler: Callable[[dict[str, Any], Any], Any] = getattr(module, function_name)
    return handler


class FunctionPool:
    def __init__(self, spec: sd.FunctionSpec, size: int) -> None:
        self.spec = spec
        self._idle: queue.Queue[Callable[[dict[str, Any], Any], Any]] = queue.Queue()
        for index in range(size):
            self._idle.put(_load(spec, index))

    def invoke(self, event: dict[str, Any]) -> Any:
        handler = self._idle.get()  # waits for a free container, as Lambda queues at its concurrency limit
        try:
            context = LocalContext(self.spec.name, self.spec.memory_mb, self.spec.timeout_seconds)
            return handler(event, context)
        finally:
            self._idle.put(handler)
