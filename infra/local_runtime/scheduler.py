"""EventBridge's rate schedules, locally: invoke a function every N seconds with a Scheduled Event."""

from __future__ import annotations

import logging
import threading
import time
import uuid
from typing import Any

from infra.local_runtime.containers import FunctionPool

logger = logging.getLogger("local_runtime.scheduler")


def scheduled_event() -> dict[str, Any]:
    return {
        "version": "0",
        "id": str(uuid.uuid4()),
        "detail-type": "Scheduled Event",
        "source": "aws.events",
        "account": "123456789012",
        "time": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
        "region": "us-east-1",
        "resources": ["arn:aws:events:us-east-1:123456789012:rule/local-schedule"],
        "detail": {},
    }


class Schedule:
    def __init__(self, function: FunctionPool, every_seconds: float) -> None:
        self._function = function
        self._every = every_seconds
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name=f"schedule-{function.spec.name}", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        self._thread.join(timeout=30)

    def _run(self) -> None:
        while not self._stop.wait(self._every):
            try:
                self._function.invoke(scheduled_event())
            except Exception:
                logger.exception("scheduled %s failed", self._function.spec.name)
