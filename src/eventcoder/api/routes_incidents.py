"""Incident endpoints: list, one incident, timeline, and the audited corrections."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from fastapi import APIRouter, Depends, Query

from eventcoder.api.auth import require_reader
from eventcoder.api.deps import FiltersDep, StoreDep, WriterDep
from eventcoder.api.errors import ApiError
from eventcoder.api.queries import incident_detail, list_incidents, timeline
from eventcoder.api.schemas import FieldEdit, MergeRequest, SplitRequest, StatusChange
from eventcoder.merge import corrections
from eventcoder.merge.edits import IncidentEdit
from eventcoder.store import Store

router = APIRouter(prefix="/api", tags=["incidents"], dependencies=[Depends(require_reader)])


def _correct(fn: Callable[..., Any], *args: Any) -> Any:
    """Apply an audited correction; its refusals become API errors with their own status."""
    try:
        return fn(*args)
    except corrections.CorrectionError as exc:
        raise ApiError(exc.status, str(exc)) from None


def _detail(store: Store, incident_id: str) -> dict[str, Any]:
    """One incident as it stands now, in its own session."""
    with store.session() as s:
        return incident_detail(s, incident_id)


def _corrected(fn: Callable[..., Any], store: Store, incident_id: str, *args: Any) -> dict[str, Any]:
    """Apply an audited correction to one incident and return the incident as it then stands."""
    _correct(fn, store, incident_id, *args)
    return _detail(store, incident_id)


@router.get("/incidents", summary="List incidents (filters, pages, sorting)")
def get_incidents(
    f: FiltersDep,
    store: StoreDep,
    limit: int = Query(50, ge=0, le=1000),
    offset: int = Query(0, ge=0, le=2**31 - 1),
    sort: str = Query("-date", description="date, fatalities, n_reports, event_type, location, "
                      "country, status or updated; prefix - for descending"),
) -> dict[str, Any]:
    """Incidents matching the filters, one page at a time."""
    with store.session() as s:
        return list_incidents(s, f, limit=limit, offset=offset, sort=sort)


@router.get("/timeline", summary="Incidents per day and event type")
def get_timeline(
    f: FiltersDep, store: StoreDep
) -> list[dict[str, Any]]:
    """How many incidents of each type happened each day."""
    with store.session() as s:
        return timeline(s, f)


@router.post("/incidents/merge", summary="Merge incidents into the first one listed")
def post_merge(
    body: MergeRequest, user: WriterDep, store: StoreDep
) -> dict[str, Any]:
    """Merge incidents (audited; re-merging will not split them again)."""
    target = _correct(corrections.merge_incidents, store, body.ids, user, body.reason)
    return _detail(store, target)


@router.get("/incidents/{incident_id}", summary="One incident with its reports and evidence")
def get_incident(incident_id: str, store: StoreDep) -> dict[str, Any]:
    """The canonical record, every report (article text + event with evidence offsets), actors,
    sources, relations and the audit log."""
    return _detail(store, incident_id)


@router.patch("/incidents/{incident_id}", summary="Correct one field of an incident",
              openapi_extra={"x-editable-record": IncidentEdit.model_json_schema()})
def patch_incident(
    incident_id: str,
    body: FieldEdit,
    user: WriterDep,
    store: StoreDep,
) -> dict[str, Any]:
    """Override a field (dotted path such as ``fatalities.best``); re-merging keeps it."""
    return _corrected(
        corrections.set_field, store, incident_id, body.field, body.value, user, body.reason
    )


@router.post("/incidents/{incident_id}/status", summary="Mark verified, rejected or unreviewed")
def post_status(
    incident_id: str,
    body: StatusChange,
    user: WriterDep,
    store: StoreDep,
) -> dict[str, Any]:
    """Set the review status of an incident."""
    return _corrected(corrections.set_status, store, incident_id, body.status, user, body.reason)


@router.post("/incidents/{incident_id}/split", summary="Move events into a new incident")
def post_split(
    incident_id: str,
    body: SplitRequest,
    user: WriterDep,
    store: StoreDep,
) -> dict[str, Any]:
    """Split an incident; both parts are locked so re-merging respects the decision."""
    new_id = _correct(
        corrections.split_incident, store, incident_id, body.event_ids, user, body.reason
    )
    with store.session() as s:
        return {"incident": incident_detail(s, incident_id), "new": incident_detail(s, new_id)}
