"""Nothing a run prints may carry an API key or a document's text (the README's logging promise).

One runtime with a key configured serves a document with distinctive text on every path
(sync, async, presigned upload, a refused request); everything it wrote, from the banner to the
last access-log line, is then searched for the key and the document's words.
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest
import requests

from tests.e2e.conftest import start_runtime

pytestmark = [pytest.mark.e2e, pytest.mark.slow]

API_KEY = "k3y-e2e-Secret-7f3a91c2d4"
# Words no log line has a reason to contain, in a document the service can read (plain text).
CANARY = "Quetzalcoatlus"
DOCUMENT = (
    b"INVOICE No. INV-2291\nBill to: Quetzalcoatlus Northropi Holdings\n"
    b"Description: consulting services   Amount due: 1,250.00 EUR\nPayment terms: 30 days\n"
)


def test_no_key_and_no_document_text_in_anything_the_runtime_prints(tmp_path: Path) -> None:
    runtime = start_runtime(
        tmp_path,
        "--api-key",
        API_KEY,
        "--visibility-timeout",
        "3",
        "--no-throttle",
        prefix="secrets",
        # the levels a deployment runs at: access log and every INFO line of the handlers
        env={"LOCAL_LOG_LEVEL": "INFO", "POWERTOOLS_LOG_LEVEL": "INFO"},
    )
    headers = {"x-api-key": API_KEY}
    try:
        files = {"file": ("note.txt", DOCUMENT, "text/plain")}
        sync = requests.post(f"{runtime.url}/classify_file", files=files, headers=headers, timeout=60)
        assert sync.status_code == 200, sync.text
        queued = requests.post(f"{runtime.url}/classify_file_async", files=files, headers=headers, timeout=60)
        assert queued.status_code == 202, queued.text
        ticket = requests.post(
            f"{runtime.url}/uploads?token={API_KEY}", json={"filename": "note.txt"}, headers=headers, timeout=30
        ).json()
        upload = ticket["upload"]
        posted = requests.post(upload["url"], data=upload["fields"], files={"file": ("n.txt", DOCUMENT)}, timeout=30)
        assert posted.status_code in {200, 201, 204}, posted.text
        refused = requests.post(f"{runtime.url}/classify_file", files=files, headers={"x-api-key": "wrong"}, timeout=30)
        assert refused.status_code == 403
        # a broken document reaches the error paths with the canary in its bytes
        broken = {"file": ("x.pdf", b"%PDF-1.7\n" + DOCUMENT, "application/pdf")}
        requests.post(f"{runtime.url}/classify_file", files=broken, headers=headers, timeout=60)
        for task_id in (queued.json()["task_id"], ticket["task_id"]):
            deadline = time.monotonic() + 60
            while time.monotonic() < deadline:
                status = requests.get(
                    f"{runtime.url}/classification_result/{task_id}", headers=headers, timeout=10
                ).json()["status"]
                if status in {"completed", "failed"}:
                    break
                time.sleep(0.3)
            assert status == "completed", status
    finally:
        runtime.stop()
    printed = runtime.log.read_text(encoding="utf-8", errors="replace")
    assert "POST /classify_file" in printed  # the access log was captured: the search below means something
    assert API_KEY not in printed
    assert CANARY not in printed and "Northropi" not in printed
