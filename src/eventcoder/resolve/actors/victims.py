"""Victims ACLED names even when the text gives them no actor noun.

ACLED codes the victims of a lynching, an abduction or an arrest as "Civilians (<country>)" when
nothing else is said of them ("a mob beat a thief", "gunmen abducted two boys"), and the owners
of destroyed houses, shops and crops likewise. The sub-event types are those whose training
records name civilians in at least half of the cases (``acled_train.jsonl``: Attack 1.00,
Abduction/forced disappearance 1.00, Sexual violence 1.00, Grenade 0.76, Suicide bomb 0.75,
Mob violence 0.61, Arrests 0.56); property destruction before ACLED's 2019 codebook counts only
when the text says the property was people's (houses, shops, fields ...), since a looted army
depot has no civilian. Since that codebook made "Looting/property destruction" a sub-event type of
its own, ACLED names an owner for it: the civilians, unless the text names the owner (a police
station, an armed group's vehicle), which then is the target (acled_train.jsonl, lines dated 2019
or later: 14 of 17 name civilians, the other 3 a state or armed owner; before 2019: 5 of 37).
"""

from __future__ import annotations

import re

from eventcoder.document import Document, Event, EventActor
from eventcoder.geoparser.countries import country_name
from eventcoder.resolve.actors import kb as actor_kb
from eventcoder.resolve.actors.crowds import NEW_CONVENTION_SINCE
from eventcoder.resolve.actors.same_label import relabel_once

VICTIM_SUB_TYPES = frozenset({
    "Attack", "Abduction/forced disappearance", "Sexual violence", "Grenade", "Suicide bomb",
    "Mob violence", "Arrests",
})
_PROPERTY = "Looting/property destruction"
_CIVIL_PROPERTY = re.compile(
    r"\b(?:houses?|homes?|shops?|stores?|buildings?|cars?|farms?|crops?|fields?|factor(?:y|ies)|"
    r"business(?:es)?|propert(?:y|ies)|dormitor(?:y|ies)|restaurants?|cafes?|taverns?|"
    r"plants?|warehouses?|residences?|households?|lands?|orchards?|livestock|cattle|"
    r"refugee\s+camps?|camps?\s+for\s+(?:the\s+)?displaced)\b",
    re.IGNORECASE,
)
# Actors that already are the victims, or a civilian side.
_VICTIM_LABELS = re.compile(r"^(?:Civilians|Prisoners|Women|Students|Refugees|Journalists)\b"
                            r"| (?:Ethnic|Communal|Clan) (?:Militia|Group)\b")


def _unlabelled_person(document: Document, ea: EventActor) -> bool:
    """True for a person the text names who belongs to no coded group ("opposition spokesman
    Peter Okello"): ACLED codes no individual, so the victim's label is still to be given."""
    kind = _kind(document, ea)
    return ea.acled_name is None and kind.startswith("person") and "militant" not in kind


def _has_victims(document: Document, event: Event) -> bool:
    if any(_VICTIM_LABELS.search(a.acled_name or a.name) for a in event.actors):
        return True
    targets = [a for a in event.actors if a.role == "target"]
    # A party's members attacked or arrested are civilians, the party only associated with
    # them (acled_train.jsonl: in attacks, abductions and arrests no party is an actor; all 6
    # lines that associate one name "Civilians (<country>)" as the victims).
    persons = [a for a in targets
               if _unlabelled_person(document, a) or _kind(document, a) == _PARTY]
    if persons and event.sub_event_type == "Arrests" \
            and not any(_kind(document, a) in _ARMED for a in targets):
        # the person arrested is a civilian and the party he or she belongs to is associated
        # (acled_train.jsonl: an opposition former minister → Civilians, the party associated);
        # an armed group's man is that group's ("an al Shabaab facilitator ... is arrested")
        return False
    return any(a not in persons for a in targets)


_ARMED = {"armed group", "militia"}
_PARTY = "political party"


def _kind(document: Document, ea: EventActor) -> str:
    actor = document.actor_by_id(ea.actor_id) if ea.actor_id else None
    return actor.kind if actor is not None else ""


_CROWD = re.compile(r"^(?:Rioters|Protesters)(?: \((?P<c>[^()]+)\))?$")


def arrested_crowds(event: Event) -> None:
    """Name a crowd arrested in an arrest of its own "Civilians (<country>)": an arrest told as
    its own event is no riot or protest (acled_train.jsonl: "police arrested 200 local residents",
    "over 80 traders were arrested" → Civilians), the crowd it was is history."""
    if event.sub_event_type != "Arrests":
        return

    def civilians(ea: EventActor) -> str | None:
        m = _CROWD.match(ea.acled_name or ea.name)
        if m is None or ea.role != "target":
            return None
        return f"Civilians ({m.group('c')})" if m.group("c") else "Civilians"

    relabel_once(event, civilians, "a crowd arrested in an arrest of its own: civilians")


def _owned_by_civilians(document: Document, event: Event) -> bool:
    """True when destroyed or looted property is taken to be civilians' (see the module note)."""
    if _CIVIL_PROPERTY.search(document.text or ""):
        return True
    day = (event.date.start if event.date else None) or document.article.published or ""
    # a second party beside the doer is the named owner ("gunmen set fire to a police station")
    parties = [a for a in event.actors if not _VICTIM_LABELS.search(a.acled_name or a.name)]
    return day[:10] >= NEW_CONVENTION_SINCE and len(parties) <= 1


def add_implied_civilians(document: Document, event: Event) -> None:
    """Add "Civilians (<country>)" as the target of an event whose sub-event type implies
    civilian victims when the text names no victim."""
    sub = event.sub_event_type
    if sub not in VICTIM_SUB_TYPES and not (
        sub == _PROPERTY and _owned_by_civilians(document, event)
    ):
        return
    arrested_crowds(event)
    if _has_victims(document, event):
        return
    cname = country_name(event.location.country_code) if event.location else None
    if not cname:
        return  # no country, no ACLED label: left unknown
    label = actor_kb.class_label("civilians", cname)
    event.actors.append(EventActor(name=label, acled_name=label, role="target"))
    event.notes.setdefault("actors", f"victims implied by the sub-event type ({sub})")
