"""'The ministry said the attack had been carried out by fighters of X. No group has claimed
responsibility.' Where the report says no one has claimed the incident, an official's account of
who did it is that official's accusation, not a fact the report confirms: the doer is named by
authorities while the deed stays unclaimed (MUC-4's "suspected or accused by authorities").
The same holds when the named group itself is silent ("The KNF has not commented on the
attack"): the account is the accuser's alone.
"""

from __future__ import annotations

import re
from typing import Any

from eventcoder.document import Document, Event
from eventcoder.nlp.doc_cache import span_text

_NO_CLAIM = re.compile(
    r"\b(?:no|nobody|neither)\s+(?:\w+\s+){0,2}?(?:group|one|organi[sz]ation|faction|party)?\s*"
    r"(?:has|had|have)?\s*(?:yet\s+|immediately\s+|so\s+far\s+)?"
    r"(?:claimed|admitted|taken\s+responsibility|accepted\s+responsibility)\b"
    r"|\bthere\s+(?:has|had|was|were)\s+(?:been\s+)?no\s+(?:immediate\s+)?claims?\b"
    r"|\bno\s+(?:immediate\s+)?claims?\s+of\s+responsibility\b", re.IGNORECASE)
# A group's silence on the deed: "has not commented on", "did not respond to", "has yet to claim".
_SILENT = re.compile(
    r"^\W*(?:has|had|did|have)\s+(?:not|never|yet\s+to)\s+(?:yet\s+|so\s+far\s+)?"
    r"(?:commented|comment|responded|respond|reacted|react|claimed|claim)\b", re.IGNORECASE)
# A no-claim sentence that points to another deed ("No group claimed that attack", "in 2017")
# speaks of that deed, so only a sentence near the incident is read then.
_OTHER_DEED = re.compile(r"\b(?:that|those|earlier|previous|similar)\s+(?:\w+\s+)?"
                         r"(?:attacks?|bombings?|killings?|massacres?|raids?|incidents?)\b"
                         r"|\b(?:19|20)\d\d\b", re.IGNORECASE)
# Kinds of actor that claim deeds ("No group has claimed it"); states and parties do not.
_CLAIMANT_KINDS = {"armed group", "militia"}


def unclaimed_accusations(document: Document, event: Event, sent_ids: list[int],
                          sents: list[Any]) -> None:
    """Turn the named doers officials confirm into accused ones when a sentence within the
    event's reading (or right after it) says no one has claimed it, a later sentence says so of
    no other deed, or the named group is said to be silent on it."""
    named = [a for a in event.actors if a.role == "perpetrator" and a.attribution == "confirmed"
             and a.attributed_by and not (a.acled_name or a.name).startswith("Unidentified")]
    if not named or not sent_ids:
        return
    span = range(min(sent_ids), min(max(sent_ids) + 2, len(sents)))
    later = range(min(sent_ids), len(sents))
    if any(_NO_CLAIM.search(span_text(sents[i])) for i in span):
        for actor in named:
            actor.attribution = "accused"
        return
    # further off, only a group that could claim: a state's silence is no unclaimed deed
    kinds = {a.actor_id: a.kind for a in document.actors}
    named = [a for a in named if kinds.get(a.actor_id) in _CLAIMANT_KINDS]
    if any(_NO_CLAIM.search(span_text(sents[i])) and not _OTHER_DEED.search(span_text(sents[i]))
           for i in later):
        for actor in named:
            actor.attribution = "accused"
        return
    for actor in named:
        known = next((a for a in document.actors if a.actor_id == actor.actor_id), None)
        names = {actor.mention or actor.name} | {m.text or document.text[m.start:m.end]
                                                  for m in (known.mentions if known else [])}
        if any(_silent(names, span_text(sents[i])) for i in later):
            actor.attribution = "accused"


def _silent(names: set[str], text: str) -> bool:
    """The sentence says the actor (by one of its mentions) has not spoken of the deed."""
    for name in names - {""}:
        for m in re.finditer(rf"\b{re.escape(name)}\b", text):
            if _SILENT.search(text[m.end():m.end() + 60]):
                return True
    return False
