"""A packet read in steps (the worker's continuation across invocations) answers as one reading does."""

from __future__ import annotations

import itertools
from types import SimpleNamespace
from typing import Any

import pytest
from doc_classifier.classifier import DocumentClassifier, default_classifier
from doc_classifier.config import PacketLimits
from doc_classifier.extraction import safety
from doc_classifier.packets import PacketProgress, PacketResult, PacketUnfinished, SplitMode

from tests.support.packets import packet_pdf

LABELS = ["invoice", "bank_statement", "pay_stub", "bank_statement"]


@pytest.fixture
def ticking(monkeypatch: pytest.MonkeyPatch) -> None:
    """The reading deadline's clock moves one second each time it is read: pages per step are deterministic."""
    ticks = itertools.count()
    monkeypatch.setattr(safety, "time", SimpleNamespace(monotonic=lambda: float(next(ticks))))


def _without_timings(result: PacketResult) -> dict[str, Any]:
    answer = result.to_dict()
    answer["metadata"] = {k: v for k, v in answer["metadata"].items() if k != "timings_ms"}
    return answer


def _in_steps(
    classifier: DocumentClassifier, data: bytes, limits: PacketLimits, final_after: int | None = None
) -> tuple[PacketResult, list[int]]:
    """Read ``data`` in steps as the worker does, the progress going through its stored form each time."""
    progress, read_by_step = PacketProgress(), []
    for step in itertools.count():
        resume = progress.finishing() if step == final_after else progress
        try:
            result = classifier.classify_packet(data, "finance", SplitMode.AUTO, limits, resume=resume)
        except PacketUnfinished as unfinished:
            read_by_step.append(unfinished.progress.next_page)
            progress = PacketProgress.from_bytes(unfinished.progress.to_bytes())
            assert step < 40, "every step reads at least one page"
            continue
        read_by_step.append(result.pages_read)
        return result, read_by_step
    raise AssertionError("unreachable")


def test_a_packet_read_in_steps_answers_as_one_reading(ticking: None) -> None:
    data, spans = packet_pdf(LABELS, seed=5)
    classifier = default_classifier()
    whole = classifier.classify_packet(data, "finance", SplitMode.AUTO, PacketLimits(packet_timeout_seconds=1e6))
    stepped, read_by_step = _in_steps(classifier, data, PacketLimits(packet_timeout_seconds=1.5))
    assert len(read_by_step) >= 4 and read_by_step[-1] == spans[-1].last
    assert read_by_step == sorted(read_by_step)  # each step reads on from the one before
    assert _without_timings(stepped) == _without_timings(whole)
    assert stepped.pages_not_read == 0 and stepped.metadata["warnings"] == []


def test_a_final_step_answers_for_the_pages_it_read(ticking: None) -> None:
    data, spans = packet_pdf(LABELS, seed=5)
    result, read_by_step = _in_steps(default_classifier(), data, PacketLimits(packet_timeout_seconds=2.5), 1)
    assert len(read_by_step) == 2 and result.pages_read == read_by_step[-1] < spans[-1].last
    assert result.pages_not_read == spans[-1].last - result.pages_read
    assert any("not read" in w for w in result.metadata["warnings"])


def test_without_resume_a_reading_cut_by_time_answers_as_before(ticking: None) -> None:
    data, spans = packet_pdf(LABELS, seed=5)
    result = default_classifier().classify_packet(
        data, "finance", SplitMode.AUTO, PacketLimits(packet_timeout_seconds=1.5)
    )
    assert 0 < result.pages_read < spans[-1].last and result.pages_not_read > 0


def test_progress_is_only_applied_to_its_own_packet() -> None:
    data, _ = packet_pdf(["invoice"], seed=5)
    with pytest.raises(ValueError, match="another packet"):
        default_classifier().classify_packet(data, "finance", SplitMode.AUTO, resume=PacketProgress(sha256="0" * 64))


@pytest.mark.parametrize("stored", [b"", b"not gzip", PacketProgress().to_bytes()[:-4]])
def test_damaged_progress_is_refused(stored: bytes) -> None:
    with pytest.raises(ValueError, match="progress"):
        PacketProgress.from_bytes(stored)
