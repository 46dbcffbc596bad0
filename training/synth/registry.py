"""Which templates produce which label. Adding a category is adding a content module entry here."""

from __future__ import annotations

import random
from dataclasses import replace

from training.synth.content import (
    bank_statement,
    clinical,
    contract,
    court_filing,
    identity,
    insurance_claim,
    invoice,
    lab_report,
    lease,
    loan_application,
    other_everyday,
    other_near_miss,
    other_office,
    pay_stub,
    power_of_attorney,
    prescription,
    receipt,
    tax_form,
    utility_bill,
)
from training.synth.content.common import Template, TemplateTable
from training.synth.model import SyntheticDocument

UNKNOWN = "unknown"
CONTENT_MODULES = (
    # finance
    invoice,
    receipt,
    bank_statement,
    pay_stub,
    tax_form,
    utility_bill,
    loan_application,
    identity,
    # legal
    contract,
    lease,
    power_of_attorney,
    court_filing,
    # healthcare
    clinical,
    lab_report,
    prescription,
    insurance_claim,
    # negatives
    other_office,
    other_everyday,
    other_near_miss,
)


def _merge(tables: list[TemplateTable]) -> dict[str, tuple[Template, ...]]:
    merged: dict[str, list[Template]] = {}
    for table in tables:
        for label, templates in table.items():
            merged.setdefault(label, []).extend(templates)
    return {label: tuple(templates) for label, templates in merged.items()}


TEMPLATES: dict[str, tuple[Template, ...]] = _merge([m.TEMPLATES for m in CONTENT_MODULES])
LABELS: tuple[str, ...] = (*tuple(sorted(label for label in TEMPLATES if label != UNKNOWN)), UNKNOWN)


def template_names(label: str) -> list[str]:
    return [t.__name__ for t in TEMPLATES[label]]


def build(label: str, rng: random.Random, template: str | None = None) -> SyntheticDocument:
    """A clean document of ``label`` from a random (or the named) template."""
    try:
        options = TEMPLATES[label]
    except KeyError:
        raise ValueError(f"no templates for label {label!r}; known: {', '.join(LABELS)}") from None
    if template is None:
        chosen = options[rng.randrange(len(options))]
    else:
        found = [t for t in options if t.__name__ == template]
        if not found:
            raise ValueError(f"label {label!r} has no template {template!r}")
        chosen = found[0]
    return replace(chosen(rng), label=label, template=chosen.__name__)
