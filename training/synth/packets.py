"""Synthetic multi-page documents and the packets made of them, as page texts with their look.

A long document's first page carries its title and opening blocks; its continuation
pages carry later blocks (more transactions, clauses, findings, a form's further
sections under their own headings) and no title, and,
as real ones do only sometimes, a running header with the document's reference
number (on the first page, among its opening lines) and a page counter in one of several
styles. A packet is 2-8 documents of
one industry (``unknown`` ones among them), either scanned in one pass (every page
the same size and OCR'd) or put together from files of different origins, where a
photographed document's pages each have their own size. One-page kinds are one page,
but for an ID card scanned front and back (its back side a second page).

Some documents carry a page of another kind that belongs to them: a form, consent page
or schedule attached to a record, an exhibit or rider after a contract's last counted
page. That page opens with its own title and first fields or, as often, is a sheet from
further into the other form (no title, straight into its fields), has no page counter,
often another paper size, and sometimes the document's reference number; it keeps the
document's label. Some continuation pages say little of their kind: the last lines of
the body and a signature, date or notes block.

A record, summary, claim or application often goes on with a section that reads like a
related kind (``RELATED``): a medical record's medication list reads like a prescription,
its results like a lab report, a claim's itemised charges like an invoice, an application's
income pages like a pay stub. Such a page is a continuation page like any other (no title,
the document's running header and counter when it has them, its paper) whose body is the
end of the document's own text, if any, then the body of a document of the related kind;
it keeps the document's label. Off unless asked for (``related_share``): refits with a
quarter and a half of those pages split real packets worse (README, Packets).
"""

from __future__ import annotations

import random
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from training.synth.corpus import generate_text
from training.synth.model import Block, Heading, block_lines
from training.synth.noise import degrade_text

# Labels whose documents run to several pages; the others are one page (receipts, ID cards...).
MULTI_PAGE = frozenset(
    {
        "bank_statement",
        "contract",
        "nda",
        "lease",
        "court_filing",
        "power_of_attorney",
        "medical_record",
        "discharge_summary",
        "loan_application",
        "insurance_claim",
        "tax_form",
        "lab_report",
        "utility_bill",
        "invoice",
        "unknown",
    }
)
# An ID is now and then scanned front and back: its back side (codes, restrictions, family names) is a second page.
BACK_SIDES = {"drivers_license": "drivers_license_back", "passport": "passport_india_back"}
BACK_SIDE_SHARE = 0.3
_SIZES = ((612.0, 792.0), (595.0, 842.0), (612.0, 1008.0), (842.0, 595.0), (250.0, 600.0), (243.0, 153.0))
_COUNTER_STYLES = ("Page {k} of {n}", "{k}/{n}", "- {k} -", "Page: {k}", "Seite {k} von {n}", "Page {k}")
ATTACHED_SHARE = 0.2  # multi-page documents that carry a page of another kind
ATTACHED_AT_END = 0.6  # an exhibit or rider follows the last page; otherwise a form sits between pages
ATTACHED_UNKNOWN = 0.4  # the attached page is a form or letter of no category; else of one of the packet's labels
ATTACHED_UNTITLED = 0.5  # the attached page is a sheet from further into the other form, without its title
_ATTACHED_UNKNOWN_TEMPLATES = ("unknown_form_application", "unknown_cover_letter", "unknown_appointment_letter")
Templates = Mapping[str, Sequence[str]]  # the templates each label's documents may be drawn from
CLOSING_PAGE_SHARE = 0.15  # continuation pages that are a body's tail and a signature or notes block
_CLOSING_LINES = (
    "Signature: ____________________",
    "Date: __________",
    "Name (print): ____________________",
    "Witness: ____________________",
    "Initials: ______",
    "Notes:",
    "Signed and dated as above.",
    "This page intentionally left blank.",
)
# The kinds a document's later sections read like: its records (a prescription, results) or its exhibits.
RELATED = {
    "medical_record": ("prescription", "lab_report"),
    "discharge_summary": ("prescription", "lab_report"),
    "insurance_claim": ("invoice", "receipt"),
    "loan_application": ("pay_stub", "bank_statement"),
    "court_filing": ("contract", "lease"),
    "contract": ("nda",),
}
_RELATED_LEAD_LINES = 4  # at most this many lines of the document's own body before the related section
CROPPED_SCAN_SHARE = 0.1  # documents of a one-pass scan whose sheets came out at sizes of their own


