"""The review console in a real browser: Debian's headless Chromium driven by Playwright (no browser download),
against the local runtime (``make run``'s), with real documents and the real model.

``CONSOLE_SCREENSHOTS=<dir>`` also saves the README's screenshots of each tab there.
"""

from __future__ import annotations

import base64
import json
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import requests
from playwright.sync_api import Browser, Page, Request, Route, expect, sync_playwright

from infra import service_definition as sd
from infra.local_runtime.bootstrap import ResourceNames
from tests.e2e.conftest import Runtime, start_runtime
from tests.e2e.test_local_runtime import post_packet
from tests.support.packets import packet_pdf
from tests.unit.extraction.builders import text_pdf

pytestmark = [pytest.mark.e2e, pytest.mark.slow]

CHROMIUM = Path("/usr/bin/chromium")
# The flags of tests/e2e/test_swagger_ui.py: nothing reaches beyond 127.0.0.1.
CHROMIUM_FLAGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]
# Small documents take /classify_file, the padded ones /uploads (the page reads this from the service).
SYNC_MAX_BYTES = 16 * 1024
RESULT_TIMEOUT_MS = 60_000
SCREENSHOTS = os.environ.get("CONSOLE_SCREENSHOTS")

RECIPE_PAGE = [
    "Grandma's apple pie",
    "Ingredients: 6 apples, 200 g flour, 100 g butter, sugar, cinnamon",
    "Bake at 180 C for 45 minutes until golden.",
    "Serve warm with cream.",
]
POEM_PAGE = [
    "The rain falls softly on the hills",
    "and the river sings of distant places",
    "where the old oak stands alone",
]
INVOICE_PAGE = [
    "INVOICE",
    "Invoice number: INV-2026-0042        Invoice date: 2026-11-30",
    "Bill to: Acme Logistics Ltd, 12 Harbour Road, Leeds",
    "Description                      Qty     Unit price     Amount",
    "Consulting services, November    10      150.00         1,500.00",
    "Travel expenses                  1       220.00         220.00",
    "Subtotal 1,720.00     VAT 20% 344.00     Total due 2,064.00",
    "Payment terms: 30 days. Please quote the invoice number with your payment.",
]


def invoice_pdf(pages: int = 1) -> bytes:
    return text_pdf([INVOICE_PAGE] * pages)


def large_invoice_pdf() -> bytes:
    data = invoice_pdf(pages=30)
    assert len(data) > SYNC_MAX_BYTES, len(data)  # it must take the upload route
    return data


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Runtime]:
    started = start_runtime(
        tmp_path_factory.mktemp("console"),
        "--visibility-timeout",
        "3",
        prefix="console",
        env={"SYNC_MAX_BYTES": str(SYNC_MAX_BYTES)},
    )
    yield started
    started.stop()


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    assert CHROMIUM.exists(), "install the Debian package 'chromium' (make system-deps does)"
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_FLAGS, headless=True)
        yield launched
        launched.close()


def open_console(browser: Browser, url: str, **context_options: object) -> tuple[Page, list[str]]:
    """The page, loaded, and the list that collects its script errors and CSP violations."""
    context = browser.new_context(**context_options)  # type: ignore[arg-type]
    page = context.new_page()
    problems: list[str] = []
    page.on("pageerror", lambda error: problems.append(f"script error: {error}"))
    page.on(
        "console",
        lambda message: problems.append(message.text) if "Content Security Policy" in message.text else None,
    )
    page.goto(f"{url}/console")
    return page, problems


@pytest.fixture
def console(browser: Browser, served: Runtime) -> Iterator[Page]:
    page, problems = open_console(browser, served.url, viewport={"width": 1280, "height": 900})
    expect(page.locator("#classify-industry option")).not_to_have_count(0)  # /industries answered
    yield page
    page.context.close()
    assert not problems, problems


