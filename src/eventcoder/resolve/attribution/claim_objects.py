"""What a claim verb's object says of the claim: an outcome won is no deed owned ("police claim
victory over the gang", "the party claimed a majority"), and owning a named deed in a headline's
present ("Al-Shabaab admits attack on Kenyan base", "rebels admitted the killing of villagers") is
a claim of it, as "claimed the attack" is. "Acknowledge" is left out: in news it mostly confirms
that a deed happened ("the army acknowledged the attack on its base", "the ministry acknowledged
the killings by Eritrean troops"), which owns nothing.
"""

from __future__ import annotations

from typing import Any

from eventcoder.resolve.actors.context import ATTACK_NOUNS

# Outcomes one claims to have won or to hold: a victory is told, not a deed owned.
OUTCOME_NOUNS = {"victory", "win", "success", "triumph", "majority", "seat", "title", "prize",
                 "innocence", "ownership", "mandate", "lead"}
# "admitted the attack": owning a deed, said as a claim.
OWNING_VERBS = {"admit"}
_DEEDS = ATTACK_NOUNS | {"killings", "blast", "explosion"}


def _objects(verb: Any) -> list[Any]:
    return [c for c in verb.children if c.dep_ == "dobj"]


def claims_an_outcome(verb: Any) -> bool:
    """True when the claim verb's only object is an outcome ('claim victory'), not a deed."""
    objects = _objects(verb)
    return bool(objects) and all(o.lemma_.lower() in OUTCOME_NOUNS for o in objects)


def owns_a_deed(verb: Any) -> bool:
    """True for an owning verb whose object is a deed noun ('admits attack', 'admitted the
    killing'), not negated ('did not admit the killing' owns nothing)."""
    if verb.lemma_.lower() not in OWNING_VERBS or any(c.dep_ == "neg" for c in verb.children):
        return False
    return any((o.lemma_.lower() in _DEEDS or o.lower_ in _DEEDS) and not _done_by_another(o)
               for o in _objects(verb))


def _done_by_another(deed: Any) -> bool:
    """'admitted the killings by soldiers': the deed's own agent is someone else."""
    return any(c.dep_ == "prep" and c.lower_ == "by" for c in deed.children)
