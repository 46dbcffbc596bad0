"""CPU seconds each part of the local runtime spends, read from /proc (Linux): a split the machine's other
load does not blur, unlike wall-clock rates."""

from __future__ import annotations

import os
import resource
from collections import defaultdict
from pathlib import Path

_TICKS = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100
PARTS = ("load generator", "gateway + pollers", "aws-emulator", "api containers", "worker containers", "other")


def _stat(pid: int) -> tuple[int, float]:
    """Parent pid and CPU seconds (user + system) of a process."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return int(fields[1]), (int(fields[11]) + int(fields[12])) / _TICKS


def _part(pid: int, root: int) -> str:
    if pid == root:
        return "gateway + pollers"
    name = Path(f"/proc/{pid}/comm").read_text().strip()
    if name.startswith("aws-emulator"):  # and aws-emulator-dynamodb (truncated by the kernel to 15 characters)
        return "aws-emulator"
    for function in ("api", "worker"):
        if name.startswith(f"{function}-"):
            return f"{function} containers"
    return "other"


def snapshot(root: int) -> dict[str, float]:
    """CPU seconds so far of the runtime ``root`` and its children, by part, and of this process."""
    usage = resource.getrusage(resource.RUSAGE_SELF)
    seconds: dict[str, float] = defaultdict(float)
    seconds["load generator"] = usage.ru_utime + usage.ru_stime
    if not Path("/proc").is_dir():
        return seconds
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        pid = int(entry.name)
        try:
            parent, cpu = _stat(pid)
            if root in (pid, parent):
                seconds[_part(pid, root)] += cpu
        except (OSError, ValueError, IndexError):  # a process that ended meanwhile
            continue
    return seconds


def per_document(before: dict[str, float], after: dict[str, float], documents: int) -> dict[str, float]:
    """Milliseconds of CPU per document, by part (containers that were replaced are not counted)."""
    return {part: max(0.0, after.get(part, 0.0) - before.get(part, 0.0)) * 1000 / documents for part in PARTS}
