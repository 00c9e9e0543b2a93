"""The flat view of one stored event that merging works on, and the merge settings.

Merging never needs the database: :class:`MergeEvent` is built from an event record dict (the
output contract) plus a little article metadata, so the benchmark and the unit tests run on
in-memory records and the store runner only converts rows into these.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from eventcoder.datafiles import load_data
from eventcoder.document import is_topic_only

PRECISION_RANK = {"day": 0, "week": 1, "month": 2, "year": 3, "unknown": 4}
GEO_RANK = {"exact": 0, "city": 1, "admin2": 2, "admin1": 3, "country": 4, "unknown": 5}
_WORD = re.compile(r"[A-Za-z][A-Za-z'\-]+")


@lru_cache(maxsize=1)
def settings() -> dict[str, Any]:
    """Return the merge settings from ``eventcoder/data/merge.yaml`` (read once)."""
    return load_data("merge.yaml")


def event_uid(article_id: str, event_id: str) -> str:
    """Return the id of an event that is unique across articles."""
    return f"{article_id}:{event_id}"


def _ordinal(value: str | None) -> int | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(str(value)[:10]).toordinal()
    except ValueError:
        return None


def norm_name(name: str | None) -> str:
    """Normalise an actor name for comparison across reports."""
    return re.sub(r"\s+", " ", (name or "").strip().lower())


@dataclass
class MergeEvent:
    """One event as merging sees it: comparable features plus its full record."""

    uid: str
    article_id: str
    event_id: str
    event_type: str | None = None
    sub_event_type: str | None = None
    start: int | None = None  # date ordinals
    end: int | None = None
    precision: str = "unknown"
    country: str | None = None  # ISO2 code when known, else the country name
    admin1: str | None = None
    lat: float | None = None
    lon: float | None = None
    geo_precision: str = "unknown"
    perpetrators: frozenset[str] = frozenset()
    targets: frozenset[str] = frozenset()
    text: str = ""
    fatalities: int | None = None
    injuries: int | None = None
    published: int | None = None
    related_to: str | None = None  # uid of the event it follows up
    historical: bool = False
    record: dict[str, Any] = field(default_factory=dict)
    article: dict[str, Any] = field(default_factory=dict)
    db_id: Any = None  # primary key of the stored event row, when it came from the store

    @property
    def is_followup(self) -> bool:
        """True for arrests and similar records that follow an incident rather than are one."""
        return bool(self.related_to) and self.sub_event_type in settings()["followup_sub_types"]

    @property
    def is_reference(self) -> bool:
        """True for a record known only as the topic of another event in its article."""
        return is_topic_only((self.record.get("notes") or {}).get("event"))

    @property
    def block_country(self) -> str:
        """The country part of the blocking key ('' when unknown)."""
        return self.country or ""


_SENT_END = re.compile(r"[.!?]\s")


def sentence_around(text: str, start: int | None, end: int | None) -> str:
    """The sentence of ``text`` that contains ``[start, end)`` (empty when unknown)."""
    if not text or start is None or end is None:
        return ""
    left = max((m.end() for m in _SENT_END.finditer(text, 0, start)), default=0)
    m = _SENT_END.search(text, end)
    return text[left : m.start() + 1 if m else len(text)]


def _evidence_text(record: dict[str, Any], article_text: str = "") -> str:
    """Join the evidence texts that describe what happened (not who said it).

    With the article text at hand, the whole sentences of the event's mentions are added: the
    words around a trigger ("at a crowded market", "on a police patrol") tell incidents apart.
    """
    parts: list[str] = []
    seen: set[str] = set()
    for ev in record.get("evidence") or []:
        if ev.get("field") == "event" and article_text:
            sentence = sentence_around(article_text, ev.get("start"), ev.get("end"))
            if sentence and sentence not in seen:
                seen.add(sentence)
                parts.append(sentence)
        if ev.get("field") in {"event", "fatalities", "injuries", "targets", "location", "weapons"}:
            text = ev.get("text") or ""
            if text and text not in seen:
                seen.add(text)
                parts.append(text)
    if record.get("trigger"):
        parts.append(str(record["trigger"]))
    for target in record.get("targets") or []:
        parts.append(target.get("text") or "")
    return " ".join(parts)


def from_record(record: dict[str, Any], article: dict[str, Any], db_id: Any = None) -> MergeEvent:
    """Build a :class:`MergeEvent` from an event record dict and its article's metadata."""
    article_id = str(article.get("id"))
    date = record.get("date") or {}
    loc = record.get("location") or {}
    fat = record.get("fatalities") or {}
    generic = tuple(settings()["generic_actor_prefixes"])
    perps = frozenset(
        name
        for name in (
            norm_name(a.get("acled_name") or a.get("name"))
            for a in record.get("actors") or []
            if a.get("role") == "perpetrator"
        )
        if name and not name.startswith(generic)
    )
    targets = frozenset(
        {str(t.get("category")) for t in record.get("targets") or [] if t.get("category")}
        | {
            w.lower()
            for t in record.get("targets") or []
            for w in _WORD.findall(t.get("text") or "")
            if len(w) > 3
        }
    )
    start = _ordinal(date.get("start"))
    end = _ordinal(date.get("end")) or start
    related = record.get("related_to")
    return MergeEvent(
        uid=event_uid(article_id, str(record.get("id"))),
        article_id=article_id,
        event_id=str(record.get("id")),
        event_type=record.get("event_type"),
        sub_event_type=record.get("sub_event_type"),
        start=start,
        end=end if start is not None else None,
        precision=(date.get("precision") or "unknown") if start is not None else "unknown",
        country=loc.get("country_code") or loc.get("country"),
        admin1=loc.get("admin1"),
        lat=loc.get("lat"),
        lon=loc.get("lon"),
        geo_precision=loc.get("precision") or "unknown",
        perpetrators=perps,
        targets=targets,
        text=_evidence_text(record, article.get("text") or ""),
        fatalities=fat.get("best") if isinstance(fat, dict) else None,
        injuries=(record.get("injuries") or {}).get("best"),
        published=_ordinal(article.get("published")),
        related_to=event_uid(article_id, str(related)) if related else None,
        historical=bool(record.get("historical")),
        record=record,
        article=article,
        db_id=db_id,
    )
