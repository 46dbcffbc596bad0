"""Content negotiation from an ``Accept`` header (RFC 9110 section 12.5.1), for routes with two renderings."""

from __future__ import annotations


def quality(accept: str, media_type: str) -> float:
    """The q-value ``accept`` gives ``media_type``: from its most specific matching range, 0 when none matches.

    A malformed range or q-value is skipped rather than guessed at.
    """
    kind = media_type.split("/", 1)[0]
    best: tuple[int, float] = (-1, 0.0)  # (specificity, q)
    for item in accept.split(","):
        media_range, *params = (piece.strip() for piece in item.split(";"))
        q = 1.0
        for param in params:
            name, _, value = param.partition("=")
            if name.strip().lower() == "q":
                try:
                    q = float(value)
                except ValueError:
                    q = -1.0
        if not 0.0 <= q <= 1.0:
            continue
        media_range = media_range.lower()
        specificity = {media_type: 2, f"{kind}/*": 1, "*/*": 0}.get(media_range, -1)
        if specificity > best[0]:
            best = (specificity, q)
    return best[1]


def prefers(accept: str, candidate: str, default: str) -> bool:
    """Whether ``candidate`` should be served instead of ``default``: strictly preferred by the client."""
    wanted = quality(accept, candidate)
    return wanted > 0 and wanted > quality(accept, default)
