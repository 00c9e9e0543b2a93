"""Words around a capitalised name that make it a place when spaCy read it as something else.

spaCy's small and medium English models tag unfamiliar place names of Africa, Asia and the
Caribbean as organisations ('attacked El Geneina'), people or even dates ('in Hays district'), and
split hyphenated French names at their particles ('Croix-des-Bouquets'). The recogniser asks
these cues before it takes a gazetteer match that spaCy did not tag as a place:

- a settlement noun after the name: 'Lalibela town', 'Nangade village', 'Kherson city';
- the name as the object of a verb of assault or capture, which takes places as objects:
  'attacked El Geneina', 'stormed Kidal', 'shelled Kherson', 'captured Lalibela';
- a name tagged as a date that holds no date word and is followed by a unit noun ('Hays
  district'): no date is a district;
- the last part of a hyphenated name is no name of its own for the fuzzy matcher ('Charkhi' of
  'Pul-e-Charkhi'); the words of such a name are joined by ``name_bridges``.
"""

from __future__ import annotations

import re
from typing import Any

from eventcoder.nlp.doc_cache import doc_text
from eventcoder.text.words import word_list

SETTLEMENT_NOUNS = {"town", "village", "city", "township", "hamlet", "settlement"}
# Verbs whose object is a place as often as a party; a person's name is ruled out by the caller.
ASSAULT_VERBS = {"attacked", "raided", "stormed", "shelled", "bombed", "bombarded", "captured",
                 "recaptured", "overran", "besieged", "seized", "invaded", "struck", "hit"}
_UNIT_NOUNS = word_list("admin_unit_nouns")
_DATE_WORD = re.compile(r"\d")
_CALENDAR = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
             "january", "february", "march", "april", "may", "june", "july", "august",
             "september", "october", "november", "december", "today", "yesterday", "tonight",
             "christmas", "easter", "ramadan", "eid", "new", "year", "week", "month", "day",
             "weekend", "morning", "evening", "night", "afternoon"}


def settlement_after(toks, j: int) -> bool:
    """'Lalibela town', 'the Nuseirat camp', 'Kano airport', 'the Halba highway': a settlement
    noun, or a site named after the town it stands at, right after the name ends it as a place."""
    return (j + 1 < len(toks) and toks[j + 1].lower_ in SETTLEMENT_NOUNS) or site_after(toks, j)


_CAMP_KINDS = {"refugee", "refugees", "idp", "idps", "displacement", "displaced", "transit",
               "settlement"}


def camp_after(toks, j: int) -> bool:
    """'the Nuseirat camp', 'Kakuma refugee camp': a camp is named after the town it stands at or
    beside, so the name before it is that town's."""
    k = j + 1
    if k < len(toks) and toks[k].lower_ in _CAMP_KINDS:
        k += 1
    return k < len(toks) and toks[k].lower_ in ("camp", "camps")


# An airport named with a town's name ('Kano airport', 'Cape Town Airport') stands at or beside it;
# a canal or hospital with one (the 'Suez Canal', 'Kenyatta Hospital') may lie anywhere.
_AIRPORTS = {"airport", "airstrip", "airfield", "aerodrome"}
# A road written in lower case after towns' names runs from or through them ('the Halba highway',
# 'the Kahnuj-Ghale Ganj road'); a capitalised one is a street's name ('Cairo Road' in Lusaka).
_ROADS = {"road", "highway", "motorway", "expressway"}


def site_after(toks, j: int) -> bool:
    """A camp, an airport or a road named after the town at token j: the name is that town's."""
    if camp_after(toks, j) or (j + 1 < len(toks) and toks[j + 1].lower_ in _AIRPORTS):
        return True
    k = j + 1
    if k < len(toks) and toks[k].text in ("-", "–"):  # 'the Kahnuj-Ghale Ganj road': two towns
        k += 1
        while k < len(toks) and k - j <= 4 and toks[k].text[:1].isupper():
            k += 1
    return k < len(toks) and toks[k].text in _ROADS


def assault_object(toks, i: int) -> bool:
    """'attacked El Geneina': the name is the object of a verb of assault or capture."""
    if i == 0:
        return False
    prev = toks[i - 1]
    return prev.lower_ in ASSAULT_VERBS and prev.pos_ in ("VERB", "AUX")


