"""``python -m bench.packets``: a 100-page scanned packet through the running service's async path.

The packet is synthetic finance documents rendered as scans (image-only PDF pages, so every page is OCR'd),
uploaded through ``POST /uploads`` with ``split=auto`` to ``make run``'s local runtime with one worker
container, as deployed (its 120 s timeout and the queue's visibility timeout of 6x that). Measured: seconds
from the upload to the completed task, the worker invocations it took (a packet not read within one invocation
is read on by the next), the worker's own processing time and CPU seconds, pages read and not read, page
accuracy against the documents it was built from, and the worker container's
peak RSS (``VmHWM``) after warm-up and after the packet: what the packet adds to a warm container. Then the
same packet read whole in this process without a time limit: the CPU seconds every page needs, which the
machine's other load hardly changes (it stretches wall time). Writes ``bench/packets.md``. Only 127.0.0.1 is
targeted; every request has a timeout and the poll a deadline.
"""

from __future__ import annotations

import argparse
import io
import math
import sys
import tempfile
import time
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import requests
from doc_classifier.classifier import default_classifier
from doc_classifier.packets import PacketResult, SplitMode
from doc_classifier.service.settings import ServiceSettings
from doc_classifier.service.tasks import CONTINUE_NOTE
from pypdf import PdfReader, PdfWriter

from bench import cpu
from bench.load import check_loopback
from bench.service import LocalService
from infra import service_definition as sd
from infra.config import DeploymentConfig
from training.synth.corpus import generate_document

DEFAULT_REPORT = Path(__file__).resolve().parent / "packets.md"
# Documents of one industry in turn, as a loan applicant's packet holds them.
LABELS = ("loan_application", "pay_stub", "bank_statement", "tax_form", "utility_bill", "invoice", "receipt")
REQUEST_TIMEOUT = 60.0


@dataclass(frozen=True)
class Packet:
    data: bytes
    labels: list[str]  # the right label of each page


@dataclass(frozen=True)
class PacketRun:
    pages: int
    megabytes: float
    build_seconds: float
    seconds: float  # upload posted to the task seen completed
    processing_seconds: float  # the worker's own time on the task
    worker_cpu_seconds: float
    result: dict[str, Any]
    attempts: int
    invocations: int  # the first and each continuation
    page_accuracy: float  # over the pages read
    rss_warm_mb: float
    rss_peak_mb: float


@dataclass(frozen=True)
class WholeRead:
    cpu_seconds: float
    wall_seconds: float
    pages_read: int
    page_accuracy: float


def scanned_packet(pages: int, seed: int) -> Packet:
    """Scanned documents (``pdf_scan``: page images, no text layer) in turn until ``pages`` pages."""
    writer = PdfWriter()
    labels: list[str] = []
    index = 0
    while len(labels) < pages:
        label = LABELS[index % len(LABELS)]
        reader = PdfReader(io.BytesIO(generate_document(label, seed, index, formats=["pdf_scan"])[3]))
        for page in reader.pages[: pages - len(labels)]:
            writer.add_page(page)
            labels.append(label)
        index += 1
    buffer = io.BytesIO()
    writer.write(buffer)
    return Packet(buffer.getvalue(), labels)


def worker_pid(root: int) -> int:
    """The one worker container (the runtime names each container's process ``worker-<n>``)."""
    found = [
        int(entry.name)
        for entry in Path("/proc").iterdir()
        if entry.name.isdigit() and _parent(int(entry.name)) == root and _comm(int(entry.name)).startswith("worker-")
    ]
    if len(found) != 1:
        raise RuntimeError(f"expected one worker container, found {len(found)}")
    return found[0]


def _parent(pid: int) -> int:
    try:
        return int(Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[1])
    except (OSError, IndexError, ValueError):
        return -1


def _comm(pid: int) -> str:
    try:
        return Path(f"/proc/{pid}/comm").read_text().strip()
    except OSError:
        return ""


