"""HTML pages, plain text files and e-mails (.eml) carrying the document as their body."""

from __future__ import annotations

import datetime as dt
import random
from email import policy
from email.message import EmailMessage
from email.utils import format_datetime
from html import escape

from training.synth.model import Fields, Heading, Lines, Rule, SyntheticDocument, block_lines, field_text
from training.synth.model import Paragraph as TextParagraph
from training.synth.model import Table as TextTable

CSS = [
    "body{font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#222;max-width:820px;margin:24px "
    "auto}table{border-collapse:collapse;width:100%}td,th{border:1px solid #ccc;padding:4px "
    "6px}th{background:#f0f0f0}",
    "body{font-family:Georgia,serif;font-size:15px;margin:40px}table{width:100%}th{text-align:left;border-bottom:2px "
    "solid #333}td{padding:3px}",
    "body{font-family:'Segoe UI',Roboto,sans-serif;background:#f7f7f9}"
    "main{background:#fff;padding:28px;max-width:760px;margin:auto}td,th{padding:6px;border-bottom:1px solid #eee}",
    "body{font:13px/1.4 Verdana,sans-serif}h1{font-size:20px}table{border:1px solid #999}",
]


def _html_block(block: object, fields_as_table: bool) -> str:
    match block:
        case Heading():
            level = min(max(block.level, 1), 4) + 1
            return f'<h{level} style="text-align:{block.align}">{escape(block.text)}</h{level}>'
        case TextParagraph():
            style = f"text-align:{block.align}" + (";font-size:11px;color:#666" if block.small else "")
            return f'<p style="{style}">{escape(block.text)}</p>'
        case Lines():
            inner = "<br>".join(escape(x) for x in block.lines)
            if block.mono:
                return f"<pre>{inner.replace('<br>', chr(10))}</pre>"
            return f'<p style="text-align:{block.align}">{"<b>" + inner + "</b>" if block.bold else inner}</p>'
        case Fields():
            if fields_as_table:
                rows = "".join(f"<tr><th>{escape(k)}</th><td>{escape(v)}</td></tr>" for k, v in block.pairs)
                return f"<table>{rows}</table>"
            return "<dl>" + "".join(f"<dt>{escape(k)}</dt><dd>{escape(v)}</dd>" for k, v in block.pairs) + "</dl>"
        case TextTable():
            head = "<tr>" + "".join(f"<th>{escape(h)}</th>" for h in block.header) + "</tr>" if block.header else ""
            body = "".join("<tr>" + "".join(f"<td>{escape(c)}</td>" for c in row) + "</tr>" for row in block.rows)
            return f"<table>{head}{body}</table>"
        case Rule():
            return "<hr>"
    return ""


def render_html(doc: SyntheticDocument, rng: random.Random) -> bytes:
    fields_as_table = rng.random() < 0.5
    parts = [_html_block(b, fields_as_table) for b in doc.blocks]
    title = escape(doc.title) if doc.title else ""
    head_title = title or escape(rng.choice(["Document", "Print view", "Online view", "View", "Untitled", "Preview"]))
    wrap = rng.random() < 0.5
    body = (f"<h1>{title}</h1>" if title else "") + "\n".join(parts)
    if wrap:
        body = f"<main>{body}</main>"
    html = (
        f'<!DOCTYPE html>\n<html lang="{doc.locale.split("_")[0]}"><head><meta charset="utf-8">'
        f"<title>{head_title}</title><style>{rng.choice(CSS)}</style></head>\n<body>\n{body}\n</body></html>\n"
    )
    return html.encode("utf-8")


def plain_text(doc: SyntheticDocument, rng: random.Random) -> str:
    """Text as a person would type or a converter would save it: tables with aligned columns."""
    aligned = rng.random() < 0.6
    out: list[str] = [doc.title, ""] if doc.title else []
    for block in doc.blocks:
        if isinstance(block, TextTable) and aligned:
            rows = ([list(block.header)] if block.header else []) + [list(r) for r in block.rows]
            if rows:
                n = max(len(r) for r in rows)
                widths = [min(40, max((len(r[i]) if i < len(r) else 0) for r in rows)) for i in range(n)]
                for row in rows:
                    out.append("  ".join(c.ljust(w) for c, w in zip(row, widths, strict=False)).rstrip())
        elif isinstance(block, Fields):
            sep = block.sep if "\n" not in block.sep else ": "
            out.extend(field_text(k, v, sep) for k, v in block.pairs)
        elif isinstance(block, Heading):
            out += ["", block.text.upper() if rng.random() < 0.3 else block.text]
        elif isinstance(block, Rule):
            out.append("-" * rng.randint(20, 60))
        else:
            out.extend(block_lines(block))
    return "\n".join(out).strip() + "\n"


def render_txt(doc: SyntheticDocument, rng: random.Random) -> bytes:
    return plain_text(doc, rng).encode("utf-8")


SUBJECT_PREFIX = ["", "", "Fwd: ", "FW: ", "Re: ", "TR: ", "WG: "]
GENERIC_SUBJECTS = [
    "Document attached",
    "As discussed",
    "Please see below",
    "Scan",
    "For your records",
    "Copy for you",
    "Information",
    "Follow-up",
]


def render_eml(doc: SyntheticDocument, rng: random.Random, sender: str, recipient: str) -> bytes:
    msg = EmailMessage()
    first_line = next((line for line in doc.text.splitlines() if line.strip()), "")
    subject = rng.choice([doc.title or first_line, first_line, rng.choice(GENERIC_SUBJECTS)])[:90]
    msg["Subject"] = rng.choice(SUBJECT_PREFIX) + subject
    msg["From"] = sender
    msg["To"] = recipient
    sent = dt.datetime(2019, 1, 1, tzinfo=dt.UTC) + dt.timedelta(seconds=rng.randint(0, 6 * 365 * 86400))
    msg["Date"] = format_datetime(sent)
    msg["Message-ID"] = (
        f"<{rng.getrandbits(64):016x}.{rng.getrandbits(32):08x}@{sender.rsplit('@', maxsplit=1)[-1].rstrip('>')}>"
    )
    msg["MIME-Version"] = "1.0"
    intro = rng.choice(["", "", "Hello,\n\nPlease find the details below.\n\n", "Hi,\n\n", "Dear customer,\n\n"])
    msg.set_content(intro + plain_text(doc, rng))
    if rng.random() < 0.5:
        msg.add_alternative(render_html(doc, rng).decode("utf-8"), subtype="html")
        # The email package draws a random MIME boundary; fix it so output is reproducible.
        msg.set_boundary(f"=_{rng.getrandbits(64):016x}")
    return msg.as_bytes(policy=policy.SMTP)
