"""Doers named by their part in a crime, held or tried for it, rather than by an attack verb.

- "three soldiers of the brigade involved in the killing of two traders": a participle on the
  name (or on the members it hangs from) puts it in the deed; "implicated in" is an accusation;
- "the detention of four police officers over their alleged role in the shooting", "the
  trial of two officers for the killing": whoever is arrested, charged or tried over the deed is
  suspected (an arrest) or accused (a charge, a trial) of it;
- "were held because they were suspected of taking part in the ambush": the cause of an
  arrest names the deed.
Generic words stay out: the deed must be a crime noun (a killing, a massacre, an attack), and
a record ("involved in attacks in the past") is read as such by the generic-statement rules.
"""

from __future__ import annotations

from typing import Any

from eventcoder.resolve.actors.context import ATTACK_NOUNS, noun_lemma
from eventcoder.resolve.attribution import rules
from eventcoder.resolve.attribution.rules import Reading

DEED_NOUNS = ATTACK_NOUNS | {"crime", "death", "murders", "execution", "disappearance"}
# participles that put the noun they qualify in the deed, with the attribution they give
PART_PARTICIPLES = {"involve": "stated", "implicate": "accused", "responsible": "accused"}
# nouns of holding or trying someone, with the attribution they give
HOLDING_NOUNS = {"arrest": "suspected", "detention": "suspected", "capture": "suspected",
                 "trial": "accused", "prosecution": "accused", "indictment": "accused",
                 "conviction": "accused", "extradition": "accused"}
# people who are no group: held over a crime, they name no doer
ANYONE = {"people", "person", "man", "woman", "civilian", "resident", "villager", "youth",
          "individual", "suspect", "someone", "group", "family", "relative"}
# verbs of holding or trying someone: the attribution they give (an arrest suspects, a charge or
# trial accuses) and the prepositions that give the cause
_OVER = frozenset({"in", "for", "over", "with", "after"})
HOLDING_VERBS: dict[str, tuple[str, frozenset[str]]] = {
    "arrest": ("suspected", _OVER | {"because", "on"}), "detain": ("suspected", _OVER | {"because", "on"}),
    "question": ("suspected", _OVER),
    "charge": ("accused", _OVER), "indict": ("accused", _OVER), "prosecute": ("accused", _OVER),
    "try": ("accused", frozenset({"for", "over"})), "convict": ("accused", frozenset({"of", "for"})),
    "sentence": ("accused", frozenset({"for", "over"})), "jail": ("accused", frozenset({"for", "over"})),
    "imprison": ("accused", frozenset({"for", "over"})), "bring": ("accused", frozenset({"for", "over"})),
    "put": ("accused", frozenset({"for", "over"})),  # "will be put on trial for the bombing"
}
_CAUSE_PREPS = {"because", "for", "over", "on", "in", "with", "after"}


def names_deed(tokens: Any) -> bool:
    """True when a stretch of the parse names a crime ("in the killing of two traders")."""
    return any(
        (g.pos_ in {"NOUN", "PROPN"} and g.lemma_.lower() in DEED_NOUNS)
        or (g.tag_ == "VBG" and g.lemma_.lower() in rules.ALWAYS_TRANSITIVE)
        for g in tokens
    )


def _part_participle(noun: Any) -> Reading | None:
    """ "soldiers of the brigade involved in the killing": a participle qualifying the noun."""
    for acl in (c for c in noun.children if c.dep_ in {"acl", "amod", "relcl"}):
        attribution = PART_PARTICIPLES.get(acl.lemma_.lower())
        if attribution is None or acl.dep_ == "relcl" and acl.lemma_.lower() != "involve":
            continue
        preps = [c for c in acl.children if c.dep_ == "prep" and c.lower_ in {"in", "for"}]
        if preps and names_deed(t for p in preps for t in p.subtree):
            r = Reading(role="perpetrator", attribution=attribution, verb=acl)
            if attribution == "stated":
                rules.apply_governors(r, acl)
            return r
    return None


def _held_for(noun: Any) -> Reading | None:
    """ "the detention of X over their alleged role in the shooting": held over the deed."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "of":
        return None
    holding = noun.head.head
    attribution = HOLDING_NOUNS.get(holding.lemma_.lower())
    if attribution is None or holding.pos_ != "NOUN":
        return None
    cause = [t for c in holding.children if c.dep_ == "prep" and c.lower_ in _CAUSE_PREPS
             for t in c.subtree]
    # the parser may hang the cause on the one held ("the trial of two commanders for the bombing")
    cause += [t for c in noun.children if c.dep_ in {"acl", "relcl"}
              or (c.dep_ == "prep" and c.lower_ in _CAUSE_PREPS) for t in c.subtree]
    if not names_deed(cause):
        return None
    return Reading(role="perpetrator", attribution=attribution, verb=holding)


def held_for_deed(noun: Any) -> Reading | None:
    """The one arrested, charged or tried over a deed, unless it is anyone ("20 people")."""
    if noun_lemma(rules.np_head(noun)) in ANYONE:
        return None  # "20 people were arrested over the killing": no named doer
    return _holding_cause(noun)


def _holding_cause(noun: Any) -> Reading | None:
    """ "were held because they were suspected of taking part in the ambush", "police charged X
    with the murder", "will stand trial for the bombing" ("brought to trial"), "two officers
    were convicted of the murder": the cause of the holding names the deed."""
    verb, dep = noun.head, noun.dep_
    if dep == "nsubj" and verb.lemma_.lower() == "be":  # "X are to be put on trial"
        verb = next((c for c in verb.children if c.dep_ == "xcomp"), verb)
        dep = "nsubjpass" if any(c.dep_ == "auxpass" for c in verb.children) else dep
    lemma = verb.lemma_.lower()
    if dep not in {"nsubjpass", "dobj"} or lemma not in HOLDING_VERBS:
        return None
    if lemma in {"bring", "put"} and not any(c.lower_ == "trial" for c in verb.subtree):
        return None  # "brought to hospital", "put under pressure for"
    attribution, preps = HOLDING_VERBS[lemma]
    # the cause may hang on the verb or on its "trial" ("put on trial for the bombing")
    for prep in (c for c in verb.subtree if c.dep_ == "prep" and c.lower_ in preps
                 and (c.head.i == verb.i or c.head.lower_ == "trial")):
        if names_deed(prep.subtree):
            by = rules.agent_of(verb) if dep == "nsubjpass" else rules.subject_of(verb)
            return Reading(role="perpetrator", attribution=attribution, by_token=by, verb=verb)
    return None


def implicated_doer(t: Any, member: Any | None = None) -> Reading | None:
    """Perpetrator reading of a name (or of the ``member`` noun it hangs from) held, tried or
    named as taking part in a crime."""
    if member is None and t.dep_ == "pobj" and t.head.lower_ == "of" \
            and t.head.head.pos_ == "NOUN":
        member = t.head.head  # "officers of the army", "officials of the ministry"
    for noun in (n for n in (member, t) if n is not None):
        head = rules.np_head(noun)
        if noun_lemma(head) in ANYONE:
            return None  # "20 people were arrested over the killing": no named doer
        if head.dep_ == "pobj" and head.head.lower_ == "including":
            head = rules.np_head(head.head.head)  # "a crowd, among them members of X" ('including')
        found = _part_participle(head) or _held_for(head) or _holding_cause(head)
        if found is not None:
            return found
    return None
