"""State forces named in a protest only as the crowd's kin, or as the crowd itself, are no actor.

"Wives of soldiers killed in the north blocked the road", "relatives of police officers killed on
duty protested", "families of prisoners rallied outside the prison": the soldiers, the police and
the prisoners name whose kin the crowd is, not a party to the protest. And "dozens of police
officers protested outside the ministry" is a crowd of police: ACLED codes the crowd of a protest
or riot as "Protesters"/"Rioters (<country>)", the force at most associated with it (ACLED
Codebook: demonstrators are coded by who they are as a crowd; acled_train.jsonl: "police officers
from the union of internal security forces protested" and three protests of prisoners' families
name the protesters alone). The force stays when the text names it in any other part too
("police dispersed the wives of soldiers" keeps the police).
"""

from __future__ import annotations

import re

from eventcoder.document import Document, Event, EventActor

_TYPES = {"Protests", "Riots"}
_STATE = re.compile(r"^(?:Mutiny of )?(?:Military|Police) Forces of |^Prisoners\b|Prison Guards")
# "wives of", "the families of the", "relatives of two": the kin a crowd is made of
_KIN_BEFORE = re.compile(
    r"\b(?:wives|widows|husbands|spouses|famil(?:y|ies)|relatives|kin|mothers|fathers|parents|"
    r"sons|daughters|children|orphans)\s+of\s+(?:the\s+|their\s+|some\s+|detained\s+|jailed\s+|"
    r"fallen\s+|slain\s+|killed\s+|missing\s+|\d+\s+|two\s+|three\s+|several\s+|political\s+)*$",
    re.IGNORECASE)
# "police officers protested", "a group of soldiers staged a sit-in": the force is the crowd
_CROWD_VERB = re.compile(
    r"^(?:\s+(?!fired|dispersed|used|arrested|beat|shot|clashed|attacked|detained|tear)"
    r"[\w,'’-]+){0,5}?\s+(?:protested|demonstrated|marched|rallied|picketed|"
    r"staged\s+(?:a\s+)?(?:protest|demonstration|sit-in|march|strike)|"
    r"held\s+(?:a\s+)?(?:protest|demonstration|sit-in|rally|march)|went\s+on\s+strike|"
    r"took\s+to\s+the\s+streets)\b", re.IGNORECASE)


def _crowd_part(text: str, start: int, end: int) -> bool:
    """True when a mention names the crowd's kin, or the crowd itself."""
    return bool(_KIN_BEFORE.search(text[max(0, start - 60):start])
                or _CROWD_VERB.match(text[end:end + 80]))


def _spans(document: Document, ea: EventActor) -> list[tuple[int, int]]:
    """Every place the text names the event actor."""
    actor = document.actor_by_id(ea.actor_id) if ea.actor_id else None
    spans = [(m.start, m.end) for m in actor.mentions] if actor is not None else []
    if ea.start is not None and ea.end is not None:
        spans.append((ea.start, ea.end))
    return spans


def drop_crowd_forces(document: Document, event: Event) -> None:
    """Drop from a protest or riot the state forces and prisoners the text names only as the
    crowd's kin or as the crowd itself."""
    if event.event_type not in _TYPES:
        return
    if not any((a.acled_name or a.name).startswith(("Protesters", "Rioters"))
               for a in event.actors):
        return  # no crowd label to stand for them
    text = document.text
    keep = []
    for ea in event.actors:
        spans = _spans(document, ea)
        if _STATE.search(ea.acled_name or ea.name) and spans \
                and all(_crowd_part(text, s, e) for s, e in spans):
            event.notes.setdefault("actors", "a force named only as the crowd or its kin")
            continue
        keep.append(ea)
    event.actors = keep
