"""People the text calls angry are a crowd: "angry residents", "irate traders", "enraged villagers".

An anger word on a noun of ordinary people names a mob, whatever the deed: the "angry boda boda
riders" who burnt a bus, the "outraged members of the community" who burnt a thief to death.
ACLED codes such crowds as "Rioters (<country>)" (acled_train.jsonl: in the notes naming angry
people, 43 of 56 name rioters and 7 protesters, in protests; the rest name the people's own
militia or a group). When the event's doer is left unnamed (an unidentified armed group the
event type implied) or is read as civilians, the angry crowd is that doer. A protest keeps its
protesters (:mod:`crowd_doers`), and a crowd with a people's or group's name keeps that name.
"""

from __future__ import annotations

import re

from eventcoder.document import Event, EventActor
from eventcoder.resolve.actors.same_label import relabel_once

_ANGER = r"(?:angry|irate|enraged|furious|outraged|infuriated|incensed|agitated)"
_PEOPLE = (r"(?:residents|youths?|villagers|people|citizens|crowds?|mobs?|locals|traders|riders|"
           r"operators|drivers|students|workers|members|supporters|farmers|mourners|relatives|"
           r"community|men|women|motorists|miners|inhabitants|neighbours|neighbors|passengers|"
           r"vendors|hawkers|fans)")
# the anger word and the people noun, up to three words apart ("angry boda boda riders")
_ANGRY_CROWD = re.compile(rf"\b{_ANGER}\s+(?:[\w'-]+\s+){{0,3}}?{_PEOPLE}\b", re.IGNORECASE)
_GENERIC = re.compile(r"^(?P<cls>Unidentified Armed Group|Civilians)(?: \((?P<c>[^()]+)\))?$")


def label_angry_crowds(text: str, event: Event) -> None:
    """Name the unnamed or civilian doer of an event the text gives to angry people its
    rioters, once."""
    if event.event_type == "Protests":
        return
    spans = [(m.start(), m.end()) for m in _ANGRY_CROWD.finditer(text)]
    if not spans:
        return

    def doer(ea: EventActor) -> str | None:
        m = _GENERIC.match(ea.acled_name or ea.name)
        if m is None or ea.role != "perpetrator":
            return None
        if m.group("cls") == "Unidentified Armed Group":
            if ea.start is not None:
                return None  # gunmen the text names are no angry crowd
        elif ea.start is None or not any(s <= ea.start < e for s, e in spans):
            return None  # civilians doing it are the crowd only when it is they who are angry
        return f"Rioters ({m.group('c')})" if m.group("c") else "Rioters"

    relabel_once(event, doer, "the deed's doers are angry people: rioters")
