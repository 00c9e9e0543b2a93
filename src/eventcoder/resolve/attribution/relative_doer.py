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

from eventcoder.resolve.attribution import rules
from eventcoder.resolve.attribution.rules import Reading

RELATIVE_PRONOUNS = {"which", "who", "that"}
# Objects with which "take" tells a step of office or a routine, no seizure ("the president, who
# took office in May", "which took place", "who took the oath"): "take" is an attack verb only
# when it seizes something ("which took the town", "who took hostages"). "Who took part in the
# raid" is no routine: a share in the deed is the deed.
_ROUTINE_TAKINGS = {"office", "oath", "place", "charge", "command", "helm", "seat",
                    "note", "refuge", "shelter", "care", "time", "step", "steps", "decision"}


def _routine_taking(verb: Any) -> bool:
    """'took office', 'took the oath', 'took place': "take" with no seizure."""
    return verb.lemma_.lower() == "take" and any(
        c.dep_ == "dobj" and c.lemma_.lower() in _ROUTINE_TAKINGS for c in verb.children)


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
