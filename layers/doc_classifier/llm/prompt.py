"""What the model is asked: the industry's categories with their descriptions and signals, the local
model's candidates as hints, and the start of the extracted text (redacted), never the file itself."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from typing import Any, Literal

from pydantic import BaseModel, Field, create_model

from doc_classifier.llm.redaction import redact
from doc_classifier.result import Alternative
from doc_classifier.taxonomy import UNKNOWN, Category, Taxonomy

# Part of the chain's identity (and so of the cache key): change it whenever the wording changes.
PROMPT_VERSION = "p1"
PAGE_PROMPT_VERSION = "pp1"  # a packet's page (``build_page_prompt``)
# For estimating a call's tokens before it is made (no tokenizer offline). Checked once against
# o200k_base (gpt-4o's encoding) on the dev set's 58 prompts: 3.97 characters per token (3.3 to 4.6).
CHARS_PER_TOKEN = 4
MESSAGE_TOKENS = 3  # the chat format's framing of each message, and of the reply

SYSTEM = """You classify business documents. Choose the one category that fits the document best, \
from the list below, by what the document is (its purpose), not by words it merely mentions. \
Answer "unknown" when none of the categories fits. Give your confidence as a probability \
between 0 and 1 and one short sentence of reasoning citing what in the text decided it."""

PAGE_SYSTEM = """The text is one page of a packet: one file holding several documents one after another. \
Classify the document this page belongs to. The neighbouring pages are context: a page that continues \
the previous page's document (a running header, a page counter, the same account or case) is part of it, \
but a neighbour may also be a different document."""


@dataclass(frozen=True)
class Prompt:
    messages: list[dict[str, str]]
    labels: tuple[str, ...]  # the only acceptable answers: the industry's categories plus unknown

    @property
    def estimated_tokens(self) -> int:
        """Input tokens as billed: the messages, the answer schema sent with them, and the chat framing."""
        chars = sum(len(m["content"]) for m in self.messages) + _schema_chars(self.labels)
        return chars // CHARS_PER_TOKEN + MESSAGE_TOKENS * (len(self.messages) + 1)


class Answer(BaseModel):
    file_class: str
    confidence: float = Field(ge=0, le=1)
    reasoning: str


@cache
def answer_model(labels: tuple[str, ...]) -> type[Answer]:
    """The structured-output schema for one label set: ``file_class`` is an enum of exactly these labels."""
    label_type: Any = Literal[labels]
    return create_model("DocumentClass", __base__=Answer, file_class=(label_type, ...))


@cache
def _schema_chars(labels: tuple[str, ...]) -> int:
    return len(json.dumps(answer_model(labels).model_json_schema()))


@dataclass(frozen=True)
class Neighbour:
    """A page next to the one asked about, as context: its number, its text and what the local model read."""

    page: int
    text: str
    hint: str  # e.g. "bank_statement (85%)"


def build_prompt(
    taxonomy: Taxonomy,
    industry: str,
    candidates: list[Alternative],
    text: str,
    *,
    max_chars: int,
    redact_text: bool,
) -> Prompt:
    categories = taxonomy.industry(industry).categories
    excerpt = _excerpt(text, max_chars, redact_text)
    user = (
        f"{_hints(candidates)}\n\n"
        f"Document text (first {len(excerpt)} characters, personal data may be masked):\n"
        f"<document>\n{excerpt}\n</document>"
    )
    return _prompt(SYSTEM, categories, user)


def build_page_prompt(
    taxonomy: Taxonomy,
    industry: str,
    labels: tuple[str, ...],
    candidates: list[Alternative],
    text: str,
    *,
    page: int,
    pages: int,
    before: Neighbour | None,
    after: Neighbour | None,
    max_chars: int,
    neighbour_chars: int,
    redact_text: bool,
) -> Prompt:
    """Page ``page`` of ``pages``, with the start of the previous and next pages that have text.

    Only ``labels`` (those the page model scores) may be answered: the answer replaces the page's distribution."""
    categories = tuple(c for c in taxonomy.industry(industry).categories if c.id in labels)
    excerpt = _excerpt(text, max_chars, redact_text)
    parts = [f"This is page {page} of {pages} of a packet.", _hints(candidates)]
    if before is not None:
        parts.append(_neighbour("previous", before, neighbour_chars, redact_text))
    parts.append(
        f"Page {page} text (first {len(excerpt)} characters, personal data may be masked):\n<page>\n{excerpt}\n</page>"
    )
    if after is not None:
        parts.append(_neighbour("next", after, neighbour_chars, redact_text))
    return _prompt(f"{SYSTEM}\n\n{PAGE_SYSTEM}", categories, "\n\n".join(parts))


def _prompt(instructions: str, categories: tuple[Category, ...], user: str) -> Prompt:
    catalogue = "\n".join(f"- {c.id}: {c.description} Typical signals: {', '.join(c.signals)}." for c in categories)
    system = f"{instructions}\n\nCategories:\n{catalogue}\n- {UNKNOWN}: none of the above."
    return Prompt(
        messages=[{"role": "system", "content": system}, {"role": "user", "content": user}],
        labels=(*(c.id for c in categories), UNKNOWN),
    )


def _hints(candidates: list[Alternative]) -> str:
    hints = ", ".join(f"{a.label} ({a.probability:.0%})" for a in candidates)
    return f"A fast local model's top guesses (hints, often right, sometimes wrong): {hints}."


def _excerpt(text: str, max_chars: int, redact_text: bool) -> str:
    excerpt = text[:max_chars]
    return redact(excerpt) if redact_text else excerpt


def _neighbour(which: str, neighbour: Neighbour, max_chars: int, redact_text: bool) -> str:
    excerpt = _excerpt(neighbour.text, max_chars, redact_text)
    return (
        f"The {which} page with text, page {neighbour.page} (the local model read it as {neighbour.hint}), "
        f"first {len(excerpt)} characters:\n<{which}_page>\n{excerpt}\n</{which}_page>"
    )
