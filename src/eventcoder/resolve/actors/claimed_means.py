"""Unnamed aircraft are the means of the party named for the deed, not a second doer.

"Drones struck the refinery" names no one: the drones stand for the event country's military
(actor_terms.yaml, military class). When the text names who flew them, by a claim ("the Houthis
claimed responsibility") or by saying so ("the defence ministry in Moscow said its jets carried out
the raid"), the machines were that party's: the record keeps the named party alone, and the
state's forces the drones were read as (often the victim's own, "Military Forces of Saudi Arabia")
are no party at all. A nationality on the machines ("Saudi jets", "Russia's drones") names their
owner and keeps them.
"""

from __future__ import annotations

import functools
import re

from eventcoder.document import Document, Event, EventActor
from eventcoder.resolve.actors import kb as actor_kb
from eventcoder.resolve.actors.modifiers import nationality_before
from eventcoder.resolve.relations.stage import ATTACK_RELATION

# Readings that name the party that did the deed (a suspicion or an accusation does not).
_NAMED_DOER = {"claimed", "confirmed", "stated"}
_STATE = re.compile(r"^Military Forces of (.+?)(?: \(|$)")
_GOVERNMENT = re.compile(r"^Government of (.+?)(?: \(|$)")
_DETERMINER = re.compile(r"^(?:the|some|two|three|several|unidentified|unknown)\s+", re.I)


@functools.cache
def _means() -> frozenset[str]:
    """The machines that name no one (actor_terms.yaml ``unnamed_means``)."""
    return frozenset(w.lower() for w in actor_kb.terms().get("unnamed_means", []))


@functools.cache
def _generic_nouns() -> frozenset[str]:
    """Every generic actor noun: a mention of these names no party of its own."""
    out = set()
    for spec in actor_kb.terms()["terms"].values():
        for strength in ("strong", "weak"):
            out.update(t.lower() for t in spec.get(strength, []))
    return frozenset(out)


def _bare(mention: str | None) -> str:
    return _DETERMINER.sub("", (mention or "").strip()).lower()


def _only_means(document: Document, ea: EventActor) -> bool:
    """True if every mention of the actor is an unnamed machine ("drones", "the warplanes")."""
    actor = next((a for a in document.actors if a.actor_id == ea.actor_id), None)
    mentions = [(m.start, m.text) for m in actor.mentions] if actor else [(ea.start, ea.mention)]
    return bool(mentions) and all(
        _bare(text) in _means() and not nationality_before(document.text, start)
        for start, text in mentions)


def _named_doer(text: str, ea: EventActor) -> bool:
    """True if the actor is a named party the text gives the deed to (a name, or a generic noun
    with its nationality: "the Russian defence ministry")."""
    if ea.role != "perpetrator" or ea.attribution not in _NAMED_DOER:
        return False
    return _bare(ea.mention) not in _generic_nouns() or nationality_before(text, ea.start) is not None


def _state_own(means: EventActor, doers: list[EventActor]) -> bool:
    """True if a named doer is the government whose military the machines were read as ("the
    Russian defence ministry said its jets struck": they are the Military Forces of Russia)."""
    country = _STATE.match(means.acled_name or "")
    return country is not None and any(
        (m := _GOVERNMENT.match(d.acled_name or "")) and m.group(1) == country.group(1)
        for d in doers)


def drop_claimed_means(document: Document, event: Event) -> None:
    """Drop the unnamed aircraft read as a state's forces when a named party did the deed."""
    if not any(_named_doer(document.text, ea) for ea in event.actors):
        return
    doers = [ea for ea in event.actors if _named_doer(document.text, ea)]
    kept = [ea for ea in event.actors
            if not (ea.role == "perpetrator" and _bare(ea.mention) in _means()
                    and _only_means(document, ea) and not _state_own(ea, doers))]
    if len(kept) < len(event.actors):
        event.notes.setdefault("actors", "unnamed aircraft: the means of the party named for "
                                         "the deed")
        dropped = {actor.name for ea in event.actors if ea not in kept and ea.actor_id
                   and (actor := document.actor_by_id(ea.actor_id)) is not None}
        event.actors = kept
        # the attack relations the relations stage drew from the machines' reading go with them
        document.relations = [r for r in document.relations if not (
            r.source in dropped and r.relation in ATTACK_RELATION.values())]

