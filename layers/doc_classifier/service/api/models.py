"""Pydantic models for every request body and response; they generate the OpenAPI document."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from doc_classifier.service.tasks import Priority, ReviewStatus, TaskStatus


class ErrorBody(BaseModel):
    code: str = Field(examples=["unknown_industry"])
    message: str


class ErrorResponse(BaseModel):
    error: ErrorBody


class Alternative(BaseModel):
    label: str
    probability: float


class Classification(BaseModel):
    file_class: str = Field(examples=["invoice"])
    confidence: float = Field(ge=0, le=1)
    industry: str
    reasoning: str
    alternatives: list[Alternative]
    metadata: dict[str, Any] = Field(
        description="sha256, media_type, bytes, pages, text_chars, ocr_used, classifier, model_version, timings_ms"
    )
    cached: bool


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
    industry: str | None = Field(default=None, max_length=64, description="industry id, default finance")
    priority: Priority = Priority.HIGH


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


class FeedbackRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    correct_class: str = Field(min_length=1, max_length=100)
    reviewer: str | None = Field(
        default=None,
        min_length=1,
        max_length=100,
        pattern=r"^[^\x00-\x1f\x7f]+$",
        description="who decided; default: the API key's id, or anonymous",
    )


class FeedbackRecorded(BaseModel):
    task_id: str
    correct_class: str
    predicted_class: str | None
    agreed: bool
    reviewer: str


class Verdict(BaseModel):
    correct_class: str
    agreed: bool
    reviewer: str
    at: float


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
