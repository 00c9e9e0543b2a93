"""Write one processed :class:`Document` into the tables (inside the caller's transaction)."""

from __future__ import annotations

import re
import unicodedata
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from eventcoder.document import Count, Document, Event
from eventcoder.store.models import (
    ActorMentionRow,
    ActorRow,
    ArticleRow,
    EventActorRow,
    EventRow,
    EvidenceRow,
    RelationRow,
    SourceRow,
)

_SPACES = re.compile(r"\s+")
_LEADING_THE = re.compile(r"^the\s+", re.I)


def actor_key(name: str) -> str:
    """Normalised actor name used to find one actor across articles ("The  ISIS" → "isis")."""
    folded = unicodedata.normalize("NFKC", name).casefold().strip()
    folded = _LEADING_THE.sub("", folded)
    folded = folded.replace("’", "'").strip(" .,;:\"'")
    return _SPACES.sub(" ", folded)[:255]


def event_global_id(article_id: str, event_id: str) -> str:
    """The store-wide id of an event: ``<article id>:<event id>``."""
    return f"{article_id}:{event_id}"


def clean(text: str | None, limit: int | None = None) -> str | None:
    """Make text storable everywhere: PostgreSQL rejects NUL (replaced 1:1, offsets kept)."""
    if text is None:
        return None
    text = text.replace("\x00", "\ufffd")
    return text[:limit] if limit else text


def _best(count: Count | None) -> int | None:
    return count.best if count is not None else None