def peak_rss_mb(pid: int) -> float:
    """The process's high-water resident set size (``VmHWM``), in MB."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    raise RuntimeError(f"no VmHWM for process {pid}")


def wait_completed(url: str, task_id: str, deadline_seconds: float) -> dict[str, Any]:
    deadline = time.monotonic() + deadline_seconds
    while time.monotonic() < deadline:
        body: dict[str, Any] = requests.get(f"{url}/classification_result/{task_id}", timeout=REQUEST_TIMEOUT).json()
        if body["status"] in {"completed", "failed"}:
            return body
        time.sleep(1.0)
    raise RuntimeError(f"task {task_id} not finished within {deadline_seconds:.0f} s")


def upload(url: str, data: bytes, split: str) -> str:
    ticket = requests.post(
        f"{url}/uploads",
        json={"filename": "packet.pdf", "industry": "finance", "split": split},
        timeout=REQUEST_TIMEOUT,
    )
    ticket.raise_for_status()
    form = ticket.json()["upload"]
    posted = requests.post(form["url"], data=form["fields"], files={"file": ("packet.pdf", data)}, timeout=120)
    posted.raise_for_status()
    task_id: str = ticket.json()["task_id"]
    return task_id


def warm_up(url: str) -> None:
    """The worker container loads the model and Tesseract on its first document, not on the packet."""
    warm = scanned_packet(2, seed=1)
    wait_completed(url, upload(url, warm.data, "auto"), deadline_seconds=300)


def run(pages: int, seed: int, log: Path) -> PacketRun:
    started = time.perf_counter()
    packet = scanned_packet(pages, seed)
    build_seconds = time.perf_counter() - started
    print(f"built a {pages}-page scanned packet in {build_seconds:.0f} s", file=sys.stderr, flush=True)
    visibility = DeploymentConfig().visibility_timeout_multiplier * sd.WORKER.timeout_seconds
    service = LocalService(log, "packets", 1, 1, ("--visibility-timeout", str(visibility)))
    with service as url:
        check_loopback(url)
        assert service.process is not None
        warm_up(url)
        pid = worker_pid(service.process.pid)
        rss_warm = peak_rss_mb(pid)
        before = cpu.snapshot(service.process.pid)
        posted = time.perf_counter()
        invocations = ServiceSettings().packet_max_continuations + 1
        deadline = (invocations + 2) * sd.WORKER.timeout_seconds
        task = wait_completed(url, upload(url, packet.data, "auto"), deadline_seconds=deadline)
        seconds = time.perf_counter() - posted
        after = cpu.snapshot(service.process.pid)
        rss_peak = peak_rss_mb(pid)
    if task["status"] != "completed":
        raise RuntimeError(f"the packet's task failed: {task.get('error')}")
    result = task["result"]
    return PacketRun(
        pages=pages,
        megabytes=len(packet.data) / 1e6,
        build_seconds=build_seconds,
        seconds=seconds,
        processing_seconds=float(result["processing_time"]),
        worker_cpu_seconds=after.get("worker containers", 0.0) - before.get("worker containers", 0.0),
        result=result,
        attempts=int(task["attempts"]),
        invocations=invocations_of(task),
        page_accuracy=page_accuracy(result["pages"], packet.labels),
        rss_warm_mb=rss_warm,
        rss_peak_mb=rss_peak,
    )


def invocations_of(task: dict[str, Any]) -> int:
    """Worker invocations that read the task's packet: the first, and one per continuation in its history."""
    return 1 + sum(str(entry["note"]).startswith(CONTINUE_NOTE) for entry in task["history"])


def page_accuracy(pages: list[dict[str, Any]], truth: list[str]) -> float:
    """The share of the pages read whose label is the label of the document they came from."""
    right = sum(page["file_class"] == truth[page["page"] - 1] for page in pages)
    return right / len(pages) if pages else 0.0


