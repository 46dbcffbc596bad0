"""What the LLM tier would be sent and what it would cost, measured offline on a labelled folder.

From the local model's answers in an evaluation (``evaluate(..., prompts=settings)``), for a rule (the
configured one, then a grid of thresholds): how many documents the chain would escalate, and how many of
the local model's errors are among them; then what the escalated prompts cost at each tier's prices.

No model is asked, so nothing here says what an LLM would answer: whether it would fix an escalated error,
how long its answer is, or how often the cheap tier hands a document on to the strong one. Each tier is
therefore priced as if it received every escalated document (for a later tier, an upper bound), with the
answer's length both assumed (``ANSWER_TOKENS``) and at the configured cap (``max_output_tokens``).
Prompt tokens are estimated from characters (``Prompt.estimated_tokens``): tiktoken fetches its BPE files
from the network, and neither ``openai`` nor anything installed ships them.
"""

from __future__ import annotations

from typing import Any, TextIO

from doc_classifier.config import environment
from doc_classifier.evaluation import EvalCase
from doc_classifier.llm.prompt import CHARS_PER_TOKEN
from doc_classifier.llm.routing import escalation_reason
from doc_classifier.llm.settings import LlmSettings, Rule

SWEEP_ESCALATE_BELOW = (0.5, 0.6, 0.7, 0.8, 0.9)
SWEEP_UNKNOWN_BELOW = (0.5, 0.7, 0.8, 0.9, 0.95)
# A structured answer: label, confidence and one short sentence of reasoning (an assumption, not a measurement).
ANSWER_TOKENS = 50
TOKEN_NOTE = (
    f"prompt tokens are estimated at {CHARS_PER_TOKEN} characters per token (messages and answer schema); "
    "no tokenizer data is available offline"
)


def priced_settings(environ: dict[str, str] | None = None) -> tuple[LlmSettings, str]:
    """The configured LLM settings, or (nothing configured) the tiers ``OPENAI_API_KEY`` alone would give."""
    env = dict(environment(environ))
    settings = LlmSettings.from_env(env)
    if settings.configured:
        return settings, "configured"
    # Only the default providers' models and prices are read: no call is made, so no real key is needed.
    return LlmSettings.from_env({**env, "OPENAI_API_KEY": "not-used"}), "default"


def routing_report(cases: list[EvalCase], settings: LlmSettings, source: str) -> dict[str, Any]:
    # An unreadable document is an error to the caller, never escalated: it is left out.
    scored = [c for c in cases if c.error is None]
    if any(c.prompt_tokens is None for c in scored):
        raise ValueError("routing needs the prompt of every case: evaluate(..., prompts=settings)")
    errors = [c for c in scored if c.predicted != c.label]
    rule = settings.escalate
    escalated = _escalated(scored, rule)
    sweep = [
        _shares(scored, errors, _escalated(scored, Rule(escalate_below=conf, unknown_below=unknown)))
        | {"escalate_below": conf, "unknown_below": unknown}
        for conf in SWEEP_ESCALATE_BELOW
        for unknown in SWEEP_UNKNOWN_BELOW
    ]
    return {
        "documents": len(scored),
        "local_errors": len(errors),
        "rule": {
            "source": source,
            "escalate_below": rule.escalate_below,
            "unknown_below": rule.unknown_below,
            # What each override amounts to: a threshold it leaves unset is the rule's own.
            "industries": {name: rule.for_industry(name).model_dump() for name in rule.industries},
        },
        **_shares(scored, errors, escalated),
        "errors_not_escalated": [f"{c.file}: {c.predicted} ({c.confidence:.2f})" for c in errors if c not in escalated],
        "sweep": sweep,
        "tokens": {
            "note": TOKEN_NOTE,
            "prompt_mean": _mean([_tokens(c) for c in scored]),
            "prompt_mean_escalated": _mean([_tokens(c) for c in escalated]),
            "prompt_max": max((_tokens(c) for c in scored), default=0),
            "answer_assumed": ANSWER_TOKENS,
            "answer_cap": settings.max_output_tokens,
        },
        "cost_usd_per_1000_documents": _costs(scored, escalated, settings),
    }


def _tokens(case: EvalCase) -> int:
    assert case.prompt_tokens is not None  # checked by routing_report
    return case.prompt_tokens