class DocumentWriter:
    """Insert the rows of one document; actors are shared across articles by normalised name."""

    def __init__(self, session: Session) -> None:
        self.s = session
        self._actors: dict[str, ActorRow] = {}

    def write(
        self,
        document: Document,
        digest: str,
        row: ArticleRow | None,
        previous: dict[str, tuple[str | None, str | None]],
    ) -> ArticleRow:
        """Write the article row and everything extracted from it."""
        article = document.article
        data = document.to_dict()
        data["article"].pop("text", None)
        if row is None:
            row = ArticleRow(id=article.id)
            self.s.add(row)
        row.url = clean(article.url)
        row.title = clean(article.title)
        row.publisher = clean(article.publisher, 255)
        row.byline = clean(article.byline)
        row.wire_agency = clean(article.wire_agency, 255)
        row.published = clean(article.published, 32)
        row.language = clean(article.language, 16)
        row.source = clean(article.source, 255)
        row.origin = clean(article.origin)
        row.status = article.status
        row.reason = clean(article.reason)
        row.text = clean(article.text) or ""
        row.content_hash = digest
        row.document_json = data
        row.n_events = len(document.events)
        self.s.flush()

        local = self._local_actors(document)
        self._write_mentions(document, local)
        for event in document.events:
            self._write_event(article.id, event, local, previous)
        self._write_sources(document)
        self._write_relations(document, local)
        self.s.flush()
        return row

    def _write_mentions(self, document: Document, local: dict[str, ActorRow]) -> None:
        """One row per place an actor is named, linked to its store-wide actor."""
        article = document.article
        for actor in document.actors:
            actor_row = local[actor.actor_id]
            for m in actor.mentions:
                text = m.text if m.text is not None else article.text[m.start : m.end]
                self.s.add(
                    ActorMentionRow(
                        article_id=article.id,
                        actor_id=actor_row.id,
                        local_actor_id=actor.actor_id,
                        start=m.start,
                        end=m.end,
                        text=clean(text),
                    )
                )

    def _write_sources(self, document: Document) -> None:
        """One row per quoted or cited source of the article."""
        for source in document.sources:
            self.s.add(
                SourceRow(
                    article_id=document.article.id,
                    speaker=clean(source.speaker) or "",
                    named=source.named,
                    type=source.type,
                    title=clean(source.title),
                    said_to=clean(source.said_to, 255),
                    quotes_json=[q.to_dict() for q in source.quotes],
                )
            )

    def _write_relations(self, document: Document, local: dict[str, ActorRow]) -> None:
        """One row per actor relation, both ends resolved to store-wide actors."""
        for rel in document.relations:
            src = self._resolve(rel.source, local)
            tgt = self._resolve(rel.target, local)
            ev = rel.evidence
            self.s.add(
                RelationRow(
                    article_id=document.article.id,
                    source_actor_id=src.id,
                    target_actor_id=tgt.id,
                    source_name=src.name,
                    target_name=tgt.name,
                    relation=rel.relation,
                    evidence_start=ev.start if ev else None,
                    evidence_end=ev.end if ev else None,
                    evidence_text=clean(ev.text) if ev else None,
                )
            )

    def _write_event(
        self,
        article_id: str,
        event: Event,
        local: dict[str, ActorRow],
        previous: dict[str, tuple[str | None, str | None]],
    ) -> None:
        gid = event_global_id(article_id, event.id)
        record: dict[str, Any] = event.to_dict()
        loc, date = event.location, event.date
        incident_id, old_type = previous.get(gid, (None, None))
        fat = event.fatalities
        self.s.add(
            EventRow(
                id=gid,
                article_id=article_id,
                local_id=event.id,
                # A re-extracted event keeps its incident only if it still is the same kind of event.
                incident_id=incident_id if old_type == event.event_type else None,
                event_type=event.event_type,
                sub_event_type=event.sub_event_type,
                gtd_attack_type=event.gtd_attack_type,
                historical=bool(event.historical),
                date_start=date.start,
                date_end=date.end,
                date_precision=date.precision,
                country=clean(loc.country, 128),
                country_code=loc.country_code,
                admin1=clean(loc.admin1, 128),
                admin2=clean(loc.admin2, 128),
                location=clean(loc.name, 255),
                lat=loc.lat,
                lon=loc.lon,
                geo_precision=loc.precision,
                fatalities_low=fat.low if fat else None,
                fatalities_best=fat.best if fat else None,
                fatalities_high=fat.high if fat else None,
                injuries_best=_best(event.injuries),
                arrested_best=_best(event.arrested),
                related_to=event_global_id(article_id, event.related_to)
                if event.related_to
                else None,
                confidence=event.confidence,
                record_json=record,
            )
        )
        self.s.flush()
        for ev in event.evidence:
            self.s.add(
                EvidenceRow(
                    event_id=gid, field=ev.field, start=ev.start, end=ev.end, text=clean(ev.text)
                )
            )
        for ea in event.actors:
            actor_row = local.get(ea.actor_id or "") or self._get_actor(ea.name, ea.acled_name)
            actor_row.acled_name = actor_row.acled_name or clean(ea.acled_name, 255)
            self.s.add(
                EventActorRow(
                    event_id=gid,
                    actor_id=actor_row.id,
                    name=clean(ea.name, 255) or "",
                    acled_name=clean(ea.acled_name, 255),
                    mention=clean(ea.mention),
                    start=ea.start,
                    end=ea.end,
                    role=ea.role,
                    attribution=ea.attribution,
                    attributed_by=clean(ea.attributed_by, 255),
                )
            )

    def _local_actors(self, document: Document) -> dict[str, ActorRow]:
        """Map each document actor id to its store-wide actor row (created or enriched)."""
        local: dict[str, ActorRow] = {}
        for actor in document.actors:
            row = self._get_actor(actor.name, actor.acled_name)
            aliases = list(row.aliases_json or [])
            for alias in [*actor.aliases, *(m.text for m in actor.mentions if m.text)]:
                if alias and alias != row.name and alias not in aliases:
                    aliases.append(alias)
            row.aliases_json = aliases
            row.acled_name = row.acled_name or clean(actor.acled_name, 255)
            row.kind = row.kind or actor.kind
            row.country = row.country or clean(actor.country, 128)
            row.known = bool(row.known or actor.known)
            local[actor.actor_id] = row
        self.s.flush()
        return local

    def _resolve(self, ref: str, local: dict[str, ActorRow]) -> ActorRow:
        """A relation end given as a document actor id or as a name."""
        if ref in local:
            return local[ref]
        for row in local.values():
            if actor_key(row.name) == actor_key(ref):
                return row
        return self._get_actor(ref, None)

    def _get_actor(self, name: str, acled_name: str | None) -> ActorRow:
        key = actor_key(name) or "unknown"
        row = self._actors.get(key)
        if row is None:
            row = self.s.scalar(select(ActorRow).where(ActorRow.key == key))
        if row is None:
            row = ActorRow(
                key=key,
                name=clean(name, 255) or key,
                acled_name=clean(acled_name, 255),
                aliases_json=[],
            )
            self.s.add(row)
            self.s.flush()
        self._actors[key] = row
        return row
