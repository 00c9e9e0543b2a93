"""A party's supporters in a fight are a crowd: ACLED's "Rioters (<country>)".

ACLED codes the supporters, members, cadres or youths of a political party who clash, beat or
wreck as "Rioters (<country>)" and puts the party among the associated actors ("NASA and
Jubilee supporters clashed and threw stones" → "Rioters (Kenya)" twice, with "Jubilee
Coalition" and "NASA: National Super Alliance" associated). In acled_train.jsonl, of the riots
whose coding names a party, 324 name it as an associated actor beside Rioters and 5 as the actor
itself; in battles and violence against civilians the party is more often the actor itself, so
the party stays on the event and the crowd is added beside it.

The crowd must be written: a crowd noun after the party's name ("UPND cadres", "ZANU-PF
youths", "PDP and APC supporters") or before it ("members of the opposition Chadema party"); a
party's name alone ("the ANC condemned the attack") or a party member as the victim adds no
crowd, but a party written as the doer of a clash or a riot ("CNL and Imbonerakure members fought
in Gitega") fights through its people. A name the knowledge base does not know is a party when
the text says so ("the PDC party", "the party Dveri").
"""

from __future__ import annotations

import re

from eventcoder.document import Document, Event, EventActor
from eventcoder.geoparser.countries import country_name
from eventcoder.resolve.actors import kb as actor_kb
from eventcoder.resolve.actors.crowds import disruptive

# Event types of a crowd's violence; a strategic development only when the text tells a
# disruptive deed ("cadres shattered the windows of campaign vehicles").
_VIOLENT_TYPES = {"Riots", "Battles", "Violence against civilians"}
# the types whose doer, when a party, is a crowd of its people even with no crowd noun
_FIGHTS = {"Riots", "Battles"}
_CROWD = (r"(?:supporters?|members?|cadres?|activists?|loyalists?|sympathi[sz]ers?|followers?|"
          r"youths?|youth\s+wing(?:ers)?|militants?)")
# "UPND cadres", "ZANU-PF youths", "PDP and APC supporters", "the ANC's youth wing", a name
# cut short before its last words ("Movement for ... Progress" "and Unity MPU supporters")
_CROWD_AFTER = re.compile(
    r"^(?:['’]s)?\s+(?:(?:party|parties)\s+)?"
    r"(?:(?:and|or|,)\s+(?:the\s+)?(?:[A-Z][\w-]*\s+){1,2})?"
    + _CROWD + r"\b"
)
# "members of the opposition PDC party", "supporters of the ruling", "youths from the"
_CROWD_BEFORE = re.compile(
    r"\b" + _CROWD + r"\s+(?:of|from|loyal\s+to)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}$", re.IGNORECASE
)
# the text calls an unknown name a party: "the PDC party", "the party Dveri", "the ruling MPP"
_PARTY_AFTER = re.compile(r"^\s+(?:party|parties)\b", re.IGNORECASE)
_PARTY_BEFORE = re.compile(r"\b(?:party|ruling|opposition|oppositional)\s+$", re.IGNORECASE)
_CROWD_LABELS = re.compile(r"^(?:Rioters|Protesters)\b")


def _is_party(document: Document, ea: EventActor) -> bool:
    actor = document.actor_by_id(ea.actor_id) if ea.actor_id else None
    if actor is not None and actor.kind == "political party":
        return True
    if actor is not None and actor.known:
        return False  # a known group of another kind ("Al Shabaab members") is no party
    text = document.text
    return bool(re.search(r"\bpart(?:y|ies)\b", ea.mention or "", re.IGNORECASE)
                or _PARTY_AFTER.match(text[ea.end:ea.end + 12])
                or _PARTY_BEFORE.search(text[max(0, ea.start - 14):ea.start]))


def party_crowd(document: Document, ea: EventActor) -> bool:
    """True if the text writes a crowd of this party's people ("UPND cadres", "members of the
    opposition Chadema party") and the party is not the event's target."""
    if ea.role == "target" or ea.start is None or ea.end is None:
        return False
    if not _is_party(document, ea):
        return False
    text = document.text
    after = text[ea.end:ea.end + 40]
    return bool(_CROWD_AFTER.match(after)
                or _CROWD_BEFORE.search(text[max(0, ea.start - 60):ea.start]))


def _party_fights(document: Document, event: Event, ea: EventActor) -> bool:
    """True if a party itself is written as the doer of a clash or a riot ("Imbonerakure and
    CNL clashed with machetes"): a party has no armed force, so its people are the crowd."""
    return event.event_type in _FIGHTS and ea.role == "perpetrator" and ea.start is not None \
        and _is_party(document, ea)


def add_party_crowds(document: Document, event: Event) -> None:
    """Add "Rioters (<country>)" beside a party whose supporters fight, beat or wreck."""
    if event.event_type not in _VIOLENT_TYPES and not (
        event.event_type == "Strategic developments" and disruptive(document.text)
    ):
        return
    if any(_CROWD_LABELS.match(a.acled_name or a.name) for a in event.actors):
        return
    cname = country_name(event.location.country_code) if event.location else None
    if not cname:
        return  # no country, no ACLED label: left unknown
    crowd = next((ea for ea in event.actors if party_crowd(document, ea)), None) \
        or next((ea for ea in event.actors if _party_fights(document, event, ea)), None)
    if crowd is None:
        return
    label = actor_kb.class_label("rioters", cname)
    role = "perpetrator" if crowd.role == "perpetrator" else "other"
    event.actors.append(EventActor(name=label, acled_name=label, role=role,
                                   mention=crowd.mention, start=crowd.start, end=crowd.end))
    event.notes.setdefault("actors", f"supporters of {crowd.name} in a fight: rioters")
