"""Request bodies of the write endpoints (they also document the API at /docs)."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, Field


class FieldEdit(BaseModel):
    """PATCH /api/incidents/{id}: set one field (dotted path) of the canonical record."""

    field: str = Field(..., min_length=1, examples=["fatalities.best"])
    value: Any = Field(..., examples=[45])
    reason: str | None = Field(None, examples=["hospital figure confirmed by police"])


class StatusChange(BaseModel):
    """POST /api/incidents/{id}/status."""

    status: Literal["unreviewed", "verified", "rejected"]
    reason: str | None = None


class MergeRequest(BaseModel):
    """POST /api/incidents/merge: merge these incidents into the first one."""

    ids: list[str] = Field(..., min_length=2)
    reason: str | None = None


class SplitRequest(BaseModel):
    """POST /api/incidents/{id}/split: move these events into a new incident."""

    event_ids: list[str] = Field(..., min_length=1)
    reason: str | None = None


class ArticleIn(BaseModel):
    """One article to process (POST /api/articles with Content-Type application/json)."""

    text: str | None = None
    html: str | None = None
    url: str | None = None
    published: str | None = None
    id: str | None = None
    title: str | None = None
    source: str | None = None
    publisher: str | None = None
