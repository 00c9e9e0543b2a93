"""Incident queries for the API: filters, sorting, pages, one incident with everything it rests on."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

import pycountry
from sqlalchemy import ScalarResult, Select, exists, func, or_, select
from sqlalchemy.orm import Session

from eventcoder.api.errors import ApiError
from eventcoder.merge.edits import safe_record
from eventcoder.store.models import (
    ActorRow,
    ArticleRow,
    AuditLogRow,
    EventActorRow,
    EventRow,
    IncidentRow,
    RelationRow,
    SourceRow,
)

SORTS = {
    "date": IncidentRow.date_start,
    "fatalities": IncidentRow.fatalities_best,
    "n_reports": IncidentRow.n_reports,
    "event_type": IncidentRow.event_type,
    "location": IncidentRow.location,
    "country": IncidentRow.country,
    "status": IncidentRow.status,
    "updated": IncidentRow.updated_at,
}
MAX_LIMIT = 1000


@dataclass
class IncidentFilters:
    """The filters shared by /api/incidents, /api/timeline and /api/export."""

    start: str | None = None
    end: str | None = None
    country: str | None = None
    admin1: str | None = None
    event_type: str | None = None
    actor: str | None = None
    min_fatalities: int | None = None
    max_fatalities: int | None = None
    bbox: str | None = None
    q: str | None = None
    status: str | None = None
    historical: bool | None = None


def _country_names(value: str) -> list[str]:
    names = [value.lower()]
    if len(value) in (2, 3):
        found = pycountry.countries.get(alpha_2=value.upper()) if len(value) == 2 else (
            pycountry.countries.get(alpha_3=value.upper())
        )
        if found is not None:
            names += [found.name.lower(), found.alpha_2.lower()]
            if getattr(found, "common_name", None):
                names.append(found.common_name.lower())
    return names


def _bbox(value: str) -> tuple[float, float, float, float]:
    try:
        w, s, e, n = (float(x) for x in value.split(","))
    except ValueError:
        raise ApiError(400, f"bbox must be four numbers 'west,south,east,north', got {value!r}.") from None
    if not (-180 <= w <= 180 and -180 <= e <= 180 and -90 <= s <= n <= 90):
        raise ApiError(400, f"bbox {value!r} is out of range: west,south,east,north in degrees.")
    return w, s, e, n


def apply_filters(stmt: Select[Any], f: IncidentFilters) -> Select[Any]:
    """Add the WHERE clauses of the filters to a statement over incidents."""
    for name, value in (("start", f.start), ("end", f.end)):
        if value and not _is_date(value):
            raise ApiError(400, f"{name} must be a date YYYY-MM-DD (or YYYY-MM, YYYY), got {value!r}.")
    if f.start:
        stmt = stmt.where(func.coalesce(IncidentRow.date_end, IncidentRow.date_start) >= f.start)
    if f.end:
        stmt = stmt.where(IncidentRow.date_start <= _last_day(f.end))
    if f.country:
        stmt = stmt.where(func.lower(IncidentRow.country).in_(_country_names(f.country)))
    if f.admin1:
        stmt = stmt.where(func.lower(IncidentRow.admin1) == f.admin1.lower())
    if f.event_type:
        et = f.event_type.lower()
        stmt = stmt.where(
            or_(func.lower(IncidentRow.event_type) == et, func.lower(IncidentRow.sub_event_type) == et)
        )
    if f.min_fatalities is not None:
        stmt = stmt.where(IncidentRow.fatalities_best >= f.min_fatalities)
    if f.max_fatalities is not None:
        stmt = stmt.where(IncidentRow.fatalities_best <= f.max_fatalities)
    if f.bbox:
        w, s, e, n = _bbox(f.bbox)
        lon = IncidentRow.lon.between(w, e) if w <= e else or_(IncidentRow.lon >= w, IncidentRow.lon <= e)
        stmt = stmt.where(IncidentRow.lat.between(s, n), lon)
    if f.status:
        stmt = stmt.where(IncidentRow.status == f.status)
    if f.historical is not None:
        stmt = stmt.where(IncidentRow.historical.is_(f.historical))
    if f.actor:
        like = _contains(f.actor)
        stmt = stmt.where(
            exists(
                select(EventActorRow.id)
                .join(EventRow, EventRow.id == EventActorRow.event_id)
                .where(
                    EventRow.incident_id == IncidentRow.id,
                    or_(
                        func.lower(EventActorRow.name).like(like, escape="\\"),
                        func.lower(EventActorRow.acled_name).like(like, escape="\\"),
                        func.lower(EventActorRow.mention).like(like, escape="\\"),
                    ),
                )
            )
        )
    if f.q:
        like = _contains(f.q)
        stmt = stmt.where(
            or_(
                func.lower(IncidentRow.location).like(like, escape="\\"),
                func.lower(IncidentRow.admin1).like(like, escape="\\"),
                func.lower(IncidentRow.country).like(like, escape="\\"),
                func.lower(IncidentRow.event_type).like(like, escape="\\"),
                func.lower(IncidentRow.sub_event_type).like(like, escape="\\"),
                exists(
                    select(ArticleRow.id)
                    .join(EventRow, EventRow.article_id == ArticleRow.id)
                    .where(
                        EventRow.incident_id == IncidentRow.id,
                        or_(func.lower(ArticleRow.title).like(like, escape="\\"), func.lower(ArticleRow.text).like(like, escape="\\")),
                    )
                ),
            )
        )
    return stmt


def _contains(text: str) -> str:
    """A LIKE pattern matching ``text`` literally anywhere: % and _ typed by a user are escaped."""
    escaped = text.lower().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _last_day(value: str) -> str:
    """The last day a partial date covers ("2019-06" → "2019-06-30", "2019" → "2019-12-31")."""
    parts = value.split("-")
    if len(parts) == 1:
        return f"{parts[0]}-12-31"
    if len(parts) == 2:
        year, month = int(parts[0]), int(parts[1])
        nxt = dt.date(year + month // 12, month % 12 + 1, 1)
        return (nxt - dt.timedelta(days=1)).isoformat()
    return value


def _is_date(value: str) -> bool:
    parts = value.split("-")
    if not (1 <= len(parts) <= 3 and all(p.isdigit() for p in parts) and len(parts[0]) == 4):
        return False
    try:
        dt.date(int(parts[0]), int(parts[1]) if len(parts) > 1 else 1,
                int(parts[2]) if len(parts) > 2 else 1)
    except ValueError:
        return False
    return True


def order(stmt: Select[Any], sort: str) -> Select[Any]:
    """Order by ``sort`` (a column name, ``-`` for descending); ties by id."""
    key = (sort or "-date").strip()
    desc = key.startswith("-")
    column = SORTS.get(key.lstrip("-+"))
    if column is None:
        raise ApiError(400, f"Unknown sort {sort!r}: use one of {', '.join(SORTS)} (prefix - for descending).")
    expr = column.desc().nulls_last() if desc else column.asc().nulls_last()
    return stmt.order_by(expr, IncidentRow.id)


def actor_names(record: dict[str, Any]) -> list[str]:
    """The actors of a canonical record, perpetrators first, each name once."""
    actors = record.get("actors") or []
    ranked = sorted(actors, key=lambda a: (a.get("role") != "perpetrator", a.get("role") == "target"))
    return list(dict.fromkeys(a.get("name") for a in ranked if a.get("name")))


def checked_record(row: IncidentRow) -> dict[str, Any]:
    """The stored canonical record, without overridden fields that break the contract."""
    return safe_record(row.canonical_json or {}, row.overrides_json)


def summary(row: IncidentRow) -> dict[str, Any]:
    """The list form of an incident."""
    record = checked_record(row)
    date = record.get("date") or {}
    loc = record.get("location") or {}
    return {
        "id": row.id,
        "event_type": row.event_type,
        "sub_event_type": row.sub_event_type,
        "date": row.date_start,
        "date_end": row.date_end,
        "date_precision": row.date_precision or date.get("precision"),
        "country": row.country,
        "country_code": loc.get("country_code"),
        "admin1": row.admin1,
        "location": row.location,
        "lat": row.lat,
        "lon": row.lon,
        "fatalities": row.fatalities_best,
        "fatalities_low": row.fatalities_low,
        "fatalities_high": row.fatalities_high,
        "actors": actor_names(record),
        "n_reports": row.n_reports,
        "status": row.status,
        "historical": row.historical,
        "updated_at": row.updated_at.isoformat() if row.updated_at else None,
    }


def list_incidents(
    s: Session, f: IncidentFilters, *, limit: int, offset: int, sort: str
) -> dict[str, Any]:
    """One page of incidents with the total that match."""
    if limit < 0 or limit > MAX_LIMIT or offset < 0:
        raise ApiError(400, f"limit must be 0..{MAX_LIMIT} and offset >= 0.")
    total = s.scalar(apply_filters(select(func.count(IncidentRow.id)), f)) or 0
    rows = s.scalars(order(apply_filters(select(IncidentRow), f), sort).limit(limit).offset(offset))
    return {"total": total, "limit": limit, "offset": offset, "items": [summary(r) for r in rows]}


def timeline(s: Session, f: IncidentFilters) -> list[dict[str, Any]]:
    """Incidents per day and event type."""
    stmt = apply_filters(
        select(IncidentRow.date_start, IncidentRow.event_type, func.count(IncidentRow.id)), f
    ).where(IncidentRow.date_start.is_not(None))
    stmt = stmt.group_by(IncidentRow.date_start, IncidentRow.event_type).order_by(
        IncidentRow.date_start, IncidentRow.event_type
    )
    return [{"date": d, "event_type": t, "n": n} for d, t, n in s.execute(stmt)]


def incident_detail(s: Session, incident_id: str) -> dict[str, Any]:
    """One incident with its canonical record, reports (article + event), actors, sources, audit."""
    row = s.get(IncidentRow, incident_id)
    if row is None:
        raise ApiError(404, f"No incident {incident_id!r}; list them with GET /api/incidents.")
    events = s.scalars(
        select(EventRow).where(EventRow.incident_id == row.id).order_by(EventRow.article_id, EventRow.id)
    ).all()
    canonical = checked_record(row)
    followups = {f.get("event") for f in canonical.get("followups") or [] if isinstance(f, dict)}
    article_ids = sorted({e.article_id for e in events})
    articles = {a.id: a for a in s.scalars(select(ArticleRow).where(ArticleRow.id.in_(article_ids)))}
    reports = []
    for ev in sorted(events, key=lambda e: ((articles[e.article_id].published or ""), e.id)):
        art = articles[ev.article_id]
        record = dict(ev.record_json or {})
        record["event_id"] = ev.id
        reports.append(
            {
                "role": "followup" if ev.id in followups else "report",
                "article": {
                    "id": art.id, "title": art.title, "url": art.url, "published": art.published,
                    "publisher": art.publisher, "source": art.source, "wire_agency": art.wire_agency,
                    "text": art.text,
                },
                "event": record,
            }
        )
    actor_ids = select(EventActorRow.actor_id).where(EventActorRow.event_id.in_([e.id for e in events]))
    actors = [
        {
            "id": a.id, "name": a.name, "acled_name": a.acled_name, "kind": a.kind,
            "country": a.country, "aliases": list(a.aliases_json or []),
        }
        for a in s.scalars(select(ActorRow).where(ActorRow.id.in_(actor_ids)).order_by(ActorRow.name))
    ]
    sources = [
        {
            "article_id": r.article_id, "speaker": r.speaker, "named": r.named, "type": r.type,
            "title": r.title, "said_to": r.said_to, "quotes": r.quotes_json or [],
        }
        for r in s.scalars(
            select(SourceRow).where(SourceRow.article_id.in_(article_ids)).order_by(SourceRow.id)
        )
    ]
    relations = [
        {
            "article_id": r.article_id, "source": r.source_name, "target": r.target_name,
            "relation": r.relation,
            "evidence": {"start": r.evidence_start, "end": r.evidence_end, "text": r.evidence_text},
        }
        for r in s.scalars(
            select(RelationRow).where(RelationRow.article_id.in_(article_ids)).order_by(RelationRow.id)
        )
    ]
    audit = [
        {
            "id": a.id, "user": a.user, "at": a.at.isoformat() if a.at else None, "action": a.action,
            "field": a.field, "old": a.old_value, "new": a.new_value, "reason": a.reason,
        }
        for a in s.scalars(
            select(AuditLogRow).where(AuditLogRow.incident_id == row.id).order_by(AuditLogRow.id)
        )
    ]
    return {
        **summary(row),
        "canonical": canonical,
        "overrides": {k: v for k, v in (row.overrides_json or {}).items() if not k.startswith("_")},
        "locked": bool((row.overrides_json or {}).get("_locked")),
        "reports": reports,
        "actors": actors,
        "sources": sources,
        "relations": relations,
        "audit": audit,
    }


def incident_rows(s: Session, f: IncidentFilters, sort: str = "-date") -> ScalarResult[IncidentRow]:
    """Every matching incident row (for exports), streamed in batches."""
    stmt = order(apply_filters(select(IncidentRow), f), sort).execution_options(yield_per=500)
    return s.scalars(stmt)

