"""A small OpenAI-compatible HTTP server for tests: chat completions with structured output, usage
counts, switchable faults, and a minimal admin API for project keys (what key rotation needs).

It listens on 127.0.0.1 on a free port and is driven by the real ``openai`` client over the socket.
Faults are set per key (``fail_key``: every call with that key) or per call (``fail_next``: the next
calls, whatever the key). Every request is recorded with the key it carried.
"""

from __future__ import annotations

import json
import re
import secrets
import threading
import time
from collections import deque
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Literal

FaultKind = Literal["rate_limit", "server_error", "unauthorized", "forbidden", "slow", "malformed", "outside_label"]
OUTSIDE_LABEL = "not_a_category"


@dataclass(frozen=True)
class Fault:
    kind: FaultKind
    retry_after: float | None = None  # rate_limit: the Retry-After header (None: no header)
    delay_seconds: float = 0.0  # slow: wait this long, then answer normally


@dataclass(frozen=True)
class Recorded:
    key: str
    model: str
    body: dict[str, Any]
    status: int

    @property
    def prompt(self) -> str:
        return "\n".join(str(m.get("content", "")) for m in self.body.get("messages", []))

    @property
    def labels(self) -> list[str]:
        """The enum of ``file_class`` in the request's JSON schema."""
        schema = self.body["response_format"]["json_schema"]["schema"]
        return list(schema["properties"]["file_class"]["enum"])


@dataclass
class AdminKey:
    id: str
    value: str
    project: str
    created_at: int


@dataclass
class FakeState:
    label: str | None = None  # None: the first label of the request's enum
    confidence: float = 0.95
    labels_by_model: dict[str, tuple[str, float]] = field(default_factory=dict)  # model -> (label, confidence)
    usage: tuple[int, int] = (120, 30)  # prompt, completion tokens reported per answer
    valid_keys: set[str] | None = None  # None: any bearer key is accepted
    key_faults: dict[str, Fault] = field(default_factory=dict)
    next_faults: deque[Fault] = field(default_factory=deque)
    requests: list[Recorded] = field(default_factory=list)
    admin_key: str = "admin-key"
    admin_keys: dict[str, AdminKey] = field(default_factory=dict)