@dataclass(frozen=True)
class SyntheticPage:
    text: str
    size: tuple[float, float]
    ocr_used: bool


@dataclass(frozen=True)
class SyntheticDocumentPages:
    label: str
    pages: tuple[SyntheticPage, ...]


def document_pages(
    label: str,
    rng: random.Random,
    scan: tuple[float, float] | None,
    companions: Sequence[str] = (),
    templates: Templates | None = None,
    *,
    related_share: float = 0.0,
) -> SyntheticDocumentPages:
    """One document as pages; ``scan``: the packet's page size when it was scanned in one pass;
    ``companions``: the labels an attached page of another kind may read as; ``templates``: only these
    (every label's, when not given); ``related_share``: the share of its continuation pages that are a section
    reading like a related kind, if its kind has any (none by default: no draw is made, so packets stay as
    they were)."""
    first = generate_text(label, rng, template=_template(label, templates, rng))
    pages_wanted = rng.choice((1, 1, 2, 2, 3, 4, 6)) if label in MULTI_PAGE else 1
    texts = [first.text]
    back = BACK_SIDES.get(label)
    allowed = back is not None and (templates is None or back in templates[label])
    if allowed and first.template != back and rng.random() < BACK_SIDE_SHARE:
        texts.append(generate_text(label, rng, template=back).text)
    for _ in range(pages_wanted - 1):
        if related_share and label in RELATED and rng.random() < related_share:
            texts.append(_related_section(label, first.template, rng, templates))
            continue
        # A continuation page: the body of another document of the kind, without its title or a heading as large
        # as one; its section headings stay, as a form's second sheet opens on its next section.
        more = generate_text(label, rng, template=first.template)
        body = [line for block in more.blocks if not _title_like(block) for line in block_lines(block)]
        if rng.random() < CLOSING_PAGE_SHARE:
            closing = rng.sample(_CLOSING_LINES, rng.randint(2, 5))
            text = "\n".join(body[len(body) - rng.randint(0, min(5, len(body))) :] + closing)
        else:
            text = "\n".join(body[rng.randint(0, max(0, len(body) // 3)) :])
        # Now and then a page the scanner mangled: the decoder must not split the document there.
        texts.append(degrade_text(text, rng, "heavy") if rng.random() < 0.1 else text)
    reference = f"{rng.choice(('ACCT', 'INV', 'CASE', 'MRN', 'REF', ''))}{rng.randint(10_000, 99_999_999)}"
    header = rng.random() < 0.5 and pages_wanted > 1
    counter = rng.random() < 0.45 and pages_wanted > 1
    style = rng.choice(_COUNTER_STYLES)
    heading = first.text.strip().splitlines()[0][:60] if first.text.strip() else ""
    size = scan or rng.choice(_SIZES)
    ocr = scan is not None or rng.random() < 0.3
    cropped = (ocr and not scan) or (scan is not None and rng.random() < CROPPED_SCAN_SHARE)
    pages = []
    for k, text in enumerate(texts, start=1):
        lines = [text]
        if header and k > 1:
            lines.insert(0, f"{heading}  {reference}" if rng.random() < 0.7 else heading)
        if header and k == 1:  # a first page states its reference among its opening lines, not above its title
            opening = text.splitlines()
            at = rng.randint(1, max(1, min(3, len(opening))))
            lines = ["\n".join([*opening[:at], reference, *opening[at:]])]
        if counter:
            lines.append(style.format(k=k, n=len(texts)))
        pages.append(SyntheticPage("\n".join(lines), _photographed(size, rng) if cropped else size, ocr))
        if rng.random() < 0.05:  # the blank back of a sheet scanned on both sides
            pages.append(SyntheticPage("", size, ocr))
    if label in MULTI_PAGE and label != "unknown" and pages_wanted > 1 and rng.random() < ATTACHED_SHARE:
        at = len(pages) if rng.random() < ATTACHED_AT_END else rng.randint(1, len(pages) - 1)
        pages.insert(at, _attached_page(label, reference, (size, ocr), companions, rng, templates=templates))
    return SyntheticDocumentPages(label, tuple(pages))


def _related_section(label: str, template: str, rng: random.Random, templates: Templates | None) -> str:
    """A continuation page of a ``label`` document (drawn from ``template``) whose body reads like a related kind:
    a few last lines of the document's own body, or none, then the body of a related kind's document, without
    its title, from a little way in."""
    own = generate_text(label, rng, template=template)
    lead = [line for block in own.blocks if not _title_like(block) for line in block_lines(block)]
    other = rng.choice(RELATED[label])
    section = generate_text(other, rng, template=_template(other, templates, rng))
    body = [line for block in section.blocks if not _title_like(block) for line in block_lines(block)]
    lines = lead[len(lead) - rng.randint(0, min(_RELATED_LEAD_LINES, len(lead))) :]
    return "\n".join(lines + body[rng.randint(0, len(body) // 3) :])


def _template(label: str, templates: Templates | None, rng: random.Random) -> str | None:
    return rng.choice(templates[label]) if templates is not None else None


def _attached_page(
    label: str,
    reference: str,
    look: tuple[tuple[float, float], bool],
    companions: Sequence[str],
    rng: random.Random,
    *,
    templates: Templates | None,
) -> SyntheticPage:
    """A page of another kind that belongs to the document, a form: its own title and first fields, often its
    own paper (``look``: the document's page size and whether it was OCR'd)."""
    size, ocr = look
    others = [c for c in companions if c not in {label, "unknown"}]
    if not others or rng.random() < ATTACHED_UNKNOWN:
        forms: tuple[str, ...] = _ATTACHED_UNKNOWN_TEMPLATES
        if templates is not None:  # the allowed ones among them, else any allowed unknown template
            forms = tuple(t for t in forms if t in templates["unknown"]) or tuple(templates["unknown"])
        attached = generate_text("unknown", rng, template=rng.choice(forms))
    else:
        other = rng.choice(others)
        attached = generate_text(other, rng, template=_template(other, templates, rng))
    if rng.random() < ATTACHED_UNTITLED:
        lines = [line for block in attached.blocks if not _title_like(block) for line in block_lines(block)]
        lines = lines[rng.randint(0, len(lines) // 3) :]
    else:
        lines = attached.text.splitlines()
    text = "\n".join(lines[: rng.randint(6, 25)])
    if rng.random() < 0.5:  # filled in with the document's reference number
        text = f"{text}\nReference: {reference}"
    if rng.random() < 0.5:
        size = rng.choice([s for s in _SIZES[:4] if s != size])
    return SyntheticPage(text, size, ocr)


def _title_like(block: Block) -> bool:
    return isinstance(block, Heading) and block.level == 1


def _photographed(size: tuple[float, float], rng: random.Random) -> tuple[float, float]:
    """Pages photographed or auto-cropped one by one come out at slightly different sizes."""
    return size[0] * rng.uniform(0.85, 1.15), size[1] * rng.uniform(0.85, 1.15)


def packet(
    labels: list[str], rng: random.Random, templates: Templates | None = None, related_share: float = 0.0
) -> list[SyntheticDocumentPages]:
    """2-8 documents drawn from ``labels`` (one industry's, ``unknown`` included), in random order; ``templates``:
    the only templates their documents are drawn from (every label's, when not given); ``related_share``: as
    for ``document_pages``."""
    scan = rng.choice(_SIZES[:3]) if rng.random() < 0.5 else None
    count = rng.randint(2, 8)
    return [
        document_pages(rng.choice(labels), rng, scan, labels, templates, related_share=related_share)
        for _ in range(count)
    ]
