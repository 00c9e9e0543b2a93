"""Peoples and clans of one country: 'clashes between Konkomba and Dagomba' are in Ghana.

A field report often names the communities that clashed and no place the gazetteer holds (a
hamlet, a camp, a township). A people whose homeland lies within one country says which country
the report is about; peoples that straddle borders are not in the table
(``data/geo_peoples.yaml``), and the evidence is weaker than a place or a country adjective.
"""

from __future__ import annotations

import functools
import re
from typing import Any

from eventcoder.datafiles import load_data
from eventcoder.nlp.doc_cache import doc_text, memo
from eventcoder.text.words import names_alternation


@functools.cache
def people_pattern() -> tuple[re.Pattern[str], dict[str, str]]:
    """A pattern for the table's people names (capitalised, plural 's' allowed) and name → country."""
    country = {str(row[1]): str(row[0]) for row in load_data("geo_peoples.yaml")["peoples"]}
    names = names_alternation(country)
    # Case-sensitive: 'Dinka herders', 'the Konkombas'; hyphenated compounds count too ('Hema-Lendu')
    return re.compile(rf"(?<![\w'’-])(?P<name>{names})s?(?![\w'’])"), country


@functools.cache
def listed_peoples() -> frozenset[str]:
    """Lower-cased names of every people in the table, those across borders included."""
    data = load_data("geo_peoples.yaml")
    names = [str(row[1]) for row in data["peoples"]]
    names += [str(row[0]) for row in data.get("across_borders") or ()]
    return frozenset(n.lower() for n in names)


def people_countries(text: str) -> set[str]:
    """Countries of the one-country peoples the text names."""
    pattern, country = people_pattern()
    return {country[re.sub(r"\s+", " ", m.group("name"))] for m in pattern.finditer(text)}


def doc_people_countries(spacy_doc: Any) -> frozenset[str]:
    """:func:`people_countries` of a parsed article, scanned once per Doc: both geoparses of the
    Doc (actors, geocoder) and each event's country votes ask for it."""
    return memo(spacy_doc, "people_countries", None,
                lambda: frozenset(people_countries(doc_text(spacy_doc))))


# 'in Amhara', 'youths from Oromia', 'the people of Amhara': after these the name is the place.
_LOCATIVE_BEFORE = re.compile(r"\b(?:in|at|near|outside|inside|to|into|from|of|around|across|"
                              r"towards?|throughout|within)\s+(?:the\s+)?$", re.IGNORECASE)


def people_use(text: str, start: int, end: int) -> bool:
    """True when a table people's name stands for the people ('Nuer youths', 'a Hema village'),
    not for the zone or town named after them, which follows a locative word ('in Amhara')."""
    pattern, _ = people_pattern()
    return bool(pattern.fullmatch(text[start:end])) and not _LOCATIVE_BEFORE.search(
        text[max(0, start - 20) : start])