class FakeOpenAI:
    def __init__(self) -> None:
        self.state = FakeState()
        self._lock = threading.Lock()
        self._stopping = threading.Event()
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), _handler_for(self))
        self._server.daemon_threads = True
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, name="fake-openai", daemon=True
        )

    @property
    def base_url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host!s}:{port}/v1"

    def start(self) -> FakeOpenAI:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stopping.set()
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(timeout=5)

    # ----- scripting ---------------------------------------------------------------------------

    def answer(self, label: str, confidence: float = 0.95, *, model: str | None = None) -> None:
        with self._lock:
            if model is None:
                self.state.label, self.state.confidence = label, confidence
            else:
                self.state.labels_by_model[model] = (label, confidence)

    def fail_key(self, key: str, fault: Fault | None) -> None:
        with self._lock:
            if fault is None:
                self.state.key_faults.pop(key, None)
            else:
                self.state.key_faults[key] = fault

    def fail_next(self, *faults: Fault) -> None:
        with self._lock:
            self.state.next_faults.extend(faults)

    def accept_only(self, *keys: str) -> None:
        with self._lock:
            self.state.valid_keys = set(keys)

    @property
    def requests(self) -> list[Recorded]:
        with self._lock:
            return list(self.state.requests)

    # ----- request handling (called from the server's threads) ------------------------------------

    def _chat(self, key: str, body: dict[str, Any]) -> tuple[int, dict[str, str], dict[str, Any] | str]:
        model = str(body.get("model", ""))
        with self._lock:
            fault = self.state.key_faults.get(key)
            if fault is None and self.state.next_faults:
                fault = self.state.next_faults.popleft()
            valid = self.state.valid_keys is None or key in self.state.valid_keys
            label, confidence = self.state.labels_by_model.get(model, (self.state.label, self.state.confidence))
            usage = self.state.usage
        status, headers, payload = self._respond(
            body, fault, valid=valid, label=label, confidence=confidence, usage=usage
        )
        with self._lock:
            self.state.requests.append(Recorded(key, model, body, status))
        return status, headers, payload

    def _respond(
        self,
        body: dict[str, Any],
        fault: Fault | None,
        *,
        valid: bool,
        label: str | None,
        confidence: float,
        usage: tuple[int, int],
    ) -> tuple[int, dict[str, str], dict[str, Any] | str]:
        if not valid or (fault and fault.kind == "unauthorized"):
            return 401, {}, _error("invalid_api_key", "Incorrect API key provided.")
        if fault and fault.kind == "forbidden":
            return 403, {}, _error("forbidden", "This key may not use this model.")
        if fault and fault.kind == "rate_limit":
            headers = {} if fault.retry_after is None else {"retry-after": str(fault.retry_after)}
            return 429, headers, _error("rate_limit_exceeded", "Rate limit reached.")
        if fault and fault.kind == "server_error":
            return 500, {}, _error("server_error", "The server had an error.")
        if fault and fault.kind == "slow":
            self._stopping.wait(fault.delay_seconds)
        try:
            schema = body["response_format"]["json_schema"]["schema"]
            labels = schema["properties"]["file_class"]["enum"]
        except (KeyError, TypeError):
            return 400, {}, _error("invalid_request_error", "response_format with a json_schema is required")
        chosen = label or labels[0]
        if fault and fault.kind == "outside_label":
            chosen = OUTSIDE_LABEL
        content = json.dumps({"file_class": chosen, "confidence": confidence, "reasoning": f"Reads as {chosen}."})
        if fault and fault.kind == "malformed":
            content = '{"file_class": "' + chosen + '", "confidence": '
        completion = {
            "id": f"chatcmpl-{secrets.token_hex(6)}",
            "object": "chat.completion",
            "created": int(time.time()),
            "model": body.get("model", ""),
            "choices": [
                {
                    "index": 0,
                    "message": {"role": "assistant", "content": content, "refusal": None},
                    "finish_reason": "stop",
                    "logprobs": None,
                }
            ],
            "usage": {"prompt_tokens": usage[0], "completion_tokens": usage[1], "total_tokens": sum(usage)},
        }
        return 200, {}, completion

    def _admin(self, method: str, path: str, key: str) -> tuple[int, dict[str, Any]]:
        """``POST|GET /v1/organization/projects/{project}/api_keys``, ``DELETE .../api_keys/{key_id}``."""
        with self._lock:
            if key != self.state.admin_key:
                return 401, _error("invalid_api_key", "An admin key is required.")
            match = re.fullmatch(r"/v1/organization/projects/([\w-]+)/api_keys(?:/([\w-]+))?", path)
            if match is None:
                return 404, _error("not_found", path)
            project, key_id = match.groups()
            if method == "POST" and key_id is None:
                key_id, value = f"key_{secrets.token_hex(8)}", f"sk-proj-{secrets.token_hex(16)}"
                issued = AdminKey(key_id, value, project, int(time.time()))
                self.state.admin_keys[issued.id] = issued
                if self.state.valid_keys is not None:
                    self.state.valid_keys.add(issued.value)
                return 201, {"object": "organization.project.api_key", "id": issued.id, "value": issued.value}
            if method == "GET" and key_id is None:
                data = [{"object": "organization.project.api_key", "id": k.id} for k in self.state.admin_keys.values()]
                return 200, {"object": "list", "data": data}
            if method == "DELETE" and key_id is not None:
                removed = self.state.admin_keys.pop(key_id, None)
                if removed is None:
                    return 404, _error("not_found", f"no key {key_id}")
                if self.state.valid_keys is not None:
                    self.state.valid_keys.discard(removed.value)
                return 200, {"object": "organization.project.api_key.deleted", "id": key_id, "deleted": True}
            return 405, _error("method_not_allowed", method)


def _error(code: str, message: str) -> dict[str, Any]:
    return {"error": {"message": message, "type": code, "code": code, "param": None}}


def _handler_for(fake: FakeOpenAI) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, format: str, *args: Any) -> None:
            pass  # request lines carry nothing secret, but tests capture logs: keep them quiet

        def _key(self) -> str:
            header = self.headers.get("authorization", "")
            return header.removeprefix("Bearer ").strip()

        def _send(self, status: int, headers: dict[str, str], payload: dict[str, Any] | str) -> None:
            raw = (payload if isinstance(payload, str) else json.dumps(payload)).encode()
            self.send_response(status)
            self.send_header("content-type", "application/json")
            self.send_header("content-length", str(len(raw)))
            for name, value in headers.items():
                self.send_header(name, value)
            self.end_headers()
            self.wfile.write(raw)

        def _body(self) -> dict[str, Any]:
            length = int(self.headers.get("content-length") or 0)
            raw = self.rfile.read(length) if length else b"{}"
            parsed = json.loads(raw or b"{}")
            return parsed if isinstance(parsed, dict) else {}

        def do_POST(self) -> None:
            body = self._body()
            if self.path.rstrip("/") == "/v1/chat/completions":
                self._send(*fake._chat(self._key(), body))
            elif self.path.startswith("/v1/organization/"):
                status, payload = fake._admin("POST", self.path, self._key())
                self._send(status, {}, payload)
            else:
                self._send(404, {}, _error("not_found", self.path))

        def do_GET(self) -> None:
            status, payload = fake._admin("GET", self.path, self._key())
            self._send(status, {}, payload)

        def do_DELETE(self) -> None:
            status, payload = fake._admin("DELETE", self.path, self._key())
            self._send(status, {}, payload)

    return Handler
