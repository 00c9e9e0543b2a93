"""A claim told through a professed membership: "the attacker claimed to be a fighter of X and
said he had bombed the convoy", "a gunman who identified himself as a fighter of X said he killed
them", "he said he belonged to X and that he had planted the bomb". The speaker's own deed,
told in the first or third person after he names himself one of X, is X's claim; a membership
with no deed told ("claimed to be a member of X") claims nothing.
"""

from __future__ import annotations

from typing import Any

from eventcoder.resolve.actors.context import MEMBER_NOUNS, noun_lemma
from eventcoder.resolve.attribution import rules
from eventcoder.resolve.attribution.own_claims import REPORT_VERBS, own_deed_clause
from eventcoder.resolve.attribution.rules import Reading

# Verbs by which a speaker names his own side ("claimed to be", "identified himself as").
_PROFESSING = {"claim", "say", "declare", "profess", "identify", "describe", "introduce",
               "present"}
# The speaker himself as the subject of the deed he tells.
_SELF = {"he", "she", "they", "we", "i"}


def _professing_verb(t: Any) -> Any | None:
    """The verb by which a speaker professes to be one of the group ``t`` names."""
    if t.dep_ != "pobj":
        return None
    prep, owner = t.head, t.head.head
    if prep.lower_ == "to" and owner.lemma_.lower() == "belong":
        verb = owner.head if owner.dep_ in {"ccomp", "xcomp"} else None  # "said he belonged to X"
        return verb if verb is not None and verb.lemma_.lower() in _PROFESSING else None
    if prep.lower_ != "of" or noun_lemma(owner) not in MEMBER_NOUNS:
        return None
    if owner.dep_ == "attr" and owner.head.lemma_.lower() == "be" \
            and owner.head.dep_ in {"xcomp", "ccomp"}:
        verb = owner.head.head  # "claimed to be a member of X", "said he was a fighter of X"
    elif owner.dep_ == "pobj" and owner.head.lower_ == "as":
        verb = owner.head.head  # "identified himself as a member of X"
    else:
        return None
    return verb if verb.lemma_.lower() in _PROFESSING else None


def _told(verb: Any) -> list[Any]:
    """The clauses the speaker tells with this verb: its complements."""
    return [c for c in verb.children if c.dep_ == "ccomp"]


def professed_member_claim(t: Any) -> Reading | None:
    """X claimed when a self-professed member of X tells his own deed (see the module doc)."""
    verb = _professing_verb(t)
    if verb is None:
        return None
    for teller in [verb, *verb.conjuncts]:
        if teller.lemma_.lower() not in REPORT_VERBS | _PROFESSING:
            continue
        for comp in _told(teller):
            subj = rules.subject_of(comp)
            if subj is not None and subj.lower_ in _SELF and own_deed_clause(comp) \
                    and comp.lemma_.lower() != "belong":
                return Reading(role="perpetrator", attribution="claimed", by_self=True,
                               verb=comp)
    return None
