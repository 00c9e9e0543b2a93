"""A description of fighters refers back to the one armed group the report names.

News copy names a group once and then calls it "the rebels", "the guerrillas" or "the group":
"The Karen National Union said it would not disarm. ... The rebels blew up a bridge". When the
report names exactly one non-state armed group before such a description, and the description is
the doer of the incident, the doer is that group. The descriptions read are plurals of a fighter
noun, definite or bare ("the guerrillas", "rebels stormed"), a unit of them ("guerrilla units
attacked") and a definite group noun ("the group claimed responsibility"). With two or more
named groups the description refers to the one written as fighters ("FMLN guerrillas",
:mod:`fighter_groups`) and stays unread when none or several are; an unnamed doer ("gunmen",
"unknown assailants", "a group of armed men") and a description that names its own side ("FMLN
guerrillas", "government militias") never refer back.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from eventcoder.document import Actor, Document, Event, EventActor
from eventcoder.nlp.doc_cache import span_tokens
from eventcoder.resolve.attribution.callers import caller_claim
from eventcoder.resolve.attribution.fighter_descriptions import fighter_description
from eventcoder.resolve.attribution.fighter_groups import fighters_group_before
from eventcoder.resolve.attribution.fighter_voice import FIGHTER_NOUNS

_GROUP_KINDS = {"armed group", "militia"}


def _generic_name(actor: Actor) -> bool:
    name = actor.name.lower()
    return name.startswith("unidentified") or name.rstrip("s") in FIGHTER_NOUNS


def only_group_before(document: Document, offset: int) -> Actor | None:
    """The one named non-state armed group of the report, when it is named before ``offset``."""
    # a group the report names only later is no antecedent ("... the group's fighters had
    # thrown it. Hizbul Mujahideen condemned the attack")
    groups = [a for a in document.actors if a.kind in _GROUP_KINDS and a.mentions
              and not _generic_name(a) and min(m.start for m in a.mentions) < offset]
    if len(groups) != 1:
        return fighters_group_before(document, groups, offset)
    return groups[0]


def _doer_actor(group: Actor, token: Any, reading: Any,
                by_name: Callable[[Any], str | None]) -> EventActor:
    """The group as the doer the description names, with the description's attribution."""
    caller_claim(reading, group)  # "a caller ... said the group's fighters had thrown it"
    attribution = reading.attribution
    by = group.name if reading.by_self else by_name(reading.by_token)
    if attribution == "stated":
        by = None
    return EventActor(name=group.name, actor_id=group.actor_id, acled_name=group.acled_name,
                      mention=token.text, start=token.idx, end=token.idx + len(token),
                      role="perpetrator", attribution=attribution, attributed_by=by)


def definite_doers(document: Document, event: Event, sents: list[Any], sent_ids: list[int],
                   by_name: Callable[[Any], str | None] = lambda _t: None) -> None:
    """Give the event the named group that 'the rebels' doing the act refer back to."""
    from eventcoder.resolve.attribution import forms

    if any(a.role == "perpetrator" and a.mention and not a.name.startswith("Unidentified")
           for a in event.actors):
        return
    for i in sent_ids:
        if i >= len(sents):
            continue
        for token in span_tokens(sents[i]):
            if not fighter_description(token):
                continue
            reading = forms.read(token)
            if reading.role != "perpetrator" or reading.attribution == "denied" \
                    or forms.generic_statement(reading.verb):
                continue
            # named before the description's own phrase ("the al Qaeda-linked group" is not al Qaeda)
            group = only_group_before(document, token.left_edge.idx)
            if group is None:
                continue  # "militants hurled a grenade" before any group is named
            event.actors = [a for a in event.actors if a.actor_id != group.actor_id and not (
                a.role == "perpetrator" and a.name.startswith("Unidentified"))]
            event.actors.append(_doer_actor(group, token, reading, by_name))
            return
