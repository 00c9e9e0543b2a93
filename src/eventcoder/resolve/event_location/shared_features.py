"""A physical feature several countries share ('Lake Chad', 'W National Park') names no country.

The geoparser picks one country's part of such a feature with the same cues as for any namesake,
where the home country of a group that roams every shore ('Boko Haram') weighs much. For the
event's country the feature says nothing more than "one of these": the article's other evidence
(publisher, country adjectives, national institutions, weighed as for a text that names no place)
chooses among the feature's parts.
"""

from __future__ import annotations

from eventcoder.document import Document, Event
from eventcoder.geoparser.gazetteer_features import FEATURE_CODES
from eventcoder.geoparser.publishers import publisher_votes
from eventcoder.geoparser.types import Resolved
from eventcoder.resolve.event_location.country_votes import placeless_country
from eventcoder.resolve.event_location.records import location_of


def place_on_shared_feature(document: Document, event: Event, choice: Resolved,
                            demonyms: list[Resolved]) -> bool:
    """Move the event to the part of a shared feature in the country the article points to;
    True when moved."""
    place = choice.place
    if place is None or place.fcode not in FEATURE_CODES:
        return False
    parts = {s.place.cc: s.place for s in choice.ranked
             if s.place.fcode == place.fcode and s.place.name == place.name}
    if len(parts) < 2:
        return False
    publisher = publisher_votes(document.article.source, document.article.url)
    cc = placeless_country(document, event, demonyms, publisher)
    if cc is None or cc == place.cc or cc not in parts:
        return False
    m = choice.mention
    event.location = location_of(parts[cc], m.text, m.start, m.end)
    event.add_evidence("location", m.start, m.end, document.text)
    event.notes["location"] = (f"'{m.text}' lies in {', '.join(sorted(parts))}; the article's "
                               f"publisher, actors and country adjectives point to {cc}")
    return True
