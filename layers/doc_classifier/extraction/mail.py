"""E-mail (RFC 822 / .eml): headers, body and the text of attached documents.

Named ``mail`` so that it cannot shadow the standard library's ``email``.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from doc_classifier.errors import DocumentError, ProcessingTimeout
from doc_classifier.extraction.context import Content, Job
from doc_classifier.extraction.text import decode_text, html_to_text

if TYPE_CHECKING:
    from email.message import EmailMessage, Message

log = logging.getLogger(__name__)

MAX_NESTING = 2  # an attached e-mail's own attachments are read, one level further is not
_HEADERS = (("Subject", "subject"), ("From", "from"), ("To", "to"), ("Cc", "cc"), ("Date", "date"))

# Reads an attachment as a document of its own: (detected media type, content).
ReadNested = Callable[[bytes, Job], tuple[str, Content]]


def extract_email(data: bytes, job: Job, read_nested: ReadNested) -> Content:
    cover, attachments = split_email(data, job)
    sections = [cover]
    for attachment in attachments:
        if attachment.data is None or job.depth >= MAX_NESTING:
            continue
        text = _attachment_text(attachment, job, read_nested)
        if text.strip():
            sections.append(f"Attachment: {attachment.name}\n{text}")
    names = [attachment.name for attachment in attachments]
    return Content("\n\n".join(section for section in sections if section.strip()), attachments=names)


@dataclass(frozen=True)
class Attachment:
    name: str
    data: bytes | None  # None: past ``max_attachments`` or undecodable, so not to be read


def split_email(data: bytes, job: Job) -> tuple[str, list[Attachment]]:
    """The e-mail's own text (headers and body) and its attachments, every one listed by name."""
    import email  # noqa: PLC0415
    from email import policy  # noqa: PLC0415

    message = email.message_from_bytes(data, policy=policy.default)
    lines = [f"{label}: {value}" for label, name in _HEADERS if (value := _header(message, name))]
    body, body_text = _body(message)
    cover = "\n\n".join(section for section in ("\n".join(lines), body_text) if section.strip())
    attachments: list[Attachment] = []
    for part in _attachment_parts(message, body):
        name = _attachment_name(part, len(attachments) + 1)
        if len(attachments) >= job.limits.max_attachments:
            job.warn(f"text of attachments after the first {job.limits.max_attachments} was not read")
            attachments.append(Attachment(name, None))
            continue
        try:
            payload: bytes | None = _attachment_bytes(part)
        except Exception:  # a malformed MIME part must not cost the rest of the e-mail
            job.warn(f"attachment {job.quote(name)} not read: undecodable MIME part")
            payload = None
        attachments.append(Attachment(name, payload or None))
    return cover, attachments


def _header(message: EmailMessage, name: str) -> str:
    try:
        return str(message.get(name, "")).strip()
    except Exception:  # the header parser has known crashes on malformed values
        log.warning("unparseable %s header in e-mail", name)
        return ""


def _body(message: EmailMessage) -> tuple[Message | None, str]:
    """The body part and its text: plain text preferred, HTML when the plain part is missing or empty."""
    for preference in ("plain", "html"):
        part = message.get_body(preferencelist=(preference,))
        if part is not None:
            text = _part_text(part)
            if text.strip():
                return part, text
    return None, ""


def _part_text(part: Message) -> str:
    try:
        content = part.get_content()  # type: ignore[attr-defined]
    except (LookupError, ValueError, AssertionError):  # unknown charset, broken transfer encoding
        payload = part.get_payload(decode=True)
        content = decode_text(payload) if isinstance(payload, bytes) else ""
    if not isinstance(content, str):
        return ""
    return html_to_text(content) if part.get_content_type() == "text/html" else content


def _attachment_parts(message: Message, body: Message | None) -> Iterator[Message]:
    """Leaf parts that are attachments (not the body, not inline images); attached e-mails whole."""
    for part in _leaves(message, root=message):
        if part is body or part.get_content_disposition() == "inline":
            continue
        if (
            part.get_content_disposition() == "attachment"
            or part.get_filename()
            or part.get_content_type() == "message/rfc822"
        ):
            yield part


def _leaves(part: Message, root: Message) -> Iterator[Message]:
    if part.get_content_type() == "message/rfc822" and part is not root:
        yield part
    elif part.is_multipart():
        for sub in part.get_payload():
            if not isinstance(sub, str):
                yield from _leaves(sub, root)
    else:
        yield part


def _attachment_name(part: Message, number: int) -> str:
    try:
        name = part.get_filename()
    except Exception:  # malformed RFC 2231 parameters
        name = None
    return name or f"attachment-{number} ({part.get_content_type()})"


def _attachment_text(attachment: Attachment, job: Job, read_nested: ReadNested) -> str:
    assert attachment.data is not None
    name = attachment.name
    nested = Job(job.limits, job.deadline, depth=job.depth + 1)
    try:
        _, content = read_nested(attachment.data, nested)
    except ProcessingTimeout:
        raise
    except DocumentError as exc:
        job.warn(f"attachment {job.quote(name)} not read: {exc.code}")
        return ""
    finally:
        job.ocr_pages += nested.ocr_pages
        job.ocr_seconds += nested.ocr_seconds
    for warning in nested.warnings:
        job.warn(f"attachment {job.quote(name)}: {warning}")
    return content.text


def _attachment_bytes(part: Message) -> bytes:
    if part.get_content_type() == "message/rfc822":
        from email.message import Message  # noqa: PLC0415

        inner = part.get_payload()
        message = inner[0] if isinstance(inner, list) and inner else None
        return message.as_bytes() if isinstance(message, Message) else b""
    payload = part.get_payload(decode=True)
    return payload if isinstance(payload, bytes) else b""
