"""Handler containers are processes: parallel, warm, and failing the way Lambda fails."""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from infra import service_definition as sd
from infra.local_runtime.containers import FunctionError, FunctionPool

HANDLER = """
import os, time

INVOCATIONS = 0  # module state: survives between invocations of one warm container


def handler(event, context):
    global INVOCATIONS
    INVOCATIONS += 1
    action = event.get("action")
    if action == "raise":
        raise ValueError("document text must not reach the runtime's log")
    if action == "crash":
        os._exit(3)
    if action == "hang":
        time.sleep(60)
    if action == "sleep":
        time.sleep(event["seconds"])
    if action == "not_json":
        return {"value": object()}
    remaining = context.get_remaining_time_in_millis()
    return {"pid": os.getpid(), "invocations": INVOCATIONS, "echo": event, "remaining": remaining}
"""
SPEC = sd.FunctionSpec("probe", "handler.handler", 128, 2, "test function")


@pytest.fixture
def functions_dir(tmp_path: Path) -> Path:
    (tmp_path / "probe").mkdir()
    (tmp_path / "probe" / "handler.py").write_text(HANDLER)
    return tmp_path


@pytest.fixture
def pool(functions_dir: Path) -> Iterator[FunctionPool]:
    started = FunctionPool(SPEC, 2, functions_dir=functions_dir)
    yield started
    started.close()


def test_each_container_is_its_own_warm_process(pool: FunctionPool) -> None:
    answers = [pool.invoke({"n": i}) for i in range(6)]
    assert {a["pid"] for a in answers} <= set(pool.pids()) and os.getpid() not in pool.pids()
    assert answers[0]["echo"] == {"n": 0} and 0 < answers[0]["remaining"] <= 2000
    assert max(a["invocations"] for a in answers) >= 3  # the module was imported once per container


def test_containers_serve_invocations_in_parallel(pool: FunctionPool) -> None:
    pool.invoke({})  # both containers have imported the handler before the clock matters
    pool.invoke({})
    pids: list[int] = []
    barrier = threading.Barrier(2)

    def call() -> None:
        barrier.wait()
        pids.append(pool.invoke({"action": "sleep", "seconds": 0.5})["pid"])

    threads = [threading.Thread(target=call) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    assert len(set(pids)) == 2  # one invocation per container at a time, two containers: two processes


def test_a_raising_handler_is_a_function_error_and_the_container_stays(pool: FunctionPool) -> None:
    with pytest.raises(FunctionError) as raised:
        pool.invoke({"action": "raise"})
    assert raised.value.error_type == "ValueError" and "document text" not in str(raised.value)
    assert pool.invoke({})["invocations"] >= 1
    assert pool.containers_started == 2


def test_a_response_json_cannot_carry_is_a_function_error(pool: FunctionPool) -> None:
    with pytest.raises(FunctionError, match="TypeError"):
        pool.invoke({"action": "not_json"})


def test_an_event_reaches_the_handler_as_json_text(pool: FunctionPool) -> None:
    body = "QUJD" * 250_000  # a sync request's document in base64, 1 MB of it
    answer = pool.invoke({"body": body, "pair": (1, 2), "text": "é\u2028"})
    assert answer["echo"] == {"body": body, "pair": [1, 2], "text": "é\u2028"}  # JSON has lists, not tuples


def test_an_event_json_cannot_carry_fails_at_once_without_waiting_for_a_container(functions_dir: Path) -> None:
    single = FunctionPool(SPEC, 1, functions_dir=functions_dir)
    try:
        single.invoke({})
        busy = threading.Thread(target=lambda: single.invoke({"action": "sleep", "seconds": 1.5}), daemon=True)
        busy.start()
        time.sleep(0.2)  # the only container is now busy
        started = time.monotonic()
        with pytest.raises(TypeError):
            single.invoke({"value": object()})
        assert time.monotonic() - started < 0.5  # encoded before a container was waited for
        busy.join(timeout=10)
        assert single.invoke({"n": 2})["echo"] == {"n": 2} and single.containers_started == 1
    finally:
        single.close()


def test_a_crashed_container_is_replaced(pool: FunctionPool) -> None:
    before = set(pool.pids())
    with pytest.raises(FunctionError, match=r"Runtime\.ExitError"):
        pool.invoke({"action": "crash"})
    assert pool.containers_started == 3 and set(pool.pids()) != before
    assert {pool.invoke({})["pid"] for _ in range(4)} <= set(pool.pids())


def test_a_container_past_the_function_timeout_is_killed_and_replaced(pool: FunctionPool) -> None:
    with pytest.raises(FunctionError, match=r"Sandbox\.Timedout"):
        pool.invoke({"action": "hang"})  # SPEC.timeout_seconds is 2
    assert pool.containers_started == 3 and pool.invoke({})["echo"] == {}


def test_close_leaves_no_process_behind(functions_dir: Path) -> None:
    pool = FunctionPool(SPEC, 2, functions_dir=functions_dir)
    pool.invoke({})
    processes = [c.process for c in pool._containers]
    pool.close()
    assert not any(p.is_alive() for p in processes)
    with pytest.raises(FunctionError, match=r"Runtime\.Shutdown"):
        pool.invoke({})


def test_start_up_waiting_and_a_first_invocation_share_a_cold_container(tmp_path: Path) -> None:
    # The runtime waits for its containers at start while pollers may already invoke one: both wait for the
    # same cold container, and the invocation must still get its answer.
    (tmp_path / "probe").mkdir()
    (tmp_path / "probe" / "handler.py").write_text("import time\ntime.sleep(1.0)  # a slow init phase\n" + HANDLER)
    cold = FunctionPool(SPEC, 1, functions_dir=tmp_path)
    try:
        answers: list[dict[str, object]] = []
        invoking = threading.Thread(target=lambda: answers.append(cold.invoke({"n": 1})), daemon=True)
        invoking.start()
        cold.wait_ready(30)
        invoking.join(timeout=10)
        assert answers and answers[0]["echo"] == {"n": 1}
    finally:
        cold.close()
