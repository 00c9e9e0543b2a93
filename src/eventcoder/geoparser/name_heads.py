"""Head words that make a capitalised name something other than the place it starts with.

"Lake Chad" and "Mount Kenya" are landforms, not the country; "Suez Canal" and "Mombasa Road" lead
elsewhere; but a building stands in the town it is named after ("Lagos Stadium", "Kabul
University", "Maiduguri prison"), so a venue's head word does not hide its town.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from eventcoder.geoparser.gazetteer import DEMONYM
from eventcoder.geoparser.names import norm
from eventcoder.text.casing import usually_lower
from eventcoder.text.words import word_list

LANDFORMS = {"lake", "river", "mount", "mt", "gulf", "bay", "sea", "wadi", "jebel", "jabal", "cape",
             "valley", "forest", "desert", "island", "islands", "mountains", "hills", "plateau",
             "strait", "ocean", "camp", "port", "fort", "lac", "oued"}
# the last word of an entity that is a feature or a building, not the place it names
FEATURE_HEADS = LANDFORMS | {"canal", "university", "airport", "stadium", "hospital", "road",
                             "street", "highway", "bridge", "dam", "mall", "market", "prison",
                             "barracks", "base", "park", "square", "avenue", "station", "college",
                             "school", "court", "hotel", "church", "mosque", "cathedral"}
# Words for a town quarter that open its name: French 'Cité Ettadhamen', 'Quartier Bonabéri';
# Arabic hay (حي, 'quarter': 'Hay al-Jihad', also written hai, hayy); Spanish and Portuguese
# 'Barrio Obrero', 'Bairro Chamanculo'. Alone they are no place ('Hay' is also a town in
# Australia, 'Cite' a spelling of Kiti in Cyprus); the name after them is the quarter or its town.
NEIGHBOURHOOD_WORDS = {"cite", "quartier", "hay", "hai", "hayy", "barrio", "bairro"}
_NAME_NEXT = re.compile(r"[ \t]+(?:[A-Z]|(?:al|el|an|ad|as|at|az|ar|ash|ez|es|et)-)")
# buildings, which stand in the town they are named after
VENUE_HEADS = {"stadium", "arena", "university", "hospital", "airport", "prison", "barracks",
               "hotel", "church", "mosque", "cathedral", "market", "mall", "college", "school",
               "station", "court"}
STREET_WORDS = {"street", "st", "road", "rd", "avenue", "ave", "boulevard", "blvd", "drive", "lane",
                "way", "highway", "square", "bridge", "crescent", "hospital", "mall", "stadium",
                "hotel", "school", "college", "church", "mosque", "station"}
# a word after a known name that makes the name another thing's: 'Suez Canal', 'Mombasa Road'
NAMED_AFTER = (STREET_WORDS | FEATURE_HEADS) - VENUE_HEADS


def hides_place(after: Any, name: Any) -> bool:
    """True when the word after a known name makes it another thing's name: 'Suez Canal',
    'Mombasa Road'; a venue only after everyday words ('Federal University', 'National
    Stadium'), as a building is named after its town ('Lagos Stadium')."""
    word = after.lower_.rstrip(".")
    return word in NAMED_AFTER or (word in VENUE_HEADS and all(usually_lower(t.text) for t in name))


def unit_valley(after: Any, gaz: Any, name: str) -> bool:
    """'the Panjshir valley', 'the Swat valley': a valley named after the unit it lies in places
    the event in that unit."""
    return after.lower_ == "valley" and any(
        c.place.kind in ("adm1", "adm2") for c in gaz.lookup_key(norm(name)))


# A compass word and a street word after a city's name: a street named after the city, which runs
# through another ('Qingdao East Road' in Taipei, 'Nanjing West Road' in Shanghai).
_STREET_PART = re.compile(r"\s+(?:East|West|North|South|Central|Middle)\s+"
                          r"(?:Road|Street|Avenue|Boulevard|Lane|Rd|St|Ave)\b")


def street_part(text: str, end: int) -> bool:
    """The name ending at ``end`` opens a street's name with a compass word ('Qingdao East Road')."""
    return _STREET_PART.match(text, end) is not None


# up to two capitalised words right after a word: the rest of a name it may open
_NAME_REST = re.compile(r"[ \t]+([A-Z][\w'’-]+)(?:[ \t]+([A-Z][\w'’-]+))?")


# An establishment a country keeps abroad: 'the Chinese Offices in Garyounis', 'the Turkish
# embassy in Kabul' stand in the host country, so their nationality says nothing of the scene (a
# ministry or an army, kept at home, is not listed).
_ESTABLISHMENT_ABROAD = re.compile(
    r"[ \t]+(?:(?i:embassy|consulate|high\s+commission)\b|"
    # 'the Kenyan School of Law', 'an Ethiopian Institute of ...': a home institution's name
    r"(?:Offices|School|Institute|Cultural\s+Cent(?:re|er))\b(?![ \t]+of\b))")


def opens_place_name(gaz: Any, text: str, end: int, surface: str) -> bool:
    """A nationality word followed by capitalised words that with it make a place the gazetteer
    holds under that name ('Spanish Town', 'French Guiana', 'Dutch Harbor'), or the name of an
    establishment its country keeps abroad ('the French Institute'): part of the name."""
    if _ESTABLISHMENT_ABROAD.match(text, end):
        return True
    m = _NAME_REST.match(text, end)
    if not m:
        return False
    rest = [w for w in m.groups() if w]
    return any(c.flag != DEMONYM for n in range(len(rest), 0, -1)
               for c in gaz.lookup_key(norm(" ".join([surface, *rest[:n]]))))


def neighbourhood_word(text: str, start: int, end: int) -> bool:
    """The word at [start, end) opens a town quarter's name ('Hay' of 'Hay al-Jihad', 'Cité' of
    'Cité Ibn Khaldoun'): a word for a quarter, not the place the gazetteer may hold by it."""
    return norm(text[start:end]) in NEIGHBOURHOOD_WORDS and _NAME_NEXT.match(text, end) is not None


def quarter_name(key: str) -> str | None:
    """The name a town quarter is known by without its opening word ('cite ettadhamen' →
    'ettadhamen'), None when the key opens with no such word or leaves too short a name."""
    word, _, rest = key.partition(" ")
    return rest if word in NEIGHBOURHOOD_WORDS and len(rest.replace(" ", "")) >= 4 else None


# A compass adjective alone ('northern', 'North-Eastern') is a bearing when it describes the name or
# unit after it: 'the northern El Peten department', 'the northern department of Peten', 'western
# Darfur'. Read as a region named 'Northern' it lands in Uganda, Ghana or Zambia; a region of that
# name is written with its unit word right after it ('Northern Region', 'Northern Province').
_COMPASS_ADJECTIVE = re.compile(
    r"(?:(?:north|south)[ -]?(?:east|west)ern|northern|southern|eastern|western|central)",
    re.IGNORECASE)
# unit nouns and their plurals ('the northern provinces of')
_UNIT_NOUNS = word_list("admin_unit_nouns") | {f"{u}s" for u in word_list("admin_unit_nouns")} | {
    "counties"}
_ARTICLES = {"el", "al", "la", "le", "the"}
_NEXT_WORDS = re.compile(r"[ \t]+([\w'’-]+)(?:[ \t]+([\w'’-]+))?(?:[ \t]+([\w'’-]+))?")
# a distance right before a compass word: '40 km South West of Baidoa'
_DISTANCE_BEFORE = re.compile(r"\d\s*(?:km|kms|kilomet(?:er|re)s?|mi|miles?)\s+$",
                              re.IGNORECASE)


def bearing(gaz: Any, text: str, start: int, end: int) -> bool:
    """The name at start..end is a bearing, not a place: a compass word after a distance ('40 km
    South West of Baidoa') or a compass adjective describing the name after it (below)."""
    return bool(_DISTANCE_BEFORE.search(text[max(0, start - 20) : start])) or bearing_adjective(
        text, start, end, lambda name: bool(gaz.lookup_key(norm(name))))


def bearing_adjective(text: str, start: int, end: int, known: Callable[[str], bool]) -> bool:
    """The name at start..end is only a compass adjective describing the place or unit after it
    ('Northern' of 'the Northern El Peten department'), not a region called 'Northern', nor the
    first word of a ``known`` place ('Western Cape', 'Northern Bahr el Ghazal')."""
    m = _NEXT_WORDS.match(text, end)
    if not _COMPASS_ADJECTIVE.fullmatch(text[start:end]) or m is None:
        return False
    words = [w for w in m.groups() if w]
    if any(known(" ".join([text[start:end], *words[:n]])) for n in range(1, len(words) + 1)):
        return False
    if words[0].lower() in _UNIT_NOUNS:  # 'the northern department of Peten'; not 'Northern Region'
        return words[0].islower() and len(words) > 1 and words[1].lower() == "of"
    if words[0].lower() in _ARTICLES and len(words) > 1:  # 'the northern El Peten department'
        words = words[1:]
    return words[0][:1].isupper() and words[0].lower() not in _UNIT_NOUNS


# A name of compass words only ('North West', 'North-Central', 'Far North', 'Upper East'): regions
# and zones of that name exist in many countries (South Africa's North West, Cameroon's North-West,
# Nigeria's North West zone), so the name does not say which country it is in.
_COMPASS_NAME = re.compile(
    r"(?:(?:far|upper|lower|middle)[ -])?(?:north|south|east|west|central|middle|centre|center)"
    r"(?:ern)?(?:[ -](?:north|south|east|west|central)(?:ern)?)?", re.IGNORECASE)


def compass_only(surface: str) -> bool:
    """The name is made of compass words only ('North West', 'South-East', 'Far North')."""
    return _COMPASS_NAME.fullmatch(surface.strip()) is not None

