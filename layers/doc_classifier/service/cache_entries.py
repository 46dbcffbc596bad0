"""A result-cache entry's size as DynamoDB counts the item that stores it (``cache_key``, ``result`` as JSON,
``expires_at``), so that the DynamoDB adapter and the in-memory fake refuse the same entries.

DynamoDB's rules ("DynamoDB item sizes and formats", developer guide): an item is the sum of its attribute
names and values; a string is its UTF-8 bytes, a number about one byte per two significant digits plus one.
"""

from __future__ import annotations

CACHE_KEY = "cache_key"
RESULT = "result"
EXPIRES_AT = "expires_at"

# DynamoDB refuses an item over 400 KB; the default limit stays under it (moto refuses from 405,000 bytes).
DYNAMODB_ITEM_MAX_BYTES = 400 * 1024
DEFAULT_MAX_ENTRY_BYTES = 400_000


def entry_bytes(key: str, result_json: str, expires_at: int) -> int:
    """The item's size; the number is counted by all its digits, so never under DynamoDB's count."""
    strings = (CACHE_KEY, key, RESULT, result_json, EXPIRES_AT)
    return sum(len(text.encode()) for text in strings) + (len(str(expires_at)) + 1) // 2 + 1