def drop(page: Page, files: list[tuple[str, bytes, str]]) -> None:
    """A drop on the drop zone, as a person dragging files from the desktop makes it."""
    payload = [{"name": n, "b64": base64.b64encode(d).decode(), "type": t} for n, d, t in files]
    transfer = page.evaluate_handle(
        """(files) => {
            const transfer = new DataTransfer();
            for (const f of files) {
                const bytes = Uint8Array.from(atob(f.b64), (c) => c.charCodeAt(0));
                transfer.items.add(new File([bytes], f.name, {type: f.type}));
            }
            return transfer;
        }""",
        payload,
    )
    page.dispatch_event("#dropzone", "drop", {"dataTransfer": transfer})


def row(page: Page, name: str):  # type: ignore[no-untyped-def]
    return page.locator("#results li.result", has=page.locator("h3", has_text=name))


def test_page_is_served_without_a_key_with_its_limits(console: Page) -> None:
    expect(console.locator("#sync-limit")).to_have_text("16 KB")
    expect(console.locator("#classify-industry")).to_have_value("finance")


def test_a_dropped_text_pdf_shows_its_class(console: Page) -> None:
    drop(console, [("invoice.pdf", invoice_pdf(), "application/pdf")])
    result = row(console, "invoice.pdf")
    expect(result).to_have_attribute("data-state", "done", timeout=RESULT_TIMEOUT_MS)
    expect(result.locator(".file-class")).to_have_text("invoice")
    expect(result).to_contain_text("Decided by")
    expect(result).to_contain_text("local_model")
    expect(result).to_contain_text("classify_file")
    expect(result.locator(".alternatives li")).not_to_have_count(0)
    expect(console.locator("#results")).to_have_attribute("aria-live", "polite")
    expect(console.locator("#classify-summary")).to_have_text("1 of 1 classified")


def test_a_packet_is_split_into_its_documents(console: Page) -> None:
    data, spans = packet_pdf(["invoice", "bank_statement", "pay_stub"], seed=3)
    console.select_option("#classify-split", "auto")
    drop(console, [("packet.pdf", data, "application/pdf")])
    result = row(console, "packet.pdf")
    expect(result).to_have_attribute("data-state", "done", timeout=RESULT_TIMEOUT_MS)
    documents = result.get_by_role("list", name="Documents in packet.pdf").locator("li")
    expect(documents).to_have_count(len(spans))
    for document, span in zip(documents.all(), spans, strict=True):
        expect(document).to_have_attribute("data-file-class", span.label)
        expect(document).to_have_attribute("data-pages", f"{span.first}-{span.last}")
    expect(result).to_contain_text("upload")  # over the sync size: uploaded, and split by the worker
    console.select_option("#classify-split", "per_page")
    drop(console, [("two.pdf", text_pdf([INVOICE_PAGE, RECIPE_PAGE]), "application/pdf")])
    pages = row(console, "two.pdf")
    expect(pages).to_have_attribute("data-state", "done", timeout=RESULT_TIMEOUT_MS)
    expect(pages).to_contain_text("classify_file")
    expect(pages.locator(".documents li")).to_have_count(2)
    expect(pages.locator(".documents li").last).to_have_attribute("data-pages", "2-2")
    # Small enough for the sync route but longer than it splits (SYNC_MAX_PACKET_PAGES, 10): uploaded instead.
    long = text_pdf([INVOICE_PAGE] * 11)
    assert len(long) <= SYNC_MAX_BYTES, len(long)
    drop(console, [("long.pdf", long, "application/pdf")])
    eleven = row(console, "long.pdf")
    expect(eleven).to_have_attribute("data-state", "done", timeout=RESULT_TIMEOUT_MS)
    expect(eleven).to_contain_text("upload")
    expect(eleven.locator(".documents li")).not_to_have_count(0)
    # Files keep the choice they were dropped with, even those still waiting for their turn when it changes.
    console.select_option("#classify-split", "per_page")
    waiting = [(f"two-{n}.pdf", text_pdf([INVOICE_PAGE, [*RECIPE_PAGE, str(n)]]), "application/pdf") for n in range(5)]
    drop(console, waiting)  # more than are sent at once
    console.select_option("#classify-split", "none")
    for n in range(5):
        card = row(console, f"two-{n}.pdf")
        expect(card).to_have_attribute("data-split", "per_page")
        expect(card).to_have_attribute("data-state", "done", timeout=RESULT_TIMEOUT_MS)
        expect(card.locator(".documents li")).to_have_count(2)
    drop(console, [("whole.pdf", data, "application/pdf")])
    whole = row(console, "whole.pdf")
    expect(whole).to_have_attribute("data-state", "done", timeout=RESULT_TIMEOUT_MS)
    expect(whole.locator(".documents")).to_have_count(0)


