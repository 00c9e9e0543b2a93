"""'The ministry said the attack had been carried out by fighters of X. No group has claimed
responsibility.' Where the report says no one has claimed the incident, an official's account of
who did it is that official's accusation, not a fact the report confirms: the doer is named by
authorities while the deed stays unclaimed (MUC-4's "suspected or accused by authorities").
"""

from __future__ import annotations

import re
from typing import Any

from eventcoder.document import Event

_NO_CLAIM = re.compile(
    r"\b(?:no|nobody|neither)\s+(?:\w+\s+){0,2}?(?:group|one|organi[sz]ation|faction|party)?\s*"
    r"(?:has|had|have)?\s*(?:yet\s+|immediately\s+|so\s+far\s+)?"
    r"(?:claimed|admitted|taken\s+responsibility|accepted\s+responsibility)\b"
    r"|\bthere\s+(?:has|had|was|were)\s+(?:been\s+)?no\s+(?:immediate\s+)?claims?\b"
    r"|\bno\s+(?:immediate\s+)?claims?\s+of\s+responsibility\b", re.IGNORECASE)


def unclaimed_accusations(event: Event, sent_ids: list[int], sents: list[Any]) -> None:
    """Turn the named doers officials confirm into accused ones when a sentence within the
    event's reading (or right after it) says no one has claimed it."""
    named = [a for a in event.actors if a.role == "perpetrator" and a.attribution == "confirmed"
             and a.attributed_by and not (a.acled_name or a.name).startswith("Unidentified")]
    if not named or not sent_ids:
        return
    span = range(min(sent_ids), min(max(sent_ids) + 2, len(sents)))
    if any(_NO_CLAIM.search(sents[i].text) for i in span):
        for actor in named:
            actor.attribution = "accused"
