"""Pydantic models for every request body and response; they generate the OpenAPI document."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from doc_classifier.service.tasks import Priority, TaskStatus

# The industries and the default come from the taxonomy in use (TAXONOMY_DIR), not from this text.
INDUSTRY_DESCRIPTION = "industry id or auto; none: the default industry (GET /industries lists both)"


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
    attempts: int = 0
    history: list[HistoryItem] = Field(default_factory=list, description="status changes, oldest first")


class UploadRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    filename: str = Field(min_length=1, max_length=1024, description="for your records; not stored")
    industry: str | None = Field(default=None, max_length=64, description=INDUSTRY_DESCRIPTION)
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


class FeedbackRecorded(BaseModel):
    task_id: str
    correct_class: str
    predicted_class: str | None
    agreed: bool


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
