"""A burning a group claims is an armed group's property destruction, not a riot.

"Hooded men set fire to three logging trucks ... A banner signed by the group was left at the
scene, claiming the attack": a riot is a crowd's disorder, and no crowd signs for its deed. An
arson or wrecking that someone claims, or whose doers left a claim behind, with no
demonstration told and no one hurt, is what the ACLED codebook calls Strategic developments /
Looting/property destruction (an armed group's destruction of property with no other violence).
"""

from __future__ import annotations

import re

LOOTING = ("Strategic developments", "Looting/property destruction")
# "claimed responsibility", "claiming the attack", "claimed the arson"
_CLAIM = re.compile(r"\bclaim(?:ed|ing|s)?\s+(?:\w+\s+){0,2}?(?:responsibility|attack|arson|"
                    r"burning|fire)\b", re.IGNORECASE)
_DEMONSTRATION = re.compile(r"\b(?:protest\w*|demonstrat\w+|(?-i:march\w*)|rall(?:y|ies|ied)|"
                            r"crowds?|mobs?|rioters?)\b", re.IGNORECASE)
_HURT = re.compile(r"\b(?:killed|killing|dead|died|wounded|wounding|injured|injuring|hurt)\b",
                   re.IGNORECASE)
_UNHURT = re.compile(r"\b(?:no one|nobody|no-one)\s+(?:was|were)\s+(?:injured|hurt|wounded|killed)\b|"
                     r"\bno (?:casualties|injuries)\b", re.IGNORECASE)


def claimed_destruction(event_type: tuple[str | None, str | None], text: str) -> bool:
    """True for a riot or destruction typing (which a crowd's reading would make a riot) of a
    text that tells a claim of the deed, no demonstration and no one hurt (an 'unhurt'
    sentence says so rather than hurts anyone)."""
    if (event_type[0] != "Riots" and event_type != LOOTING) or not _CLAIM.search(text):
        return False
    return not _DEMONSTRATION.search(text) and not _HURT.search(_UNHURT.sub(" ", text))
