"""Whether a noun describes fighters who may be the report's one named group.

"the rebels", "guerrilla units", "the group": a plural of a fighter noun, a unit of fighters or a
definite group noun, with no name, owner or other-side word of its own ("FMLN guerrillas", "rival
militants", "a group of armed men" are someone else). Kept apart from :mod:`definite_group` so
that the claim readers (:mod:`own_claims`) can ask it without importing the doer resolution.
"""

from __future__ import annotations

from typing import Any

from eventcoder.resolve.attribution.fighter_voice import FIGHTER_NOUNS
from eventcoder.resolve.attribution.kin import KIN_PARTICIPLES

# Nouns of a band of fighters ("guerrilla units", "a rebel column").
UNIT_NOUNS = {"unit", "column", "commando", "squad", "cell", "detachment", "band", "group",
              "force", "contingent", "patrol"}
# Singular nouns by which a report calls back the organisation itself ("the group said").
GROUP_NOUNS = {"group", "organization", "organisation", "movement"}
_DEFINITE = {"the", "these", "those", "this"}
# Words that make a description someone else than the named group, or no one in particular.
_OTHER_SIDE = {"unidentified", "unknown", "unnamed", "other", "rival", "another", "some",
               "pro-government", "government", "army", "several", "certain", "former",
               "ex", "dissident", "renegade"}
# A proper noun of these kinds on the description is its time or place ("Friday rebel units"),
# not its name.
_PLACE_OR_TIME = {"DATE", "TIME", "GPE", "LOC"}


def _own_side_free(token: Any) -> bool:
    """No name, owner or other-side word on the noun ("FMLN guerrillas", "rival militants");
    a name only describing its kin ("the al Qaeda-linked group") is none of these."""
    kin = [c for c in token.children if c.dep_ == "amod" and c.lower_ in KIN_PARTICIPLES]
    for c in token.children:
        if kin and c.i < kin[0].i and c.dep_ in {"compound", "nmod", "npadvmod"}:
            continue
        named = c.pos_ == "PROPN" and c.ent_type_ not in _PLACE_OR_TIME
        if c.dep_ == "poss" or (c.dep_ in {"nmod", "compound"} and named):
            return False
        if c.lower_ in _OTHER_SIDE:
            return False
        if c.dep_ == "det" and c.lower_ not in _DEFINITE:
            return False  # "a group", "some rebels", "any guerrillas"
    return True


def _fighter_plural(token: Any) -> bool:
    """'the rebels', 'guerrillas', 'twenty insurgents' with no name or other side of their own."""
    if token.lemma_.lower() not in FIGHTER_NOUNS or token.tag_ not in {"NNS", "NNPS"}:
        return False
    return token.dep_ != "compound" and _own_side_free(token)


def _fighter_unit(token: Any) -> bool:
    """'guerrilla units', 'the rebel column' read as the fighters."""
    if token.lemma_.lower() not in UNIT_NOUNS or token.pos_ != "NOUN":
        return False
    fighters = [c for c in token.children if c.dep_ in {"compound", "amod"}
                and c.lemma_.lower() in FIGHTER_NOUNS]
    if not fighters:
        return False
    return _own_side_free(token) and all(c.lower_ not in _OTHER_SIDE for c in fighters)


def _group_callback(token: Any) -> bool:
    """'the group', 'the organization' (not 'the group of armed men')."""
    if token.lemma_.lower() not in GROUP_NOUNS or token.tag_ != "NN":
        return False
    if not any(c.dep_ == "det" and c.lower_ in _DEFINITE for c in token.children):
        return False
    if any(c.dep_ == "prep" and c.lower_ == "of" for c in token.children):
        return False
    return _own_side_free(token)


def fighter_description(token: Any) -> bool:
    """True if the token is a description of fighters that may name the report's group."""
    return _fighter_plural(token) or _fighter_unit(token) or _group_callback(token)
