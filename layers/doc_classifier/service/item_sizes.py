"""DynamoDB item sizes, counted as DynamoDB counts them, so that the adapters and the in-memory fakes refuse the
same writes before sending them (``cache_entries``: a result-cache item; ``task_results``: a task's result).

DynamoDB's rules ("DynamoDB item sizes and formats", developer guide): an item is the sum of its attribute
names and values; a string is its UTF-8 bytes, a number about one byte per two significant digits plus one.
"""

from __future__ import annotations

# DynamoDB refuses an item over 400 KB (moto from 405,000 bytes): no limit of ours may exceed it.
DYNAMODB_ITEM_MAX_BYTES = 400 * 1024


def text_bytes(*texts: str) -> int:
    """Attribute names and string values: their UTF-8 bytes."""
    return sum(len(text.encode()) for text in texts)


def number_bytes(value: int) -> int:
    """A number counted by all its digits, so never under DynamoDB's count."""
    return (len(str(value)) + 1) // 2 + 1
