"""A country's name or adjective that names its armed force ('Turkish drones', 'Saudi forces',
'pro-Turkey factions'): it says whose force acted or whom a group backs, not where.

Forces deploy abroad (Turkish forces in Syria, Saudi aircraft over Yemen, Kenyan jets in Somalia),
so such a mention is weak evidence of the scene: the geoparser discounts it when it weighs the
article's countries, and the event's place is never set at it.
"""

from __future__ import annotations

import re

FORCE_NOUN = re.compile(
    # 'Russian and Turkish forces', 'Russian, Turkish and Iranian troops': one noun for every adjective
    r"^(?:\s*(?:,|and|&)\s+[A-Z][\w'’-]+)*"
    r"(?:[\s-]*(?:led|backed)\s+coalition\b|"
    r"[\s-]*(?:(?:led|backed|owned|made)\s+)?(?:military|army|armed|security|defen[cs]e|"
    r"special|government|air|naval|peacekeeping|national)?\s*(?:forces?|troops?|soldiers?|army|"
    r"military(?:\s+police)?|air\s*force|air\s*strikes?|airstrikes?|jets?|warplanes?|drones?|"
    r"navy|patrols?|aircrafts?|planes?|"
    r"peacekeepers?|contingent|convoy|battalion|units?|commandos?|gunships?|helicopters?)\b)",
    re.IGNORECASE,
)
# 'pro-Turkey factions', 'anti-Houthi fighters': the side a group takes, not a place.
_SIDE_PREFIX = re.compile(r"\b(?:pro|anti)-\s*$", re.IGNORECASE)


def force_follows(text: str, end: int) -> bool:
    """A force noun follows the country name or adjective ending at ``end`` ('Turkish drones')."""
    return bool(FORCE_NOUN.match(text[end : end + 40]))


def names_force(text: str, start: int, end: int) -> bool:
    """The country name or adjective at ``start:end`` names a force or a side, not a place."""
    return force_follows(text, end) or bool(_SIDE_PREFIX.search(text[max(0, start - 6) : start]))