def read_whole(packet: Packet) -> WholeRead:
    """Every page read and split in this process, no time limit: CPU seconds are what one core needs."""
    classifier = default_classifier()
    classifier.classify(scanned_packet(1, seed=1).data, "finance")  # model and Tesseract loaded before timing
    limits = replace(classifier.packet_limits, max_packet_pages=len(packet.labels), packet_timeout_seconds=math.inf)
    cpu_started, wall_started = time.process_time(), time.perf_counter()
    result: PacketResult = classifier.classify_packet(packet.data, "finance", SplitMode.AUTO, limits)
    cpu_seconds, wall_seconds = time.process_time() - cpu_started, time.perf_counter() - wall_started
    pages = result.to_dict()["pages"]
    return WholeRead(cpu_seconds, wall_seconds, result.pages_read, page_accuracy(pages, packet.labels))


def report(figures: PacketRun, whole: WholeRead, command: str) -> str:
    metadata = figures.result["metadata"]
    read, not_read = metadata["pages_read"], metadata["pages_not_read"]
    timings = metadata.get("timings_ms", {})
    worker = sd.WORKER
    lines = [
        "# Packet bench: a scanned packet through the async path",
        "",
        f"`{command}` on {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}: `make run`'s local runtime with one "
        f"worker container (timeout {worker.timeout_seconds} s, {worker.memory_mb} MB on Lambda), the packet "
        "uploaded through `POST /uploads` with `split=auto`. The machine's other load slows OCR; the CPU "
        "seconds are what the worker itself spent.",
        "",
        "| figure | value |",
        "| --- | --- |",
        f"| pages (image-only PDF, every page OCR'd) | {figures.pages} ({figures.megabytes:.1f} MB) |",
        f"| upload posted to task completed | {figures.seconds:.1f} s |",
        f"| worker invocations (the first, then each continuation) | {figures.invocations} |",
        f"| worker's processing time, all invocations | {figures.processing_seconds:.1f} s "
        f"(limit: {worker.timeout_seconds} s an invocation) |",
        f"| worker CPU | {figures.worker_cpu_seconds:.1f} s "
        f"({figures.worker_cpu_seconds / max(read, 1):.2f} s a page read) |",
        f"| OCR / reading and scoring pages / splitting | {timings.get('ocr', 0) / 1000:.1f} s / "
        f"{timings.get('read_and_score_pages', 0) / 1000:.1f} s / {timings.get('split', 0) / 1000:.2f} s |",
        f"| pages read / not read | {read} / {not_read} |",
        f"| documents found | {len(figures.result['documents'])} |",
        f"| page accuracy over the pages read (against the documents it was built from) | "
        f"{figures.page_accuracy:.3f} |",
        f"| worker attempts (1: no redelivery) | {figures.attempts} |",
        f"| worker peak RSS: warm (model loaded) / after the packet | {figures.rss_warm_mb:.0f} MB / "
        f"{figures.rss_peak_mb:.0f} MB (+{figures.rss_peak_mb - figures.rss_warm_mb:.0f} MB) |",
        f"| every page, in-process, no time limit: CPU / wall | {whole.cpu_seconds:.1f} s "
        f"({whole.cpu_seconds / max(whole.pages_read, 1):.2f} s a page) / {whole.wall_seconds:.1f} s |",
        f"| every page, in-process: pages read, page accuracy | {whole.pages_read}, {whole.page_accuracy:.3f} |",
        "",
    ]
    if metadata.get("warnings"):
        lines += ["Warnings: " + "; ".join(metadata["warnings"]), ""]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.packets", description=__doc__)
    parser.add_argument("--pages", type=int, default=100, help="pages in the packet (the worker's default cap)")
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--out", type=Path, default=DEFAULT_REPORT)
    args = parser.parse_args(argv)
    if args.pages < 1:
        parser.error("--pages must be at least 1")
    log = Path(tempfile.mkdtemp(prefix="bench-packets-")) / "runtime.log"
    figures = run(args.pages, args.seed, log)
    print(f"service: {figures.pages} pages in {figures.seconds:.1f} s", file=sys.stderr, flush=True)
    whole = read_whole(scanned_packet(args.pages, args.seed))
    command = " ".join(["python -m bench.packets", *(sys.argv[1:] if argv is None else argv)])
    args.out.write_text(report(figures, whole, command))
    print(f"wrote {args.out}: {figures.pages} pages in {figures.seconds:.1f} s, peak RSS {figures.rss_peak_mb:.0f} MB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