def _escalated(cases: list[EvalCase], rule: Rule) -> list[EvalCase]:
    return [c for c in cases if escalation_reason(rule, c.industry, c.predicted, c.confidence) != "none"]


def _shares(cases: list[EvalCase], errors: list[EvalCase], escalated: list[EvalCase]) -> dict[str, Any]:
    caught = [c for c in errors if c in escalated]
    return {
        "escalated": len(escalated),
        "escalated_share": round(len(escalated) / len(cases), 4) if cases else 0.0,
        "errors_escalated": len(caught),
        "errors_escalated_share": round(len(caught) / len(errors), 4) if errors else 0.0,
    }


def _mean(values: list[int]) -> float:
    return round(sum(values) / len(values), 1) if values else 0.0


def _costs(cases: list[EvalCase], escalated: list[EvalCase], settings: LlmSettings) -> list[dict[str, Any]]:
    per_1000 = 1000 / len(cases) if cases else 0.0

    def priced(sent: list[EvalCase], answer_tokens: int, price_in: float, price_out: float) -> float:
        usd = sum(_tokens(c) * price_in + answer_tokens * price_out for c in sent) / 1e6
        return round(usd * per_1000, 4)

    rows = []
    for tier in settings.tiers:
        for name in tier.providers:
            provider = settings.provider(name)
            prices = (provider.input_usd_per_mtok, provider.output_usd_per_mtok)
            rows.append(
                {
                    "tier": tier.name,
                    "provider": provider.label,
                    "input_usd_per_mtok": prices[0],
                    "output_usd_per_mtok": prices[1],
                    "escalated": priced(escalated, ANSWER_TOKENS, *prices),
                    "escalated_answer_at_cap": priced(escalated, settings.max_output_tokens, *prices),
                    "every_document": priced(cases, ANSWER_TOKENS, *prices),
                }
            )
    return rows


def print_routing(report: dict[str, Any], out: TextIO) -> None:
    rule = report["rule"]
    overrides = "".join(
        f"; {industry}: {t['escalate_below']}, {t['unknown_below']}" for industry, t in rule["industries"].items()
    )
    out.write(
        f"\nrouting to the LLM tier ({rule['source']} rule: escalate below {rule['escalate_below']}, "
        f"unknown below {rule['unknown_below']}{overrides})\n"
    )
    out.write(
        f"  escalated {report['escalated']}/{report['documents']} ({report['escalated_share']:.1%}); "
        f"local errors escalated {report['errors_escalated']}/{report['local_errors']} "
        f"({report['errors_escalated_share']:.0%})\n"
    )
    for missed in report["errors_not_escalated"]:
        out.write(f"  error not escalated: {missed}\n")
    out.write("\nsweep: documents escalated / local errors escalated\n")
    corner = "conf< | unknown<"
    out.write(f"  {corner:<20}" + "".join(f"{u:>14}" for u in SWEEP_UNKNOWN_BELOW) + "\n")
    for conf in SWEEP_ESCALATE_BELOW:
        cells = [s for s in report["sweep"] if s["escalate_below"] == conf]
        row = "".join(f"{s['escalated_share']:>7.0%} /{s['errors_escalated_share']:>5.0%}" for s in cells)
        out.write(f"  {conf:<20}{row}\n")
    tokens = report["tokens"]
    out.write(
        "\ncost in USD per 1,000 documents, each tier priced as if it received every escalated document\n"
        f"  prompt: {tokens['prompt_mean_escalated']:.0f} tokens per escalated document on average, "
        f"{tokens['prompt_mean']:.0f} per document ({tokens['note']})\n"
        f"  answer: {tokens['answer_assumed']} tokens assumed, at most {tokens['answer_cap']} (max_output_tokens)\n"
    )
    columns = ("$/Mtok in/out", "escalated", "(answer cap)", "every doc")
    out.write(f"  {'tier':<10} {'provider':<32} {columns[0]:>14} {columns[1]:>10} {columns[2]:>13} {columns[3]:>10}\n")
    for row in report["cost_usd_per_1000_documents"]:
        prices = f"{row['input_usd_per_mtok']:g}/{row['output_usd_per_mtok']:g}"
        out.write(
            f"  {row['tier']:<10} {row['provider']:<32} {prices:>14} {row['escalated']:>10.3f} "
            f"{row['escalated_answer_at_cap']:>13.3f} {row['every_document']:>10.3f}\n"
        )
