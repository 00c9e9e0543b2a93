"""Read helpers over the store: events, records for export, documents, actors and statistics."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from rapidfuzz import fuzz, process
from sqlalchemy import Select, func, or_, select
from sqlalchemy.orm import Session

from eventcoder.store.models import (
    ActorMentionRow,
    ActorRow,
    ArticleRow,
    EventActorRow,
    EventRow,
    IncidentRow,
    RelationRow,
)
from eventcoder.store.store import Store
from eventcoder.store.writer import actor_key

ARTICLE_FIELDS = ("id", "url", "title", "publisher", "published", "source", "wire_agency")


def article_summary(row: ArticleRow) -> dict[str, Any]:
    """The article metadata that travels with an exported event."""
    return {name: getattr(row, name) for name in ARTICLE_FIELDS}


def event_record(row: EventRow, article: ArticleRow | None = None) -> dict[str, Any]:
    """An event's full record with its store-wide id, article and incident."""
    record = dict(row.record_json or {})
    record["event_id"] = row.id
    record["article_id"] = row.article_id
    record["incident_id"] = row.incident_id
    if article is not None:
        record["article"] = article_summary(article)
    return record


def filter_events(
    stmt: Select[Any],
    *,
    country: str | None = None,
    event_type: str | None = None,
    start: str | None = None,
    end: str | None = None,
    article_ids: list[str] | None = None,
    include_historical: bool = True,
) -> Select[Any]:
    """Apply the common event filters (country or ISO code, type, date range, articles)."""
    if country:
        stmt = stmt.where(
            or_(
                func.lower(EventRow.country) == country.lower(),
                func.lower(EventRow.country_code) == country.lower(),
            )
        )
    if event_type:
        stmt = stmt.where(
            or_(
                func.lower(EventRow.event_type) == event_type.lower(),
                func.lower(EventRow.sub_event_type) == event_type.lower(),
            )
        )
    if start:
        stmt = stmt.where(EventRow.date_start >= start)
    if end:
        stmt = stmt.where(EventRow.date_start <= end)
    if article_ids is not None:
        stmt = stmt.where(EventRow.article_id.in_(article_ids))
    if not include_historical:
        stmt = stmt.where(EventRow.historical.is_(False))
    return stmt


def list_events(
    store: Store, *, limit: int = 50, offset: int = 0, **filters: Any
) -> list[dict[str, Any]]:
    """Events newest first, as full records (see :func:`filter_events` for the filters)."""
    stmt = filter_events(select(EventRow, ArticleRow).join(ArticleRow), **filters)
    stmt = stmt.order_by(
        EventRow.date_start.desc().nulls_last(), ArticleRow.published.desc(), EventRow.id
    )
    with store.session() as s:
        rows = s.execute(stmt.limit(limit).offset(offset)).all()
        return [event_record(ev, art) for ev, art in rows]


def count_events(store: Store, **filters: Any) -> int:
    """How many events match the filters."""
    with store.session() as s:
        return s.scalar(filter_events(select(func.count(EventRow.id)), **filters)) or 0


def iter_records(store: Store, *, batch: int = 500, **filters: Any) -> Iterator[dict[str, Any]]:
    """Stream every matching event record with its article metadata (memory stays flat)."""
    stmt = filter_events(select(EventRow, ArticleRow).join(ArticleRow), **filters)
    stmt = stmt.order_by(EventRow.article_id, EventRow.id).execution_options(yield_per=batch)
    with store.session() as s:
        for ev, art in s.execute(stmt):
            yield event_record(ev, art)


def get_event(store: Store, event_id: str) -> dict[str, Any] | None:
    """One event's full record with evidence, article and incident; None if not stored.

    Takes the store-wide id (``<article id>:e1``); a bare article id gives its only event.
    """
    with store.session() as s:
        row = s.get(EventRow, event_id)
        if row is None:
            candidates = s.scalars(
                select(EventRow).where(
                    or_(EventRow.article_id == event_id, EventRow.id.like(f"%:{event_id}"))
                )
            ).all()
            row = candidates[0] if len(candidates) == 1 else None
        if row is None:
            return None
        record = event_record(row, row.article)
        record["article"]["text"] = row.article.text
        if row.incident_id:
            incident = s.get(IncidentRow, row.incident_id)
            if incident is not None:
                record["incident"] = {
                    "id": incident.id,
                    "status": incident.status,
                    "n_reports": incident.n_reports,
                }
        return record


def load_document(store: Store, article_id: str) -> dict[str, Any] | None:
    """The stored document of an article, as its ``to_dict()`` (text included)."""
    with store.session() as s:
        row = s.get(ArticleRow, article_id)
        if row is None:
            return None
        data = dict(row.document_json or {})
        data["article"] = {**data.get("article", {}), "text": row.text}
        return data


def find_actor(s: Session, name: str) -> ActorRow | None:
    """The stored actor called ``name``: by name, alias or ACLED label, then by close spelling."""
    key = actor_key(name)
    row = s.scalar(select(ActorRow).where(ActorRow.key == key))
    if row is not None:
        return row
    actors = s.scalars(select(ActorRow)).all()
    for actor in actors:
        labels = [actor.acled_name or "", *(actor.aliases_json or [])]
        if any(actor_key(label) == key for label in labels if label):
            return actor
    choices = {a.id: a.name for a in actors}
    best = process.extractOne(name, choices, scorer=fuzz.WRatio, score_cutoff=90)
    if best is None:
        return None
    return next(a for a in actors if a.id == best[2])


