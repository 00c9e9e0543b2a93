"""Shared request dependencies: the store and the incident filters."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import Depends, Query, Request

from eventcoder.api.auth import require_writer
from eventcoder.api.queries import IncidentFilters

MAX_INT = 2**31 - 1  # PostgreSQL INTEGER columns: a larger bound cannot even be compared


def get_store(request: Request) -> Any:
    """The store the app was created with."""
    return request.app.state.store


def incident_filters(
    start: str | None = Query(None, description="first date (YYYY-MM-DD)"),
    end: str | None = Query(None, description="last date (YYYY-MM-DD)"),
    country: str | None = Query(None, description="country name or ISO code"),
    admin1: str | None = Query(None, description="first-level region"),
    event_type: str | None = Query(None, description="ACLED event or sub-event type"),
    actor: str | None = Query(None, description="part of an actor's name"),
    min_fatalities: int | None = Query(None, ge=0, le=MAX_INT),
    max_fatalities: int | None = Query(None, ge=0, le=MAX_INT),
    bbox: str | None = Query(None, description="west,south,east,north in degrees"),
    q: str | None = Query(None, description="text search (place, type, article text)"),
    status: str | None = Query(None, pattern="^(unreviewed|verified|rejected)$"),
    historical: bool | None = Query(None, description="only background (true) or current (false)"),
) -> IncidentFilters:
    """The filters shared by incidents, timeline and export."""
    return IncidentFilters(
        start=start, end=end, country=country, admin1=admin1, event_type=event_type, actor=actor,
        min_fatalities=min_fatalities, max_fatalities=max_fatalities, bbox=bbox, q=q,
        status=status, historical=historical,
    )


StoreDep = Annotated[Any, Depends(get_store)]
FiltersDep = Annotated[IncidentFilters, Depends(incident_filters)]
WriterDep = Annotated[str, Depends(require_writer)]