def test_a_folder_of_mixed_documents(console: Page, tmp_path: Path) -> None:
    folder = tmp_path / "mixed"
    (folder / "nested").mkdir(parents=True)
    (folder / "small-invoice.pdf").write_bytes(invoice_pdf())
    (folder / "nested" / "large-invoice.pdf").write_bytes(large_invoice_pdf())
    (folder / "random.bin").write_bytes(bytes(range(256)) * 8)
    (folder / ".DS_Store").write_bytes(b"\x00\x00\x00\x01Bud1")
    console.set_input_files("#folder-input", folder)
    expect(console.locator("#results li.result")).to_have_count(3)  # the dot-file is skipped
    small, large, binary = (
        row(console, "small-invoice.pdf"),
        row(console, "large-invoice.pdf"),
        row(console, "random.bin"),
    )
    for done in (small, large):
        expect(done).to_have_attribute("data-state", "done", timeout=RESULT_TIMEOUT_MS)
        expect(done.locator(".file-class")).to_have_text("invoice")
    # The large one went through /uploads, the presigned POST to the bucket (with progress) and polling.
    expect(large).to_contain_text("upload")
    expect(large).to_contain_text("Task")
    expect(large.locator("progress")).to_have_attribute("value", "1")
    expect(binary).to_have_attribute("data-state", "failed", timeout=RESULT_TIMEOUT_MS)
    expect(binary).to_have_attribute("data-error-code", "unsupported_media_type")
    expect(console.locator("#classify-summary")).to_have_text("2 of 3 classified, 1 failed")
    if SCREENSHOTS:
        console.screenshot(path=str(Path(SCREENSHOTS) / "console-classify.png"), full_page=True)


def test_a_429_is_retried_after_retry_after(console: Page) -> None:
    sent: list[float] = []
    console.on("request", lambda r: sent.append(time.monotonic()) if r.url.endswith("/classify_file") else None)

    def throttle_once(route: Route, request: Request) -> None:
        if len(sent) == 1:  # the first try: API Gateway's throttling answer
            route.fulfill(
                status=429,
                headers={"Retry-After": "2", "Content-Type": "application/json"},
                body='{"message": "Too Many Requests", "error": {"code": "throttled", "message": "slow down"}}',
            )
        else:
            route.continue_()

    console.route("**/classify_file", throttle_once)
    drop(console, [("throttled.pdf", invoice_pdf(), "application/pdf")])
    result = row(console, "throttled.pdf")
    expect(result).to_have_attribute("data-state", "retrying")
    expect(result).to_contain_text("throttled: retry 1")
    expect(result).to_have_attribute("data-state", "done", timeout=RESULT_TIMEOUT_MS)
    expect(result.locator(".file-class")).to_have_text("invoice")
    assert len(sent) == 2 and sent[1] - sent[0] >= 2.0  # waited for Retry-After


def test_a_used_up_quota_is_not_retried(console: Page) -> None:
    calls: list[str] = []

    def quota(route: Route, request: Request) -> None:
        calls.append(request.url)
        route.fulfill(
            status=429,
            headers={"Content-Type": "application/json"},
            body='{"message": "Limit Exceeded", "error": {"code": "quota_exceeded", "message": "quota used up"}}',
        )

    console.route("**/classify_file", quota)
    drop(console, [("quota.pdf", invoice_pdf(), "application/pdf")])
    result = row(console, "quota.pdf")
    expect(result).to_have_attribute("data-state", "failed")
    expect(result).to_have_attribute("data-error-code", "quota_exceeded")
    assert len(calls) == 1


