"""Sentences that name who did an incident in so many words, wherever they stand in the report.

Wire copy often tells the act in one sentence and its doer in another: "A blast hit the oil depot at
Port Harcourt on Sunday. ... The Niger Delta Avengers blew up part of the pipeline, the company
said." A sentence that no event owns but in which a named group or force
(or a description of fighters that names the report's one group, :mod:`definite_group`) is read
as the doer of a harmful act or is accused of one is read for the incident next to it, as
claim and blame sentences are (:mod:`claim_sentences`). A record ("the group has carried out 80
attacks since 2011", "attacks carried out by LeJ"), a denial and the acts of the forces answering an incident ("police
arrested two suspects", "troops repelled the attack") name no doer of it.
"""

from __future__ import annotations

from typing import Any

from eventcoder.document import Document
from eventcoder.extract.bare_plural import is_unmarked_plural
from eventcoder.resolve.attribution import forms
from eventcoder.resolve.attribution.captors import force_release
from eventcoder.resolve.attribution.claim_sentences import DEED_NOUNS, negated
from eventcoder.resolve.attribution.definite_group import only_group_before
from eventcoder.resolve.attribution.fighter_descriptions import fighter_description
from eventcoder.resolve.attribution.rules import span_root

# Kinds of actor whose doing is an incident's: groups and forces, not persons (whose acts in a
# report are mostly speech and office), crowds or victims.
DOER_KINDS = {"armed group", "militia", "state forces"}
# Acts that answer an incident (or are a battle), not the incident's harm.
RESPONSE_VERBS = {"arrest", "detain", "disperse", "chase", "pursue", "repel", "repulse", "capture",
                  "engage", "clash", "fight", "block", "protest", "riot", "seize", "open", "take",
                  "set", "conduct", "hold"}


def _record_of_deeds(verb: Any) -> bool:
    """'attacks carried out by LeJ', 'accused of carrying out attacks': the act qualifies or
    takes a bare plural of deeds, a record rather than one incident."""
    if verb.dep_ in {"acl", "relcl"} and is_unmarked_plural(verb.head):
        return True
    # a relative clause on a name below the act tells the name's record, not the act ("suspected
    # fighters of X, which has carried out massacres this year"): its deeds are not the act's
    aside = {t.i for c in verb.subtree if c.dep_ == "relcl" and c.i != verb.i for t in c.subtree}
    return any(t.pos_ == "NOUN" and t.lemma_.lower() in DEED_NOUNS and is_unmarked_plural(t)
               and t.i not in aside for t in verb.subtree)


def _doer(token: Any, own_claims: bool = True) -> bool:
    """True if the mention's root is read as the doer of a harmful act, is accused of one or
    tells it as its own ("the IRA said its volunteers had executed him"), when ``own_claims``
    (a group's; claims of responsibility are left to :func:`claim_sentences.speaks_of_doer`)."""
    reading = forms.read(token)
    if reading.role != "perpetrator" or reading.attribution == "denied" or (
            reading.attribution == "claimed" and not own_claims):
        return False
    verb = reading.verb
    if verb is None or (reading.attribution == "claimed" and negated(verb)):
        return False
    if verb.lemma_.lower() in RESPONSE_VERBS and reading.attribution in {"stated", "confirmed"}:
        return False
    return not (_record_of_deeds(verb) or forms.generic_statement(verb))


def names_doer(document: Document, sent: Any) -> bool:
    """True if a group or force named in the sentence is read as the doer of an act in it."""
    doc = document.spacy_doc
    for actor in document.actors:
        if actor.kind not in DOER_KINDS:
            continue
        for m in actor.mentions:
            if sent.start_char <= m.start and m.end <= sent.end_char:
                span = doc.char_span(m.start, m.end, alignment_mode="expand")
                # a force telling its own strike reports it; only a group claims a deed
                own = actor.kind != "state forces"
                # the name's own root, also when the parse breaks the name ("fighters of the
                # Islamic State in the Greater Sahara" with "in" hung on the verb)
                root = span_root(span) if span is not None else None
                if root is not None and _doer(root, own) and not force_release(
                        root, forms.read(root), actor.kind):
                    return True
    return any(fighter_description(t) and only_group_before(document, t.idx) is not None
               and _doer(t) for t in sent)


# Event types of harm done to someone: the incidents a doer, a claim or a blame speaks of.
HARM_TYPES = {"Battles", "Explosions/Remote violence", "Violence against civilians", "Riots"}


def harm_firsts(document: Document, firsts: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """(first sentence, id) of the report's harmful incidents, or of all its events when none is
    harmful: a sentence naming who did an act is read for the incident, not for the talks or
    the arrests the report also tells of."""
    harm = {e.id for e in document.events if e.event_type in HARM_TYPES and not e.historical}
    near = [(first, eid) for first, eid in firsts if eid in harm]
    return near or firsts