def misread_date(toks, i: int) -> bool:
    """'Hays district' tagged DATE: a capitalised word with no digit or calendar word, a unit noun
    after it, is a place name spaCy took for a date."""
    tok = toks[i]
    if tok.ent_type_ != "DATE" or not tok.text[:1].isupper() or tok.lower_ in _CALENDAR:
        return False
    if _DATE_WORD.search(tok.text) or i + 1 >= len(toks):
        return False
    return toks[i + 1].lower_ in _UNIT_NOUNS


def skip(toks, i: int, skipped_labels: set[str]) -> bool:
    """Token i holds no place name: spaCy gave it a numeric or date label it deserves."""
    return toks[i].ent_type_ in skipped_labels and not misread_date(toks, i)


def hyphen_fragment(toks, i: int) -> bool:
    """Token i ends a hyphenated name ('Charkhi' of 'Pul-e-Charkhi'): no name of its own."""
    return i >= 2 and toks[i - 1].text == "-" and not toks[i - 1].whitespace_ \
        and not toks[i - 2].whitespace_


# Arabic nouns that open place names ('Bab' gate, 'Bir' well, 'Ras' cape, 'Ain' spring, 'Deir'
# monastery, 'Kafr' village, 'Tell' mound, 'Qasr' castle, 'Souk' market, 'Umm'/'Abu' mother/father
# of, 'Bani' sons of, 'Sidi' saint): before an article ('Bab al-Aziziya', 'Bir al-Sabaa', 'Ras
# al-Ain') the noun is only the head of a longer name, and alone it matches unrelated villages.
ARABIC_HEADS = {"bab", "bir", "ras", "ain", "ayn", "deir", "dayr", "kafr", "tell", "tal", "khan",
                "qasr", "gasr", "ksar", "souk", "suq", "beit", "bayt", "umm", "um", "abu", "bani",
                "beni", "sidi", "marsa", "hassi", "mina", "bordj", "borj", "jisr", "nahr", "wadi",
                "jebel", "jabal"}
# The heads above that only a place's name opens ('Gasr Ben Gashir', 'Sakiet Sidi Yousef', 'Wadi
# Halfa'; Tunisian 'Sakiet', water wheel): a capitalised name they open is a place's, whatever
# label spaCy gives its words. Heads a person's name may open ('Abu Bakr', 'Umm Kulthum', 'Sidi
# Mohamed', 'Khan Abdul', 'Mina', 'Beni') are left out.
NAME_OPENERS = (ARABIC_HEADS - {"abu", "umm", "um", "sidi", "khan", "mina", "beni", "bani", "tal",
                                "tell"}) | {"sakiet", "ksar", "oued", "djebel", "jbel"}
_ARTICLE_AFTER = re.compile(r"[ \t]+(?:al|el|ad|ed|ash|esh|as|es|at|et|az|ez|ar|er|an|en|ech)"
                            r"(?:-|[ \t]+)[A-Za-z]", re.IGNORECASE)


def arabic_head(text: str, start: int, end: int) -> bool:
    """The one word at text[start:end] is an Arabic head noun that an article and the rest of the
    name follow ('Bab' of 'Bab al-Aziziya'): no place of its own."""
    return text[start:end].lower() in ARABIC_HEADS and bool(_ARTICLE_AFTER.match(text, end))


def possessive_place(toks, j: int, place_nouns: set[str]) -> bool:
    """'Manbij's entrances', 'Kabul's outskirts': a name owning a part of a place is a place."""
    return j + 2 < len(toks) and toks[j + 1].lower_ in ("'s", "’s") \
        and toks[j + 2].lower_ in place_nouns


# '(c. 08 km south west of X)', '12 kms from X': X is a reference town, a place by its syntax alone.
_DISTANCE_OF = re.compile(r"\d\s*(?:km|kms|kilomet(?:er|re)s?|miles?)\b[\s)]*(?:[\w-]+\s+){0,3}?"
                          r"(?:of|from)\s+(?:the\s+)?$", re.IGNORECASE)


def distance_reference(text: str, start: int) -> bool:
    """The name at ``start`` follows a distance and 'of/from' ('8 km south west of X')."""
    return _DISTANCE_OF.search(text[max(0, start - 50) : start]) is not None


