"""A small OpenAI-compatible HTTP server for tests: chat completions with structured output, usage
counts, switchable faults, ``GET /v1/models``, and OpenAI's admin API for project service accounts and
their keys (what key rotation needs).

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
from urllib.parse import parse_qs, urlsplit

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
    service_account_id: str  # every key rotation mints belongs to a service account of its own
    service_account_name: str


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
    admin_project: str = "proj_fake"  # the one project the admin API knows (404 for any other)
    admin_keys: dict[str, AdminKey] = field(default_factory=dict)  # key id -> key
    model_listings: list[str] = field(default_factory=list)  # the key of every GET /v1/models
    in_flight: int = 0  # chat requests being answered now
    most_in_flight: int = 0  # the most chat requests ever answered at once


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

    def provider(self, **credentials: Any) -> dict[str, Any]:
        """An LLM_CONFIG provider named ``fake`` that calls this server (``api_keys`` or ``secret_id`` given)."""
        return {
            "name": "fake",
            "base_url": self.base_url,
            "model": "gpt-4o-mini",
            "input_usd_per_mtok": 0.15,
            "output_usd_per_mtok": 0.6,
            **credentials,
        }

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

    @property
    def most_in_flight(self) -> int:
        """The most chat requests the server was answering at the same time (a delay makes them overlap)."""
        with self._lock:
            return self.state.most_in_flight

    # ----- request handling (called from the server's threads) ------------------------------------

    def _chat(self, key: str, body: dict[str, Any]) -> tuple[int, dict[str, str], dict[str, Any] | str]:
        model = str(body.get("model", ""))
        with self._lock:
            self.state.in_flight += 1
            self.state.most_in_flight = max(self.state.most_in_flight, self.state.in_flight)
        try:
            return self._answer_chat(key, model, body)
        finally:
            with self._lock:
                self.state.in_flight -= 1

    def _answer_chat(
        self, key: str, model: str, body: dict[str, Any]
    ) -> tuple[int, dict[str, str], dict[str, Any] | str]:
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

    def _admin(self, method: str, path: str, key: str, body: dict[str, Any]) -> tuple[int, dict[str, Any]]:
        """OpenAI's admin API as far as rotation uses it (each key belongs to its own service account):
        ``POST|GET /v1/organization/projects/{project}/service_accounts`` (POST answers with the new key's
        value, the only time it is shown), ``DELETE .../service_accounts/{id}`` (deletes its key too),
        ``GET .../api_keys`` (redacted), ``GET|DELETE .../api_keys/{key_id}``."""
        url = urlsplit(path)
        with self._lock:
            if key != self.state.admin_key:
                return 401, _error("invalid_api_key", "An admin key is required.")
            match = re.fullmatch(
                r"/v1/organization/projects/([\w-]+)/(service_accounts|api_keys)(?:/([\w-]+))?", url.path
            )
            if match is None:
                return 404, _error("not_found", url.path)
            project, collection, item = match.groups()
            if project != self.state.admin_project:
                return 404, _error("not_found", f"no project {project}")
            if collection == "service_accounts":
                return self._service_accounts(method, item, body, parse_qs(url.query))
            return self._api_keys(method, item)

    def _service_accounts(
        self, method: str, account_id: str | None, body: dict[str, Any], query: dict[str, list[str]]
    ) -> tuple[int, dict[str, Any]]:
        keys = self.state.admin_keys
        if method == "POST" and account_id is None:
            if not isinstance(body.get("name"), str) or not body["name"]:
                return 400, _error("invalid_request_error", "name is required")
            now = int(time.time())
            issued = AdminKey(
                id=f"key_{secrets.token_hex(8)}",
                value=f"sk-svcacct-{secrets.token_hex(16)}",
                project=self.state.admin_project,
                created_at=now,
                service_account_id=f"svc_acct_{secrets.token_hex(8)}",
                service_account_name=body["name"],
            )
            keys[issued.id] = issued
            if self.state.valid_keys is not None:
                self.state.valid_keys.add(issued.value)
            account = _service_account(issued)
            account["api_key"] = {
                "object": "organization.project.service_account.api_key",
                "value": issued.value,
                "name": "Secret Key",
                "created_at": now,
                "id": issued.id,
            }
            return 200, account
        if method == "GET" and account_id is None:
            accounts = [_service_account(k) for k in keys.values()]
            after = query.get("after", [""])[0]
            if after:
                ids = [a["id"] for a in accounts]
                accounts = accounts[ids.index(after) + 1 :] if after in ids else []
            limit = int(query.get("limit", ["20"])[0])
            page = accounts[:limit]
            return 200, {
                "object": "list",
                "data": page,
                "first_id": page[0]["id"] if page else None,
                "last_id": page[-1]["id"] if page else None,
                "has_more": len(accounts) > limit,
            }
        if method == "DELETE" and account_id is not None:
            owned = next((k for k in keys.values() if k.service_account_id == account_id), None)
            if owned is None:
                return 404, _error("not_found", f"no service account {account_id}")
            self._forget(owned)
            return 200, {"object": "organization.project.service_account.deleted", "id": account_id, "deleted": True}
        return 405, _error("method_not_allowed", method)

    def _api_keys(self, method: str, key_id: str | None) -> tuple[int, dict[str, Any]]:
        keys = self.state.admin_keys
        if method == "GET" and key_id is None:
            return 200, {"object": "list", "data": [_api_key(k) for k in keys.values()], "has_more": False}
        if key_id is None or key_id not in keys:
            return 404, _error("not_found", f"no key {key_id}")
        if method == "GET":
            return 200, _api_key(keys[key_id])
        if method == "DELETE":
            self._forget(keys[key_id])
            return 200, {"object": "organization.project.api_key.deleted", "id": key_id, "deleted": True}
        return 405, _error("method_not_allowed", method)

    def _forget(self, issued: AdminKey) -> None:
        del self.state.admin_keys[issued.id]
        if self.state.valid_keys is not None:
            self.state.valid_keys.discard(issued.value)

    def _models(self, key: str) -> tuple[int, dict[str, Any]]:
        """``GET /v1/models``: the cheapest authenticated call, what testSecret uses."""
        with self._lock:
            valid = self.state.valid_keys is None or key in self.state.valid_keys
            self.state.model_listings.append(key)
        if not valid:  # like OpenAI's, the message quotes part of the refused key
            return 401, _error("invalid_api_key", f"Incorrect API key provided: {key[:8]}****{key[-4:]}.")
        data = [{"id": m, "object": "model", "created": 0, "owned_by": "system"} for m in ("gpt-4o-mini", "gpt-4o")]
        return 200, {"object": "list", "data": data}


def _service_account(issued: AdminKey) -> dict[str, Any]:
    return {
        "object": "organization.project.service_account",
        "id": issued.service_account_id,
        "name": issued.service_account_name,
        "role": "member",
        "created_at": issued.created_at,
    }


def _api_key(issued: AdminKey) -> dict[str, Any]:
    return {
        "object": "organization.project.api_key",
        "id": issued.id,
        "name": "Secret Key",
        "redacted_value": f"{issued.value[:6]}...{issued.value[-4:]}",
        "created_at": issued.created_at,
        "owner": {
            "type": "service_account",
            "service_account": {
                "object": "organization.project.service_account",
                "id": issued.service_account_id,
                "name": issued.service_account_name,
                "role": "member",
                "created_at": issued.created_at,
            },
        },
    }


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
                status, payload = fake._admin("POST", self.path, self._key(), body)
                self._send(status, {}, payload)
            else:
                self._send(404, {}, _error("not_found", self.path))

        def do_GET(self) -> None:
            if self.path.rstrip("/") == "/v1/models":
                status, payload = fake._models(self._key())
            else:
                status, payload = fake._admin("GET", self.path, self._key(), {})
            self._send(status, {}, payload)

        def do_DELETE(self) -> None:
            status, payload = fake._admin("DELETE", self.path, self._key(), {})
            self._send(status, {}, payload)

    return Handler
