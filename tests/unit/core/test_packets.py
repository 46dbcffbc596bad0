"""Packets: pages labelled with the packaged model and split into documents by the decoder."""

from __future__ import annotations

import json
import random
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from doc_classifier.classifier import default_classifier
from doc_classifier.config import PacketLimits
from doc_classifier.errors import ProcessingTimeout
from doc_classifier.extraction import Page
from doc_classifier.packets import PageView, SplitMode, count_pages, score_pages, split_pages, text_scorer
from doc_classifier.packets.decoder import boundary_logits, decode, packaged_params
from doc_classifier.packets.evidence import FEATURES, boundary_features, counters_agree, page_counter, page_cues
from doc_classifier.packets.opening import packaged_opening

from tests.unit.extraction.builders import text_pdf
from training.synth.packets import document_pages

STATEMENT_HEADER = "Summit Bank  Account statement  ACCT 40417733"


def _synthetic_packet(seed: int) -> tuple[bytes, list[tuple[str, int, int]]]:
    """Four synthetic finance documents (multi-page ones with continuation pages that carry no title) as a PDF."""
    rng = random.Random(seed)
    labels = ["bank_statement", "invoice", "pay_stub", "tax_form", "utility_bill", "receipt"]
    rng.shuffle(labels)
    pages: list[list[str]] = []
    truth = []
    for label in labels[:4]:
        document = document_pages(label, rng, (595.0, 842.0))
        truth.append((label, len(pages) + 1, len(pages) + len(document.pages)))
        pages.extend([line[:110] for line in page.text.splitlines()[:42]] for page in document.pages)
    return text_pdf(pages), truth


def test_a_packet_of_synthetic_documents_splits_exactly() -> None:
    data, truth = _synthetic_packet(seed=0)
    assert any(last > first for _, first, last in truth), "the packet must hold multi-page documents"
    result = default_classifier().classify_packet(data, "finance", SplitMode.AUTO)
    assert [(d.file_class, *d.pages) for d in result.documents] == truth
    assert [p.page for p in result.pages] == list(range(1, truth[-1][2] + 1))
    assert result.file_class == truth[0][0]
    assert (result.pages_total, result.pages_read, result.pages_not_read) == (truth[-1][2], truth[-1][2], 0)


def _statement_page(number: int, total: int | None = None, header: str = STATEMENT_HEADER) -> str:
    counter = f"Page {number} of {total}" if total else ""
    return "\n".join(
        [
            header,
            f"{number:02d}/03/2024 CARD PURCHASE GROCER {number}1 45.10",
            f"{number:02d}/04/2024 DIRECT DEBIT ENERGY CO 120.00",
            f"{number:02d}/05/2024 SALARY ACME LTD 2,400.00",
            counter,
        ]
    )


def _views(texts: list[str]) -> tuple[tuple[str, ...], list[PageView]]:
    pages = [Page(n, text, False, (612.0, 792.0)) for n, text in enumerate(texts, start=1)]
    return score_pages(default_classifier(), pages, "finance")


def _sure(labels: tuple[str, ...], label: str) -> np.ndarray:
    """A page model's answer that is 90% ``label``."""
    probabilities = np.full(len(labels), 0.1 / (len(labels) - 1))
    probabilities[labels.index(label)] = 0.9
    return probabilities


def test_one_noisy_page_inside_a_statement_does_not_split_it() -> None:
    """The middle page reads as an invoice to the page model; the running header and account number hold."""
    labels, views = _views([_statement_page(n) for n in range(1, 6)])
    for number, view in enumerate(views):
        view.probabilities = _sure(labels, "invoice" if number == 2 else "bank_statement")
    reading = text_scorer(default_classifier(), "finance")  # as classify_packet splits: pages and joined texts
    segments = split_pages(views, packaged_params(), labels, reading)
    assert [(s.first, s.last, labels[s.label]) for s in segments] == [(0, 4, "bank_statement")]
    # A real invoice in the middle, sharing nothing with the statement, is a document of its own, read as the
    # page model reads it. (Held at the noisy page's 90% instead, the length prior keeps it inside the
    # statement: a long kind's document pays for ending, see decoder.py.)
    invoice = "INVOICE\nInvoice number: INV-2024-0117\nBill to: Northwind Traders\nTotal amount due 1,440.00"
    _, mixed = _views([_statement_page(1), _statement_page(2), invoice, _statement_page(4), _statement_page(5)])
    assert [(s.first, s.last) for s in split_pages(mixed, packaged_params(), labels, reading)] == [
        (0, 1),
        (2, 2),
        (3, 4),
    ]


