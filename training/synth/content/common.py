"""Pieces many templates share: the template type, line items, blanks and signatures."""

from __future__ import annotations

import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from training.synth.context import Ctx
from training.synth.model import DocBuilder, SyntheticDocument

Template = Callable[[random.Random], SyntheticDocument]
TemplateTable = dict[str, list[Template]]

BLANKS = ("", "____________________", "__________", "_______________", "[            ]", ".................")


def start(label: str, ctx: Ctx) -> DocBuilder:
    # The registry overwrites ``template`` with the template function's name.
    return DocBuilder(label, "", ctx.locale)


def value_or_blank(ctx: Ctx, blank: bool, value: str) -> str:
    """A filled value, or the empty line a blank form shows in its place."""
    return ctx.pick(BLANKS) if blank else value


def blank_style(ctx: Ctx) -> str:
    return ctx.pick(BLANKS)


def fill(pairs: Sequence[tuple[str, str]], blank: bool, line: str) -> list[tuple[str, str]]:
    return [(k, line if blank else v) for k, v in pairs]


def signature_lines(ctx: Ctx, who: Sequence[tuple[str, str]], *, dated: bool = True) -> list[str]:
    """Signature blocks: ``who`` is (role, name) pairs."""
    out: list[str] = []
    for role, name in who:
        out.append(ctx.pick(["______________________________", "By: ____________________", "Signature: ____________"]))
        out.append(f"{role}: {name}" if ctx.chance(0.5) else f"{name}, {role}" if name else role)
        if dated:
            out.append(ctx.pick(["Date: ______________", "Dated: __________", "Date:"]))
    return out


@dataclass(frozen=True)
class LineItem:
    description: str
    quantity: float
    unit_price: float

    @property
    def amount(self) -> float:
        return round(self.quantity * self.unit_price, 2)


def line_items(
    ctx: Ctx,
    catalog: Sequence[tuple[str, float, float]],
    low: int,
    high: int,
    *,
    max_qty: int = 10,
    hourly: bool = False,
) -> list[LineItem]:
    """Items drawn from ``catalog`` of (description, min price, max price)."""
    items = []
    for description, lo, hi in ctx.some(catalog, low, high):
        qty: float
        if hourly:
            qty = ctx.pick([0.5, 1, 1.5, 2, 2.5, 3, 4, 5, 6, 7.5, 8, 10, 12, 16, 20, 24, 32, 40])
        else:
            qty = float(ctx.randint(1, max_qty) if ctx.chance(0.7) else 1)
        items.append(LineItem(description, qty, ctx.amount(lo, hi)))
    return items


def qty_text(ctx: Ctx, qty: float) -> str:
    return str(int(qty)) if qty == int(qty) else ctx.num(qty, 1)


def total(items: Sequence[LineItem]) -> float:
    return round(sum(i.amount for i in items), 2)


def percent(ctx: Ctx, rate: float) -> str:
    text = f"{rate:g}"
    return (text.replace(".", ",") if ctx.lang in ("fr", "de", "nl", "es") else text) + ctx.pick(["%", " %"])


def lorem_words(ctx: Ctx, words: Sequence[str], n: int) -> str:
    return " ".join(ctx.pick(words) for _ in range(n))
