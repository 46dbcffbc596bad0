"""``python -m bench.page_routing`` over a small labelled folder of generated PDFs."""

from __future__ import annotations

from pathlib import Path

import pytest

from bench import page_routing
from tests.unit.extraction.builders import text_pdf
from tests.unit.llm.test_packet_pages import RECORDS, TAX, UTILITY


def test_it_counts_the_pages_the_rule_sends_and_the_wrong_ones_among_them(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # A "tax_form" whose second page the local model reads as `unknown`, unsure (below 0.9).
    for label, pages in (("tax_form", [TAX, RECORDS]), ("utility_bill", [UTILITY])):
        (tmp_path / label).mkdir()
        (tmp_path / label / "a.pdf").write_bytes(text_pdf(pages))

    page_routing.main([str(tmp_path), "--seed", "1", "--count", "1"])

    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith("seed 1: 1 packets, 3 pages")
    assert lines[1].startswith("pages the rule sends to the tier: 1 (33.3%), at most 1 in a packet")
    assert (
        lines[2] == "pages with text the local model reads wrong: 1, of them sent: 1; pages sent that it reads right: 0"
    )
