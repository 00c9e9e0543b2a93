"""The kind of incident a trigger mention belongs to (its super-family), read in context.

Violence by demonstrators belongs to the demonstration; soldiers marching is a troop movement;
"police clashed with activists" is a demonstration met by police.
"""

from __future__ import annotations

from eventcoder.extract import grammar
from eventcoder.extract.events.triggers import TriggerMention
from eventcoder.extract.events.types import super_family
from eventcoder.extract.roles import is_crowd, kind_of, sides
from eventcoder.nlp.doc_cache import children

_DEMANDS = {"demand", "denounce", "protest", "condemn", "decry", "reject", "oppose"}


# A baton charge's doer is the state, and it belongs to the demonstration it breaks up ("riot
# police charged the crowd with batons"; the trigger entry asks for the batons).
_DISPERSAL = {"charge"}

_MILITARY = {"troop", "soldier", "army", "military", "militia", "militant", "rebel", "fighter"}


def _armed_nearby(m: TriggerMention) -> bool:
    """True when the sentence names soldiers, militias or other armed men."""
    return any(
        t.lemma_.lower() in _MILITARY or (t.lower_ == "armed" and t.dep_ == "amod")
        for t in grammar.unit(m.token)
    )


def sfam_of(m: TriggerMention) -> str:
    """The incident kind of a mention; violence by demonstrators is a demonstration."""
    sfam = super_family(m.family)
    if m.family == "protest" and m.token.pos_ == "VERB" \
            and m.token.lemma_.lower() not in _DISPERSAL:
        if {kind_of(p, True) for p in sides(m.token).perpetrators} & {"state", "armed"}:
            return "sd_other"  # "soldiers marched to the town": a troop movement
    if sfam != "V" or m.family == "death":
        return sfam
    sd = sides(m.token)
    perp_kinds = {kind_of(p, True) for p in sd.perpetrators}
    if "protest" in perp_kinds:
        return "P"
    if m.family == "battle" and not perp_kinds & {"armed", "state"} - {None}:
        sides_ = sd.parties + sd.perpetrators
        other = {kind_of(p, False) for p in sd.parties + sd.targets}
        crowd = any(is_crowd(p) and kind_of(p, True) in {"protest", "civilian"} for p in sides_)
        if crowd and "armed" not in other and not _armed_nearby(m):
            return "P"  # "police clashed with activists": a demonstration met by police
    if perp_kinds & {"state", "armed"}:
        return sfam
    for c in children(m.token):
        if c.dep_ in {"advcl", "xcomp"} and c.lemma_.lower() in _DEMANDS:
            if any(a.dep_ == "aux" and a.lower_ == "to" for a in children(c)):
                return "P"  # "stormed the ministry to demand their benefits"
    return sfam
