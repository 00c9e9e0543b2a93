"""Request bodies of the write endpoints (they also document the API at /docs)."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, Field

from eventcoder.merge.edits import EDITABLE


class FieldEdit(BaseModel):
    """PATCH /api/incidents/{id}: set one field (dotted path) of the canonical record.

    The field, with the value in place, must fit ``IncidentEdit`` (the contract's editable
    fields, vocabularies and ranges); anything else is refused with 400 and changes nothing."""

    field: str = Field(..., min_length=1, max_length=200, examples=["fatalities.best"],
                       description="one of: " + ", ".join(EDITABLE) + " (objects by their fields)")
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
