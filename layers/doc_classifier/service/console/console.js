// The review console: classify documents and work through the review queue. Plain JS, no build step;
// served by the API next to the routes it calls (same origin), under a CSP that allows only this file.
"use strict";

(() => {
  const $ = (id) => document.getElementById(id);
  const metaNumber = (name) => Number(document.querySelector(`meta[name="${name}"]`)?.content) || 0;

  const KEY_STORAGE = "doc-classifier.api-key";
  const REVIEWER_STORAGE = "doc-classifier.reviewer";
  // Limits come from the service's settings (the page is filled in by the API); the fallbacks are its defaults.
  const SYNC_MAX_BYTES = metaNumber("sync-max-bytes") || 4 * 1024 * 1024;
  const UPLOAD_MAX_BYTES = metaNumber("upload-max-bytes") || 50 * 1024 * 1024;
  const MAX_IN_FLIGHT = 3; // documents being sent or waited for at once
  const MAX_ATTEMPTS = 6; // per request, on 429/503/lost connection
  const BACKOFF_BASE_MS = 500;
  const BACKOFF_CAP_MS = 30000;
  const POLL_FIRST_MS = 500;
  const POLL_CAP_MS = 5000;
  const POLL_DEADLINE_MS = 10 * 60 * 1000;
  const REVIEW_PAGE = 25;
  const REVIEW_LOW_WATER = 5; // fetch the next page when fewer items than this are left
  // The page is <stage>/console: the API is the same path without "/console" (API Gateway's /prod, or none).
  const BASE = location.pathname.replace(/\/console\/?$/, "");

  // ---------------------------------------------------------------- API client

  class ApiError extends Error {
    constructor(status, code, message) {
      super(message);
      this.status = status;
      this.code = code;
    }
  }

  const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

  // Exponential with jitter, never sooner than the answer's Retry-After.
  function backoffMs(attempt, retryAfterSeconds) {
    const ceiling = Math.min(BACKOFF_CAP_MS, BACKOFF_BASE_MS * 2 ** attempt);
    const jittered = ceiling / 2 + Math.random() * (ceiling / 2);
    return Math.max(jittered, retryAfterSeconds * 1000);
  }

  function retryAfterSeconds(headerValue) {
    if (!headerValue) return 0;
    const seconds = Number(headerValue);
    if (Number.isFinite(seconds)) return Math.max(0, seconds);
    const at = Date.parse(headerValue); // the HTTP-date form
    return Number.isFinite(at) ? Math.max(0, (at - Date.now()) / 1000) : 0;
  }

  async function errorOf(response) {
    let code = `http_${response.status}`;
    let message = `the service answered ${response.status}`;
    try {
      const body = await response.json();
      if (body && body.error) {
        code = body.error.code || code;
        message = body.error.message || message;
      }
    } catch {
      // not JSON: keep the status
    }
    return new ApiError(response.status, code, message);
  }

  function apiKeyHeaders() {
    const key = sessionStorage.getItem(KEY_STORAGE);
    return key ? { "x-api-key": key } : {};
  }

  // One request to the API, retried on throttling (429 but not a used-up quota), 503 and lost connections.
  // onRetry(reason, delayMs, attempt) lets the caller say what is happening.
  async function api(path, { method = "GET", json, form, accept, onRetry } = {}) {
    for (let attempt = 0; ; attempt += 1) {
      const headers = apiKeyHeaders();
      if (accept) headers.accept = accept;
      let body;
      if (json !== undefined) {
        headers["content-type"] = "application/json";
        body = JSON.stringify(json);
      } else if (form !== undefined) {
        body = form;
      }
      let response;
      try {
        response = await fetch(BASE + path, { method, headers, body, credentials: "omit", cache: "no-store" });
      } catch {
        if (attempt + 1 >= MAX_ATTEMPTS) throw new ApiError(0, "network_error", "the service did not answer");
        const delay = backoffMs(attempt, 0);
        onRetry?.("no answer", delay, attempt + 1);
        await sleep(delay);
        continue;
      }
      if (response.ok) return response;
      const error = await errorOf(response);
      const retryable = (response.status === 429 && error.code !== "quota_exceeded") || response.status === 503;
      if (!retryable || attempt + 1 >= MAX_ATTEMPTS) {
        if (response.status === 403 && error.code === "forbidden") keyProblem();
        throw error;
      }
      const delay = backoffMs(attempt, retryAfterSeconds(response.headers.get("Retry-After")));
      onRetry?.(response.status === 429 ? "throttled" : "service busy", delay, attempt + 1);
      await sleep(delay);
    }
  }

  const apiJson = async (path, options) => (await api(path, options)).json();

  // ---------------------------------------------------------------- formatting

  const percent = (p) => `${(Number(p) * 100).toFixed(1)}%`;

  function bytes(n) {
    if (n >= 1024 * 1024) return `${(n / (1024 * 1024)).toFixed(n % (1024 * 1024) ? 1 : 0)} MB`;
    if (n >= 1024) return `${Math.round(n / 1024)} KB`;
    return `${n} B`;
  }

  function cost(metadata) {
    const usd = metadata && metadata.cost_usd;
    if (typeof usd !== "number") return "none reported";
    return usd > 0 ? `$${usd.toPrecision(3)}` : "$0";
  }

  function element(tag, attributes = {}, ...children) {
    const node = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes)) {
      if (name === "text") node.textContent = value;
      else node.setAttribute(name, value);
    }
    for (const child of children) node.append(child);
    return node;
  }

  function alternativesList(alternatives) {
    const list = element("ul", { class: "alternatives" });
    for (const alt of alternatives || []) {
      list.append(element("li", { text: `${alt.label} ${percent(alt.probability)}` }));
    }
    return list;
  }

  // A split file's documents (or pages, for per_page) with their page ranges.
  function documentsList(documents, name) {
    const list = element("ol", { class: "documents", "aria-label": `Documents in ${name}` });
    for (const doc of documents) {
      const [first, last] = doc.pages;
      const pages = first === last ? `page ${first}` : `pages ${first}–${last}`;
      list.append(
        element(
          "li",
          { "data-file-class": doc.file_class, "data-pages": `${first}-${last}` },
          element("span", { class: "pages", text: pages }),
          " ",
          element("strong", { text: doc.file_class }),
          ` ${percent(doc.confidence)}`,
        ),
      );
    }
    return list;
  }

  // A packet in review: its documents, each with a class the reviewer may change, after the first a button that
  // joins it to the one before (a document the split cut in two) and, when it has several pages, a page to cut it
  // before (two documents the split joined); sent together (key d).
  function documentChoices(item) {
    item.draft ??= item.documents.map((doc) => ({ pages: [...doc.pages], correct_class: doc.file_class }));
    const predicted = new Map(item.documents.map((doc) => [doc.pages.join("-"), doc]));
    const list = element("ol", { class: "documents", "aria-label": "Documents in this packet" });
    item.draft.forEach((doc, i) => {
      const [first, last] = doc.pages;
      const pages = first === last ? `page ${first}` : `pages ${first}–${last}`;
      const select = element("select", { "aria-label": `Class of ${pages}` });
      for (const label of new Set([doc.correct_class, ...(item.categories || [])])) {
        const option = element("option", { value: label, text: label });
        option.selected = label === doc.correct_class;
        select.append(option);
      }
      select.addEventListener("change", () => (doc.correct_class = select.value));
      const found = predicted.get(`${first}-${last}`);
      const row = element(
        "li",
        { "data-file-class": doc.correct_class, "data-pages": `${first}-${last}` },
        element("span", { class: "pages", text: pages }),
        " ",
        select,
        found ? ` ${percent(found.confidence)}` : " (changed)",
      );
      const redraw = () => $("item-documents").replaceChildren(documentChoices(item));
      if (i > 0) {
        const join = element("button", { type: "button", class: "join", text: "Join with the one before" });
        join.setAttribute("aria-label", `Join ${pages} with the document before`);
        join.addEventListener("click", () => {
          item.draft[i - 1].pages[1] = last;
          item.draft.splice(i, 1);
          redraw();
        });
        row.append(" ", join);
      }
      if (last > first) {
        const at = element("select", { "aria-label": `Page of ${pages} that starts a document` });
        for (let page = first + 1; page <= last; page++) at.append(element("option", { value: page, text: page }));
        const cut = element("button", { type: "button", class: "cut", text: "Cut before page" });
        cut.setAttribute("aria-label", `Cut ${pages} before the chosen page`);
        cut.addEventListener("click", () => {
          const page = Number(at.value);
          doc.pages[1] = page - 1;
          item.draft.splice(i + 1, 0, { pages: [page, last], correct_class: doc.correct_class });
          redraw();
        });
        row.append(" ", cut, " ", at);
      }
      list.append(row);
    });
    const send = element("button", { type: "button", id: "verdict-documents", "aria-keyshortcuts": "d" });
    send.append("Send these documents (d)");
    send.addEventListener("click", () => verdictDocuments());
    return element("div", {}, list, send);
  }

  // ---------------------------------------------------------------- API key and reviewer

  const keyStatus = $("key-status");

  function keyProblem() {
    keyStatus.textContent = sessionStorage.getItem(KEY_STORAGE)
      ? "The service refused this API key: check it and press Use key."
      : "This service needs an API key: type it and press Use key.";
    keyStatus.dataset.state = "error";
  }

  function setUpKey() {
    const input = $("api-key");
    input.value = sessionStorage.getItem(KEY_STORAGE) || "";
    $("reviewer").value = sessionStorage.getItem(REVIEWER_STORAGE) || "";
    $("key-form").addEventListener("submit", (event) => {
      event.preventDefault();
      const key = input.value.trim();
      if (key) sessionStorage.setItem(KEY_STORAGE, key);
      else sessionStorage.removeItem(KEY_STORAGE);
      keyStatus.textContent = key ? "Key kept for this tab." : "No key: requests go without one.";
      keyStatus.dataset.state = "ok";
      loadIndustries();
      if (!$("panel-review").hidden) loadReviews(true);
    });
    $("key-forget").addEventListener("click", () => {
      sessionStorage.removeItem(KEY_STORAGE);
      input.value = "";
      keyStatus.textContent = "Key forgotten.";
      keyStatus.dataset.state = "ok";
    });
    $("reviewer").addEventListener("change", (event) => {
      const name = event.target.value.trim();
      if (name) sessionStorage.setItem(REVIEWER_STORAGE, name);
      else sessionStorage.removeItem(REVIEWER_STORAGE);
    });
  }

  // ---------------------------------------------------------------- tabs

  const tabs = [$("tab-classify"), $("tab-review")];

  function selectTab(tab, focus = false) {
    for (const other of tabs) {
      const selected = other === tab;
      other.setAttribute("aria-selected", String(selected));
      other.tabIndex = selected ? 0 : -1;
      $(other.getAttribute("aria-controls")).hidden = !selected;
    }
    if (focus) tab.focus();
    if (tab.id === "tab-review") {
      history.replaceState(null, "", "#review");
      if (!review.loaded) loadReviews(true);
    } else {
      history.replaceState(null, "", "#classify");
    }
  }

  function setUpTabs() {
    for (const tab of tabs) {
      tab.addEventListener("click", () => selectTab(tab));
      tab.addEventListener("keydown", (event) => {
        const step = { ArrowRight: 1, ArrowLeft: -1 }[event.key];
        if (!step) return;
        event.preventDefault();
        selectTab(tabs[(tabs.indexOf(tab) + step + tabs.length) % tabs.length], true);
      });
    }
    if (location.hash === "#review") selectTab($("tab-review"));
  }

  // ---------------------------------------------------------------- industries

  async function loadIndustries() {
    try {
      const answer = await apiJson("/industries");
      for (const [select, keepFirst] of [
        [$("classify-industry"), false],
        [$("review-industry"), true],
      ]) {
        const chosen = select.value;
        select.replaceChildren(...(keepFirst ? [select.options[0]] : []));
        for (const industry of answer.industries) {
          select.append(element("option", { value: industry.id, text: industry.name }));
        }
        select.value = chosen || (keepFirst ? "" : answer.default);
      }
    } catch (error) {
      if (error.code !== "forbidden") $("classify-summary").textContent = `Industries unavailable: ${error.message}`;
    }
  }

  // ---------------------------------------------------------------- classify

  const pending = [];
  const counts = { total: 0, done: 0, failed: 0 };
  let inFlight = 0;

  function summary() {
    const left = counts.total - counts.done - counts.failed;
    $("classify-summary").textContent =
      `${counts.done} of ${counts.total} classified` +
      (counts.failed ? `, ${counts.failed} failed` : "") +
      (left ? `, ${left} in progress` : "");
  }

  function resultRow(file) {
    const name = file.webkitRelativePath || file.name || "document";
    const state = element("p", { class: "state", text: "waiting" });
    const row = element(
      "li",
      { class: "result", "data-state": "waiting" },
      element("h3", { class: "file-name", text: name }),
      element("p", { class: "size", text: bytes(file.size) }),
      state,
    );
    $("results").prepend(row);
    return { row, state, name };
  }

  function setState(job, text, state = "working") {
    job.state.textContent = text;
    job.row.dataset.state = state;
  }

  function retryNote(job) {
    return (reason, delay, attempt) =>
      setState(job, `${reason}: retry ${attempt} of ${MAX_ATTEMPTS - 1} in ${(delay / 1000).toFixed(1)} s`, "retrying");
  }

  function showResult(job, result, how) {
    const metadata = result.metadata || {};
    job.row.dataset.state = "done";
    job.row.dataset.fileClass = result.file_class;
    const taskId = result.task_id || result.review_task_id; // a sync result has a task only when in review
    if (taskId) job.row.dataset.taskId = taskId;
    job.state.replaceChildren(
      element("strong", { class: "file-class", text: result.file_class }),
      ` ${percent(result.confidence)} · ${result.industry}`,
    );
    const facts = element("dl", { class: "facts" });
    const fact = (term, value) => facts.append(element("dt", { text: term }), element("dd", { text: value }));
    fact("Decided by", String(metadata.classifier || "unknown"));
    fact("Cost", cost(metadata));
    fact("Route", how + (result.cached ? " (cached)" : ""));
    if (taskId) fact("Task", taskId);
    if (result.in_review) fact("Review", "waiting in the review queue");
    job.row.append(
      facts,
      element("p", { class: "reasoning", text: result.reasoning || "" }),
      alternativesList(result.alternatives),
    );
    if (result.documents) job.row.append(documentsList(result.documents, job.name));
  }

  function showFailure(job, error) {
    job.row.dataset.state = "failed";
    job.row.dataset.errorCode = error.code || "error";
    job.state.replaceChildren(element("strong", { class: "error", text: "Failed: " }), `${error.message} (${error.code})`);
  }

  async function classifySync(job, industry, split) {
    setState(job, "classifying");
    const form = new FormData();
    form.append("file", job.file, job.file.name || "document");
    form.append("industry", industry);
    if (split !== "none") form.append("split", split);
    return apiJson("/classify_file", { method: "POST", form, onRetry: retryNote(job) });
  }

  // The presigned POST goes straight to the bucket (XHR: fetch has no upload progress).
  function postToBucket(upload, file, onProgress) {
    return new Promise((resolve, reject) => {
      const form = new FormData();
      for (const [name, value] of Object.entries(upload.fields)) form.append(name, value);
      form.append("file", file); // S3 ignores fields after the file
      const xhr = new XMLHttpRequest();
      xhr.open("POST", upload.url);
      xhr.upload.addEventListener("progress", (event) => {
        if (event.lengthComputable) onProgress(event.loaded / event.total);
      });
      xhr.addEventListener("load", () => {
        if (xhr.status >= 200 && xhr.status < 300) resolve();
        else reject(new ApiError(xhr.status, "upload_failed", `the bucket answered ${xhr.status}`));
      });
      xhr.addEventListener("error", () => reject(new ApiError(0, "upload_failed", "the upload did not reach the bucket")));
      xhr.send(form);
    });
  }

  async function uploadWithRetries(job, upload) {
    const progress = element("progress", { max: "1", value: "0", "aria-label": `Upload of ${job.name}` });
    job.row.append(progress);
    for (let attempt = 0; ; attempt += 1) {
      try {
        await postToBucket(upload, job.file, (fraction) => {
          progress.value = fraction;
          setState(job, `uploading ${Math.round(fraction * 100)}%`);
        });
        progress.value = 1;
        return;
      } catch (error) {
        const retryable = error.status === 0 || error.status === 503 || error.status === 429;
        if (!retryable || attempt + 1 >= MAX_ATTEMPTS) throw error;
        const delay = backoffMs(attempt, 0);
        retryNote(job)("upload interrupted", delay, attempt + 1);
        await sleep(delay);
      }
    }
  }

  async function classifyByUpload(job, industry, split) {
    setState(job, "requesting an upload");
    const ticket = await apiJson("/uploads", {
      method: "POST",
      json: { filename: job.name.slice(0, 1024), industry, ...(split !== "none" && { split }) },
      onRetry: retryNote(job),
    });
    await uploadWithRetries(job, ticket.upload);
    const started = Date.now();
    let delay = POLL_FIRST_MS;
    while (Date.now() - started < POLL_DEADLINE_MS) {
      const task = await apiJson(`/classification_result/${encodeURIComponent(ticket.task_id)}`, {
        onRetry: retryNote(job),
      });
      if (task.status === "completed") return { ...task.result, task_id: task.task_id, in_review: Boolean(task.review) };
      if (task.status === "failed") {
        const error = task.error || { code: "failed", message: "the task failed" };
        throw new ApiError(0, error.code, error.message);
      }
      setState(job, `${task.status} (task ${task.task_id})`);
      await sleep(delay);
      delay = Math.min(POLL_CAP_MS, delay * 1.5);
    }
    throw new ApiError(0, "timeout", `no result within ${POLL_DEADLINE_MS / 60000} minutes (task ${ticket.task_id})`);
  }

  async function classify(job) {
    const { industry, split } = job;
    if (job.file.size > UPLOAD_MAX_BYTES) {
      throw new ApiError(413, "file_too_large", `${bytes(job.file.size)} is over the ${bytes(UPLOAD_MAX_BYTES)} limit`);
    }
    if (job.file.size <= SYNC_MAX_BYTES) {
      try {
        const result = await classifySync(job, industry, split);
        return [{ ...result, in_review: Boolean(result.review_task_id) }, "classify_file"];
      } catch (error) {
        // The service's own limit may be lower than the page was told, or the packet too long to split at
        // once: take the upload route then (the worker splits it).
        if (!["file_too_large", "too_large", "too_many_pages"].includes(error.code)) throw error;
      }
    }
    return [await classifyByUpload(job, industry, split), "upload"];
  }

  function pump() {
    while (inFlight < MAX_IN_FLIGHT && pending.length) {
      const job = pending.shift();
      inFlight += 1;
      classify(job)
        .then(([result, how]) => {
          counts.done += 1;
          showResult(job, result, how);
        })
        .catch((error) => {
          counts.failed += 1;
          showFailure(job, error);
        })
        .finally(() => {
          inFlight -= 1;
          summary();
          pump();
        });
    }
  }

  function enqueue(files) {
    // Each file keeps the industry and split chosen when it was dropped, whenever its turn comes.
    const options = { industry: $("classify-industry").value, split: $("classify-split").value };
    for (const file of files) {
      const job = { file, ...options, ...resultRow(file) };
      job.row.dataset.split = options.split;
      pending.push(job);
      counts.total += 1;
    }
    summary();
    pump();
  }

  // Files of dropped folders, read through the entries API (a plain DataTransfer lists only top-level files).
  function filesFromDrop(dataTransfer) {
    const entries = [...dataTransfer.items].map((item) => item.webkitGetAsEntry && item.webkitGetAsEntry());
    if (!entries.length || entries.some((entry) => !entry)) return Promise.resolve([...dataTransfer.files]);
    const files = [];
    const fileOf = (entry) => new Promise((resolve, reject) => entry.file(resolve, reject));
    const batchOf = (reader) => new Promise((resolve, reject) => reader.readEntries(resolve, reject));
    async function walk(entry, top) {
      if (!top && entry.name.startsWith(".")) return; // .DS_Store and friends inside folders
      if (entry.isFile) {
        files.push(await fileOf(entry));
      } else if (entry.isDirectory) {
        const reader = entry.createReader();
        for (let batch = await batchOf(reader); batch.length; batch = await batchOf(reader)) {
          for (const child of batch) await walk(child, false);
        }
      }
    }
    return (async () => {
      for (const entry of entries) await walk(entry, true);
      return files;
    })();
  }

  function setUpClassify() {
    $("sync-limit").textContent = bytes(SYNC_MAX_BYTES);
    $("upload-limit").textContent = bytes(UPLOAD_MAX_BYTES);
    for (const input of [$("file-input"), $("folder-input")]) {
      input.addEventListener("change", () => {
        enqueue([...input.files].filter((file) => !file.name.startsWith(".") || input.id === "file-input"));
        input.value = "";
      });
    }
    const zone = $("dropzone");
    zone.addEventListener("keydown", (event) => {
      if (event.key === "Enter" || event.key === " ") {
        event.preventDefault();
        $("file-input").click();
      }
    });
    zone.addEventListener("dragover", (event) => {
      event.preventDefault();
      zone.dataset.over = "true";
    });
    zone.addEventListener("dragleave", () => delete zone.dataset.over);
    zone.addEventListener("drop", (event) => {
      event.preventDefault();
      delete zone.dataset.over;
      filesFromDrop(event.dataTransfer).then(enqueue);
    });
  }

  // ---------------------------------------------------------------- review

  const review = {
    items: [],
    index: 0,
    cursor: null,
    loaded: false,
    loading: false,
    previewUrl: null,
    previewTask: null, // the task whose first page is shown or loading
    previewTicket: 0, // bumped by each load, so a slower earlier load cannot overwrite a later one
  };

  function announce(text, state = "ok") {
    const status = $("review-status");
    status.textContent = text;
    status.dataset.state = state;
  }

  const current = () => review.items[review.index];

  function choicesOf(item) {
    const labels = [...(item.alternatives || []).map((alt) => alt.label), ...(item.categories || [])];
    return [...new Set(labels)];
  }

  function renderList() {
    const list = $("review-list");
    list.replaceChildren(
      ...review.items.map((item, index) => {
        const button = element("button", {
          type: "button",
          class: "queue-entry",
          text: `${item.file_class} ${percent(item.confidence)} · ${item.industry}`,
        });
        if (index === review.index) button.setAttribute("aria-current", "true");
        button.addEventListener("click", () => showItem(index));
        return element("li", { "data-task-id": item.task_id }, button);
      }),
    );
    $("review-more").hidden = !review.cursor;
    $("review-count").textContent = review.items.length ? `${review.items.length}${review.cursor ? "+" : ""}` : "";
  }

  async function showPreview(item) {
    // Showing the open item again (a click on it, the queue reloading) keeps its picture: reloading it
    // would race the load already under way for the same image element.
    if (review.previewTask === item.task_id) return;
    review.previewTask = item.task_id;
    const ticket = ++review.previewTicket;
    const stale = () => ticket !== review.previewTicket;
    const image = $("item-preview");
    const note = $("item-preview-note");
    if (review.previewUrl) URL.revokeObjectURL(review.previewUrl);
    review.previewUrl = null;
    image.removeAttribute("src");
    image.hidden = true;
    note.textContent = "Loading the first page…";
    try {
      // API Gateway returns a binary body as bytes only to a request that Accepts its type.
      const response = await api(`/classification_result/${encodeURIComponent(item.task_id)}/preview`, {
        accept: "image/png",
      });
      const blob = await response.blob();
      if (stale()) return; // the reviewer moved on while it loaded
      review.previewUrl = URL.createObjectURL(blob);
      image.src = review.previewUrl;
      await image.decode(); // shown only once it is a picture
      if (stale()) return;
      image.hidden = false;
      note.textContent = "First page";
    } catch (error) {
      if (stale()) return;
      review.previewTask = null; // opening the item again tries again
      note.textContent = `No preview: ${error.message}`;
    }
  }

  function showItem(index) {
    review.index = Math.max(0, Math.min(index, review.items.length - 1));
    renderList();
    const item = current();
    const panel = $("review-item");
    if (!item) {
      panel.hidden = true;
      if (review.loaded && !review.loading) announce(review.cursor ? "Loading more…" : "The queue is empty.");
      return;
    }
    panel.hidden = false;
    panel.dataset.taskId = item.task_id;
    $("item-heading").textContent = `Item ${review.index + 1} of ${review.items.length}${review.cursor ? "+" : ""}`;
    $("item-class").textContent = item.file_class;
    $("item-confidence").textContent = percent(item.confidence);
    $("item-reason").textContent = item.reason || "";
    $("item-classifier").textContent = `${item.classifier || "unknown"} · ${cost(item)}`;
    $("item-entered").textContent = new Date(item.entered_at * 1000).toLocaleString();
    $("item-reasoning").textContent = item.reasoning || "";
    $("item-documents").replaceChildren(...(item.documents ? [documentChoices(item)] : []));
    const probability = new Map((item.alternatives || []).map((alt) => [alt.label, alt.probability]));
    $("item-choices").replaceChildren(
      ...choicesOf(item).map((label, i) => {
        const button = element("button", { type: "button", class: "choice", "data-label": label });
        if (i < 9) {
          button.append(element("kbd", { text: String(i + 1) }), " ");
          button.setAttribute("aria-keyshortcuts", String(i + 1));
        }
        button.append(label);
        if (probability.has(label)) button.append(element("span", { class: "p", text: ` ${percent(probability.get(label))}` }));
        if (label === item.file_class) button.append(element("span", { class: "predicted", text: " (predicted)" }));
        button.addEventListener("click", () => verdict(label));
        return element("li", {}, button);
      }),
    );
    showPreview(item);
  }

  async function loadReviews(reset) {
    if (review.loading) return;
    review.loading = true;
    if (reset) {
      review.items = [];
      review.index = 0;
      review.cursor = null;
      announce("Loading the queue…");
    }
    const params = new URLSearchParams({ status: "open", limit: String(REVIEW_PAGE) });
    const industry = $("review-industry").value;
    if (industry) params.set("industry", industry);
    if (!reset && review.cursor) params.set("cursor", review.cursor);
    try {
      const page = await apiJson(`/reviews?${params}`);
      const known = new Set(review.items.map((item) => item.task_id));
      review.items.push(...page.items.filter((item) => !known.has(item.task_id)));
      review.cursor = page.next_cursor || null;
      review.loaded = true;
      announce(review.items.length ? `${review.items.length}${review.cursor ? "+" : ""} open items.` : "The queue is empty.");
    } catch (error) {
      announce(`The review queue is unavailable: ${error.message} (${error.code})`, "error");
    } finally {
      review.loading = false;
    }
    showItem(review.index);
  }

  function verdict(label) {
    return sendVerdict({ correct_class: label }, (item) =>
      label === item.file_class ? `Confirmed ${label}.` : `Corrected ${item.file_class} to ${label}.`,
    );
  }

  // The packet's documents as the reviewer set them (the API derives the packet's class from them).
  function verdictDocuments() {
    const item = current();
    if (!item || !item.documents) return;
    const documents = item.draft.map((doc) => ({ pages: doc.pages, correct_class: doc.correct_class }));
    const predicted = new Set(item.documents.map((doc) => `${doc.pages.join("-")} ${doc.file_class}`));
    const changed = documents.filter((doc) => !predicted.has(`${doc.pages.join("-")} ${doc.correct_class}`)).length;
    return sendVerdict({ documents }, () =>
      changed ? `Recorded the packet's documents, ${changed} corrected.` : "Confirmed the packet's documents.",
    );
  }

  async function sendVerdict(body, said) {
    const item = current();
    if (!item) return;
    const position = review.index;
    // The next item opens at once; the verdict is sent meanwhile and the item comes back if it fails.
    review.items.splice(position, 1);
    showItem(position);
    // The pressed button went with the item: keep focus in the review, where the next item now is.
    if (document.activeElement === document.body || !document.activeElement) $("review-item").focus();
    const reviewer = $("reviewer").value.trim();
    if (reviewer) body.reviewer = reviewer;
    try {
      await api(`/classification_result/${encodeURIComponent(item.task_id)}/feedback`, { method: "POST", json: body });
      announce(said(item));
    } catch (error) {
      if (error.code === "feedback_exists") {
        announce("That item already had a verdict.");
      } else {
        review.items.splice(Math.min(position, review.items.length), 0, item);
        showItem(review.index);
        announce(`Verdict not recorded: ${error.message} (${error.code})`, "error");
      }
    }
    if (review.items.length - review.index < REVIEW_LOW_WATER && review.cursor) loadReviews(false);
  }

  function typing(target) {
    return target instanceof Element && target.closest("input, select, textarea, [contenteditable='true']");
  }

  function onReviewKey(event) {
    if ($("panel-review").hidden || event.ctrlKey || event.metaKey || event.altKey || typing(event.target)) return;
    const help = $("review-help");
    if (help.open) return; // the dialog has its own keys (Escape closes it)
    const item = current();
    const key = event.key;
    if (key === "?") help.showModal();
    else if (key === "j") showItem(review.index + 1);
    else if (key === "k") showItem(review.index - 1);
    else if (key === "r") loadReviews(true);
    else if (key === "u" && item) verdict("unknown");
    else if (key === "c" && item) verdict(item.file_class);
    else if (key === "d" && item && item.documents) verdictDocuments();
    else if (key === "Enter" && item && !(event.target instanceof HTMLButtonElement)) verdict(item.file_class);
    else if (/^[1-9]$/.test(key) && item && choicesOf(item)[Number(key) - 1]) verdict(choicesOf(item)[Number(key) - 1]);
    else return;
    event.preventDefault();
  }

  function setUpReview() {
    $("review-refresh").addEventListener("click", () => loadReviews(true));
    $("review-industry").addEventListener("change", () => loadReviews(true));
    $("review-more").addEventListener("click", () => loadReviews(false));
    $("verdict-confirm").addEventListener("click", () => current() && verdict(current().file_class));
    $("verdict-unknown").addEventListener("click", () => current() && verdict("unknown"));
    $("item-next").addEventListener("click", () => showItem(review.index + 1));
    $("item-prev").addEventListener("click", () => showItem(review.index - 1));
    $("review-help-open").addEventListener("click", () => $("review-help").showModal());
    $("review-help-close").addEventListener("click", () => $("review-help").close());
    document.addEventListener("keydown", onReviewKey);
  }

  setUpKey();
  setUpClassify();
  setUpReview();
  setUpTabs();
  loadIndustries();
})();
