"""A crowd's own violent deed: what makes a crowd's incident a riot, not a peaceful protest.

An incident is read as a demonstration when a crowd does its deed ("an angry crowd beat a man",
"youths fought with machetes"); the deed itself then tells that the crowd was violent.
"""

from __future__ import annotations

from eventcoder.extract.events.named_deeds import grievance, label_only
from eventcoder.extract.events.triggers import TriggerMention
from eventcoder.extract.roles import is_crowd, kind_of, sides

# families of a deed done to people or in a fight; "death" only counts the dead
_HARM_FAMILIES = {"violence", "battle", "sexual", "abduction"}


def crowd_did_violence(mentions: list[TriggerMention]) -> bool:
    """True when a crowd (no state or armed force) is the doer of a violent trigger."""
    for m in mentions:
        if m.family not in _HARM_FAMILIES or grievance(m.token) or label_only(m.token):
            continue  # "protesting the beating of a student": the grievance, not the crowd's deed
        perps = sides(m.token).perpetrators
        if perps and all(is_crowd(p) and kind_of(p, True) not in {"state", "armed"}
                         for p in perps):
            return True
    return False
