"""The shared document object every pipeline stage reads and fills.

The shape follows ``shared/spec/event-record.md``: ``Document.to_dict()`` is the JSON contract
printed by the CLI and served by the HTTP API. Fields whose name starts with an underscore are
working state for the stages (the spaCy ``Doc``, trigger sentences) and are never serialised.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from typing import Any

_LEAF_TYPES = frozenset({str, int, float, bool, type(None)})
_PUBLIC_FIELDS: dict[type, tuple[str, ...]] = {}


def _public_fields(cls: type) -> tuple[str, ...]:
    """The serialised field names of a dataclass, in declaration order (looked up once)."""
    names = _PUBLIC_FIELDS.get(cls)
    if names is None:
        names = _PUBLIC_FIELDS[cls] = tuple(
            f.name for f in dataclasses.fields(cls) if not f.name.startswith("_"))
    return names


def _plain(value: Any) -> Any:
    """Turn dataclasses, lists and dicts into JSON-ready values, dropping private fields."""
    if type(value) in _LEAF_TYPES:  # most values: returned as they are, without the checks below
        return value
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {name: _plain(getattr(value, name)) for name in _public_fields(type(value))}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    return value


class Record:
    """Mixin giving every record a ``to_dict`` that follows the output contract."""

    def to_dict(self) -> dict[str, Any]:
        """Return the record as JSON-ready data."""
        return _plain(self)


@dataclass
class Evidence(Record):
    """A span of ``article.text`` that supports one field of a record."""

    field: str
    start: int
    end: int
    text: str


@dataclass
class Count(Record):
    """A count of people (killed, wounded, arrested) with its uncertainty."""

    low: int | None
    best: int | None
    high: int | None
    approximate: bool
    text: str
    start: int | None = None
    end: int | None = None
    note: str | None = None


@dataclass
class DateInfo(Record):
    """An event date resolved against the publication date, with its precision."""

    start: str | None = None
    end: str | None = None
    precision: str = "unknown"  # day | week | month | year | unknown
    text: str | None = None
    note: str | None = None
    span_start: int | None = None
    span_end: int | None = None


@dataclass
class Location(Record):
    """Where an event happened, with an honest precision."""

    name: str | None = None
    admin1: str | None = None
    admin2: str | None = None
    country: str | None = None
    country_code: str | None = None
    lat: float | None = None
    lon: float | None = None
    precision: str = "unknown"  # exact | city | admin2 | admin1 | country | unknown
    geonameid: int | None = None
    text: str | None = None
    start: int | None = None
    end: int | None = None


@dataclass
class Target(Record):
    """Who or what an event hit, with its GTD target category."""

    text: str
    category: str
    start: int | None = None
    end: int | None = None


@dataclass
class EventActor(Record):
    """An actor's part in one event and who attributes it."""

    name: str
    actor_id: str | None = None
    acled_name: str | None = None
    mention: str | None = None
    start: int | None = None
    end: int | None = None
    role: str = "other"  # perpetrator | target | announcer | other
    attribution: str = "stated"  # claimed | suspected | accused | confirmed | denied | stated
    attributed_by: str | None = None
    title: str | None = None


@dataclass
class Denial(Record):
    """A broader denial stated about an event (not an actor's attributed role)."""

    by: str
    what: str
    evidence: Evidence | None = None


# The event note that marks a record its article knows only as the topic of another event
# ("arrested over the bombing at the Gamboru market"): the merge joins it to the incident other
# reports tell in full.
REFERENCE_ONLY_NOTE = "known only as the topic of another event"


def is_topic_only(note: object) -> bool:
    """True for an event note that marks a record known only as the topic of another event."""
    return isinstance(note, str) and note.startswith(REFERENCE_ONLY_NOTE)


