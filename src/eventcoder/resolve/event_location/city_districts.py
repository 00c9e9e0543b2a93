"""Districts, townships and camps of large cities that the gazetteer lacks (data/geo_city_districts.yaml).

GeoNames files a city's districts as sections of the city, which the packaged gazetteer leaves out:
'a mortar round fell on a market in Wadajir district' or 'a protest outside a Khayelitsha
councillor's home' then names no place. When the event has no place, a district of the table in
its sentences (else anywhere in the article) places it at the containing city.
"""

from __future__ import annotations

import functools
import re

from eventcoder.datafiles import load_data
from eventcoder.document import Document, Event
from eventcoder.geoparser.gazetteer import Place, get_gazetteer
from eventcoder.nlp.doc_cache import doc_sents
from eventcoder.resolve.event_location.records import location_of
from eventcoder.text.words import names_alternation


@functools.cache
def district_table() -> tuple[re.Pattern[str], dict[str, tuple[str, str]]]:
    """A pattern for the table's district names and district → (country, containing city)."""
    city_of = {str(d): (str(cc), str(city))
               for cc, city, names, _source in load_data("geo_city_districts.yaml")["districts"]
               for d in names}
    names = names_alternation(city_of)
    return re.compile(rf"(?<![\w'’-])(?P<name>{names})(?![\w'’-])"), city_of


def _city(cc: str, name: str) -> Place | None:
    places = [c.place for c in get_gazetteer().lookup(name) if c.place.cc == cc
              and c.place.kind == "city"]
    return max(places, key=lambda p: p.pop) if places else None


def locate_by_district(document: Document, event: Event) -> bool:
    """Place the event at the city holding a district the text names; True when placed."""
    pattern, city_of = district_table()
    sents = doc_sents(document.spacy_doc)
    spans = [(sents[i].start_char, sents[i].end_char) for i in event._sentences if i < len(sents)]
    for start, end in [*spans, (0, len(document.text))]:
        m = pattern.search(document.text, start, end)
        if m is None:
            continue
        name = re.sub(r"\s+", " ", m.group("name"))
        cc, city_name = city_of[name]
        city = _city(cc, city_name)
        if city is None:
            return False
        event.location = location_of(city, m.group(0), m.start(), m.end(), "city")
        event.add_evidence("location", m.start(), m.end(), document.text)
        event.notes["location"] = (f"'{name}' is a district of {city.name} the gazetteer does not "
                                   f"hold; placed at {city.name}")
        return True
    return False
