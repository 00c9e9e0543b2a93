"""A definite description of fighters refers back to the one armed group the report names.

News copy names a group once and then calls it "the rebels" or "the guerrillas": "The Karen
National Union said it would not disarm. ... The rebels blew up a bridge". When the report
names exactly one non-state armed group before such a definite plural, and the description is
the doer of the incident, the doer is that group. With two or more named groups the
description is ambiguous and stays unread; an indefinite or unnamed doer ("gunmen", "unknown
assailants") never refers back.
"""

from __future__ import annotations

from typing import Any

from eventcoder.document import Actor, Document, Event, EventActor

FIGHTER_NOUNS = {"rebel", "guerrilla", "insurgent", "militant", "terrorist", "subversive",
                 "jihadist", "extremist", "guerilla"}
_DEFINITE = {"the", "these", "those"}
_GROUP_KINDS = {"armed group", "militia"}


def _definite_fighters(token: Any) -> bool:
    """'the rebels', 'these guerrillas' with no name of their own ('the FMLN rebels')."""
    if token.lemma_.lower() not in FIGHTER_NOUNS or token.tag_ not in {"NNS", "NNPS"}:
        return False
    kids = list(token.children)
    if not any(c.dep_ == "det" and c.lower_ in _DEFINITE for c in kids):
        return False
    return not any(c.dep_ in {"compound", "amod", "nmod", "poss"} for c in kids)


def _generic_name(actor: Actor) -> bool:
    name = actor.name.lower()
    return name.startswith("unidentified") or name.rstrip("s") in FIGHTER_NOUNS


def only_group_before(document: Document, offset: int) -> Actor | None:
    """The one named non-state armed group of the report, when it is named before ``offset``."""
    groups = [a for a in document.actors
              if a.kind in _GROUP_KINDS and a.mentions and not _generic_name(a)]
    if len(groups) != 1:
        return None
    group = groups[0]
    return group if min(m.start for m in group.mentions) < offset else None


def definite_doers(document: Document, event: Event, sents: list[Any],
                   sent_ids: list[int]) -> None:
    """Give the event the named group that 'the rebels' doing the act refer back to."""
    from eventcoder.resolve.attribution import forms

    if any(a.role == "perpetrator" and a.mention and not a.name.startswith("Unidentified")
           for a in event.actors):
        return
    for i in sent_ids:
        if i >= len(sents):
            continue
        for token in sents[i]:
            if not _definite_fighters(token):
                continue
            reading = forms.read(token)
            if reading.role != "perpetrator" or forms.generic_statement(reading.verb):
                continue
            group = only_group_before(document, token.idx)
            if group is None:
                return
            event.actors = [a for a in event.actors if a.actor_id != group.actor_id and not (
                a.role == "perpetrator" and a.name.startswith("Unidentified"))]
            event.actors.append(EventActor(
                name=group.name, actor_id=group.actor_id, acled_name=group.acled_name,
                mention=token.text, start=token.idx, end=token.idx + len(token),
                role="perpetrator", attribution=reading.attribution if reading.attribution
                in {"stated", "suspected"} else "stated"))
            return