def test_in_flight_documents_are_bounded(console: Page) -> None:
    # The browser's own request events: each /classify_file from when it is sent until its answer is read.
    in_flight = {"now": 0, "most": 0}

    def sent(request: Request) -> None:
        if request.url.endswith("/classify_file"):
            in_flight["now"] += 1
            in_flight["most"] = max(in_flight["most"], in_flight["now"])

    def ended(request: Request) -> None:
        if request.url.endswith("/classify_file"):
            in_flight["now"] -= 1

    console.on("request", sent)
    console.on("requestfinished", ended)
    console.on("requestfailed", ended)
    documents = [text_pdf([[*INVOICE_PAGE, f"Customer reference {i}"]]) for i in range(8)]  # no cache hits
    drop(console, [(f"doc-{i}.pdf", data, "application/pdf") for i, data in enumerate(documents)])
    expect(console.locator("#results li.result[data-state=done]")).to_have_count(8, timeout=RESULT_TIMEOUT_MS)
    assert in_flight["most"] == 3  # MAX_IN_FLIGHT in console.js: all of them at once, never more


def test_key_is_asked_for_kept_in_the_session_and_sent(browser: Browser, tmp_path: Path) -> None:
    key = "console-test-key-0001"
    keyed = start_runtime(tmp_path, "--api-key", key, "--no-workers", prefix="console-keyed")
    try:
        page, problems = open_console(browser, keyed.url)  # the page itself needs no key
        expect(page.locator("#key-status")).to_contain_text("needs an API key")
        expect(page.locator("#classify-industry option")).to_have_count(0)
        page.get_by_label("API key").fill(key)
        page.get_by_role("button", name="Use key").click()
        expect(page.locator("#classify-industry option")).not_to_have_count(0)
        assert page.evaluate("sessionStorage.getItem('doc-classifier.api-key')") == key
        assert page.evaluate("localStorage.length") == 0  # nothing outlives the tab
        page.reload()  # same tab: still there
        expect(page.locator("#classify-industry option")).not_to_have_count(0)
        assert not problems, problems
        page.context.close()
    finally:
        keyed.stop()


def test_every_control_is_labelled_and_focus_is_visible(console: Page) -> None:
    unlabelled = console.evaluate(
        """() => [...document.querySelectorAll('input, select, button, [role=button], [role=tab]')]
            .filter((el) => !(el.labels && el.labels.length) && !el.getAttribute('aria-label')
                            && !el.getAttribute('aria-labelledby') && !el.textContent.trim())
            .map((el) => el.outerHTML)"""
    )
    assert unlabelled == []
    console.keyboard.press("Tab")
    console.keyboard.press("Tab")
    outline = console.evaluate("getComputedStyle(document.activeElement).outlineStyle")
    assert outline not in ("", "none")


@pytest.mark.parametrize(("width", "scale"), [(375, 1), (640, 2)], ids=["phone", "zoom-200"])
def test_fits_a_phone_and_200_percent_zoom(browser: Browser, served: Runtime, width: int, scale: int) -> None:
    # 200% zoom of a 1280 px window is a 640 CSS px layout at device scale 2.
    page, problems = open_console(
        browser, served.url, viewport={"width": width, "height": 800}, device_scale_factor=scale
    )
    drop(page, [("phone-invoice.pdf", invoice_pdf(), "application/pdf")])
    expect(row(page, "phone-invoice.pdf")).to_have_attribute("data-state", "done", timeout=RESULT_TIMEOUT_MS)
    page.get_by_role("tab", name="Review").click()
    for selector in ("#panel-review", "#panel-classify"):
        if selector == "#panel-classify":
            page.get_by_role("tab", name="Classify").click()
        overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
        assert overflow <= 0, f"{selector}: {overflow} px wider than the screen"
    assert not problems, problems
    page.context.close()


