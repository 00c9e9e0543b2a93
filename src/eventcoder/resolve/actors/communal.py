"""Named communal, ethnic and clan militias, labelled the ACLED way.

ACLED names an armed community after the group or the place it comes from: "Abala herdsmen
clashed with farmers" → "Abala Ethnic Militia (Sudan)"; "gunmen from Garabulli" → "Garabulli
Communal Militia (Libya)"; "a clash between Koussouma and Mougna" → two communal militias; "the
Rup and Kuei" (peoples take the article) → ethnic militias; "the Habar Gidir clan militia" →
"Habar Gidir Clan Militia (Somalia)". Country names, nationalities and known groups are left to
the other finders, so "Kenyan herders" or "Boko Haram fighters" never become a militia here.
"""

from __future__ import annotations

import re
from typing import Any

from eventcoder.geoparser.countries import code_for_name, country_name, demonym_code, place_code
from eventcoder.resolve.actors import kb as actor_kb
from eventcoder.resolve.actors.hits import Hit, overlaps
from eventcoder.resolve.actors.peoples import is_people, singular

# Nouns that make the proper name before them an armed community.
ETHNIC_NOUNS = {"herdsmen", "herders", "herdsman", "tribesmen", "tribe", "tribes",
                "ethnic militia", "ethnic militias", "pastoralists"}
# ("the Ismaili community", "Ntambwe people" name communities, armed only in a clash: below)
COMMUNITY_NOUNS = {"militia", "militias", "militiamen", "youths", "youth", "fighters",
                   "clansmen", "communal militia", "communal militias", "communal militiamen"}
CLAN_NOUNS = {"clan militia", "clan militias", "clan", "sub-clan", "subclan", "sub clan",
              "clan fighters", "clan militiamen"}
# "sub-clan gunmen": the armed men after the clan's noun are the clan's, not unknown men
CLAN_NOUNS |= {f"{clan} {men}" for clan in ("clan", "sub-clan", "subclan", "sub clan")
               for men in ("gunmen", "militia", "militiamen", "fighters")}
