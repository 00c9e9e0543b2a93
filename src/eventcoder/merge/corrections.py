"""Human corrections on incidents: edit a field, set the status, merge, split — all audited.

Field edits live in ``incidents.overrides_json`` as ``{dotted path: value}`` and are applied on
top of the canonical record every time it is rebuilt, so re-merging never undoes them. A human
merge or split *locks* the incidents involved (``overrides_json["_locked"]``): their membership
is then fixed, two locked incidents never re-join, and new reports may still join them.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from eventcoder.errors import EventcoderError
from eventcoder.merge.edits import EditError, validate_edit
from eventcoder.merge.engine import Group
from eventcoder.merge.reconcile import get_path
from eventcoder.merge.runner import (
    LOCK_KEY,
    MERGE_LOCK,
    new_incident_id,
    to_merge_events,
    write_incident,
)
from eventcoder.store.models import AuditLogRow, EventRow, IncidentRow

STATUSES = ("unreviewed", "verified", "rejected")
# Fields an analyst may not set directly: they follow from the reports themselves.
READ_ONLY = {"id", "reports", "n_reports", "overrides", "followups"}


class CorrectionError(EventcoderError):
    """A correction cannot be applied (unknown incident, bad field or value)."""

    def __init__(self, message: str, status: int = 400) -> None:
        super().__init__(message)
        self.status = status


def _audit(
    s: Session, incident_id: str, user: str | None, action: str, field: str | None,
    old: Any, new: Any, reason: str | None,
) -> None:
    s.add(
        AuditLogRow(
            incident_id=incident_id, user=user, action=action, field=field,
            old_value=old, new_value=new, reason=reason,
        )
    )


def _incident(s: Session, incident_id: str) -> IncidentRow:
    row = s.get(IncidentRow, incident_id)
    if row is None:
        raise CorrectionError(f"No incident {incident_id!r}: check the id (GET /api/incidents).", 404)
    return row


def rebuild(s: Session, row: IncidentRow) -> None:
    """Recompute one incident's canonical record from its events and overrides."""
    rows = list(s.scalars(select(EventRow).where(EventRow.incident_id == row.id).order_by(EventRow.id)))
    if not rows:
        return
    events = to_merge_events(s, rows)
    uids = {e.uid for e in events}
    follow = [e for e in events if e.is_followup and e.related_to in uids]
    main = [e for e in events if e not in follow] or follow
    write_incident(s, row, Group(main, [e for e in follow if e not in main]))


def set_field(
    store: Any, incident_id: str, path: str, value: Any, user: str | None, reason: str | None
) -> dict[str, Any]:
    """Override one field (dotted path) of an incident's canonical record."""
    if not path or path.split(".")[0] in READ_ONLY or path.startswith("_"):
        raise CorrectionError(
            f"Field {path!r} cannot be edited: name a field of the canonical record such as "
            "'fatalities.best', 'event_type' or 'location.name'."
        )
    with MERGE_LOCK, store.session() as s:
        row = _incident(s, incident_id)
        try:
            validate_edit(row.canonical_json or {}, path, value)
        except EditError as exc:
            raise CorrectionError(str(exc)) from None
        old = get_path(row.canonical_json or {}, path)
        overrides = dict(row.overrides_json or {})
        overrides[path] = value
        row.overrides_json = overrides
        rebuild(s, row)
        _audit(s, row.id, user, "edit", path, old, value, reason)
        return dict(row.canonical_json)


def set_status(
    store: Any, incident_id: str, status: str, user: str | None, reason: str | None
) -> str:
    """Mark an incident verified, rejected or unreviewed."""
    if status not in STATUSES:
        raise CorrectionError(f"Unknown status {status!r}: use one of {', '.join(STATUSES)}.")
    with MERGE_LOCK, store.session() as s:
        row = _incident(s, incident_id)
        old = row.status
        row.status = status
        _audit(s, row.id, user, "status", "status", old, status, reason)
        return status


def merge_incidents(
    store: Any, ids: list[str], user: str | None, reason: str | None
) -> str:
    """Merge incidents into the first one listed; the result is locked against re-splitting."""
    ids = list(dict.fromkeys(ids))
    if len(ids) < 2:
        raise CorrectionError("Give at least two different incident ids to merge.")
    with MERGE_LOCK, store.session() as s:
        rows = [_incident(s, i) for i in ids]
        target = rows[0]
        overrides: dict[str, Any] = {}
        for row in reversed(rows):  # the target's own corrections win
            overrides.update(row.overrides_json or {})
        overrides[LOCK_KEY] = True
        moved: list[str] = []
        for row in rows[1:]:
            for ev in s.scalars(select(EventRow).where(EventRow.incident_id == row.id)):
                ev.incident_id = target.id
                moved.append(ev.id)
            _audit(s, row.id, user, "merge", "incident", row.id, target.id, reason)
        s.flush()
        # A bulk delete: the ORM would otherwise null the moved events' incident ids.
        s.execute(delete(IncidentRow).where(IncidentRow.id.in_(ids[1:])))
        target.overrides_json = overrides
        s.flush()
        rebuild(s, target)
        _audit(s, target.id, user, "merge", "incident", ids[1:], target.id, reason)
        return target.id


def split_incident(
    store: Any, incident_id: str, event_ids: list[str], user: str | None, reason: str | None
) -> str:
    """Move the given events out of an incident into a new one; both are then locked."""
    with MERGE_LOCK, store.session() as s:
        row = _incident(s, incident_id)
        members = {
            e.id: e for e in s.scalars(select(EventRow).where(EventRow.incident_id == row.id))
        }
        unknown = [e for e in event_ids if e not in members]
        if unknown:
            raise CorrectionError(
                f"Events {unknown} are not in incident {incident_id!r}; its events are "
                f"{sorted(members)}."
            )
        if not event_ids or len(set(event_ids)) >= len(members):
            raise CorrectionError(
                "A split must leave at least one event in the incident and move at least one."
            )
        taken = set(s.scalars(select(IncidentRow.id)).all())
        new_id = new_incident_id(sorted(event_ids), taken)
        new_row = IncidentRow(id=new_id, overrides_json={LOCK_KEY: True}, status="unreviewed")
        s.add(new_row)
        s.flush()
        for eid in event_ids:
            members[eid].incident_id = new_id
        row.overrides_json = {**(row.overrides_json or {}), LOCK_KEY: True}
        s.flush()
        rebuild(s, row)
        rebuild(s, new_row)
        _audit(s, row.id, user, "split", "events", sorted(members), sorted(event_ids), reason)
        _audit(s, new_id, user, "split", "incident", row.id, new_id, reason)
        return new_id