def test_each_document_after_the_first_says_what_started_it() -> None:
    """The reasoning names the boundary evidence the decoder weighed at a document's first page, in its weights."""
    statement = [_statement_page(1, 2).splitlines(), _statement_page(2, 2).splitlines()]
    invoice = ["INVOICE", "Invoice number: INV-2024-0117", "Bill to: Northwind Traders", "Total amount due 1,440.00"]
    result = default_classifier().classify_packet(
        text_pdf([*statement, *statement, invoice]), "finance", SplitMode.AUTO
    )
    assert [d.pages for d in result.documents] == [(1, 2), (3, 4), (5, 5)]
    first, counted, invoiced = (d.reasoning for d in result.documents)
    assert "starts a document" not in first  # the packet's first page needs no reason to start one
    # Under the same header and account number, only the counter says "a new statement", and so does the reasoning.
    assert "page 3 starts a document: its page counter starts again" in counted
    assert "carried over" not in counted
    assert "page 5 starts a document: " in invoiced and "a title" in invoiced
    assert "no reference number or header line carried over from page 4" in invoiced


def test_page_counters_that_agree_override_the_model() -> None:
    params = packaged_params()
    # A page with a title of its own, which the model is sure is an invoice: a new document, unless counted.
    other = "INVOICE\nTotal amount due 1,440.00\nPayment terms: 30 days by bank transfer\nThank you for your custom"
    empty = np.zeros(2, dtype=bool)
    answers = []
    for counted in (False, True):
        labels, views = _views(
            [_statement_page(1, 2 if counted else None), other + ("\nPage 2 of 2" if counted else "")]
        )
        # The model is sure the second page is something else.
        views[0].probabilities = _sure(labels, "bank_statement")
        views[1].probabilities = _sure(labels, "invoice")
        agree = counters_agree(views[0].cues, views[1].cues)
        assert agree is (True if counted else None)
        features = np.array([boundary_features(views[0].cues, views[1].cues, views[0].vector, views[1].vector)])
        probabilities = np.array([v.probabilities for v in views])
        segments = decode(probabilities, empty, boundary_logits(features, [agree], params), params, labels=labels)
        answers.append([(s.first, s.last, labels[s.label]) for s in segments])
    assert answers[0] == [(0, 0, "bank_statement"), (1, 1, "invoice")]
    assert answers[1] == [(0, 1, "bank_statement")]
    # "2 of 2" then "1 of 2" under the same header and account: a new document, though all else says continue.
    labels, again = _views([_statement_page(2, 2), _statement_page(1, 2)])
    assert counters_agree(again[0].cues, again[1].cues) is False
    features = np.array([boundary_features(again[0].cues, again[1].cues, again[0].vector, again[1].vector)])
    same = np.array([_sure(labels, "bank_statement")] * 2)
    assert len(decode(same, empty, boundary_logits(features, [None], params), params, labels=labels)) == 1
    restart = boundary_logits(features, [False], params)
    assert [(s.first, s.last) for s in decode(same, empty, restart, params, labels=labels)] == [(0, 0), (1, 1)]


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (["Page 2 of 5"], (2, 5)),
        (["Bank 1 - Confidential Statement | Page 2"], (2, None)),
        (["3/4"], (3, 4)),
        (["- 7 -"], (7, None)),
        (["Seite 1 von 3"], (1, 3)),
        (["Paid on 12/03/2024"], None),
        (["5 of 3"], None),
    ],
)
def test_page_counters_are_read_from_a_pages_edges(lines: list[str], expected: tuple[int, int | None] | None) -> None:
    assert page_counter(lines) == expected


def test_an_empty_page_joins_its_neighbour() -> None:
    labels, views = _views([_statement_page(1), "", _statement_page(3)])
    assert views[1].empty
    segments = split_pages(views, packaged_params(), labels)
    assert [(s.first, s.last) for s in segments] == [(0, 2)]


def test_per_page_gives_every_page_its_own_document() -> None:
    data, truth = _synthetic_packet(seed=0)
    result = default_classifier().classify_packet(data, "finance", SplitMode.PER_PAGE)
    pages = truth[-1][2]
    assert [d.pages for d in result.documents] == [(n, n) for n in range(1, pages + 1)]
    assert [p.file_class for p in result.pages] == [d.file_class for d in result.documents]
    assert not any("starts a document" in d.reasoning for d in result.documents)  # asked for: no boundary decided


def test_split_none_is_the_single_document_answer() -> None:
    data, _ = _synthetic_packet(seed=0)
    classifier = default_classifier()
    single = classifier.classify(data, "finance")
    packet = classifier.classify_packet(data, "finance", SplitMode.NONE)
    assert (packet.file_class, packet.confidence, packet.reasoning) == (
        single.file_class,
        single.confidence,
        single.reasoning,
    )
    assert packet.pages == () and packet.documents[0].pages == (1, single.metadata["pages_read"])
    assert single.metadata["pages_read"] == classifier.limits.max_pages


def test_limits_on_pages_and_time_hold() -> None:
    data, truth = _synthetic_packet(seed=0)
    classifier = default_classifier()
    assert count_pages(data) == truth[-1][2]
    capped = classifier.classify_packet(data, "finance", SplitMode.AUTO, PacketLimits(max_packet_pages=3))
    assert (capped.pages_read, capped.pages_not_read) == (3, truth[-1][2] - 3)
    assert capped.documents[-1].pages[1] == 3 and len(capped.pages) == 3
    assert capped.metadata["pages_not_read"] == truth[-1][2] - 3
    with pytest.raises(ProcessingTimeout):
        classifier.classify_packet(data, "finance", SplitMode.AUTO, PacketLimits(packet_timeout_seconds=0))


