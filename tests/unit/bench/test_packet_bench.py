"""The packet bench's own parts: the scanned packet it builds and the memory figure it reads."""

from __future__ import annotations

import io
import os

import pypdfium2
from doc_classifier.service.tasks import CLAIM_NOTE, continue_note
from pypdf import PdfReader

from bench.packets import LABELS, invocations_of, peak_rss_mb, scanned_packet


def test_the_packet_has_exactly_the_pages_asked_for_each_an_image_without_text() -> None:
    packet = scanned_packet(5, seed=3)
    assert len(PdfReader(io.BytesIO(packet.data)).pages) == 5 and len(packet.labels) == 5
    assert packet.labels[0] == LABELS[0] and set(packet.labels) <= set(LABELS)
    document = pypdfium2.PdfDocument(packet.data)
    assert all(document[n].get_textpage().get_text_range().strip() == "" for n in range(5))  # OCR needed


def test_peak_rss_is_read_from_proc() -> None:
    assert 10 < peak_rss_mb(os.getpid()) < 10_000


def test_invocations_are_counted_from_the_tasks_history() -> None:
    notes = ["upload", CLAIM_NOTE, continue_note(1), continue_note(2), ""]
    assert invocations_of({"history": [{"note": note} for note in notes]}) == 3
