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
from doc_classifier.taxonomy import UNKNOWN, Taxonomy

# Part of the chain's identity (and so of the cache key): change it whenever the wording changes.
PROMPT_VERSION = "p1"
# For estimating a call's tokens before it is made (no tokenizer offline). Checked once against
# o200k_base (gpt-4o's encoding) on the dev set's 58 prompts: 3.97 characters per token (3.3 to 4.6).
CHARS_PER_TOKEN = 4
MESSAGE_TOKENS = 3  # the chat format's framing of each message, and of the reply

SYSTEM = """You classify business documents. Choose the one category that fits the document best, \
from the list below, by what the document is (its purpose), not by words it merely mentions. \
Answer "unknown" when none of the categories fits. Give your confidence as a probability \
between 0 and 1 and one short sentence of reasoning citing what in the text decided it."""


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
    catalogue = "\n".join(f"- {c.id}: {c.description} Typical signals: {', '.join(c.signals)}." for c in categories)
    hints = ", ".join(f"{a.label} ({a.probability:.0%})" for a in candidates)
    excerpt = text[:max_chars]
    if redact_text:
        excerpt = redact(excerpt)
    system = f"{SYSTEM}\n\nCategories:\n{catalogue}\n- {UNKNOWN}: none of the above."
    user = (
        f"A fast local model's top guesses (hints, often right, sometimes wrong): {hints}.\n\n"
        f"Document text (first {len(excerpt)} characters, personal data may be masked):\n"
        f"<document>\n{excerpt}\n</document>"
    )
    return Prompt(
        messages=[{"role": "system", "content": system}, {"role": "user", "content": user}],
        labels=(*(c.id for c in categories), UNKNOWN),
    )
