"""A force named before a bare participle whose object the parse stranded after its adjuncts
("Agents of the judicial police arrested on Wednesday in Mouila a teacher"): spaCy reads the
participle as a reduced relative on the force ("police [who were] arrested"), but the stranded
object (:func:`rules.stranded_object`) shows an active verb, so the force did the act. So does
an object right after the participle ("Members of a militia raped five women"): an attack verb's
passive participle takes no direct object.
"""

from __future__ import annotations

from typing import Any

from eventcoder.resolve.attribution import rules
from eventcoder.resolve.attribution.rules import Reading


def _direct_object(verb: Any) -> bool:
    """The participle has its own object, as only an active verb does."""
    return not any(c.dep_ in {"agent", "auxpass"} for c in verb.children) and any(
        c.dep_ == "dobj" and c.i > verb.i for c in verb.children)


def misread_participle_doer(token: Any) -> Reading | None:
    """The doer of an attack participle hung on the name, or on the members it belongs to
    ("agents of the police"), as a reduced relative when the verb keeps a stranded object."""
    t = rules.np_head(token)
    holders = [t]
    if t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.pos_ in {"NOUN", "PROPN"}:
        holders.append(t.head.head)  # "agents of the police": the agents' act is the force's
    holders += [g for c in t.children if c.dep_ == "prep" and c.lower_ == "of"
                for g in c.children if g.dep_ == "pobj"]  # the members read for the force
    for holder in holders:
        for verb in (c for c in holder.children if c.dep_ == "acl"):
            if verb.lemma_.lower() in rules.ATTACK and verb.tag_ in {"VBN", "VBD"} \
                    and (_direct_object(verb) or rules.stranded_object(verb) is not None):
                return rules.governed_doer(verb, t)
    return None
