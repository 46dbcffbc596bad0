"""Starts and stops everything ``make run`` needs, in dependency order."""

from __future__ import annotations

import os
from dataclasses import dataclass
from http.server import ThreadingHTTPServer
from typing import Protocol

from infra import service_definition as sd
from infra.local_runtime.bootstrap import ResourceNames, ensure_resources
from infra.local_runtime.containers import FunctionPool
from infra.local_runtime.gateway import GatewaySettings, gateway_limits, make_server, serve_in_thread
from infra.local_runtime.poller import QueuePoller
from infra.local_runtime.scheduler import Schedule

HOST = "127.0.0.1"  # loopback only: this is a development server


@dataclass(frozen=True)
class RuntimeOptions:
    port: int = 3000
    aws_port: int = 4566
    prefix: str = "doc-classifier-local"
    api_keys: frozenset[str] = frozenset()
    workers: bool = True
    api_concurrency: int = 4
    visibility_timeout: int = 60
    schedule_seconds: float | None = None


class _Stoppable(Protocol):
    def stop(self) -> None: ...


class LocalRuntime:
    def __init__(self, options: RuntimeOptions) -> None:
        self.options = options
        self.endpoint = os.environ.get("AWS_ENDPOINT_URL", "")
        self._started: list[_Stoppable] = []
        self._gateway: ThreadingHTTPServer | None = None

    def start(self) -> None:
        if not self.endpoint:
            self._start_emulator()
        # Handlers read their configuration from the environment, as on Lambda.
        os.environ.setdefault("AWS_DEFAULT_REGION", "us-east-1")
        os.environ.setdefault("POWERTOOLS_SERVICE_NAME", "doc-classifier")
        os.environ.setdefault("POWERTOOLS_METRICS_NAMESPACE", "DocClassifier")
        os.environ.setdefault("POWERTOOLS_TRACE_DISABLED", "true")  # no X-Ray daemon here
        os.environ.setdefault("POWERTOOLS_METRICS_DISABLED", "true")  # EMF lines would flood the console
        os.environ.setdefault("POWERTOOLS_LOG_LEVEL", "WARNING")
        names = ResourceNames(self.options.prefix, visibility_timeout_seconds=self.options.visibility_timeout)
        environment = ensure_resources(names)
        os.environ.update(environment)

        api = FunctionPool(sd.API, self.options.api_concurrency)
        limits = gateway_limits()
        self._gateway = make_server(HOST, self.options.port, api, GatewaySettings(limits, self.options.api_keys))
        serve_in_thread(self._gateway)
        if self.options.workers:
            worker = FunctionPool(sd.WORKER, len(sd.QUEUE_SOURCES))
            for source in sd.QUEUE_SOURCES:
                poller = QueuePoller(source, environment[f"{source.queue.upper()}_QUEUE_URL"], worker)
                poller.start()
                self._started.append(poller)
            for schedule in sd.SCHEDULES:
                spec = next(f for f in sd.FUNCTIONS if f.name == schedule.function)
                every = self.options.schedule_seconds or schedule.rate_minutes * 60
                job = Schedule(FunctionPool(spec, 1), every)
                job.start()
                self._started.append(job)

    def stop(self) -> None:
        if self._gateway is not None:
            self._gateway.shutdown()
            self._gateway.server_close()
        for component in reversed(self._started):
            component.stop()
        self._started.clear()

    @property
    def url(self) -> str:
        return f"http://{HOST}:{self.options.port}"

    def banner(self) -> str:
        polled = ", ".join(s.queue for s in sd.QUEUE_SOURCES)
        workers = f"polling {polled}" if self.options.workers else "off"
        key_flag = f' -H "x-api-key: {sorted(self.options.api_keys)[0]}"' if self.options.api_keys else ""
        return "\n".join(
            [
                f"API        {self.url}   (Swagger UI: {self.url}/swagger, OpenAPI: {self.url}/openapi.json)",
                f"AWS        {os.environ['AWS_ENDPOINT_URL']}   (bucket, queues, tables, secret: "
                f"{self.options.prefix}-*)",
                f"workers    {workers}",
                "try:",
                f'  curl -X POST{key_flag} -F "file=@../shared/corpus/dev/invoice/heron__invoice_1.pdf" '
                f'-F "industry=finance" {self.url}/classify_file',
                "Ctrl-C stops everything.",
            ]
        )

    def _start_emulator(self) -> None:
        from moto.server import ThreadedMotoServer  # noqa: PLC0415 - only needed without an external endpoint

        server = ThreadedMotoServer(ip_address=HOST, port=self.options.aws_port, verbose=False)
        server.start()
        self._started.append(server)
        self.endpoint = f"http://{HOST}:{self.options.aws_port}"
        os.environ["AWS_ENDPOINT_URL"] = self.endpoint
        # moto accepts any credentials; real ones must never be sent to an emulator.
        os.environ["AWS_ACCESS_KEY_ID"] = "testing"
        os.environ["AWS_SECRET_ACCESS_KEY"] = "testing"
        os.environ.pop("AWS_SESSION_TOKEN", None)