# Capitalised words that open a sentence or a phrase without naming a community.
_NOT_NAMES = {"the", "a", "an", "armed", "local", "rival", "unidentified", "unknown", "some",
              "suspected", "several", "many", "other", "two", "three", "both", "his", "their",
              "its", "our", "government", "state", "police", "army", "security", "islamist",
              "christian", "muslim", "opposition", "pro", "anti", "youth", "young", "ethnic",
              "clan", "militia", "community", "communal", "tribal", "rebel", "these", "those", "angry",
              "organised", "organized", "all", "such", "one", "village", "town", "district",
              # words that open a sentence before a three-word name ("On Monday Fulani herders")
              # ("at" is left out: the Arabic article opens names, "At Tahish")
              "in", "on", "after", "when", "while", "during", "yesterday", "today",
              "four", "five", "six", "seven", "eight", "nine", "ten", "twenty", "thirty", "dozens",
              "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
# Words that tell when before a name ("Since January Misseriya militia", "Last Friday Tiv
# youths", "Early Monday Murle youths"): spaCy's DATE and TIME tokens are trimmed too
_TIME_WORDS = {"since", "last", "early", "late", "earlier", "later", "overnight", "tonight",
               "tomorrow", "this", "next", "until", "till", "mid",
               "january", "february", "march", "april", "may", "june", "july", "august",
               "september", "october", "november", "december", "morning", "evening", "night"}
_NAME = r"[A-Z][\w'’]+(?:[ -][A-Z][\w'’]+)?"
# A town or clan before its group's noun may take three words ("Gasr Ben Gashir", "Reer Aw
# Hassan"); cutting it to two made "Ben Gashir Militia" beside a stray "Gasr"
_LONG_NAME = r"[A-Z][\w'’]+(?:[ -][A-Z][\w'’]+){0,2}"
_NOUN_RE = re.compile(
    rf"(?<![\w-])(?P<name>{_LONG_NAME})\s+(?P<noun>"
    + "|".join(sorted((re.escape(n) for n in ETHNIC_NOUNS | COMMUNITY_NOUNS | CLAN_NOUNS),
                      key=len, reverse=True))
    + r")(?![\w-])")
_FROM_RE = re.compile(
    r"(?<![\w-])(?P<noun>gunmen|raiders|cattle raiders|militiamen|militias|militia|youths|youth|"
    r"fighters|armed men|attackers)\s+(?:from|of)\s+(?P<name>" + _LONG_NAME + r")(?![\w-])")
# "militias from two rival clans", "gunmen of the Ogaden sub-clan": a clan word names a communal group
_CLAN_FROM_RE = re.compile(
    r"(?<![\w-])(?:militias?|militiamen|fighters|gunmen|armed men)\s+(?:from|of)\s+(?:the\s+)?"
    rf"(?P<n1>{_LONG_NAME})(?:\s+and\s+(?:the\s+)?(?P<n2>{_LONG_NAME}))?\s+(?:sub[- ]?)?clans?(?![\w-])")
_PAIR_RE = re.compile(rf"(?<![\w-])(?P<name>{_NAME}),?\s+and\s+$")
_BETWEEN_RE = re.compile(
    r"\b(?i:clash(?:es|ed)?|fight(?:ing)?|violence|conflict|dispute|tensions?|attacks|feud)"
    r"\b[^.;]{0,40}?\bbetween\s+(?P<a1>the\s+)?(?P<n1>" + _NAME + r")\s+and\s+(?P<a2>the\s+)?"
    r"(?P<n2>" + _NAME + r")(?![\w-])")


def _is_community_name(name: str, text: str, start: int, taken: list[tuple[int, int]],
                       country: str | None) -> bool:
    """True if a capitalised word can name a community: not a nation, known group or title."""
    first = name.split()[0].split("-")[0]
    if name.isupper():
        return False  # "PF and UNDP": acronyms name parties and agencies, not communities
    if first.lower() in _NOT_NAMES or overlaps(start, start + len(name), taken):
        return False
    if code_for_name(name) or demonym_code(name) or demonym_code(first):
        return False
    return not (actor_kb.lookup(name, country) or name in actor_kb.agencies())


def _tells_when(doc: Any, word: str, start: int) -> bool:
    """True if a word opening a name tells a time ("Since", "January", "Friday")."""
    if word.lower() in _TIME_WORDS:
        return True
    span = doc.char_span(start, start + len(word), alignment_mode="expand") if doc else None
    return span is not None and all(t.ent_type_ in {"DATE", "TIME"} for t in span)


def _trimmed(name: str, start: int, doc: Any = None) -> tuple[str, int]:
    """The name without its leading words that name no community ("The Gasr Ben" → "Gasr Ben",
    "Somalia's Marehan" → "Marehan", "Last Friday Tiv" → "Tiv")."""
    words = name.split(" ")
    while len(words) > 1 and (words[0].split("-")[0].lower() in _NOT_NAMES
                              or _tells_when(doc, words[0], start)
                              or (re.search(r"['’]s$", words[0]) is not None
                                  and code_for_name(words[0][:-2]) is not None)):
        start += len(words[0]) + 1
        words = words[1:]
    return " ".join(words), start


def _label(base: str, kind: str, country: str | None) -> tuple[str, str | None]:
    """(name, ACLED label) of a community's militia: "Abala Ethnic Militia (Sudan)"."""
    name = f"{base} {kind} Militia"
    cname = country_name(country)
    return name, (f"{name} ({cname})" if cname else None)


def _kind_for(noun: str, base: str, article: bool, country: str | None = None,
              text: str = "") -> str:
    """Ethnic, Communal or Clan, from the noun after the name and the name itself."""
    noun = noun.lower()
    if noun in CLAN_NOUNS:
        # outside Somalia ACLED files a known people's clan as ethnic (acled_train.jsonl: "Garre
        # clan" → Garre Ethnic Militia (Kenya), "Degodia clan" → Degodia Ethnic Militia
        # (Ethiopia); "Marehan clan" in Somalia → Marehan Clan Militia (Somalia))
        # (an unknown country keeps the clan: "Habar Gidir and Abgaal clan militias" placed in
        # Somalia only by the geocoder)
        return "Ethnic" if country not in (None, "SO") and is_people(base, text) else "Clan"
    if noun in ETHNIC_NOUNS or article or is_people(base, text):
        return "Ethnic"
    # A place name makes a communal militia, a people's name an ethnic one; a namesake town in
    # another country ("Abala" is a town in Ethiopia, a people in Sudan) says nothing.
    place = place_code(base)
    return "Communal" if place and (country is None or place[0] == country) else "Ethnic"


def _hit(start: int, end: int, text: str, base: str, kind: str, country: str | None) -> Hit:
    if kind == "Ethnic" and re.search(r"[aiou]s$", base):
        base = base[:-1]  # "Konkombas", "Dinkas": ACLED names the people in the singular
    elif kind == "Ethnic":
        base = singular(base, text)  # "Pokots" where the text or the records know "Pokot"
    name, acled = _label(base, kind, country)
    return Hit(start, end, text[start:end], f"militia:{name.lower()}", name, "militia",
               acled, country, cls="communal")


def communal_militia_hits(doc: Any, text: str, taken: list[tuple[int, int]],
                          country: str | None) -> list[Hit]:
    """Militias named after a people, clan or place ("Abala herdsmen", "youths from Turalei")."""
    out: list[Hit] = []

    def free(s: int, e: int) -> bool:
        """True if no earlier finder or earlier militia hit covers [s, e)."""
        return not overlaps(s, e, taken + [(h.start, h.end) for h in out])

    for m in _NOUN_RE.finditer(text):
        (base, start), noun = _trimmed(m.group("name"), m.start(), doc), m.group("noun")
        if not free(start, m.end()) or not _is_community_name(base, text, start, taken, country):
            continue
        if noun.lower() in COMMUNITY_NOUNS and place_code(base) is None \
                and not _ner_norp(doc, start) and not is_people(base, text, False) \
                and (" " in base or noun.lower() in {"fighters", "youth", "youths"}):
            if noun.lower().startswith("militia"):
                # "Fursan Janzour militia" is a group's own name: a new actor of its own
                name = f"{base} Militia"
                out.append(Hit(start, m.end(), text[start:m.end()],
                               f"new:{actor_kb._norm(name)}", name, "militia", name, country))
            continue
        kind = _kind_for(noun, base, False, country, text)
        if kind == "Ethnic" and noun.lower() in COMMUNITY_NOUNS and named_as_place(base, text) \
                and not is_people(base, text):
            kind = "Communal"  # "Kamalu youths" where the text speaks of Kamalu village
        out.append(_hit(start, m.end(), text, base, kind, country))
        # "Fellata and Rizeigat communal militias": the noun is both names'
        pair = _PAIR_RE.search(text[max(0, start - 40):start])
        if pair:
            s = start - len(pair.group(0))
            other = pair.group("name")
            if free(s, s + len(other)) and _is_community_name(other, text, s, taken, country):
                out.append(_hit(s, s + len(other), text, other, kind, country))
    for m in _CLAN_FROM_RE.finditer(text):
        for n in ("n1", "n2"):
            base, s = m.group(n), m.start(n)
            # the first clan's hit spans the noun too: "gunmen" are the clan's, not unknown men
            first = m.start() if n == "n1" else s
            if base and free(first, s + len(base)) \
                    and _is_community_name(base, text, s, taken, country):
                out.append(_hit(first, s + len(base), text, base, "Clan", country))
    for m in _FROM_RE.finditer(text):
        base = _UNIT_AFTER.sub("", m.group("name"))  # "from Tonj South County": the town's name
        end = m.start("name") + len(base)
        if not free(m.start(), end) or not _is_community_name(base, text, m.start("name"),
                                                               taken, country):
            continue
        out.append(_hit(m.start(), end, text, base, "Communal", country))
    for m in _BETWEEN_RE.finditer(text):
        for a, n in (("a1", "n1"), ("a2", "n2")):
            base = m.group(n)
            s, e = m.start(n), m.end(n)
            if not free(s, e) or not _is_community_name(base, text, s, taken, country):
                continue
            # peoples take the article ("between the Rup and Kuei"), villages do not; a name the
            # text also calls a village ("residents of Ntambwe", "Kamalu village") is a place
            article = bool(m.group(a) or m.group("a1"))
            kind = "Communal" if named_as_place(base, text) or not article else "Ethnic"
            if is_people(base, text):
                kind = "Ethnic"  # "between Kalenjin and Maasais": a people needs no article
            # the name's noun elsewhere ("Bachama militias attacked …") decides over the article
            kind = next((h.name.split()[-2] for h in out if h.name == f"{base} Ethnic Militia"
                         or h.name == f"{base} Communal Militia"), kind)
            if _CLANS_AFTER.match(text, m.end()) and not is_people(base, text):
                # "between the Abdalla and Hassan clans": the text says what they are (a known
                # people stays ethnic: ACLED's "Garre Ethnic Militia" however the text calls it)
                kind = "Clan"
            out.append(_hit(s, e, text, base, kind, country))
    return out


_PLACE_NOUNS = r"(?:village|town|locality|hamlet|settlement)"
# the unit's noun after a place's name is no part of it ("youths from Tonj South County")
_UNIT_AFTER = re.compile(r"(?:[ -](?:County|District|Province|Region|State|Village|Town|Area"
                         r"|Division|Ward|Locality|Municipality|Camp|City))+$")
# the noun after a pair of names that makes both clans (acled_train.jsonl: "clashes between the
# Kapkeny and Kabasiran clans", "fighting between Jibril and Matan clans" are clan militias)
_CLANS_AFTER = re.compile(r"\s+(?:sub-?\s?)?clans?\b", re.IGNORECASE)


def named_as_place(name: str, text: str) -> bool:
    """True if the text calls the name a place: "Kamalu village", "the village of Kamalu",
    "residents of Ntambwe"."""
    n = re.escape(name)
    # "the Bachama village of Robi" names the people whose village it is, not a place Bachama
    return bool(re.search(
        rf"\b{n}\s+{_PLACE_NOUNS}\b(?!\s+of\b)|\b{_PLACE_NOUNS}\s+of\s+{n}\b"
        rf"|\b(?:residents|inhabitants|villagers)\s+of\s+{n}\b", text))


def _ner_norp(doc: Any, start: int) -> bool:
    """True if spaCy reads the word at ``start`` as a nationality, religious or ethnic group."""
    if doc is None:
        return False
    return any(e.label_ == "NORP" and e.start_char <= start < e.end_char for e in doc.ents)
