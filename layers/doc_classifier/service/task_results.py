"""How large a task's result may be: the ``result`` attribute of its DynamoDB item, counted as DynamoDB counts it
(``item_sizes``), so that the DynamoDB adapter and the in-memory fake refuse the same results.

Measured (see README, "Result size"): a 100-page packet's result is about 30 KB (per page: an entry and,
split per page, a document with its reasoning); LLM call records and warnings add a few KB, warnings being
bounded in number and in the length of the names they quote (``ExtractionLimits.max_warnings``,
``max_name_chars``). So a result over the limit fails its task (``ResultTooLarge``) rather than being
stored elsewhere: a clear, final answer, where a write DynamoDB refuses would be retried into the DLQ.
"""

from __future__ import annotations

import json
from typing import Any

from doc_classifier.service.errors import ResultTooLarge
from doc_classifier.service.item_sizes import DYNAMODB_ITEM_MAX_BYTES, text_bytes

RESULT = "result"

# Everything else in a task's item: ids, status, timestamps, review entry and feedback (about 2 KB) and the
# history, a note of about 80 bytes per claim and continuation step (tens of them). This reserve keeps the item
# under DynamoDB's limit whatever the result, so no later write to it (feedback, review) can be refused either.
TASK_ITEM_RESERVE_BYTES = 16 * 1024
MAX_RESULT_BYTES_CEILING = DYNAMODB_ITEM_MAX_BYTES - TASK_ITEM_RESERVE_BYTES
DEFAULT_MAX_RESULT_BYTES = 380_000


def result_bytes(result_json: str) -> int:
    return text_bytes(RESULT, result_json)


def stored_result(result: dict[str, Any], max_bytes: int) -> str:
    """The result's JSON as a task stores it; ResultTooLarge when its attribute is over ``max_bytes``."""
    result_json = json.dumps(result)
    size = result_bytes(result_json)
    if size > max_bytes:
        largest = max(result, key=lambda name: len(json.dumps(result[name])), default="")
        raise ResultTooLarge(
            f"the result is {size} bytes, over the {max_bytes} bytes a task stores (TASK_RESULT_MAX_BYTES); "
            f"its largest part is {largest!r}"
        )
    return result_json
