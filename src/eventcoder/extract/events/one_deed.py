"""When a later sentence tells more of the deed already told, though its words look like a deed of
another kind (onesided.other_kind_of_violence keeps a fight and a strike on civilians apart in a
long war report).

- The lead already counted civilians among the dead of the fight: "attacked an army checkpoint,
  killing four soldiers and a shepherd" ... "a herder grazing cattle nearby was also killed",
  "overran the town, killing 12 soldiers and eight civilians" ... "the rebels attacked the town
  before dawn": the civilians' deaths are that incident's toll, not a second incident.
- A charge set off: "its unit had detonated the device", "the militants exploded a bomb by remote
  control": the object of detonate or explode is the charge, not a target the strike hit, so a
  claim of how the blast was set off retells it.

A sentence the text sets apart ("in a separate attack", another town or day) is kept apart
before this is asked (incidents._file_cluster).
"""

from __future__ import annotations

from spacy.tokens import Token

from eventcoder.extract.events.onesided import FORMATION_LEMMAS, strikes_civilians
from eventcoder.extract.events.triggers import TriggerMention
from eventcoder.extract.roles import kind_of, sides

# Verbs whose direct object is the charge that went off ("detonated the device").
_SET_OFF = frozenset({"detonate", "explode", "trigger"})


def _combatant(target: Token) -> bool:
    return target.lemma_.lower() in FORMATION_LEMMAS or kind_of(target, False) in {"state",
                                                                                    "armed"}


def _mixed_toll(m: TriggerMention) -> bool:
    """ "killing four soldiers and a shepherd": a combatant victim conjoined with one who is not."""
    targets = sides(m.token).targets
    for t in targets:
        if _combatant(t) and any(c.pos_ in {"NOUN", "PROPN"} and not _combatant(c)
                                 for c in t.conjuncts):
            return True
    return False


def _charge_set_off(m: TriggerMention) -> bool:
    """ "had detonated the device": every target is the verb's object, the charge itself."""
    tok = m.token
    if tok.lemma_.lower() not in _SET_OFF or tok.pos_ != "VERB":
        return False
    targets = sides(tok).targets
    return bool(targets) and all(t.dep_ == "dobj" and t.head.i == tok.i for t in targets)


def same_deed_told(earlier: list[TriggerMention], cluster: list[TriggerMention]) -> bool:
    """True when the cluster's strike on civilians belongs to the earlier incident (module doc)."""
    if any(m.entry.strong and _mixed_toll(m) for m in earlier):
        return True
    civilian = [m for m in cluster if strikes_civilians(m)]
    return bool(civilian) and all(_charge_set_off(m) for m in civilian)