# 'Iraqi Kurdistan', 'Pakistani Punjab', 'the Ethiopian Somali region'. Not 'Turkish-controlled
# Afrin' or 'Russian-occupied Kherson': who controls a place does not say where it lies.
_DEMONYM_BEFORE = re.compile(r"(?<![\w-])([A-Z][a-z]+)\s+$")


def owned_by_nationality(gaz: Any, cands: list, text: str, start: int, source: str) -> list:
    """The candidates of the country a nationality word right before the name gives ('Iraqi
    Kurdistan', 'Pakistani Kashmir'); none of that country's leaves the nationality word alone
    to place it. A country's own name is kept ('Turkish Cyprus')."""
    m = _DEMONYM_BEFORE.search(text[max(0, start - 40):start])
    if source == "NORP" or not m or any(c.place.kind == "country" for c in cands):
        return cands
    from eventcoder.geoparser.gazetteer import DEMONYM
    from eventcoder.geoparser.names import norm

    owner = next((c.place.cc for c in gaz.lookup_key(norm(m.group(1))) if c.flag == DEMONYM), None)
    return [c for c in cands if c.place.cc == owner] if owner else cands


_UNIT_KINDS = ("adm1", "adm2", "country")


def unit_brackets_after(gaz: Any, toks, j: int) -> bool:
    """'Djibo (Sahel)', 'Rubaya (Masisi, Nord-Kivu)': brackets right after the name give the units
    that hold it (ACLED's notes and many outlets place a town so), whatever label spaCy gave the
    name ('Djibo' as a date, 'Bir al-Abd' as a person). The last unit must be one the gazetteer
    knows as a province, district or country: 'Rioters (Nigeria)' has no place before it anyway,
    and '(2021-)' or '(AFP)' hold none."""
    if j + 2 >= len(toks) or toks[j + 1].text != "(" or toks[j + 1].idx != toks[j].idx \
            + len(toks[j]) + 1:
        return False
    close = next((k for k in range(j + 2, min(j + 12, len(toks))) if toks[k].text == ")"), None)
    if close is None:
        return False
    inner = doc_text(toks[j].doc)[toks[j + 2].idx:toks[close].idx].split(",")[-1].strip()
    if not inner[:1].isupper():
        return False
    return any(c.place.kind in _UNIT_KINDS for c in gaz.lookup(inner))


# A field label before a colon ('LOCATION: Molo', 'Source: ...', 'FATALITIES: 3') heads a note's
# field; read as a name it would be a namesake ('Location', a district of Nauru).
_FIELD_LABEL = re.compile(r"locations?|sources?|notes?|details?|fatalities|casualties|dates?|"
                          r"updates?|summary|background|context|actors?|places?|areas?|"
                          r"comments?|events?|type|coordinates", re.IGNORECASE)


def field_label(word: str) -> bool:
    """The word is a note's field label ('LOCATION', 'Source') when a colon follows it."""
    return _FIELD_LABEL.fullmatch(word) is not None


# The Arabic article written in lower case and apart ('in al Qaim', 'near el Geneina'): spaCy
# often tags such a pair a person, yet after a locative word it opens the place's name. Articles
# that are also English words ('an', 'at', 'as') are left out: 'in an Israeli strike'.
_LOWER_ARTICLES = {"al", "el", "ash", "ad", "az", "ar"}


def article_opens(toks, i: int, locative: set[str]) -> bool:
    """Token i is a lower-case Arabic article after a locative word, before a capitalised name."""
    return toks[i].text in _LOWER_ARTICLES and bool(toks[i].whitespace_) and 0 < i < len(toks) - 1 \
        and toks[i - 1].lower_ in locative and toks[i + 1].text[:1].isupper() \
        and toks[i + 1].is_alpha


def in_person_name(toks, i: int) -> bool:
    """Token i is a PERSON token inside a multi-word person name ('Paris' of 'Paris Hilton')."""
    return toks[i].ent_type_ == "PERSON" and (
        (i > 0 and toks[i - 1].ent_type_ == "PERSON" and toks[i - 1].ent_iob_ != "O")
        or (i + 1 < len(toks) and toks[i + 1].ent_type_ == "PERSON"
            and toks[i + 1].ent_iob_ == "I"))

