"""A blamed group saying it had no part in the deed, in words other than "deny": its attribution
is `denied`.

Groups and their spokesmen disown a deed without a verb of denial: "the TTP said it had nothing
to do with the attack", "a BIFF spokesperson told reporters that 'our group has nothing to do with
this bombing'", "the militia said it had no hand in the killings", "the group said it was not
involved in the blast". The clause's subject is the group itself, or a pronoun or description
("it", "we", "our group", "the movement") standing for whoever tells the clause: the subject of
the saying verb above it, or the group its spokesman speaks for. Only a group the event already
has as a perpetrator changes; a group disowning what nobody blamed on it stays out.
"""

from __future__ import annotations

from typing import Any

from eventcoder.document import Actor, Document, Event
from eventcoder.resolve.attribution.definite_group import fighter_description, only_group_before
from eventcoder.resolve.attribution.denials import OWN_DESCRIPTIONS, OWN_WORDS

# "nothing to do with", "no hand in", "no part in", "no role in", "no connection to", "no link to"
_NO_PART = {"hand", "part", "role", "connection", "link", "links", "involvement"}
_SAY = {"say", "tell", "insist", "stress", "add", "state", "write", "maintain"}


def _disowning_verb(token: Any) -> Any | None:
    """The clause verb when the token says its subject had no part ('had nothing to do with',
    'had no hand in', 'was not involved in'), else None."""
    head = token.head
    if token.lower_ == "nothing" and token.dep_ == "dobj" and head.lemma_ == "have" \
            and any(c.lemma_ == "do" for c in token.subtree):
        return head
    if token.lemma_.lower() in _NO_PART and token.dep_ == "dobj" and head.lemma_ == "have" \
            and any(c.lower_ == "no" for c in token.children):
        return head
    if token.lower_ == "involved" and any(c.dep_ == "neg" for c in token.children):
        return token  # "it was not involved in the blast"
    if token.lower_ == "involved" and token.dep_ == "acomp" and head.lemma_ == "be" \
            and any(c.dep_ == "neg" for c in head.children):
        return head
    return None


def _named(document: Document, token: Any) -> Actor | None:
    """The actor one of the phrase's words names ('BIFF' in 'a BIFF spokesperson')."""
    for t in token.subtree:
        if t.dep_ in {"relcl", "acl", "ccomp"}:
            continue
        for actor in document.actors:
            if any(m.start <= t.idx < m.end for m in actor.mentions):
                return actor
    return None


def _teller(document: Document, verb: Any) -> Actor | None:
    """Who disowns: the clause's own subject when it names a group, else the sayer above it."""
    subj = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subj is None:
        return None
    own = subj.lower_ in OWN_WORDS or any(
        c.dep_ == "poss" and c.lower_ in OWN_WORDS for c in subj.children) or (
        subj.lemma_.lower() in OWN_DESCRIPTIONS and subj.pos_ == "NOUN")
    if not own:
        return _named(document, subj)
    above = verb.head
    while above.dep_ in {"ccomp", "conj"} and above.lemma_.lower() not in _SAY:
        above = above.head
    if above.lemma_.lower() not in _SAY or above.i == verb.i:
        return None
    sayer = next((c for c in above.children if c.dep_ == "nsubj"), None)
    if sayer is None:
        return None
    named = _named(document, sayer)
    if named is None and fighter_description(sayer):
        return only_group_before(document, sayer.idx)  # "The group said it was not involved"
    return named


def disowned_doers(document: Document, event: Event, sents: list[Any], sent_ids: list[int]) -> None:
    """Mark as `denied` the event's perpetrator that says it had no part in the deed."""
    for i in sent_ids:
        if i >= len(sents):
            continue
        for token in sents[i]:
            verb = _disowning_verb(token)
            teller = _teller(document, verb) if verb is not None else None
            if teller is None:
                continue
            for actor in event.actors:
                if actor.role == "perpetrator" and actor.actor_id == teller.actor_id:
                    actor.attribution, actor.attributed_by = "denied", actor.name
