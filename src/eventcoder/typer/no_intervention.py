"""A protest the report says the police left alone is a peaceful protest.

ACLED codes "Protest with intervention" when the authorities act against a peaceful protest
(disperse, arrest, use force short of lethal). A report that says the police "did not intervene",
"kept their distance" or "looked on", and tells of no act against the crowd (tear gas, arrests,
dispersal), describes a peaceful protest however many officers were deployed.
"""

from __future__ import annotations

import re

_LEFT_ALONE = re.compile(
    r"\b(?:did(?: not|n't| n't)|do(?: not|n't)|never|without)\s+(?:intervene|interfere|"
    r"intervening|interfering|try to (?:stop|disperse))\w*|\bkept (?:their|its) distance\b|"
    r"\blooked on\b|\bwatched (?:from a distance|on)\b|\bwithout (?:any )?(?:incident|"
    r"police (?:intervention|interference))\b|\bno (?:arrests|incidents?) (?:was|were) (?:reported|made)\b|"
    r"\b(?:no one|nobody|none of them) (?:was|were) (?:arrested|detained)\b|"
    r"\bended peacefully\b|\bpassed off peacefully\b", re.IGNORECASE)
_ACTED = re.compile(
    r"\b(?:tear ?gas|teargas|water cannons?|pepper spray|rubber bullets?|batons?|truncheons?|lathi\w*|"
    r"arrest(?:ed|s|ing)?|detain(?:ed|ing)?|detention|disperse[ds]?|dispersing|broke up|break up|"
    r"beat(?:en|ing)?|fired|shot|clash(?:ed|es)?|scuffle[ds]?|cleared|removed|stun grenades?)\b",
    re.IGNORECASE)


# Sentences about the protest or its policing (not the grievance: "jailed since February").
_ABOUT = re.compile(r"\b(?:protest\w*|march\w*|rall(?:y|ies|ied)|demonstrat\w+|sit-in|crowd|"
                    r"police|officers?|security forces|gendarm\w*|troops|soldiers)\b", re.IGNORECASE)


def left_alone(sentences: list[str]) -> bool:
    """The sentences say the authorities let the protest be, and tell of no act against it."""
    text = " ".join(s for s in sentences if _ABOUT.search(s))
    return bool(_LEFT_ALONE.search(text)) and not _ACTED.search(_LEFT_ALONE.sub(" ", text))
