"""The load generator's lean HTTP client against a real HTTP server on loopback."""

from __future__ import annotations

import email.parser
import email.policy
import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest

from bench.http_client import Client, Clients


class Echo(BaseHTTPRequestHandler):
    """Answers each request with what it received; ``close_silently`` drops the connection after answering
    without saying so, as a server timing out an idle keep-alive connection does."""

    protocol_version = "HTTP/1.1"
    close_silently = False
    connections = 0  # one handler per connection: one test's server at a time

    def setup(self) -> None:
        super().setup()
        Echo.connections += 1

    def _answer(self) -> None:
        body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
        reply = json.dumps(
            {"method": self.command, "path": self.path, "type": self.headers.get("Content-Type"), "body": body.hex()}
        ).encode()
        self.send_response(201)
        self.send_header("Content-Length", str(len(reply)))
        self.end_headers()
        self.wfile.write(reply)
        if Echo.close_silently:
            self.close_connection = True

    do_GET = do_POST = _answer

    def log_message(self, *_: Any) -> None:
        pass


@pytest.fixture
def server() -> Iterator[str]:
    Echo.close_silently, Echo.connections = False, 0
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Echo)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()
    thread.join(5)


def test_a_form_arrives_as_multipart_with_the_file_last(server: str) -> None:
    answer = Client(5).post_form(f"{server}/classify_file_async?x=1", {"industry": "finance"}, ("a.pdf", b"%PDF\x00"))
    assert answer.status_code == 201 and answer.ok
    echoed = answer.json()
    assert (echoed["method"], echoed["path"]) == ("POST", "/classify_file_async?x=1")
    message = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(
        f"Content-Type: {echoed['type']}\r\n\r\n".encode() + bytes.fromhex(echoed["body"])
    )
    parts = [
        (p.get_param("name", header="content-disposition"), p.get_filename(), p.get_content())
        for p in message.iter_parts()
    ]
    assert parts == [("industry", None, "finance"), ("file", "a.pdf", b"%PDF\x00")]


def test_json_and_get(server: str) -> None:
    client = Client(5)
    posted = client.post_json(f"{server}/uploads", {"filename": "a.pdf"}).json()
    assert posted["type"] == "application/json" and json.loads(bytes.fromhex(posted["body"])) == {"filename": "a.pdf"}
    assert client.get(f"{server}/classification_result/t1").json()["method"] == "GET"


def test_calls_share_one_kept_alive_connection(server: str) -> None:
    client = Client(5)
    for _ in range(5):
        client.get(f"{server}/health")
    assert Echo.connections == 1


def test_a_connection_the_server_dropped_is_replaced_once(server: str) -> None:
    Echo.close_silently = True
    client = Client(5)
    assert [client.get(f"{server}/health").status_code for _ in range(3)] == [201, 201, 201]
    assert Echo.connections == 3


def test_each_thread_has_its_own_client() -> None:
    clients = Clients(5)
    seen: list[Client] = []
    threads = [threading.Thread(target=lambda: seen.extend([clients.get(), clients.get()])) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert seen[0] is seen[1] and seen[2] is seen[3] and seen[0] is not seen[2]