def export_feedback(runtime: Runtime) -> list[dict[str, object]]:
    """``doc-classifier ops export-feedback`` against the runtime's emulator, as an operator runs it."""
    names = ResourceNames(runtime.prefix)
    env = {
        **os.environ,
        "AWS_ENDPOINT_URL": runtime.aws_endpoint,
        "AWS_ACCESS_KEY_ID": "testing",
        "AWS_SECRET_ACCESS_KEY": "testing",
        "AWS_DEFAULT_REGION": "us-east-1",
        "TASKS_TABLE_NAME": names.tasks_table,
        "CACHE_TABLE_NAME": names.cache_table,
        "UPLOAD_BUCKET_NAME": names.bucket,
    }
    done = subprocess.run(
        [sys.executable, "-m", "doc_classifier.cli", "ops", "export-feedback"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    return [json.loads(line) for line in done.stdout.splitlines() if line.strip()]


def open_reviews(runtime: Runtime) -> set[str]:
    answer = requests.get(f"{runtime.url}/reviews", params={"status": "open", "limit": 100}, timeout=10)
    assert answer.status_code == 200, answer.text
    return {item["task_id"] for item in answer.json()["items"]}


@pytest.mark.skipif(
    not any(r.path == "/reviews" for r in sd.ROUTES),
    reason="GET /reviews (the review queue backend, branch 'review') is not in infra/service_definition.py ROUTES yet",
)
def test_review_unsure_documents_with_the_keyboard(console: Page, served: Runtime) -> None:
    # Documents the model cannot place (it answers `unknown`), large enough to take the upload route:
    # an asynchronous task, whose document the review keeps for the preview.
    unsure = {
        "recipe.pdf": text_pdf([RECIPE_PAGE] * 30),
        "poem.pdf": text_pdf([POEM_PAGE] * 30),
    }
    assert all(len(data) > SYNC_MAX_BYTES for data in unsure.values())
    drop(console, [(name, data, "application/pdf") for name, data in unsure.items()])
    task_ids = {}
    for name in unsure:
        card = row(console, name)
        expect(card).to_have_attribute("data-state", "done", timeout=RESULT_TIMEOUT_MS)
        expect(card.locator(".file-class")).to_have_text("unknown")
        task_ids[name] = card.get_attribute("data-task-id")
    recipe, poem = task_ids["recipe.pdf"], task_ids["poem.pdf"]
    assert {recipe, poem} <= open_reviews(served)

    console.get_by_label("Reviewer name").fill("Ada Reviewer")
    console.get_by_label("Reviewer name").press("Tab")
    console.get_by_role("tab", name="Review").click()
    entry = console.locator(f"#review-list li[data-task-id='{recipe}'] button")
    expect(entry).to_be_visible(timeout=RESULT_TIMEOUT_MS)
    # The industry filter asks the service for that industry's items only.
    console.get_by_label("Industry", exact=True).last.select_option("legal")
    expect(entry).to_have_count(0)
    console.get_by_label("Industry", exact=True).last.select_option("")
    expect(entry).to_be_visible()
    entry.click()
    item = console.locator("#review-item")
    expect(item).to_have_attribute("data-task-id", recipe)
    preview = console.locator("#item-preview")
    expect(preview).to_be_visible(timeout=RESULT_TIMEOUT_MS)  # the first page, as PNG
    assert console.evaluate("document.getElementById('item-preview').naturalWidth") > 0
    # Opening the open item again keeps its picture; reloading it raced the load already under way
    # (a visible image with no picture, seen in CI).
    entry.click()
    assert preview.evaluate("image => !image.hidden && image.naturalWidth > 0")
    expect(console.locator("#item-reasoning")).not_to_be_empty()
    console.keyboard.press("?")
    expect(console.locator("#review-help")).to_be_visible()
    console.keyboard.press("Escape")
    expect(console.locator("#review-help")).to_be_hidden()
    if SCREENSHOTS:
        console.screenshot(path=str(Path(SCREENSHOTS) / "console-review.png"), full_page=True)

    # Correct the recipe to `receipt` with its number key: it leaves the queue and the next item opens.
    receipt_key = console.locator("#item-choices button[data-label='receipt'] kbd").inner_text()
    console.keyboard.press(receipt_key)
    expect(console.locator(f"#review-list li[data-task-id='{recipe}']")).to_have_count(0)
    expect(item).not_to_have_attribute("data-task-id", recipe)
    expect(console.locator("#review-status")).to_have_text("Corrected unknown to receipt.")
    # Find the poem with j/k and confirm the prediction with c.
    for _ in range(len(console.locator("#review-list li").all())):
        if item.get_attribute("data-task-id") == poem:
            break
        console.keyboard.press("j")
    expect(item).to_have_attribute("data-task-id", poem)
    console.keyboard.press("c")
    expect(console.locator("#review-status")).to_have_text("Confirmed unknown.")
    expect(console.locator(f"#review-list li[data-task-id='{poem}']")).to_have_count(0)

    assert not {recipe, poem} & open_reviews(served)
    closed = requests.get(f"{served.url}/reviews", params={"status": "closed", "limit": 100}, timeout=10).json()
    verdicts = {item["task_id"]: item["verdict"] for item in closed["items"]}
    assert verdicts[recipe]["reviewer"] == "Ada Reviewer" and verdicts[recipe]["correct_class"] == "receipt"
    assert verdicts[poem]["agreed"] is True
    exported = {row["task_id"]: row for row in export_feedback(served)}
    assert exported[recipe]["predicted_class"] == "unknown" and exported[recipe]["correct_class"] == "receipt"
    assert exported[poem]["correct_class"] == "unknown"


def test_a_packet_in_review_lists_its_documents(console: Page, served: Runtime) -> None:
    # Two pages the model cannot place, labelled page by page: the packet is unknown, so it enters review.
    data = text_pdf([RECIPE_PAGE, POEM_PAGE])
    accepted = post_packet(served, "/classify_file_async", data, split="per_page", industry="finance")
    assert accepted.status_code == 202, accepted.text
    task_id = accepted.json()["task_id"]
    deadline = time.monotonic() + RESULT_TIMEOUT_MS / 1000
    while task_id not in open_reviews(served):
        assert time.monotonic() < deadline, "the packet did not enter review"
        time.sleep(0.5)
    console.get_by_role("tab", name="Review").click()
    entry = console.locator(f"#review-list li[data-task-id='{task_id}'] button")
    expect(entry).to_be_visible(timeout=RESULT_TIMEOUT_MS)
    entry.click()
    documents = console.get_by_role("list", name="Documents in this packet").locator("li")
    expect(documents).to_have_count(2)
    expect(documents.last).to_have_attribute("data-pages", "2-2")
    # The reviewer says what each document is: page 2 is an invoice after all; page 1 stays unknown.
    console.get_by_role("combobox", name="Class of page 2").select_option("invoice")
    # Then that the split cut one document in two: joined, the two pages are one invoice.
    console.get_by_role("button", name="Join page 2 with the document before").click()
    expect(documents).to_have_count(1)
    expect(documents.first).to_have_attribute("data-pages", "1-2")
    # A reviewer who changes their mind cuts it again before page 2 (as for two documents the split joined).
    console.get_by_role("combobox", name="Page of pages 1\u20132 that starts a document").select_option("2")
    console.get_by_role("button", name="Cut pages 1\u20132 before the chosen page").click()
    expect(documents).to_have_count(2)
    expect(documents.last).to_have_attribute("data-pages", "2-2")
    console.get_by_role("button", name="Join page 2 with the document before").click()
    console.get_by_role("combobox", name="Class of pages 1\u20132").select_option("invoice")
    console.get_by_role("button", name="Send these documents (d)").click()
    expect(console.locator("#review-status")).to_have_text("Recorded the packet's documents, 1 corrected.")
    feedback = requests.get(f"{served.url}/classification_result/{task_id}", timeout=10).json()["feedback"]
    assert feedback["correct_class"] == "invoice"  # the packet's class: its first document that is not unknown
    assert [(d["pages"], d["correct_class"], d["predicted_class"]) for d in feedback["documents"]] == [
        ([1, 2], "invoice", None),  # no document of the result ran over these pages
    ]
