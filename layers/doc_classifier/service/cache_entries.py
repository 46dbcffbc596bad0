"""A result-cache entry's size as DynamoDB counts the item that stores it (``cache_key``, ``result`` as JSON,
``expires_at``; rules in ``item_sizes``), so that the DynamoDB adapter and the in-memory fake refuse the same
entries."""

from __future__ import annotations

from doc_classifier.service.item_sizes import number_bytes, text_bytes

CACHE_KEY = "cache_key"
RESULT = "result"
EXPIRES_AT = "expires_at"

# The default limit stays under DynamoDB's 400 KB (item_sizes.DYNAMODB_ITEM_MAX_BYTES).
DEFAULT_MAX_ENTRY_BYTES = 400_000


def entry_bytes(key: str, result_json: str, expires_at: int) -> int:
    """The item's size, never under DynamoDB's count."""
    return text_bytes(CACHE_KEY, key, RESULT, result_json, EXPIRES_AT) + number_bytes(expires_at)
