"""``python -m bench.page_routing DIR --seed N --count K``: which packet pages the LLM tier would be asked about.

Packets are assembled from a labelled folder as ``doc-classifier eval-packets`` assembles them; each page's own
reading by the local model (before the split) is checked against the default ``escalate`` rule (below 0.7, or
``unknown`` below 0.9) and against the document the page came from. Printed: the share of pages the rule sends
to the tier, how many packets hold more than ``max_escalated_pages`` of them, and how many of the pages the local
model reads wrong are among those sent. No LLM is called: this measures the routing, not what an LLM makes of it.
"""

from __future__ import annotations

import argparse
import time
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from doc_classifier.classifier import default_classifier
from doc_classifier.llm.routing import escalation_reason
from doc_classifier.llm.settings import LlmSettings
from doc_classifier.packet_evaluation import assemble, plan_packets
from doc_classifier.packets import PageView, SplitMode
from doc_classifier.packets.escalation import PagesEscalated


@dataclass(frozen=True)
class PageSeen:
    number: int
    label: str
    unsure: bool
    empty: bool


class Recorder:
    """A page escalation that asks nobody: it notes each page's local reading and whether the rule wants it asked."""

    def __init__(self, settings: LlmSettings) -> None:
        self.settings = settings
        self.seen: list[PageSeen] = []

    def __call__(
        self, industry: str, labels: tuple[str, ...], views: list[PageView], pages_total: int
    ) -> PagesEscalated:
        self.seen = []
        for view in views:
            best = int(np.argmax(view.probabilities))
            reason = escalation_reason(self.settings.escalate, industry, labels[best], float(view.probabilities[best]))
            self.seen.append(PageSeen(view.page.number, labels[best], not view.empty and reason != "none", view.empty))
        return PagesEscalated({}, {})


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("root", type=Path)
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument("--count", type=int, default=12)
    args = parser.parse_args(argv)
    classifier, settings = default_classifier(), LlmSettings()
    started = time.process_time()
    unsure_per_packet: list[int] = []
    seen: list[tuple[PageSeen, str]] = []  # each page with the label of the document it came from
    for industry, parts in plan_packets(classifier, args.root, args.seed, args.count):
        data, counts = assemble([part.path for part in parts])
        truth = [part.label for part, pages in zip(parts, counts, strict=True) for _ in range(pages)]
        recorder = Recorder(settings)
        classifier.classify_packet(data, industry, SplitMode.AUTO, escalate_pages=recorder)
        unsure_per_packet.append(sum(page.unsure for page in recorder.seen))
        seen.extend((page, truth[page.number - 1]) for page in recorder.seen)
    unsure = [page for page, _ in seen if page.unsure]
    wrong = [page for page, label in seen if not page.empty and page.label != label]
    cap = settings.max_escalated_pages
    print(
        f"seed {args.seed}: {len(unsure_per_packet)} packets, {len(seen)} pages, "
        f"{time.process_time() - started:.1f} s CPU"
    )
    print(
        f"pages the rule sends to the tier: {len(unsure)} ({len(unsure) / max(1, len(seen)):.1%}), at most "
        f"{max(unsure_per_packet, default=0)} in a packet; packets over the cap of {cap}: "
        f"{sum(n > cap for n in unsure_per_packet)}"
    )
    print(
        f"pages with text the local model reads wrong: {len(wrong)}, of them sent: {sum(p.unsure for p in wrong)}; "
        f"pages sent that it reads right: {len(unsure) - sum(p.unsure for p in wrong)}"
    )


if __name__ == "__main__":
    main()
