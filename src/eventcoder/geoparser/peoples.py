"""Peoples and clans of one country: 'clashes between Konkomba and Dagomba' are in Ghana.

A field report often names the communities that clashed and no place the gazetteer holds (a
hamlet, a camp, a township). A people whose homeland lies within one country says which country
the report is about; peoples that straddle borders are not in the table
(``data/geo_peoples.yaml``), and the evidence is weaker than a place or a country adjective.
"""

from __future__ import annotations

import functools
import re

from eventcoder.datafiles import load_data


@functools.cache
def people_pattern() -> tuple[re.Pattern[str], dict[str, str]]:
    """A pattern for the table's people names (capitalised, plural 's' allowed) and name → country."""
    country = {str(row[1]): str(row[0]) for row in load_data("geo_peoples.yaml")["peoples"]}
    names = "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in
                     sorted(country, key=len, reverse=True))
    # Case-sensitive: 'Dinka herders', 'the Konkombas'; hyphenated compounds count too ('Hema-Lendu')
    return re.compile(rf"(?<![\w'’-])(?P<name>{names})s?(?![\w'’])"), country


def people_countries(text: str) -> set[str]:
    """Countries of the one-country peoples the text names."""
    pattern, country = people_pattern()
    return {country[re.sub(r"\s+", " ", m.group("name"))] for m in pattern.finditer(text)}