@dataclass
class Event(Record):
    """One incident the article reports (or mentions as background)."""

    id: str
    event_type: str | None = None
    sub_event_type: str | None = None
    gtd_attack_type: str | None = None
    historical: bool = False
    date: DateInfo = field(default_factory=DateInfo)
    location: Location = field(default_factory=Location)
    fatalities: Count | None = None
    injuries: Count | None = None
    arrested: Count | None = None
    perpetrators_killed: Count | None = None
    count: int = 1
    weapons: list[str] = field(default_factory=list)
    targets: list[Target] = field(default_factory=list)
    actors: list[EventActor] = field(default_factory=list)
    denials: list[Denial] = field(default_factory=list)
    related_to: str | None = None
    confidence: float = 0.5
    notes: dict[str, str] = field(default_factory=dict)
    evidence: list[Evidence] = field(default_factory=list)
    trigger: str | None = None
    # How the type was decided: the typer model's version, probabilities and driving words, and
    # the trigger rules' own reading (None when the rules alone typed the event).
    typing: dict[str, Any] | None = None
    # Working state: sentence indexes (into list(doc.sents)) that mention this incident, and the
    # trigger token spans (start_char, end_char) of each mention.
    _sentences: list[int] = field(default_factory=list)
    _mentions: list[tuple[int, int]] = field(default_factory=list)

    def add_evidence(self, field_name: str, start: int, end: int, text: str) -> None:
        """Record that ``text[start:end]`` supports ``field_name``, once."""
        for ev in self.evidence:
            if (ev.field, ev.start, ev.end) == (field_name, start, end):
                return
        self.evidence.append(Evidence(field_name, start, end, text[start:end]))


@dataclass
class Mention(Record):
    """Where an actor is named in the text."""

    start: int
    end: int
    text: str | None = None


@dataclass
class Actor(Record):
    """An actor mentioned anywhere in the article, with its aliases and mentions."""

    actor_id: str
    name: str
    acled_name: str | None = None
    aliases: list[str] = field(default_factory=list)
    kind: str | None = None
    country: str | None = None
    mentions: list[Mention] = field(default_factory=list)
    known: bool = False


@dataclass
class Relation(Record):
    """A relation between two actors that the text states."""

    source: str
    target: str
    relation: str
    evidence: Evidence | None = None


@dataclass
class Quote(Record):
    """A quote or reported statement, with offsets into ``article.text``."""

    text: str
    start: int
    end: int
    direct: bool = True


@dataclass
class Source(Record):
    """One speaker quoted in the article, with all of their quotes."""

    speaker: str
    named: bool = False
    type: str = "other"  # official | analyst | militant | witness | media | other
    title: str | None = None
    said_to: str | None = None
    quotes: list[Quote] = field(default_factory=list)
    start: int | None = None
    end: int | None = None


@dataclass
class Toponym(Record):
    """A place name found in the text and what it resolved to."""

    start: int
    end: int
    text: str
    name: str | None = None
    lat: float | None = None
    lon: float | None = None
    geonameid: int | None = None
    country_code: str | None = None
    admin1: str | None = None
    feature_code: str | None = None


@dataclass
class Article(Record):
    """The article as ingested: cleaned text, metadata and processing status."""

    id: str
    text: str = ""
    url: str | None = None
    title: str | None = None
    publisher: str | None = None
    byline: str | None = None
    wire_agency: str | None = None
    published: str | None = None  # ISO date
    language: str | None = None
    source: str | None = None
    status: str = "ok"  # ok | skipped | error
    reason: str | None = None
    origin: str | None = None  # file path (and line) the article came from


@dataclass
class Document(Record):
    """One article in, one structured document out."""

    article: Article
    events: list[Event] = field(default_factory=list)
    actors: list[Actor] = field(default_factory=list)
    relations: list[Relation] = field(default_factory=list)
    sources: list[Source] = field(default_factory=list)
    toponyms: list[Toponym] = field(default_factory=list)
    _doc: Any = None  # the spaCy Doc over article.text

    @property
    def text(self) -> str:
        """The article body that all offsets index."""
        return self.article.text

    @property
    def spacy_doc(self) -> Any:
        """The spaCy ``Doc`` the nlp stage made (None before it ran)."""
        return self._doc

    @property
    def ok(self) -> bool:
        """True when the article can go through extraction."""
        return self.article.status == "ok"

    def actor_by_id(self, actor_id: str) -> Actor | None:
        """Return the document-level actor with this id, if any."""
        return next((a for a in self.actors if a.actor_id == actor_id), None)