def test_the_json_shape_the_api_returns() -> None:
    data, truth = _synthetic_packet(seed=0)
    answer = default_classifier().classify_packet(data, "finance", SplitMode.AUTO).to_dict()
    assert set(answer) == {
        "file_class",
        "confidence",
        "industry",
        "reasoning",
        "alternatives",
        "metadata",
        "documents",
        "pages",
    }
    assert answer["documents"][0]["pages"] == [truth[0][1], truth[0][2]]
    assert set(answer["documents"][0]) == {"file_class", "confidence", "pages", "reasoning"}
    assert set(answer["pages"][0]) == {"page", "file_class", "confidence", "classifier"}
    assert {page["classifier"] for page in answer["pages"]} == {"local_model"}
    json.dumps(answer)


def test_the_cli_splits_and_a_new_file_name_changes_nothing(tmp_path: Path) -> None:
    data, truth = _synthetic_packet(seed=0)
    answers = []
    for name in ("loan_packet.pdf", "x9.bin"):
        (tmp_path / name).write_bytes(data)
        command = [sys.executable, "-m", "doc_classifier.cli", "classify", "--split", "auto", "--json"]
        run = subprocess.run([*command, str(tmp_path / name)], capture_output=True, text=True, timeout=120, check=True)
        row = json.loads(run.stdout)
        answers.append((row["documents"], row["pages"]))
    assert answers[0] == answers[1]
    assert [(d["file_class"], d["pages"][0], d["pages"][1]) for d in answers[0][0]] == truth
    table = subprocess.run(
        [sys.executable, "-m", "doc_classifier.cli", "classify", "--split", "auto", str(tmp_path / "x9.bin")],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    ).stdout
    for label, first, last in truth:
        pages = str(first) if first == last else f"{first}-{last}"
        assert any(line.split()[:2] == [pages, label] for line in table.splitlines() if line.strip())


def test_the_boundary_features_are_the_ones_the_parameters_weigh() -> None:
    cues = page_cues(_statement_page(1), (612.0, 792.0), False, False, packaged_opening())
    vector = _views([_statement_page(1)])[1][0].vector
    assert len(boundary_features(cues, cues, vector, vector)) == len(packaged_params().boundary_weights)


def test_a_page_that_opens_like_a_first_page_is_evidence_of_a_new_document() -> None:
    """The first-page model reads a page's opening lines: a letterhead, a title, an account and a period open a
    statement; a page that opens mid-list of transactions goes on with one."""
    opening = packaged_opening()
    first = "\n".join(
        [
            "FIRST NATIONAL BANK",
            "Statement of Account",
            "Account holder: Jane Doe",
            "Statement period 1 March 2024 to 31 March 2024",
            "Opening balance 1,250.00",
            *_statement_page(1).splitlines()[1:4],
        ]
    )
    going_on = "\n".join(first.splitlines()[5:])  # the same page without its opening lines
    assert opening.score(first) > opening.score(going_on)
    assert -1.0 <= opening.score(going_on) <= opening.score(first) <= 1.0
    cues = page_cues(first, (612.0, 792.0), False, False, opening)
    assert cues.opening == opening.score(first)
    vector = _views([first])[1][0].vector
    assert boundary_features(cues, cues, vector, vector)[FEATURES.index("opening")] == cues.opening
    assert packaged_params().boundary_weights[FEATURES.index("opening")] > 0
    assert page_cues("", None, True, True, opening).opening == 0.0  # a page without text says nothing


def test_the_packaged_decoder_weighs_every_feature_the_way_a_person_reads_it() -> None:
    """Fitted on synthetic packets, yet no weight may say e.g. "a shared account number means a new document"."""
    from training.packets import SIGNS  # noqa: PLC0415

    weights = dict(zip(FEATURES, packaged_params().boundary_weights, strict=True))
    assert set(SIGNS) == set(FEATURES)
    assert all(SIGNS[name] * weight >= 0 for name, weight in weights.items())
    assert weights["counter_next"] < 0 < weights["counter_first"]


def test_each_email_attachment_starts_a_document() -> None:
    """Two attachments that read alike (one statement sent as two files) are still two documents."""
    from tests.unit.extraction.builders import email_message  # noqa: PLC0415

    pages = [[line for line in _statement_page(n).splitlines() if line] for n in (1, 2)]
    message = email_message(
        body="",
        attachments=[
            ("a.pdf", text_pdf(pages[:1]), "application/pdf"),
            ("b.pdf", text_pdf(pages[1:]), "application/pdf"),
        ],
    )
    result = default_classifier().classify_packet(message, "finance", SplitMode.AUTO)
    assert [d.pages for d in result.documents][-2:] == [(result.pages_total - 1,) * 2, (result.pages_total,) * 2]
