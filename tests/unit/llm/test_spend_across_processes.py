"""The daily cap holds across processes: two Python processes race reservations against one table.

Each Lambda container is its own process; the cap must be enforced by DynamoDB's conditional update,
not by anything a process keeps in memory. moto's server on a loopback port stands in for DynamoDB.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import boto3
import pytest
from doc_classifier.llm.spend import DynamoSpendGuard, utc_day
from moto.server import ThreadedMotoServer

from tests.support.net import free_port

ROOT = Path(__file__).resolve().parents[3]
TABLE = "spend-race"
CAP_USD = 1.0
RESERVATION_USD = 0.01
NOON = 1_764_676_800.0  # 2025-12-02T12:00:00Z: both processes on the same UTC day

# Each process, once both are ready, reserves until the guard refuses, then prints how many it was granted.
RACER = """
import sys, boto3
from doc_classifier.llm.spend import DynamoSpendGuard
client = boto3.client("dynamodb", endpoint_url=sys.argv[1], region_name="us-east-1",
                      aws_access_key_id="testing", aws_secret_access_key="testing")
guard = DynamoSpendGuard(client, sys.argv[2], float(sys.argv[3]), clock=lambda: float(sys.argv[5]))
print("ready", flush=True)
sys.stdin.readline()  # both start together
granted = 0
while guard.reserve(float(sys.argv[4])) is not None:
    granted += 1
print(granted)
"""


@pytest.fixture
def endpoint() -> Iterator[str]:
    port = free_port()
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=port, verbose=False)
    server.start()
    url = f"http://127.0.0.1:{port}"
    try:
        yield url
    finally:
        server.stop()


def dynamodb(url: str) -> Any:
    return boto3.client(
        "dynamodb", endpoint_url=url, region_name="us-east-1", aws_access_key_id="testing", aws_secret_access_key="t"
    )


def test_two_processes_racing_for_the_budget_never_spend_past_the_cap(endpoint: str) -> None:
    client = dynamodb(endpoint)
    client.create_table(
        TableName=TABLE,
        KeySchema=[{"AttributeName": "cache_key", "KeyType": "HASH"}],
        AttributeDefinitions=[{"AttributeName": "cache_key", "AttributeType": "S"}],
        BillingMode="PAY_PER_REQUEST",
    )
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT / "layers"), str(ROOT)])}
    args = [endpoint, TABLE, str(CAP_USD), str(RESERVATION_USD), str(NOON)]
    racers = [
        subprocess.Popen(
            [sys.executable, "-c", RACER, *args], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, env=env
        )
        for _ in range(2)
    ]
    for racer in racers:
        assert racer.stdout is not None and racer.stdout.readline().strip() == "ready"
    for racer in racers:
        assert racer.stdin is not None
        racer.stdin.write("go\n")
        racer.stdin.flush()
    granted = [int(racer.communicate(timeout=120)[0].strip()) for racer in racers]

    # Both raced (each got a share) and together they took exactly the cap's worth, not one reservation more.
    assert all(count > 0 for count in granted), granted
    assert sum(granted) == round(CAP_USD / RESERVATION_USD)
    spent = DynamoSpendGuard(client, TABLE, CAP_USD, clock=lambda: NOON).spent(utc_day(NOON))
    assert spent == pytest.approx(CAP_USD)
