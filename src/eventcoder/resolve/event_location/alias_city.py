"""'a school in Gaza': an event placed at a country only through another name of that country
('Gaza' for Palestine) that is the own name of a large city of it lies in that city, which lent
the name; the training records code a bare 'Gaza' at Gaza City. A country's own name ('Djibouti',
'Singapore') stays the country, and an event placed elsewhere ('a rally in Kano against the war
in Gaza') is left alone."""

from __future__ import annotations

from eventcoder.document import Document
from eventcoder.geoparser.gazetteer import OFFICIAL, get_gazetteer
from eventcoder.geoparser.names import norm
from eventcoder.resolve.event_location.records import location_of

ALIAS_CITY_POP = 100_000


def place_at_alias_city(document: Document) -> None:
    """Move each event placed at a country by an alias of it to the large city of that name."""
    gaz = get_gazetteer()
    for event in document.events:
        loc = event.location
        if loc is None or loc.precision != "country" or not loc.text or not loc.country_code:
            continue
        country = gaz.country(loc.country_code)
        if country is None or norm(loc.text) == norm(country.name):
            continue
        city = next((c.place for c in gaz.lookup(loc.text) if c.place.cc == loc.country_code
                     and c.place.kind == "city" and c.flag <= OFFICIAL
                     and c.place.pop >= ALIAS_CITY_POP), None)
        if city is not None:
            event.location = location_of(city, loc.text, loc.start, loc.end)
            event.notes["location"] = (f"'{loc.text}' names {country.name} and its city "
                                       f"{city.name}: the city")
