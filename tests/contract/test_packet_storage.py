"""What packets add to storage, on the in-memory fakes and DynamoDB on moto alike: the task's split mode, and
a 100-page result (the worker's default page cap) in one task item and one cache item, under DynamoDB's 400 KB."""

from __future__ import annotations

import json
import random
from dataclasses import replace

import pytest
from doc_classifier.classifier import default_classifier
from doc_classifier.packets import SplitMode
from doc_classifier.service.aws.dynamodb import DynamoTaskStore
from doc_classifier.service.tasks import TaskStatus

from tests.contract.conftest import Backend, MotoAws
from tests.contract.test_task_store_contract import T0, new_task
from tests.unit.extraction.builders import text_pdf
from training.synth.corpus import generate_text

DYNAMODB_ITEM_LIMIT = 400 * 1024
LABELS = ("invoice", "receipt", "pay_stub", "bank_statement", "tax_form", "utility_bill", "loan_application")


@pytest.mark.parametrize("mode", list(SplitMode))
def test_the_split_mode_is_stored_with_the_task(backend: Backend, mode: SplitMode) -> None:
    backend.tasks.create(replace(new_task(), split=mode))
    stored = backend.tasks.get("t1")
    claimed = backend.tasks.claim("t1", T0 + 1)
    assert stored is not None and claimed is not None
    assert stored.split is mode and claimed.split is mode


def test_a_task_stored_before_packets_reads_as_split_none(moto_aws: MotoAws) -> None:
    moto_aws.wipe()
    table = moto_aws.env["TASKS_TABLE_NAME"]
    store = DynamoTaskStore(moto_aws.clients["dynamodb"], table)
    store.create(new_task())
    moto_aws.clients["dynamodb"].update_item(
        TableName=table,
        Key={"task_id": {"S": "t1"}},
        UpdateExpression="REMOVE #s",
        ExpressionAttributeNames={"#s": "split"},
    )
    task = store.get("t1")
    assert task is not None and task.split is SplitMode.NONE


@pytest.fixture(scope="module")
def hundred_page_result() -> dict[str, object]:
    """The largest result the default cap allows: 100 pages of real synthetic text, read per page, so every page is
    a document with its own reasoning."""
    rng = random.Random(100)
    pages = [generate_text(LABELS[n % len(LABELS)], rng).text.splitlines()[:40] for n in range(100)]
    packet = default_classifier().classify_packet(text_pdf(pages), "finance", SplitMode.PER_PAGE)
    result = packet.to_dict()
    assert len(result["documents"]) == 100 and len(result["pages"]) == 100  # type: ignore[arg-type]
    return result


def test_a_hundred_page_result_fits_one_task_item_and_one_cache_item(
    backend: Backend, hundred_page_result: dict[str, object]
) -> None:
    size = len(json.dumps(hundred_page_result).encode())
    assert size < DYNAMODB_ITEM_LIMIT / 4, f"{size} bytes leaves too little room under DynamoDB's item limit"
    backend.tasks.create(replace(new_task(), split=SplitMode.PER_PAGE))
    backend.tasks.claim("t1", T0 + 1)
    assert backend.tasks.complete("t1", hundred_page_result, 30.0, False, T0 + 2)
    task = backend.tasks.get("t1")
    assert task is not None and task.status is TaskStatus.COMPLETED and task.result == hundred_page_result
    backend.cache.put("key", hundred_page_result, int(T0) + 60)
    assert backend.cache.get("key", T0) == hundred_page_result
