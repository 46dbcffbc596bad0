"""``doc-classifier classify --url`` against a throttling service: a real HTTP server on loopback.

The fake speaks the service's routes (submit, poll) and answers the way API Gateway and the
service do under load: 429 with ``Retry-After``, 503, then the result.
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from doc_classifier.cli import main

RESULT = {"file_class": "invoice", "confidence": 0.97, "industry": "finance", "reasoning": "r", "alternatives": []}
RETRY_AFTER_SECONDS = 1


@dataclass
class Script:
    """What the fake answers, per route and task, in order; the last answer repeats."""

    submits: list[int] = field(default_factory=lambda: [429, 202])
    polls: dict[str, list[int | str]] = field(default_factory=dict)
    log: list[tuple[float, str, str, int]] = field(default_factory=list)  # (at, method, path, status)
    lock: threading.Lock = field(default_factory=threading.Lock)
    tasks: int = 0

    def next_answer(self, answers: list[int | str]) -> int | str:
        return answers.pop(0) if len(answers) > 1 else answers[0]


def _handler(script: Script) -> type[BaseHTTPRequestHandler]:
    class Fake(BaseHTTPRequestHandler):
        def log_message(self, format: str, *args: object) -> None:  # quiet
            pass

        def _reply(self, status: int, body: dict[str, object], retry_after: bool = False) -> None:
            with script.lock:
                script.log.append((time.monotonic(), self.command, self.path, status))
            raw = json.dumps(body).encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(raw)))
            if retry_after:
                self.send_header("Retry-After", str(RETRY_AFTER_SECONDS))
            self.end_headers()
            self.wfile.write(raw)

        def _error(self, status: int) -> None:
            code = {429: "throttled", 503: "backend_unavailable"}.get(status, "not_found")
            self._reply(status, {"error": {"code": code, "message": f"fake {status}"}}, retry_after=status == 429)

        def do_POST(self) -> None:
            self.rfile.read(int(self.headers["Content-Length"]))
            assert self.path == "/classify_file_async", self.path
            with script.lock:
                status = int(script.next_answer(script.submits))
                if status == 202:
                    script.tasks += 1
                    task_id = f"t{script.tasks}"
            if status != 202:
                return self._error(status)
            self._reply(202, {"task_id": task_id, "status": "processing", "estimated_time": 0.05})

        def do_GET(self) -> None:
            task_id = self.path.rsplit("/", 1)[-1]
            with script.lock:
                answer = script.next_answer(script.polls.setdefault(task_id, ["completed"]))
            if isinstance(answer, int):
                return self._error(answer)
            body: dict[str, object] = {"task_id": task_id, "status": answer}
            if answer == "completed":
                body["result"] = {**RESULT, "metadata": {"task": task_id}}
            self._reply(200, body)

    return Fake


@pytest.fixture
def service() -> Iterator[tuple[str, Script]]:
    script = Script()
    server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(script))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", script
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture
def three_files(tmp_path: Path) -> list[Path]:
    paths = [tmp_path / f"{name}.txt" for name in ("a", "b", "c")]
    for path in paths:
        path.write_text(f"invoice {path.stem}")
    return paths


def _classify(url: str, *args: str) -> int:
    with pytest.raises(SystemExit) as exit_code:
        main(["classify", "--json", "--url", url, "--max-attempts", "3", "--retry-seconds", "20", *args])
    return int(exit_code.value.code or 0)


def test_throttling_is_retried_and_a_task_that_cannot_be_fetched_is_its_rows_error(
    service: tuple[str, Script], three_files: list[Path], capsys: pytest.CaptureFixture[str]
) -> None:
    url, script = service
    script.polls = {"t1": [429, 503, "processing", "completed"], "t2": ["completed"], "t3": ["processing", 503]}
    status = _classify(url, "--rate", "20", "--submit-rate", "20", "--progress", *map(str, three_files))
    captured = capsys.readouterr()
    rows = [json.loads(line) for line in captured.out.splitlines()]

    assert [Path(r["file"]).name for r in rows] == ["a.txt", "b.txt", "c.txt"]
    assert rows[0]["file_class"] == "invoice" and rows[0]["metadata"] == {"task": "t1"}
    assert rows[1]["metadata"] == {"task": "t2"}  # done before t3 failed: kept
    assert rows[2]["error"]["code"] == "backend_unavailable" and "t3" in rows[2]["error"]["message"]
    assert status == 1
    assert "Traceback" not in captured.err
    assert captured.err.splitlines()[-1] == "3/3 done"

    polls_of_t3 = [entry for entry in script.log if entry[2].endswith("/t3")]
    assert [e[3] for e in polls_of_t3] == [200, 503, 503, 503]  # --max-attempts 3, then it gives up
    # Retry-After is a floor: the retry after each 429 came no sooner than it asked.
    for i, (at, _, path, code) in enumerate(script.log[:-1]):
        if code == 429:
            retry = next(e for e in script.log[i + 1 :] if e[2] == path)
            assert retry[0] - at >= RETRY_AFTER_SECONDS - 0.05
    # Never faster than --rate (20/s): the requests are spaced by at least 1/20 s.
    gaps = [later[0] - earlier[0] for earlier, later in zip(script.log, script.log[1:], strict=False)]
    assert min(gaps) >= 1 / 20 - 0.01


def test_the_submit_rate_spaces_uploads(
    service: tuple[str, Script], three_files: list[Path], capsys: pytest.CaptureFixture[str]
) -> None:
    url, script = service
    script.submits = [202]
    assert _classify(url, "--rate", "50", "--submit-rate", "5", *map(str, three_files)) == 0
    assert len(capsys.readouterr().out.splitlines()) == 3
    submits = [at for at, method, _, _ in script.log if method == "POST"]
    assert submits[2] - submits[0] >= 2 / 5 - 0.02


def test_an_unreachable_service_is_each_rows_error_without_a_traceback(
    three_files: list[Path], capsys: pytest.CaptureFixture[str]
) -> None:
    # Port 9 (discard) is closed here: every connection is refused, retried, then given up.
    status = _classify("http://127.0.0.1:9", "--retry-seconds", "5", *map(str, three_files))
    captured = capsys.readouterr()
    rows = [json.loads(line) for line in captured.out.splitlines()]
    assert status == 1 and "Traceback" not in captured.err
    assert [r["error"]["code"] for r in rows] == ["connection_failed"] * 3
