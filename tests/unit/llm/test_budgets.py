"""Time budget, daily spend cap and cost accounting."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import boto3
import pytest
from doc_classifier.llm.budget import worker_budget
from doc_classifier.llm.spend import DynamoSpendGuard, MemorySpendGuard, utc_day
from doc_classifier.service.memory import (
    MemoryBlobStore,
    MemoryResultCache,
    MemoryStatsStore,
    MemoryTaskStore,
    MemoryWorkQueue,
)
from doc_classifier.service.settings import ServiceSettings
from doc_classifier.service.task_service import TaskService
from doc_classifier.taxonomy import load_taxonomy
from moto import mock_aws

from tests.support.fake_openai import FakeOpenAI, Fault
from tests.unit.llm.conftest import ChainFactory, ScriptedLocal, provider, two_tiers

DOCUMENT = b"Pay period 1-31 May. Gross pay 3000. Net pay 2200. Deductions."
NOON = 1_790_000_000.0  # 2026-09-21 (UTC), mid-day
TABLE = "doc-classifier-cache"


@pytest.fixture(autouse=True)
def _unsure(local: ScriptedLocal) -> None:
    local.label, local.confidence = "pay_stub", 0.5


def one_tier(fake: FakeOpenAI, **extra: Any) -> dict[str, Any]:
    return {"providers": [provider("p", fake.base_url)], "tiers": [{"name": "cheap", "providers": ["p"]}], **extra}


# ----- time budget -------------------------------------------------------------------------------


def test_past_the_time_budget_the_local_answer_stands_as_timed_out(fake: FakeOpenAI, make_chain: ChainFactory) -> None:
    chain = make_chain(one_tier(fake, sync_budget_seconds=0.3), real_clock=True)
    fake.fail_next(Fault("slow", delay_seconds=3))

    result = chain.classify(DOCUMENT)

    assert (result.file_class, result.metadata["classifier"]) == ("pay_stub", "local_model")
    assert result.metadata["escalation"] == {"reason": "low_confidence", "outcome": "timed_out"}
    assert result.metadata["llm"]["calls"][0]["outcome"] == "timed_out"


def test_the_worker_has_its_own_longer_budget(fake: FakeOpenAI, make_chain: ChainFactory) -> None:
    chain = make_chain(one_tier(fake, sync_budget_seconds=0.2, worker_budget_seconds=5), real_clock=True)
    fake.fail_next(Fault("slow", delay_seconds=0.5))
    fake.answer("pay_stub", 0.99)

    with worker_budget():
        result = chain.classify(DOCUMENT)

    assert result.metadata["escalation"]["outcome"] == "answered"


def test_the_worker_budget_never_outlasts_the_invocation(fake: FakeOpenAI, make_chain: ChainFactory) -> None:
    chain = make_chain(one_tier(fake, sync_budget_seconds=5, worker_budget_seconds=5), real_clock=True)
    fake.fail_next(Fault("slow", delay_seconds=0.5))
    fake.answer("pay_stub", 0.99)

    with worker_budget(time_left_seconds=0.2):
        result = chain.classify(DOCUMENT)

    assert result.metadata["escalation"]["outcome"] == "timed_out"


# ----- cost accounting ---------------------------------------------------------------------------


def test_cost_comes_from_the_usage_tokens_and_the_providers_prices(
    fake: FakeOpenAI, local: ScriptedLocal, make_chain: ChainFactory
) -> None:
    chain = make_chain(two_tiers(fake))
    fake.state.usage = (1000, 500)
    fake.answer("receipt", 0.5, model="gpt-4o-mini")  # unsure: handed on to gpt-4o
    fake.answer("pay_stub", 0.9, model="gpt-4o")

    result = chain.classify(DOCUMENT)

    mini = (1000 * 0.15 + 500 * 0.60) / 1e6
    big = (1000 * 2.50 + 500 * 10.00) / 1e6
    assert [c["cost_usd"] for c in result.metadata["llm"]["calls"]] == [pytest.approx(mini), pytest.approx(big)]
    assert result.metadata["cost_usd"] == pytest.approx(mini + big)
    assert (result.metadata["llm"]["tokens_in"], result.metadata["llm"]["tokens_out"]) == (2000, 1000)


def test_the_reservation_is_settled_to_the_real_cost(fake: FakeOpenAI, make_chain: ChainFactory) -> None:
    spend = MemorySpendGuard(10.0, clock=lambda: NOON)
    chain = make_chain(one_tier(fake), spend=spend)
    fake.state.usage = (2000, 100)

    chain.classify(DOCUMENT)

    assert spend.spent(utc_day(NOON)) == pytest.approx((2000 * 0.15 + 100 * 0.60) / 1e6)


# ----- spend cap ---------------------------------------------------------------------------------


def test_over_the_daily_cap_escalation_stops_until_the_next_day(fake: FakeOpenAI, make_chain: ChainFactory) -> None:
    now = [NOON]
    spend = MemorySpendGuard(0.001, clock=lambda: now[0])
    chain = make_chain(one_tier(fake, max_output_tokens=300), spend=spend)
    fake.state.usage = (5000, 300)  # 0.00093 USD a call: no room left for the next estimate

    assert chain.classify(DOCUMENT).metadata["escalation"]["outcome"] == "answered"
    over = chain.classify(DOCUMENT)

    assert over.metadata["escalation"] == {"reason": "low_confidence", "outcome": "budget_exhausted"}
    assert over.metadata["classifier"] == "local_model"
    assert len(fake.requests) == 1
    now[0] += 12 * 3600  # the next UTC day
    assert chain.classify(DOCUMENT).metadata["escalation"]["outcome"] == "answered"


@pytest.fixture
def dynamodb() -> Iterator[Any]:
    with mock_aws():
        client = boto3.client("dynamodb", region_name="us-east-1")
        client.create_table(
            TableName=TABLE,
            KeySchema=[{"AttributeName": "cache_key", "KeyType": "HASH"}],
            AttributeDefinitions=[{"AttributeName": "cache_key", "AttributeType": "S"}],
            BillingMode="PAY_PER_REQUEST",
        )
        yield client


def test_two_containers_sharing_the_table_stop_together_at_the_cap(dynamodb: Any) -> None:
    one = DynamoSpendGuard(dynamodb, TABLE, 1.0, clock=lambda: NOON)
    two = DynamoSpendGuard(dynamodb, TABLE, 1.0, clock=lambda: NOON)

    granted = [guard.reserve(0.3) for guard in (one, two, one, two, one)]

    assert [r is not None for r in granted] == [True, True, True, False, False]
    assert one.spent(utc_day(NOON)) == pytest.approx(0.9)
    first = granted[0]
    assert first is not None
    two.settle(first, 0.05)  # the call cost less than reserved: room comes back for everyone
    assert one.reserve(0.3) is not None
    assert two.spent(utc_day(NOON)) == pytest.approx(0.95)
    assert one.reserve(0.3) is None


def test_the_spend_item_is_keyed_by_utc_day_and_expires(dynamodb: Any) -> None:
    guard = DynamoSpendGuard(dynamodb, TABLE, 1.0, clock=lambda: NOON)
    guard.reserve(0.1)

    item = dynamodb.get_item(TableName=TABLE, Key={"cache_key": {"S": f"spend#{utc_day(NOON)}"}})["Item"]

    assert float(item["spent_usd"]["N"]) == pytest.approx(0.1)
    assert int(item["expires_at"]["N"]) > NOON
    assert guard.reserve(1.5) is None  # a single call over the whole cap is never granted


def test_the_chain_over_a_dynamo_cap_answers_budget_exhausted(
    fake: FakeOpenAI, make_chain: ChainFactory, dynamodb: Any
) -> None:
    DynamoSpendGuard(dynamodb, TABLE, 0.01, clock=lambda: NOON).reserve(0.01)  # another container spent it all
    chain = make_chain(one_tier(fake), spend=DynamoSpendGuard(dynamodb, TABLE, 0.01, clock=lambda: NOON))

    result = chain.classify(DOCUMENT)

    assert result.metadata["escalation"]["outcome"] == "budget_exhausted"
    assert fake.requests == []


class BrokenSpendGuard(MemorySpendGuard):
    def _add_within_cap(self, day: str, amount: float) -> bool:
        raise ConnectionError("DynamoDB is unreachable")


def test_an_unreachable_spend_guard_spends_nothing_and_the_local_answer_stands(
    fake: FakeOpenAI, make_chain: ChainFactory
) -> None:
    chain = make_chain(one_tier(fake), spend=BrokenSpendGuard(1.0, clock=lambda: NOON))

    result = chain.classify(DOCUMENT)

    assert (result.metadata["classifier"], result.metadata["escalation"]["outcome"]) == ("local_model", "unavailable")
    assert fake.requests == []


def test_the_sync_route_answers_within_its_budget_through_the_service(
    fake: FakeOpenAI, make_chain: ChainFactory
) -> None:
    chain = make_chain(one_tier(fake, sync_budget_seconds=0.3), real_clock=True)
    service = TaskService(
        classifier=lambda: chain,
        taxonomy=load_taxonomy(),
        tasks=MemoryTaskStore(),
        cache=MemoryResultCache(),
        stats=MemoryStatsStore(),
        blobs=MemoryBlobStore(),
        queue=MemoryWorkQueue(),
        settings=ServiceSettings(),
    )
    fake.fail_next(Fault("slow", delay_seconds=5))

    outcome = service.classify_now(DOCUMENT, "finance")

    assert outcome.result["file_class"] == "pay_stub"
    assert outcome.result["metadata"]["escalation"]["outcome"] == "timed_out"
