"""``python -m infra.local_runtime``: serve the API on 127.0.0.1:3000 until Ctrl-C (see ``--help``)."""

from __future__ import annotations

import argparse
import logging
import signal
import sys
import threading
import warnings
from dataclasses import dataclass
from types import FrameType

from doc_classifier.config import EnvSettings, setting

from infra.local_runtime.bootstrap import VISIBILITY_TIMEOUT_SECONDS
from infra.local_runtime.containers import default_concurrency
from infra.local_runtime.emulator import EMULATOR_THREADS
from infra.local_runtime.runtime import LocalRuntime, RuntimeOptions, StartupError


@dataclass(frozen=True)
class LocalSettings(EnvSettings, prefix="LOCAL_"):
    """The options' defaults from the environment: ``LOCAL_API_PORT``, ``LOCAL_API_KEYS=k1,k2`` ..."""

    api_port: int = setting(3000, gt=0)
    aws_port: int = setting(4566, gt=0)
    aws_threads: int = setting(EMULATOR_THREADS, gt=0)
    resource_prefix: str = "doc-classifier-local"
    api_keys: tuple[str, ...] = setting((), secret=True)
    api_concurrency: int | None = setting(None, gt=0)  # None: the cores
    worker_concurrency: int | None = setting(None, gt=0)
    visibility_timeout: int = setting(VISIBILITY_TIMEOUT_SECONDS, gt=0)  # 6x the worker's timeout
    no_throttle: bool = False
    request_timeout: float = setting(30.0, gt=0)
    log_level: str = "INFO"


def parse_args(argv: list[str]) -> RuntimeOptions:
    env = LocalSettings.from_env()
    parser = argparse.ArgumentParser(prog="python -m infra.local_runtime", description=__doc__)
    parser.add_argument("--port", type=int, default=env.api_port)
    parser.add_argument(
        "--aws-port",
        type=int,
        default=env.aws_port,
        help="port of the embedded AWS emulator (ignored when AWS_ENDPOINT_URL is set)",
    )
    parser.add_argument(
        "--aws-threads",
        type=int,
        default=env.aws_threads,
        help="request threads of the embedded AWS emulator (default %(default)s)",
    )
    parser.add_argument(
        "--prefix",
        default=env.resource_prefix,
        help="name prefix of the bucket, queues, tables and secret",
    )
    parser.add_argument(
        "--api-key",
        action="append",
        default=[],
        help="require this x-api-key, in the default usage plan (repeatable); also LOCAL_API_KEYS=k1,k2",
    )
    parser.add_argument(
        "--tier-key",
        nargs=2,
        action="append",
        default=[],
        metavar=("TIER", "KEY"),
        help="require this x-api-key, in usage plan TIER (e.g. bulk; repeatable)",
    )
    parser.add_argument("--no-workers", action="store_true", help="serve the API only; leave queues alone")
    parser.add_argument(
        "--api-concurrency",
        type=int,
        default=env.api_concurrency or default_concurrency(),
        help="api handler processes, as Lambda containers (default: the cores, %(default)s here)",
    )
    parser.add_argument(
        "--worker-concurrency",
        type=int,
        default=env.worker_concurrency or default_concurrency(),
        help="worker handler processes (default: the cores, %(default)s here)",
    )
    parser.add_argument("--visibility-timeout", type=int, default=env.visibility_timeout)
    parser.add_argument(
        "--no-throttle",
        action="store_true",
        help="no rate limits or quotas (benchmarks); LOCAL_NO_THROTTLE=1",
    )
    parser.add_argument(
        "--request-timeout",
        type=float,
        default=env.request_timeout,
        help="seconds a client has to send a whole request before its connection is closed (default 30)",
    )
    parser.add_argument(
        "--schedule-seconds",
        type=float,
        default=None,
        help="run maintenance this often instead of service_definition's rate",
    )
    args = parser.parse_args(argv)
    default_keys = [*args.api_key, *env.api_keys]
    keys: dict[str, str | None] = {key: None for key in default_keys} | {key: tier for tier, key in args.tier_key}
    return RuntimeOptions(
        port=args.port,
        aws_port=args.aws_port,
        aws_threads=args.aws_threads,
        prefix=args.prefix,
        api_keys=keys,
        workers=not args.no_workers,
        api_concurrency=args.api_concurrency,
        worker_concurrency=args.worker_concurrency,
        visibility_timeout=args.visibility_timeout,
        schedule_seconds=args.schedule_seconds,
        throttle=not (args.no_throttle or env.no_throttle),
        request_timeout=args.request_timeout,
    )


def main(argv: list[str] | None = None) -> int:
    logging.basicConfig(level=LocalSettings.from_env().log_level, format="%(asctime)s %(name)s %(message)s")
    for noisy in ("werkzeug", "botocore", "urllib3"):  # emulator request lines and credential lookups
        logging.getLogger(noisy).setLevel(logging.WARNING)
    # Maintenance, and a worker batch that stored no result, emit no application metrics;
    # Powertools warns on every such empty flush.
    warnings.filterwarnings("ignore", message="No application metrics to publish")
    options = parse_args(sys.argv[1:] if argv is None else argv)
    runtime = LocalRuntime(options)
    stopping = threading.Event()

    def on_signal(_signum: int, _frame: FrameType | None) -> None:
        stopping.set()

    signal.signal(signal.SIGINT, on_signal)
    signal.signal(signal.SIGTERM, on_signal)
    try:
        runtime.start()
    except StartupError as exc:
        runtime.stop()
        print(f"error: {exc}", file=sys.stderr, flush=True)
        return 2
    print(runtime.banner(), flush=True)
    try:
        stopping.wait()
    finally:
        print("stopping…", flush=True)
        runtime.stop()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
