"""Peoples and the armed groups named after them: "Pokot raiders" → "Pokot Ethnic Militia (Kenya)".

ACLED names a people's armed men "<People> Ethnic Militia (<Country>)" whatever the report calls
them: raiders, rustlers, bandits, gunmen, militants, warriors or "the Luo group". A name is read
as a people's when

- the curated table of peoples names it (`data/geo_peoples.yaml`: "Meitei", "Kuki", "Tiv"), or
- the training records code it so (an "X Ethnic Militia" or "X Ethnic Group" among their actors,
  `data/actor_theatres.yaml`, learned from acled_train.jsonl only), or
- the text treats it as one: a people's noun after it ("the Orma ethnic group", "Kipsigis
  tribesmen"), or, for a name already read as a community, its plural ("Maasais").

Many peoples share their name with a place (Turkana and West Pokot counties, Borana zone), so a
place of that name does not make the group a communal one when the name is a people's. Nations
("Kenyan bandits"), known groups ("Boko Haram militants") and clans are left to the other finders.
"""

from __future__ import annotations

import functools
import re
from typing import Any

from eventcoder.geoparser.countries import code_for_name, country_name, demonym_code
from eventcoder.geoparser.peoples import listed_peoples
from eventcoder.resolve.actors import kb as actor_kb
from eventcoder.resolve.actors.hits import Hit, overlaps
from eventcoder.resolve.actors.trained_labels import theatre_labels
from eventcoder.text.words import names_alternation

# "X Ethnic Militia (Kenya)", "X Ethnic Group (Uganda)"; clan sections ("Rek Clan Dinka") are not
# a people's own name.
_ETHNIC_LABEL = re.compile(r"^(?P<base>[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)?) Ethnic (?:Militia|Group)\b")
# "Rek Clan Dinka Ethnic Militia": a clan section of a people, the people named last.
_CLAN_OF_PEOPLE = re.compile(r"\bClan (?P<people>[A-Z][\w'’-]*) Ethnic (?:Militia|Group)\b")
# Nouns after a name that make it a people's name in the text itself.
# ("the Ntambwe community", "Kamalu people" are as often a village's people: no cue.)
_PEOPLE_NOUNS = r"(?:ethnic\s+groups?|ethnic\s+communit(?:y|ies)|tribes?|tribesmen)"
# Nouns for a people's armed men; "cattle raiders" before "raiders" so the longer one is read.
ARMED_NOUNS = ("cattle raiders", "cattle rustlers", "raiders", "rustlers", "bandits", "attackers",
               "assailants", "gunmen", "armed men", "militants", "warriors", "fighters",
               "ethnic militia", "ethnic militias",
               # the armed guards villages of north-east India raise ("Kuki village volunteers")
               "village volunteers")
# ("the Orma ethnic group", "Luo groups" name a people, armed or not: "three of the Ngok ethnic
# group were killed" names victims, so no such noun makes a militia.)
_NAME = r"[A-Z][\w'’]+(?:-[A-Z][\w'’]+)?"
_ARMED_RE = re.compile(
    rf"(?<![\w-])(?P<name>{_NAME})\s+(?P<noun>"
    + names_alternation(ARMED_NOUNS)
    + r")(?![\w-])")
# "armed Meitei volunteers", "armed Kuki men": "armed" makes any of a people's men its militia.
_ARMED_BEFORE_RE = re.compile(
    rf"(?<![\w-])[Aa]rmed\s+(?P<name>{_NAME})\s+(?P<noun>men|youths?|volunteers|villagers|mobs?|"
    r"groups?|miscreants)(?![\w-])")
# "Misseriya and Hawazma gunmen": two peoples sharing one armed noun; the first is read here.
_ARMED_PAIR_RE = re.compile(
    rf"(?<![\w-])(?P<name>{_NAME})\s+and\s+{_NAME}\s+(?P<noun>"
    + names_alternation(ARMED_NOUNS)
    + r")(?![\w-])")
