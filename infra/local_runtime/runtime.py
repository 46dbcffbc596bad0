"""Starts and stops everything ``make run`` needs, in dependency order."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Protocol

import botocore.session
from doc_classifier.config import ClassifierSettings
from doc_classifier.configured import configured_taxonomy
from doc_classifier.llm.settings import LlmSettings
from doc_classifier.service.aws.clients import AwsClientSettings
from doc_classifier.service.health import describe_config_error

from infra import service_definition as sd
from infra.local_runtime.bootstrap import VISIBILITY_TIMEOUT_SECONDS, ResourceNames, ensure_resources
from infra.local_runtime.containers import FunctionPool, default_concurrency
from infra.local_runtime.emulator import EMULATOR_THREADS, EmulatorProcess
from infra.local_runtime.gateway import Gateway, GatewaySettings, gateway_limits
from infra.local_runtime.http_server import GatewayServer, ServerSettings
from infra.local_runtime.poller import QueuePoller
from infra.local_runtime.scheduler import Schedule

HOST = "127.0.0.1"  # loopback only: this is a development server
CONTAINER_START_SECONDS = 120.0  # every container importing at once on a small machine


@dataclass(frozen=True)
class RuntimeOptions:
    port: int = 3000
    aws_port: int = 4566
    aws_threads: int = EMULATOR_THREADS
    prefix: str = "doc-classifier-local"
    api_keys: Mapping[str, str | None] = field(default_factory=dict)  # key -> usage plan tier (None: default)
    workers: bool = True
    api_concurrency: int = field(default_factory=default_concurrency)  # API containers (processes)
    worker_concurrency: int = field(default_factory=default_concurrency)  # worker containers
    visibility_timeout: int = VISIBILITY_TIMEOUT_SECONDS
    schedule_seconds: float | None = None
    throttle: bool = True
    request_timeout: float = 30.0


class StartupError(Exception):
    """A configuration the runtime will not serve with; the message is safe to print."""


class _Stoppable(Protocol):
    def stop(self) -> None: ...


class LocalRuntime:
    def __init__(self, options: RuntimeOptions) -> None:
        self.options = options
        self.endpoint = AwsClientSettings.from_env().endpoint_url  # a running emulator: none is started
        self._started: list[_Stoppable] = []
        self._pools: list[FunctionPool] = []
        self._gateway: Gateway | None = None
        self._server: GatewayServer | None = None
        self.dummy_credentials = False
        self._default_industry = ""

    def start(self) -> None:
        try:  # a model that does not match the taxonomy stops here, before anything is served
            taxonomy = configured_taxonomy(ClassifierSettings.from_env())
        except ValueError as exc:
            raise StartupError(str(exc)) from exc
        self._default_industry = ClassifierSettings.from_env().default_industry or taxonomy.default_industry
        if not self.endpoint:
            self._start_emulator()
        else:
            self.dummy_credentials = use_dummy_credentials_if_none()
        configure_handler_environment()
        names = ResourceNames(self.options.prefix, visibility_timeout_seconds=self.options.visibility_timeout)
        environment = ensure_resources(names)
        os.environ.update(environment)  # LLM_KEYS_SECRET_ARN: what "$LLM_KEYS_SECRET" in LLM_CONFIG names
        llm_summary(os.environ)  # a configuration every escalation would fail on stops here, not per request

        api = self._pool(sd.API, self.options.api_concurrency)
        limits = gateway_limits()
        settings = GatewaySettings(
            limits=limits,
            api_keys={key: tier or limits.default_plan for key, tier in self.options.api_keys.items()},
            throttle=self.options.throttle,
            concurrency=self.options.api_concurrency,
        )
        if self.options.workers:
            self._start_workers(environment)
        for pool in self._pools:  # every container imports its handler in parallel; serve once all have
            pool.wait_ready(CONTAINER_START_SECONDS)
        self._gateway = Gateway(api, settings)
        self._server = GatewayServer(
            self._gateway,
            ServerSettings(
                HOST,
                self.options.port,
                # More threads than containers: the gateway's own answers (403, 429) never wait for a handler.
                threads=self.options.api_concurrency + 4,
                request_timeout=self.options.request_timeout,
            ),
        )
        self._server.start()

    def _start_workers(self, environment: dict[str, str]) -> None:
        worker = self._pool(sd.WORKER, self.options.worker_concurrency)
        for source in sd.QUEUE_SOURCES:
            # As many receive loops per queue as containers: a busy queue can keep every container busy.
            url = environment[f"{source.queue.upper()}_QUEUE_URL"]
            poller = QueuePoller(source, url, worker, concurrency=self.options.worker_concurrency)
            poller.start()
            self._started.append(poller)
        for schedule in sd.SCHEDULES:
            spec = next(f for f in sd.FUNCTIONS if f.name == schedule.function)
            every = self.options.schedule_seconds or schedule.rate_minutes * 60
            job = Schedule(self._pool(spec, 1), every)
            job.start()
            self._started.append(job)

    def _pool(self, spec: sd.FunctionSpec, size: int) -> FunctionPool:
        pool = FunctionPool(spec, size)  # containers inherit os.environ as it is now
        self._pools.append(pool)
        return pool

    def stop(self) -> None:
        if self._server is not None:
            self._server.stop()
        if self._gateway is not None:
            self._gateway.close()
        # Containers first: an invocation in flight fails (its messages are redelivered), so pollers and
        # schedules stop at once instead of waiting for a long OCR batch.
        for pool in self._pools:
            pool.close(wait=False)
        for pool in self._pools:
            pool.close()
        self._pools.clear()
        for component in reversed(self._started):
            component.stop()
        self._started.clear()

    @property
    def url(self) -> str:
        return f"http://{HOST}:{self.options.port}"

    def banner(self) -> str:
        polled = ", ".join(s.queue for s in sd.QUEUE_SOURCES)
        workers = (
            f"polling {polled}, {self.options.worker_concurrency} worker containers" if self.options.workers else "off"
        )
        # Never the key itself: the banner ends up in terminals, CI logs and bug reports.
        key_flag = ' -H "x-api-key: $API_KEY"' if self.options.api_keys else ""
        credentials = "   (no credentials configured: dummy ones for the emulator)" if self.dummy_credentials else ""
        return "\n".join(
            [
                f"API        {self.url}   ({self.options.api_concurrency} api containers; "
                f"Swagger UI: {self.url}/swagger, OpenAPI: {self.url}/openapi.json)",
                f"AWS        {self.endpoint}   (bucket, queues, tables, secret: {self.options.prefix}-*){credentials}",
                f"workers    {workers}",
                f"throttle   {'API Gateway stage and usage plan limits' if self.options.throttle else 'off'}",
                f"LLM        {llm_summary(os.environ)}",
                "try:",
                f'  curl -X POST{key_flag} -F "file=@../shared/corpus/dev/invoice/heron__invoice_1.pdf" '
                f'-F "industry={self._default_industry}" {self.url}/classify_file',
                "Ctrl-C stops everything.",
            ]
        )

    def _start_emulator(self) -> None:
        server = EmulatorProcess(HOST, self.options.aws_port, self.options.aws_threads)
        server.start()
        self._started.append(server)
        self.endpoint = server.endpoint
        os.environ["AWS_ENDPOINT_URL"] = self.endpoint
        # moto accepts any credentials; real ones must never be sent to an emulator.
        os.environ["AWS_ACCESS_KEY_ID"] = "testing"
        os.environ["AWS_SECRET_ACCESS_KEY"] = "testing"
        os.environ.pop("AWS_SESSION_TOKEN", None)


def llm_summary(environ: Mapping[str, str]) -> str:
    """Which tiers the handlers will escalate to (from the same variables as on Lambda), never a key."""
    try:
        settings = LlmSettings.from_env(dict(environ))
    except ValueError as exc:
        raise StartupError(describe_config_error(exc)) from None
    if not settings.configured:
        return "local model only   (OPENAI_API_KEY or LLM_CONFIG turn escalation on: see README)"
    tiers = ", ".join(
        f"{tier.name}: {' then '.join(settings.provider(name).label for name in tier.providers)}"
        for tier in settings.tiers
    )
    return f"{tiers}   (daily budget {settings.daily_budget_usd:g} USD)"


def configure_handler_environment() -> None:
    """Handlers read their configuration from the environment, as on Lambda; these suit a laptop."""
    os.environ.setdefault("AWS_DEFAULT_REGION", "us-east-1")
    os.environ.setdefault("POWERTOOLS_SERVICE_NAME", "doc-classifier")
    os.environ.setdefault("POWERTOOLS_METRICS_NAMESPACE", "DocClassifier")
    os.environ.setdefault("POWERTOOLS_TRACE_DISABLED", "true")  # no X-Ray daemon here
    os.environ.setdefault("POWERTOOLS_METRICS_DISABLED", "true")  # EMF lines would flood the console
    os.environ.setdefault("POWERTOOLS_LOG_LEVEL", "WARNING")


def use_dummy_credentials_if_none() -> bool:
    """With AWS_ENDPOINT_URL set (LocalStack, moto) and no credentials anywhere, sign with dummy ones.

    Emulators accept any credentials, but boto3 refuses to send an unsigned request (NoCredentialsError).
    Credentials the user configured (environment, profile, SSO) are left alone: the endpoint may be a real one.
    """
    # The lookup must stay on this machine: without this, botocore's last resort asks the EC2
    # instance-metadata endpoint (a link-local address) for a role, and waits for it.
    os.environ.setdefault("AWS_EC2_METADATA_DISABLED", "true")
    if botocore.session.Session().get_credentials() is not None:
        return False
    os.environ["AWS_ACCESS_KEY_ID"] = "testing"
    os.environ["AWS_SECRET_ACCESS_KEY"] = "testing"
    return True
