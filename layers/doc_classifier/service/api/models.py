"""Pydantic models for every request body and response; they generate the OpenAPI document."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from doc_classifier.service.tasks import Priority, ReviewStatus, TaskStatus
from doc_classifier.split_mode import SplitMode

# The industries and the default come from the taxonomy in use (TAXONOMY_DIR), not from this text.
INDUSTRY_DESCRIPTION = "industry id or auto; none: the default industry (GET /industries lists both)"

SPLIT_DESCRIPTION = (
    "none (default): one label for the file, from its first pages; auto: every page labelled and consecutive "
    "pages grouped into documents; per_page: every page labelled, no grouping"
)


class ErrorBody(BaseModel):
    code: str = Field(examples=["unknown_industry"])
    message: str


class ErrorResponse(BaseModel):
    error: ErrorBody


class Alternative(BaseModel):
    label: str
    probability: float


class PacketDocument(BaseModel):
    file_class: str = Field(examples=["pay_stub"])
    confidence: float = Field(ge=0, le=1)
    pages: list[int] = Field(min_length=2, max_length=2, description="[first, last] page, 1-based, inclusive")
    reasoning: str


class PageLabel(BaseModel):
    page: int = Field(ge=1, description="1-based position in the file")
    file_class: str
    confidence: float = Field(ge=0, le=1)
    classifier: str = Field(
        examples=["local_model"],
        description="whose reading of the page went into the split: local_model, or <provider>/<model> of the LLM "
        "tier that was asked about it",
    )


class Classification(BaseModel):
    file_class: str = Field(examples=["invoice"])
    confidence: float = Field(ge=0, le=1)
    industry: str
    reasoning: str
    alternatives: list[Alternative]
    metadata: dict[str, Any] = Field(
        description="sha256, media_type, bytes, pages_total, pages_read, text_chars, ocr_used, classifier, "
        "model_version, timings_ms, warnings; with split also split and pages_not_read (pages past the page "
        "limit or the time limit, not labelled; warnings say which)"
    )
    cached: bool
    # Only with a split; null otherwise.
    documents: list[PacketDocument] | None = Field(
        default=None,
        description="split=auto: the documents found, in page order; per_page: one per page (null without split)",
    )
    pages: list[PageLabel] | None = Field(
        default=None, description="split=auto or per_page: each page read, in order (null without split)"
    )


class SyncClassification(Classification):
    review_task_id: str | None = Field(
        default=None,
        description="set when the result entered the review queue: the task a reviewer will find in GET /reviews "
        "(a sync result is stored only then)",
    )


class TaskClassification(Classification):
    processing_time: float | None = Field(description="seconds the worker spent on the document")


class AsyncAccepted(BaseModel):
    task_id: str
    status: Literal["processing"] = "processing"
    estimated_time: float = Field(description="seconds, from the queue depth and measured processing time")
    check_url: str
    priority: Priority


class HistoryItem(BaseModel):
    at: float
    status: str
    note: str


class ReviewState(BaseModel):
    status: ReviewStatus
    reason: Literal["low_confidence", "unknown", "escalation_unavailable"]
    entered_at: float


class TaskResult(BaseModel):
    task_id: str
    status: TaskStatus
    industry: str
    priority: Priority
    split: SplitMode = Field(default=SplitMode.NONE, description=SPLIT_DESCRIPTION)
    created_at: float
    updated_at: float
    result: TaskClassification | None = None
    error: ErrorBody | None = None
    feedback: dict[str, Any] | None = None
    review: ReviewState | None = Field(default=None, description="set when the result entered the review queue")
    attempts: int = 0
    history: list[HistoryItem] = Field(default_factory=list, description="status changes, oldest first")


class UploadRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    filename: str = Field(min_length=1, max_length=1024, description="for your records; not stored")
    industry: str | None = Field(default=None, max_length=64, description=INDUSTRY_DESCRIPTION)
    priority: Priority = Priority.HIGH
    split: str | None = Field(default=None, max_length=32, description=SPLIT_DESCRIPTION, examples=["auto"])


class PresignedPost(BaseModel):
    url: str
    fields: dict[str, str]
    expires_in: int
    max_bytes: int


class UploadTicket(BaseModel):
    task_id: str
    status: TaskStatus
    check_url: str
    upload: PresignedPost


class DocumentVerdict(BaseModel):
    model_config = ConfigDict(extra="forbid")

    pages: tuple[int, int] = Field(description="first and last page, 1-based, inclusive")
    correct_class: str = Field(min_length=1, max_length=100)


class FeedbackRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    correct_class: str | None = Field(
        default=None,
        min_length=1,
        max_length=100,
        description="the right class of the file; for a packet given with documents, its first document's that is "
        "not unknown (the packet's rule), which is what it defaults to",
    )
    documents: list[DocumentVerdict] | None = Field(
        default=None,
        min_length=1,
        max_length=1000,
        description="a packet's documents as they should be (split auto or per_page only): page ranges in order, "
        "covering every page read, each with its right class; ranges other than the result's correct the split",
    )
    reviewer: str | None = Field(
        default=None,
        min_length=1,
        max_length=100,
        pattern=r"^[^\x00-\x1f\x7f]+$",
        description="who decided; default: the API key's id, or anonymous",
    )

    @model_validator(mode="after")
    def _says_something(self) -> FeedbackRequest:
        if self.correct_class is None and self.documents is None:
            raise ValueError("give correct_class, documents, or both")
        return self


class DocumentVerdictRecorded(BaseModel):
    pages: tuple[int, int]
    correct_class: str
    predicted_class: str | None = Field(description="the result's document over exactly these pages (null: none)")
    agreed: bool


class FeedbackRecorded(BaseModel):
    task_id: str
    correct_class: str
    predicted_class: str | None
    agreed: bool = Field(description="the class agrees and, for documents, every range and class agrees")
    reviewer: str
    documents: list[DocumentVerdictRecorded] | None = None


class Verdict(BaseModel):
    correct_class: str
    agreed: bool
    reviewer: str
    at: float
    documents: list[DocumentVerdictRecorded] | None = None


class ReviewItem(BaseModel):
    task_id: str
    industry: str = Field(description="the industry classified against (auto: none was found)")
    status: ReviewStatus
    reason: Literal["low_confidence", "unknown", "escalation_unavailable"]
    entered_at: float = Field(description="epoch seconds")
    file_class: str
    confidence: float = Field(ge=0, le=1)
    reasoning: str
    alternatives: list[Alternative]
    documents: list[PacketDocument] | None = Field(
        default=None,
        description="a packet's documents with their page ranges, as in its result (null when it was not split); "
        "a verdict may correct each of them (feedback's documents)",
    )
    classifier: str = Field(description="which tier decided: local_model or <provider>/<model>")
    cost_usd: float | None = Field(description="what the LLM calls cost (null: the LLM chain did not run)")
    preview_url: str = Field(description="GET it with Accept: image/png for the first page")
    categories: list[str] = Field(description="what a verdict may say: the industry's categories and unknown")
    verdict: Verdict | None


class ReviewList(BaseModel):
    items: list[ReviewItem]
    next_cursor: str | None = Field(description="pass as cursor= for the next page; null on the last page")


class Health(BaseModel):
    status: Literal["ok"] = "ok"


class IndustrySummary(BaseModel):
    id: str
    name: str
    description: str
    categories: int


class Industries(BaseModel):
    default: str
    industries: list[IndustrySummary]


class CategorySummary(BaseModel):
    id: str
    name: str
    description: str


class Categories(BaseModel):
    industry: str
    categories: list[CategorySummary]
