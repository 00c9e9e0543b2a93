"""A people's name before a noun for its men is the people, not a town of that spelling.

'Arab militias', 'Tuareg rebels', 'Fulani herders': an ethnonym used as the modifier of a group or
person noun names who acted, and a namesake place ('Arab', Alabama; 'Bor' in Russia) is no
evidence of where. The name counts as a people's when spaCy tags it NORP without it being a
country's adjective ('Kenyan' stays Kenya's), or when the peoples table lists it. The same word
after a locative ('in Arab, Alabama') or before a place noun ('Arab town') is still a place.
"""

from __future__ import annotations

import re

from eventcoder.geoparser.peoples import listed_peoples
from eventcoder.text.words import names_alternation, word_list

# Nouns for a people's men or its groups: after an ethnonym they say the word is the people. The
# armed men and doers by their deed are words.yaml's lists (with plurals); the rest are a people's.
_ARMED_MEN = word_list("fighter_nouns") | word_list("doer_nouns")
_PLURALS = {f"{w}s" for w in _ARMED_MEN if not w.endswith(("man", "men"))}  # 'gunmen' is listed
GROUP_NOUNS = tuple(sorted(_ARMED_MEN | _PLURALS | {
    "militia", "militias", "militiamen", "warriors", "herders", "herder", "herdsmen", "herdsman",
    "pastoralists", "nomads", "farmers", "youths", "youth", "villagers", "tribesmen", "tribesman",
    "clansmen", "tribe", "tribes", "clan", "clans", "community", "communities", "elders", "chiefs",
    "traders", "settlers", "cattle keepers", "cattle herders", "men", "women", "mob", "mobs",
    "groups", "armed groups", "population", "residents", "refugees", "civilians", "protesters",
    "bandits"}))
_GROUP_AFTER = re.compile(
    r"(?:\s+(?:and|or)\s+[A-Z][\w'’-]+)?\s+(?:armed\s+|ethnic\s+|tribal\s+)?(?:"
    + names_alternation(GROUP_NOUNS) + r")(?![\w-])")


def group_noun_follows(text: str, end: int) -> bool:
    """True when a group or person noun follows ``end`` ('… militias', '… and Dinka herders')."""
    return bool(_GROUP_AFTER.match(text, end))


def people_modifier(text: str, start: int, end: int, norp: bool = False,
                    demonym: bool = False) -> bool:
    """True when text[start:end] is a people's name qualifying a group noun ('Arab militias').

    ``norp``: spaCy tagged the span a nationality, religious or political group; ``demonym``: the
    span is a country's adjective, whose country the stages keep as evidence."""
    if demonym or end <= start or not group_noun_follows(text, end):
        return False
    surface = text[start:end]
    if not surface[:1].isupper():
        return False
    listed = surface.lower() in listed_peoples() or surface.lower().rstrip("s") in listed_peoples()
    return listed or (norp and " " not in surface.strip())