def actor_profile(store: Store, name: str) -> dict[str, Any] | None:
    """An actor with its aliases, events (with role and attribution) and relations."""
    with store.session() as s:
        actor = find_actor(s, name)
        if actor is None:
            return None
        events = []
        stmt = (
            select(EventActorRow, EventRow)
            .join(EventRow, EventActorRow.event_id == EventRow.id)
            .where(EventActorRow.actor_id == actor.id)
            .order_by(EventRow.date_start.desc().nulls_last(), EventRow.id)
        )
        for ea, ev in s.execute(stmt):
            events.append(
                {
                    "event_id": ev.id,
                    "incident_id": ev.incident_id,
                    "date": ev.date_start,
                    "event_type": ev.event_type,
                    "sub_event_type": ev.sub_event_type,
                    "location": ev.location,
                    "country": ev.country,
                    "fatalities": ev.fatalities_best,
                    "role": ea.role,
                    "attribution": ea.attribution,
                    "attributed_by": ea.attributed_by,
                    "mention": ea.mention,
                }
            )
        relations = []
        rel_stmt = select(RelationRow).where(
            or_(RelationRow.source_actor_id == actor.id, RelationRow.target_actor_id == actor.id)
        )
        for rel in s.scalars(rel_stmt.order_by(RelationRow.id)):
            relations.append(
                {
                    "source": rel.source_name,
                    "relation": rel.relation,
                    "target": rel.target_name,
                    "article_id": rel.article_id,
                    "evidence": rel.evidence_text,
                }
            )
        n_mentions = s.scalar(
            select(func.count(ActorMentionRow.id)).where(ActorMentionRow.actor_id == actor.id)
        )
        n_articles = s.scalar(
            select(func.count(func.distinct(ActorMentionRow.article_id))).where(
                ActorMentionRow.actor_id == actor.id
            )
        )
        return {
            "id": actor.id,
            "name": actor.name,
            "acled_name": actor.acled_name,
            "aliases": list(actor.aliases_json or []),
            "kind": actor.kind,
            "country": actor.country,
            "known": actor.known,
            "n_mentions": n_mentions or 0,
            "n_articles": n_articles or 0,
            "events": events,
            "relations": relations,
        }


def list_actors(store: Store, *, q: str | None = None, limit: int = 100) -> list[dict[str, Any]]:
    """Actors with how many events and articles name them, most active first."""
    n_events = (
        select(EventActorRow.actor_id, func.count(func.distinct(EventActorRow.event_id)).label("n"))
        .group_by(EventActorRow.actor_id)
        .subquery()
    )
    n_articles = (
        select(
            ActorMentionRow.actor_id,
            func.count(func.distinct(ActorMentionRow.article_id)).label("n"),
        )
        .group_by(ActorMentionRow.actor_id)
        .subquery()
    )
    stmt = (
        select(ActorRow, func.coalesce(n_events.c.n, 0), func.coalesce(n_articles.c.n, 0))
        .outerjoin(n_events, n_events.c.actor_id == ActorRow.id)
        .outerjoin(n_articles, n_articles.c.actor_id == ActorRow.id)
    )
    if q:
        like = "%" + q.lower().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        stmt = stmt.where(or_(ActorRow.key.like(like, escape="\\"),
                              func.lower(ActorRow.acled_name).like(like, escape="\\")))
    stmt = stmt.order_by(
        func.coalesce(n_events.c.n, 0).desc(), func.coalesce(n_articles.c.n, 0).desc(), ActorRow.name
    )
    with store.session() as s:
        return [
            {
                "id": a.id,
                "name": a.name,
                "acled_name": a.acled_name,
                "kind": a.kind,
                "country": a.country,
                "aliases": list(a.aliases_json or []),
                "n_events": ne,
                "n_articles": na,
            }
            for a, ne, na in s.execute(stmt.limit(limit))
        ]


def stats(store: Store) -> dict[str, int]:
    """Row counts of the main tables."""
    with store.session() as s:
        return {
            "articles": s.scalar(select(func.count(ArticleRow.id))) or 0,
            "events": s.scalar(select(func.count(EventRow.id))) or 0,
            "incidents": s.scalar(select(func.count(IncidentRow.id))) or 0,
            "actors": s.scalar(select(func.count(ActorRow.id))) or 0,
            "relations": s.scalar(select(func.count(RelationRow.id))) or 0,
        }


def incidents_of_articles(store: Store, article_ids: list[str]) -> list[dict[str, Any]]:
    """The incidents that events of these articles were merged into, by date then id."""
    with store.session() as s:
        ids = select(EventRow.incident_id).where(
            EventRow.article_id.in_(article_ids), EventRow.incident_id.is_not(None)
        )
        rows = s.scalars(
            select(IncidentRow)
            .where(IncidentRow.id.in_(ids))
            .order_by(IncidentRow.date_start.desc().nulls_last(), IncidentRow.id)
        ).all()
        return [
            {
                "id": r.id,
                "event_type": r.event_type,
                "sub_event_type": r.sub_event_type,
                "date": r.date_start,
                "country": r.country,
                "admin1": r.admin1,
                "location": r.location,
                "fatalities_low": r.fatalities_low,
                "fatalities_best": r.fatalities_best,
                "fatalities_high": r.fatalities_high,
                "n_reports": r.n_reports,
                "status": r.status,
            }
            for r in rows
        ]
