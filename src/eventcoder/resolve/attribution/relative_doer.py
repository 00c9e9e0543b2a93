"""A relative clause on a name tells what the named did: "the Abu Sayyaf group, which
seized two Malaysian fishermen last month, wants a ransom", "the underground cell, which on
Sunday night burned down the tax office, sent a statement".

The name is the doer of the harmful act of a relative clause whose subject is the relative
pronoun. A record in such a clause ("which has carried out attacks in the past") is left to the
caller's check for generic statements; a clause whose act befell the name ("which was attacked")
has a passive verb and names no doer.
"""

from __future__ import annotations

from typing import Any

from eventcoder.resolve.actors.context import ATTACK_NOUNS
from eventcoder.resolve.attribution import rules
from eventcoder.resolve.attribution.backers import blamed_for_backing
from eventcoder.resolve.attribution.rules import Reading

RELATIVE_PRONOUNS = {"which", "who", "that"}
# Deeds one takes part in ("took part in the raid / the clashes / the looting").
DEED_NOUNS = ATTACK_NOUNS | {"clash", "fighting", "violence", "riot", "looting", "lynching"}
# Objects with which "take" tells a step of office or a routine, no seizure ("the president, who
# took office in May", "which took place", "who took the oath"): "take" is an attack verb only
# when it seizes something ("which took the town", "who took hostages"). "Who took part in the
# raid" is no routine: a share in a deed is the deed; a share in a funeral or a march is not.
_ROUTINE_TAKINGS = {"office", "oath", "place", "charge", "command", "helm", "seat",
                    "note", "refuge", "shelter", "care", "time", "step", "steps", "decision"}


def _routine_taking(verb: Any) -> bool:
    """'took office', 'took the oath', 'took part in the funeral': "take" with no seizure."""
    if verb.lemma_.lower() != "take":
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if any(o.lemma_.lower() == "part" for o in objects):
        return not _share_in_deed(verb)
    return any(o.lemma_.lower() in _ROUTINE_TAKINGS for o in objects)


def _share_in_deed(verb: Any) -> bool:
    """'took part in the raid': the object of 'in' (on the verb or on 'part') is a deed."""
    holders = [verb, *(c for c in verb.children if c.dep_ == "dobj")]
    return any(p.dep_ == "prep" and p.lower_ == "in" and any(
        o.dep_ == "pobj" and o.lemma_.lower() in DEED_NOUNS for o in p.children)
        for h in holders for p in h.children)


def relative_doer(token: Any) -> Reading | None:
    """The doer of the attack verb of a relative clause on the name ('X, which kidnapped Y')."""
    t = rules.np_head(token)
    # "a group of suspected cadres who attacked ...": the clause sits on the members
    members = [g for c in t.children if c.dep_ == "prep" and c.lower_ == "of"
               for g in c.children if g.dep_ == "pobj" and g.pos_ in {"NOUN", "PROPN"}]
    for rel in (c for n in [t, *members] for c in n.children if c.dep_ == "relcl"):
        if not any(c.dep_ == "nsubj" and c.lower_ in RELATIVE_PRONOUNS for c in rel.children):
            continue
        acts = [rel, *(c for c in rel.children if c.dep_ == "conj")]
        for verb in acts:
            if verb.lemma_.lower() in rules.ATTACK and verb.pos_ == "VERB" \
                    and not rules.headline_passive(verb) and not _routine_taking(verb):
                r = Reading(role="perpetrator", verb=verb)
                if rules.is_hedged(verb, t):
                    r.attribution = "suspected"
                return r
    return None


# "which it accused of", "whom police suspect of", "which they blamed for", "which it held
# responsible for": verbs whose object is the one charged with a deed.
_CHARGING = rules.ACCUSE | {"suspect"}


def relative_accused(token: Any) -> Reading | None:
    """The name a relative clause charges with a deed ('the party, which it accused of organising
    the attack'): the relative pronoun is the object of the accusing verb, its subject the
    accuser; a clause of backing ('which it accused of arming the rebels') charges no doer."""
    t = rules.np_head(token)
    for rel in (c for c in t.children if c.dep_ == "relcl"):
        lemma = rel.lemma_.lower()
        if lemma not in _CHARGING or not any(
                c.dep_ == "dobj" and c.lower_ in RELATIVE_PRONOUNS | {"whom"} for c in rel.children):
            continue
        # charged with an act of violence ("of organising the attack", "for the bombing",
        # "responsible for the killings"); "a man who they accused of stealing cattle" is
        # charged with a crime, not with the deed of the report
        charges = [c for c in rel.children
                   if c.dep_ == "prep" and c.lower_ in {"of", "for"} or c.lower_ == "responsible"]
        if not any(g.lemma_.lower() in rules.ATTACK | DEED_NOUNS
                   for c in charges for g in c.subtree) or blamed_for_backing(rel):
            continue
        by = rules.subject_of(rel)
        attribution = "suspected" if lemma == "suspect" else "accused"
        return Reading(role="perpetrator", attribution=attribution, by_token=by, verb=rel)
    return None
