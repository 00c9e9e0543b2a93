"""The actors ACLED always names for an event type, added when the text names none: a protest's
crowd, an attack's unidentified armed group, the police of an arrest by unnamed authorities, the
civilian victims of a bombing or an attack."""

from __future__ import annotations

import re

from eventcoder.document import Document, Event, EventActor
from eventcoder.geoparser.countries import country_name
from eventcoder.resolve.actors import kb as actor_kb
from eventcoder.resolve.attribution import named_sides


def _label(cls: str, cname: str | None) -> tuple[str, str | None]:
    """(name, ACLED label) of a generic actor class in a country (label None without one)."""
    spec = actor_kb.terms()["classes"][cls]
    if not cname:
        return spec["name"], None
    label = actor_kb.class_label(cls, cname)
    return label, label


def _add_implied(event: Event, cls: str, cname: str | None, role: str, note: str) -> None:
    name, label = _label(cls, cname)
    if any(a.name == name or (label and a.acled_name == label) for a in event.actors):
        return
    event.actors.append(EventActor(name=name, acled_name=label, role=role))
    event.notes.setdefault("actors", note)


_PARTY_KINDS = {"state forces", "armed group", "militia", "international force", "civilians",
                "communal group", "protesters", "rioters"}


def _casualties(event: Event) -> bool:
    """True if the event reports at least one person killed or injured."""
    return any(c is not None and (c.best or 0) > 0 for c in (event.fatalities, event.injuries))


def _unnamed_victims(document: Document, event: Event) -> bool:
    """True for a bombing or shelling that hurt people when the text names no one but the
    perpetrator: ACLED then codes the victims as civilians ("a mortar shell killed one")."""
    if event.event_type != "Explosions/Remote violence" or not _casualties(event):
        return False
    for a in event.actors:
        actor = document.actor_by_id(a.actor_id) if a.actor_id else None
        kind = actor.kind if actor is not None else None
        if a.role == "target" or (a.role != "perpetrator" and kind in _PARTY_KINDS):
            return False
    return True


# A crowd arrested, dispersed or tear-gassed with no force named ("35 students were put in
# custody", "the rioters were later dispersed"): someone policed the crowd, and ACLED names the
# police as the intervening side (acled_train.jsonl: in protests and riots whose note says so and
# names no force, 10 of 14 name the police). A demand for someone's release tells of an earlier
# arrest, not this one.
_POLICED = re.compile(
    r"\b(?:were|was|are|is|been|being|got)\s+(?:later\s+|then\s+|forcibly\s+|briefly\s+)?"
    r"(?:arrested|detained|dispersed|tear-?gassed|rounded\s+up|taken\s+into\s+custody|"
    r"put\s+in(?:to)?\s+custody)\b(?!\s+by\b)|\btear[\s-]?gas\s+(?:was|were)\s+"
    r"(?:fired|used|lobbed)\b", re.IGNORECASE)
_EARLIER_ARREST = re.compile(r"\brelease\b|\bprotest(?:ed|ing)?\s+(?:against\s+)?the\s+arrest",
                             re.IGNORECASE)


def _crowd_policed(document: Document, event: Event) -> bool:
    """True if the text tells of the crowd being policed by a force it does not name."""
    if event.event_type not in {"Protests", "Riots"}:
        return False
    text = document.text or ""
    return bool(_POLICED.search(text)) and not _EARLIER_ARREST.search(text) and not any(
        (a.acled_name or a.name).startswith(("Police", "Military")) for a in event.actors)


def _state_arrester(document: Document, event: Event) -> bool:
    """True if the state's forces are named in the arrest, or a government makes it: a
    government merely mentioned ("a rally the authorities had banned", "the president said")
    is no arresting force (acled_train.jsonl: no arrest is coded as a government's)."""
    for a in event.actors:
        label = a.acled_name or a.name
        actor = document.actor_by_id(a.actor_id) if a.actor_id else None
        kind = actor.kind if actor is not None else None
        if label.startswith(("Police", "Military")) or kind == "state forces":
            return True
        if (label.startswith("Government") or kind == "government") and a.role == "perpetrator":
            return True
    return False


def add_implied_actors(document: Document, event: Event, country: str | None) -> None:
    """Add the crowd, perpetrator or victims ACLED always names for this event type when the
    text names none (without a country when none is known; see :func:`fill_actor_countries`)."""
    terms = actor_kb.terms()
    cname = country_name(country)
    known = [document.actor_by_id(a.actor_id) for a in event.actors if a.actor_id]
    kinds = {a.kind for a in known if a is not None}
    cls = (terms.get("implied_by_event_type") or {}).get(event.event_type or "")
    if cls:
        # A protest's crowd is "Protesters", a riot's "Rioters", whatever noun the text used;
        # security forces facing a crowd are police.
        other = "rioters" if cls == "protesters" else "protesters"
        for a in event.actors:
            if a.acled_name and a.acled_name == _label(other, cname)[1]:
                a.acled_name = _label(cls, cname)[1]
            elif a.mention and re.search(r"\bsecurity\b|^forces$", a.mention, re.I) \
                    and (a.acled_name or a.name).startswith("Military Forces"):
                # without a country yet the name carries the class to fill_actor_countries
                a.name, a.acled_name = _label("police", cname)
        _add_implied(event, cls, cname, "other", f"{_label(cls, cname)[0]} implied by the event type")
    if _crowd_policed(document, event):
        _add_implied(event, "police", cname, "other", "a crowd policed by unnamed forces: police")
    has_perp = named_sides.doer_or_sides(document, event)
    if (event.event_type in terms.get("implied_perpetrator", [])
            and event.sub_event_type not in terms.get("implied_perpetrator_except", [])
            and not has_perp and not (kinds & {"armed group", "militia", "rioters"})):
        _add_implied(event, "uag", cname, "perpetrator",
                     "perpetrator not named: an unidentified armed group")
    if event.sub_event_type == "Arrests" and not _state_arrester(document, event):
        # ACLED codes an arrest with no named arresting force as the police's
        _add_implied(event, "police", cname, "perpetrator", "arrest by unnamed authorities: police")
    if _unnamed_victims(document, event):
        _add_implied(event, "civilians", cname, "target",
                     "casualties with no other party named: civilians")
    if event.event_type == "Violence against civilians" and not (
        kinds & {"civilians", "communal group"}
        or any((a.acled_name or a.name).startswith("Civilians") for a in event.actors)
    ):
        _add_implied(event, "civilians", cname, "target", "victims implied by the event type")
