"""Cost per million documents from what the bench measured: CPU per document of the API and worker containers,
the AWS calls of each path and their DynamoDB units, the bytes the handlers log, and the LLM tier's escalation
rate on the dev set, at the list prices below (us-east-1, on-demand, no free tier).

Lambda bills wall time, not CPU: a document's duration is the CPU its container spent on it (measured) plus the
wait on each AWS call, which the emulator cannot tell (assumed below, per service).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from bench.storage_calls import CallLog, StorageCalls
from infra import service_definition as sd

# List prices, USD (us-east-1; check the pricing pages before relying on them).
LAMBDA_ARM_GB_SECOND = 0.0000133334
LAMBDA_REQUEST = 0.20 / 1e6
API_GATEWAY_REST_REQUEST = 3.50 / 1e6  # first 333 million a month
SQS_REQUEST = 0.40 / 1e6  # standard queue, per 64 KB chunk
DYNAMODB_WRITE_UNIT = 0.625 / 1e6  # on-demand
DYNAMODB_READ_UNIT = 0.125 / 1e6
S3_PUT = 0.005 / 1000  # PUT, COPY, POST, LIST
S3_GET = 0.0004 / 1000  # DELETE is free
LOGS_INGESTED_GB = 0.50
XRAY_TRACE = 5.00 / 1e6
PRICES = (
    f"Lambda arm64 ${LAMBDA_ARM_GB_SECOND:.10f} per GB-s and $0.20 per million requests; API Gateway REST $3.50 per "
    "million; SQS $0.40 per million requests (a request per 64 KB of message); DynamoDB on-demand $0.625 per "
    "million write and $0.125 per million read request units; S3 $0.005 per 1,000 PUT and $0.0004 per 1,000 GET "
    "(DELETE free); CloudWatch Logs $0.50 per GB ingested; X-Ray $5.00 per million traces recorded"
)
# The wait on one call from Lambda, which an emulator on loopback cannot show (assumed, typical in-region figures).
AWS_CALL_MS = {"dynamodb": 5.0, "s3": 20.0, "sqs": 10.0}
# Lambda's own START/END/REPORT lines per invocation (assumed).
PLATFORM_LOG_BYTES = 300
# X-Ray's default sampling: the first request each second, then 5 % of the rest; at the capacity target's average.
TARGET_DOCUMENTS_PER_DAY = 1_000_000


@dataclass(frozen=True)
class PathCost:
    name: str
    lines: dict[str, float]  # item -> USD per million documents

    @property
    def total(self) -> float:
        return sum(self.lines.values())


def _wait_ms(log: CallLog) -> float:
    return sum(AWS_CALL_MS.get(call.split(".", 1)[0], 0.0) * n for call, n in log.calls.items())


def _lambda(ms: float, memory_mb: int, invocations: float) -> float:
    return (ms / 1000 * memory_mb / 1024 * LAMBDA_ARM_GB_SECOND + invocations * LAMBDA_REQUEST) * 1e6


def _storage(logs: list[tuple[CallLog, float]]) -> dict[str, float]:
    """DynamoDB, S3 and SQS per million documents, for calls logs each taken ``weight`` times per document."""

    def count(prefix: str) -> float:
        return sum(w * n for log, w in logs for call, n in log.calls.items() if call.startswith(prefix))

    return {
        "DynamoDB (request units)": sum(
            w * (log.read_units * DYNAMODB_READ_UNIT + log.write_units * DYNAMODB_WRITE_UNIT) for log, w in logs
        )
        * 1e6,
        "S3 requests": (count("s3.PutObject") * S3_PUT + count("s3.GetObject") * S3_GET) * 1e6,
        "SQS requests": sum(w * log.sqs_requests for log, w in logs) * SQS_REQUEST * 1e6,
    }


def _logs(logs: list[tuple[CallLog, float]], invocations: float) -> float:
    logged = sum(w * log.log_bytes for log, w in logs) + invocations * PLATFORM_LOG_BYTES
    return logged / 1e9 * LOGS_INGESTED_GB * 1e6


def _traced_share() -> float:
    rate = TARGET_DOCUMENTS_PER_DAY / 86_400
    return min(1.0, (1 + 0.05 * max(0.0, rate - 1)) / rate)


def service_costs(calls: StorageCalls, cpu_ms: dict[str, float], polls_per_document: float) -> list[PathCost]:
    """The sync route and the async path (submit, the polls measured, the worker), per million documents.

    ``cpu_ms``: CPU per document of the API containers on the sync route (``api sync``), and of the API and worker
    containers over the async burst (``api async``, ``worker async``), medians of the runs.
    """
    batch = next(s.batch_size for s in sd.QUEUE_SOURCES if s.function == sd.WORKER.name)
    sync_ms = cpu_ms["api sync"] + _wait_ms(calls.sync_miss)
    sync = PathCost(
        "sync (`POST /classify_file`, cache miss)",
        {
            "Lambda (API)": _lambda(sync_ms, sd.API.memory_mb, 1),
            "Lambda (worker)": 0.0,
            "API Gateway": API_GATEWAY_REST_REQUEST * 1e6,
            **_storage([(calls.sync_miss, 1)]),
            "CloudWatch Logs": _logs([(calls.sync_miss, 1)], 1),
            "X-Ray": _traced_share() * XRAY_TRACE * 1e6,
        },
    )
    api_calls = [(calls.async_submit, 1.0), (calls.poll, polls_per_document)]
    worker_calls = [(calls.worker_per_document, 1.0), (calls.poller_per_batch, 1 / batch)]
    api_ms = cpu_ms["api async"] + _wait_ms(calls.async_submit) + polls_per_document * _wait_ms(calls.poll)
    worker_ms = cpu_ms["worker async"] + _wait_ms(calls.worker_per_document)
    api_invocations, worker_invocations = 1 + polls_per_document, 1 / batch
    asynchronous = PathCost(
        f"async (submit, {polls_per_document:.1f} polls, worker in batches of {batch})",
        {
            "Lambda (API)": _lambda(api_ms, sd.API.memory_mb, api_invocations),
            "Lambda (worker)": _lambda(worker_ms, sd.WORKER.memory_mb, worker_invocations),
            "API Gateway": api_invocations * API_GATEWAY_REST_REQUEST * 1e6,
            **_storage([*api_calls, *worker_calls]),
            "CloudWatch Logs": _logs([*api_calls, *worker_calls], api_invocations + worker_invocations),
            "X-Ray": _traced_share() * (api_invocations + worker_invocations) * XRAY_TRACE * 1e6,
        },
    )
    return [sync, asynchronous]


def markdown(costs: list[PathCost], cpu_ms: dict[str, float], routing: dict[str, Any] | None) -> list[str]:
    items = list(dict.fromkeys(item for cost in costs for item in cost.lines))
    waits = ", ".join(f"{service} {ms:.0f} ms" for service, ms in AWS_CALL_MS.items())
    lines = [
        "",
        "## Cost per million documents",
        "",
        f"List prices (us-east-1, no free tier): {PRICES}. Durations: the CPU each container spent per document in "
        f"this run (API {cpu_ms['api sync']:.1f} ms per sync document; over the async burst, API "
        f"{cpu_ms['api async']:.1f} ms and worker {cpu_ms['worker async']:.1f} ms per document, text-layer PDFs) plus "
        f"an assumed wait per AWS call ({waits}); memory as deployed ({sd.API.memory_mb} MB). "
        "DynamoDB request units from the sizes of the items each call read or wrote (counted at botocore around "
        "the real handlers, as the AWS calls table), logs from the bytes the handlers printed with logs and EMF "
        f"metrics on, plus {PLATFORM_LOG_BYTES} bytes of Lambda's own lines per invocation; X-Ray at its default "
        f"sampling at {TARGET_DOCUMENTS_PER_DAY:,} documents a day ({_traced_share():.0%} of requests traced). "
        "OCR'd documents cost more Lambda time: an image page's ~0.6 s adds ~$14 per million on the worker.",
        "",
        "| per million documents | " + " | ".join(c.name for c in costs) + " |",
        "|---|" + "---|" * len(costs),
    ]
    for item in items:
        lines.append(f"| {item} | " + " | ".join(f"${c.lines.get(item, 0.0):.2f}" for c in costs) + " |")
    lines.append("| **service total** | " + " | ".join(f"**${c.total:.2f}**" for c in costs) + " |")
    if routing:
        lines += _llm(costs, routing)
    return lines


def _llm(costs: list[PathCost], routing: dict[str, Any]) -> list[str]:
    rows = routing["cost_usd_per_1000_documents"]
    tokens = routing["tokens"]
    tiers = [f"{r['tier']} `{r['provider']}` ${r['escalated'] * 1000:.0f}" for r in rows]
    llm_total = sum(r["escalated"] for r in rows) * 1000
    gpt4o = [r for r in rows if r["provider"].endswith("/gpt-4o")]
    lines = [
        "",
        f"**The LLM tier's share** at the escalation rate measured on the dev set ({routing['escalated']} of "
        f"{routing['documents']} documents, {routing['escalated_share']:.1%}, default rule; `doc-classifier eval "
        f"--routing`): {', '.join(tiers)} per million documents, **${llm_total:.0f}** with both tiers (an upper bound: "
        "the strong tier sees only what the cheap one hands on). Tokens: prompts as built for each dev document "
        f"(mean {tokens['prompt_mean']:.0f}, escalated {tokens['prompt_mean_escalated']:.0f}; {tokens['note']}), "
        f"answers assumed at {tokens['answer_assumed']} tokens (cap {tokens['answer_cap']}).",
    ]
    if gpt4o:
        row = gpt4o[0]
        every = row["every_document"] * 1000
        lines += [
            "",
            "**Against sending every document to GPT-4o** (the deployment guide's approach; "
            f"${row['input_usd_per_mtok']} / ${row['output_usd_per_mtok']} per million input / output tokens, the same "
            "prompts and answers): "
            f"**${every:,.0f}** per million documents in tokens alone, against "
            + " and ".join(f"${c.total + llm_total:,.0f} for this service's {c.name.split(' ')[0]} path" for c in costs)
            + " with the LLM tier included.",
        ]
    return lines
