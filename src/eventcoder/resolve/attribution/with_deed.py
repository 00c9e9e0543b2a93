"""'X marked the day with a bombing': the deed is the means of the subject's own act.

"With simultaneous bomb explosions ..., a new group calling itself X announced its emergence",
"the rebels greeted the elections with a wave of attacks", "the army responded with air
strikes": an attack noun in a "with" phrase of a verb of announcing, marking or answering is
how the subject did it, so the subject is its doer. Other verbs keep their "with" phrases to
themselves ("residents woke up with explosions", "police dispersed them with tear gas").
"""

from __future__ import annotations

from typing import Any

from eventcoder.resolve.actors.context import ATTACK_NOUNS
from eventcoder.resolve.attribution import rules
from eventcoder.resolve.attribution.rules import Reading

MEANS_VERBS = {"announce", "mark", "celebrate", "commemorate", "greet", "answer", "respond",
               "signal", "welcome", "retaliate", "avenge", "inaugurate", "herald"}
MEANS_NOUNS = ATTACK_NOUNS | {"explosion", "blast", "bomb", "strike", "airstrike", "grenade",
                              "shelling", "rocket", "mortar"}


def _means_deed(verb: Any) -> bool:
    """True when one of the verb's "with" phrases names an attack."""
    return any(
        prep.lower_ == "with" and any(
            g.dep_ in {"pobj", "compound", "conj"} and g.lemma_.lower() in MEANS_NOUNS
            for g in prep.subtree
        )
        for prep in verb.children if prep.dep_ == "prep"
    )


def means_doer(t: Any) -> Reading | None:
    """Perpetrator reading of the subject of a verb whose means is an attack."""
    if t.head.lemma_.lower() in {"call", "name", "know"} and t.head.dep_ == "acl":
        t = t.head.head  # "a new group calling itself X announced ...": X is the group
    verb = t.head
    if t.dep_ != "nsubj" or verb.lemma_.lower() not in MEANS_VERBS or not _means_deed(verb):
        return None
    r = Reading(role="perpetrator", verb=verb)
    rules.apply_governors(r, verb)
    return r
