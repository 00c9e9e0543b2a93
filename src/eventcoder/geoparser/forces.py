"""A country's name or adjective that names its armed force ('Turkish drones', 'Saudi forces',
'pro-Turkey factions'): it says whose force acted or whom a group backs, not where.

Forces deploy abroad (Turkish forces in Syria, Saudi aircraft over Yemen, Kenyan jets in Somalia),
so such a mention is weak evidence of the scene: the geoparser discounts it when it weighs the
article's countries, and the event's place is never set at it.
"""

from __future__ import annotations

import re
from typing import Any

FORCE_NOUN = re.compile(
    # 'Russian and Turkish forces', 'Russian, Turkish and Iranian troops': one noun for every adjective
    r"^(?:\s*(?:,|and|&)\s+[A-Z][\w'’-]+)*"
    r"(?:[\s-]*(?:led|backed)\s+coalition\b|"
    r"[\s-]*(?:(?:led|backed|owned|made)\s+)?(?:military|army|armed|security|defen[cs]e|"
    r"special|government|air|naval|peacekeeping|national)?\s*(?:forces?|troops?|soldiers?|army|"
    r"military(?:\s+police)?|air\s*force|air\s*strikes?|airstrikes?|jets?|warplanes?|drones?|"
    r"(?:missile|rocket|drone|artillery)\s+(?:strikes?|attacks?|fire|barrages?)|missiles?|"
    r"rockets?|artillery|shells?|shelling|"
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


# Verbs of armed attack whose subject, when a state, is its armed forces.
ATTACK_VERBS = {"attack", "strike", "shell", "bomb", "bombard", "invade", "hit", "raid", "storm",
                "target", "pound", "blast", "fire"}
# Verbs of doing, which make the state the attacker only with an attack as their object.
DOING_VERBS = {"launch", "carry", "conduct", "stage", "mount", "unleash", "fire", "execute",
               "exchange"}
ATTACK_NOUNS = {"attack", "attacks", "strike", "strikes", "airstrike", "airstrikes", "raid",
                "raids", "offensive", "bombardment", "bombing", "bombings", "shelling", "missile",
                "missiles", "rocket", "rockets", "drone", "drones", "shells", "barrage", "assault",
                "incursion", "invasion", "fire", "gunfire"}


# Verbs of armed attack only with their particle: "blew up the liaison office", "shot down".
PARTICLE_ATTACKS = {("blow", "up"), ("shoot", "down")}


def _attacking(verb: Any) -> bool:
    """The verb tells of an armed attack by its subject."""
    lemma = verb.lemma_.lower()
    if lemma in ATTACK_VERBS and lemma != "fire":
        return True
    if any((lemma, c.lower_) in PARTICLE_ATTACKS for c in verb.children if c.dep_ == "prt"):
        return True
    if lemma not in DOING_VERBS:
        return False
    objects = [c for c in verb.children if c.dep_ in ("dobj", "prt", "prep")]
    return any(t.lower_ in ATTACK_NOUNS for o in objects for t in o.subtree)


def _verb_of_subject(token: Any) -> Any | None:
    """The verb the token is the subject of, also as a conjoined one ('India and Pakistan')."""
    if token.dep_ == "conj" and token.head.dep_ == "nsubj":
        token = token.head
    if token.dep_ == "nsubj" and token.head.pos_ == "VERB":
        return token.head
    return None


def _accused_of_attack(token: Any) -> bool:
    """'accused Ukraine of firing rockets at the city', 'blamed Israel for the strike': the
    country is named as the attacker (by someone else)."""
    if token.dep_ != "dobj" or token.head.lemma_.lower() not in ("accuse", "blame"):
        return False
    for prep in token.head.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("of", "for"):
            continue
        if any((c.dep_ == "pcomp" and _attacking(c)) or (c.dep_ == "pobj" and c.lower_ in
                                                          ATTACK_NOUNS) for c in prep.children):
            return True
    return False


def attacking_subject(token: Any) -> bool:
    """The token (a country's name) is the subject of an armed attack: "Israel struck a house",
    "India carried out air strikes", or accused of one ("accused Ukraine of firing rockets"):
    the state's forces acted, which says nothing of where."""
    verb = _verb_of_subject(token)
    return (verb is not None and _attacking(verb)) or _accused_of_attack(token)
