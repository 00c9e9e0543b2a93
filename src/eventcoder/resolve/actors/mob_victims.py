"""A mob's suspects are civilians.

"Villagers lynched two suspected kidnappers", "a mob beat an alleged robber to death": the
crowd's victims are named by the crime they are said to have done, a noun that elsewhere names an
unidentified armed group ("kidnappers", "robbers", "bandits"). A suspect in a crowd's hands is no
armed party to a fight: ACLED codes mob violence as rioters against civilians (acled_train.jsonl:
suspected or alleged criminals attacked by a crowd are "Civilians (<country>)" in 25 of 28 mob
events, never an armed group).
"""

from __future__ import annotations

import re

from eventcoder.document import Event, EventActor
from eventcoder.resolve.actors.same_label import relabel_once

_UAG = re.compile(r"^Unidentified Armed Group(?: \((?P<c>[^()]+)\))?$")
# the word that makes the noun an accusation, up to two words before it ("suspected child
# kidnappers", "alleged cattle thieves", "two suspected armed robbers")
_SUSPECT = re.compile(r"\b(?:suspected|alleged|presumed|accused|would-be)\s+(?:[\w-]+\s+){0,2}$",
                      re.IGNORECASE)


def _crowd_did_it(event: Event) -> bool:
    # the crowd's role may be unresolved ("a crowd lynched X and torched their car"): the riot
    # and its rioters are enough
    return event.event_type == "Riots" and any(
        (a.acled_name or a.name).startswith("Rioters") for a in event.actors)


def label_mob_victims(text: str, event: Event) -> None:
    """Name the suspects a riot's crowd attacked "Civilians (<country>)", once."""
    if not _crowd_did_it(event):
        return

    def suspect(ea: EventActor) -> str | None:
        m = _UAG.match(ea.acled_name or ea.name)
        if m is None or ea.role != "target" or ea.start is None \
                or not _SUSPECT.search(text[max(0, ea.start - 40):ea.start]):
            return None
        return f"Civilians ({m.group('c')})" if m.group("c") else "Civilians"

    relabel_once(event, suspect, "suspects a crowd attacked: civilians")
