"""Unnamed clans, communities and peoples fighting each other are their militias, both sides.

"Inter-clan clashes left three dead", "fighting between two rival communities", "a clash between
two families in the town": the text names no group, but it says who fought: two groups of one
kind. The other finders read such a note as unnamed gunmen against civilians, or a single side.
ACLED codes it as that kind's unidentified militia on both sides (acled_train.jsonl, 2015 on:
"inter-clan violence errupted in Afdere zone" → "Unidentified Clan Militia (Ethiopia)" twice,
"a fight between two rival communities" and "a border attack between two villages" →
"Unidentified Communal Militia (Kenya)" twice; ethnic and tribal clashes → "Unidentified Ethnic
Militia (<country>)"). Only the placeholders an unnamed fight produces are replaced (an
unidentified armed group, and in a battle the civilians its dead were read as); a group the text
names (:mod:`communal`) keeps its label, and a riot keeps its rioters (ACLED codes an unarmed
brawl between clans as rioters).
"""

from __future__ import annotations

import re

from eventcoder.document import Event, EventActor
from eventcoder.geoparser.countries import country_name
from eventcoder.resolve.actors import kb as actor_kb

# the country part of a generic label ("Civilians (Kenya)"), never a regime's years
_COUNTRY = re.compile(r"\((?P<c>[^()\d]+)\)$")
_UAG = re.compile(r"^Unidentified Armed Group(?: \([^()]+\))?$")
_CIVILIANS = re.compile(r"^Civilians(?: \([^()]+\))?$")
# the names the finders give a side the text does not name (a country may follow in brackets)
PLACEHOLDER = re.compile(r"^(?:Unidentified Armed Group|Unidentified (?:Communal|Clan|Ethnic) "
                         r"Militia|Rioters|Civilians)(?: \([^()]+\))?$")
# a community, clan or ethnic militia the other finders named: the fight already has its sides
_NAMED_MILITIA = re.compile(r"(?:Communal|Clan|Ethnic|Sub-Clan) Militia\b")
_GENERIC_MILITIA = re.compile(r"^Unidentified (?:Communal|Clan|Ethnic) Militia(?: \([^()]+\))?$")
# the civilians a battle's dead were read as, not victims the text names ("two farmers")
_PEOPLE = re.compile(r"^(?:people|persons?|men|others?|several|many|one|two|three|\d+)$",
                     re.IGNORECASE)

_TWO = r"(?:two|2|the\s+two|rival|both|several|three)\s+(?:rival\s+|warring\s+|neighbou?ring\s+|armed\s+|local\s+)?"
# nouns and verbs of a fight between two sides ('clashes between', 'clan fighting')
FIGHT_WORDS = r"clash(?:es|ed)?|fight(?:s|ing)?|violence|skirmish(?:es)?|feud|battles?|conflict"
_FIGHT = rf"(?:{FIGHT_WORDS}|attacks?)"
# (class, cue): a fight between two unnamed groups of one kind; "men from two clans fought" and
# "fighters of two warring clans" name the sides by their clans as "between two clans" does
_CUES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("clan", re.compile(rf"\binter-?\s?clan\b|\b(?:between|from|of)\s+{_TWO}(?:sub-?\s?)?clans\b|"
                        rf"\brival\s+(?:sub-?\s?)?clans\b|\bclan\s+{_FIGHT}", re.IGNORECASE)),
    ("ethnic", re.compile(rf"\binter-?\s?(?:tribal|ethnic)\b|\bbetween\s+{_TWO}(?:tribes|ethnic\s+groups)\b|"
                          rf"\b(?:tribal|ethnic)\s+{_FIGHT}", re.IGNORECASE)),
    ("communal", re.compile(rf"\binter-?\s?communa(?:l|ity)\b|\bcommunal\s+{_FIGHT}|"
                            rf"\bbetween\s+{_TWO}(?:communities|villages|families|clans?men)\b|"
                            rf"\brival\s+(?:communities|villages|families)\b|\bfamily\s+feuds?\b",
                            re.IGNORECASE)),
)
_FOUGHT_TYPES = {"Battles", "Violence against civilians"}


def _kind(text: str) -> str | None:
    """The class of the two unnamed groups the text says fought, or None."""
    for cls, cue in _CUES:
        if cue.search(text):
            return cls
    return None


def event_scope(text: str, event: Event) -> str:
    """The text around the event's own mentions (all of a short note)."""
    if not event._mentions or len(text) <= 600:
        return text
    return " ".join(text[max(0, s - 250):e + 250] for s, e in event._mentions)


def event_country(event: Event, labels: list[str]) -> str | None:
    """The event's country name: its place's, else the one its generic labels carry."""
    code = event.location.country_code if event.location else None
    if code:
        return country_name(code)
    return next((m.group("c") for x in labels if (m := _COUNTRY.search(x))), None)


def _side(label: str, role: str) -> EventActor:
    return EventActor(name=label, acled_name=label, role=role)


def label_rival_groups(text: str, event: Event) -> None:
    """Name the unnamed sides of a fight between clans, communities or peoples as that kind's
    unidentified militia (both sides in a battle, the doer in an attack on civilians)."""
    if event.event_type not in _FOUGHT_TYPES:
        return
    labels = [a.acled_name or a.name for a in event.actors]
    if any(_NAMED_MILITIA.search(x) and not x.startswith("Unidentified") for x in labels):
        return
    cls = _kind(event_scope(text, event))
    if cls is None:
        return
    battle = event.event_type == "Battles"
    generic = [a for a in event.actors if _GENERIC_MILITIA.match(a.acled_name or a.name)]
    placeholders = [a for a in event.actors if _UAG.match(a.acled_name or a.name)]
    if generic and not placeholders:
        if battle and len(generic) == 1:
            # "fighting between two rival clans": the one militia read is both sides
            one = generic[0]
            one.role = "perpetrator" if one.role == "other" else one.role
            twin = "target" if one.role == "perpetrator" else "perpetrator"
            event.actors.append(EventActor(name=one.name, acled_name=one.acled_name, role=twin))
            event.notes.setdefault("actors", "a fight between unnamed groups of one kind: both sides")
        return
    if not placeholders:
        return  # the text names the doer (soldiers, a group): it is no fight between two kinds
    country = event_country(event, labels)
    label = actor_kb.class_label(cls, country) if country else actor_kb.terms()["classes"][cls]["name"]
    kept = [a for a in event.actors if a not in placeholders and not (
        battle and _CIVILIANS.match(a.acled_name or a.name) and _PEOPLE.match(a.mention or "people"))]
    sides = [_side(label, "perpetrator")] + ([_side(label, "target")] if battle else [])
    event.actors = sides + kept
    event.notes.setdefault("actors", f"a fight between unnamed groups of one kind: {label}")