_AFTER_NAME = re.compile(r"[A-Z][\w'’]*\s+$")
# Capitalised words that open a phrase without naming a people.
_NOT_PEOPLES = {"the", "a", "an", "armed", "suspected", "unknown", "unidentified", "local",
                "rival", "some", "several", "many", "other", "two", "three", "islamist",
                "jihadist", "christian", "muslim", "rebel", "opposition", "government", "police",
                "these", "those", "their", "his", "her", "its", "our", "one", "both",
                "all", "no", "any", "each", "militia", "ethnic", "tribal", "criminal"}


@functools.cache
def trained_peoples() -> frozenset[str]:
    """Lower-cased names the training records code as peoples ("pokot", "kalenjin", "tiv")."""
    out: set[str] = set()
    for part, _countries in theatre_labels():
        m = _ETHNIC_LABEL.match(part)
        if m and not m.group("base").startswith("Unidentified"):
            out.add(m.group("base").lower())
        clan = _CLAN_OF_PEOPLE.search(part)
        if clan:
            out.add(clan.group("people").lower())
    return frozenset(out)


def singular(name: str, text: str) -> str:
    """The people's name in the singular: "Pokots" → "Pokot" when the text or records know it."""
    if len(name) > 4 and name.endswith("s") and not name.endswith("ss"):
        stem = name[:-1]
        if stem.lower() in trained_peoples() or re.search(rf"\b{re.escape(stem)}\b", text):
            return stem
    return name


def is_people(name: str, text: str, plural: bool = True) -> bool:
    """True if the records or the text itself make ``name`` a people's name.

    ``plural`` lets the name's plural in the text count ("the Maasais"); movements are plural
    too ("the Contras", "Sandinistas"), so it is asked only of a name already read as a community.
    """
    name = singular(name, text)
    if name.lower() in trained_peoples() or name.lower() in listed_peoples():
        return True
    n = re.escape(name)
    return bool((plural and re.search(rf"(?<![\w-]){n}s(?![\w-])", text))
                or re.search(rf"(?<![\w-]){n}\s+{_PEOPLE_NOUNS}(?![\w-])", text))


def _candidate(name: str, start: int, taken: list[tuple[int, int]], country: str | None) -> bool:
    """True if a capitalised word may be a people's name: not a nation, known group or title."""
    if name.isupper() or name.split("-")[0].lower() in _NOT_PEOPLES:
        return False
    if overlaps(start, start + len(name), taken):
        return False
    if code_for_name(name) or demonym_code(name):
        return False
    return not (actor_kb.lookup(name, country) or name in actor_kb.agencies())


def ethnic_label(base: str, country: str | None) -> tuple[str, str | None]:
    """(name, ACLED label) of a people's militia: "Pokot Ethnic Militia (Kenya)"."""
    name = f"{base} Ethnic Militia"
    cname = country_name(country)
    return name, (f"{name} ({cname})" if cname else None)


def people_militia_hits(doc: Any, text: str, taken: list[tuple[int, int]],
                        country: str | None) -> list[Hit]:
    """A people's armed men by any armed noun: "Turkana raiders", "suspected Pokot bandits"."""
    out: list[Hit] = []
    matches = sorted([*_ARMED_RE.finditer(text), *_ARMED_BEFORE_RE.finditer(text),
                      *_ARMED_PAIR_RE.finditer(text)], key=lambda m: m.start())
    for m in matches:
        name, at = m.group("name"), m.start("name")
        # the pair's first people spans its name alone, leaving the second to its own match
        end = m.end("name") if m.re is _ARMED_PAIR_RE else m.end()
        if m.re is not _ARMED_BEFORE_RE and _AFTER_NAME.search(text, 0, at):
            continue  # "Dinka Ngok": the last word of a longer name is no people of its own
        spans = taken + [(h.start, h.end) for h in out]
        if not _candidate(name, at, spans, country) \
                or not is_people(name, text, plural=False):
            continue
        base = singular(name, text)
        known = actor_kb.lookup(f"{base} militia", country)
        if known is not None:  # "Fulani cattle rustlers" are the KB's Fulani militia
            out.append(Hit.of_entry(m.start(), end, text[m.start():end], known, country))
            continue
        label_name, acled = ethnic_label(base, country)
        out.append(Hit(m.start(), end, text[m.start():end],
                       f"militia:{label_name.lower()}", label_name, "militia", acled, country,
                       cls="communal"))
    return out
