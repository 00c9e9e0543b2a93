"""A lone small namesake: the only place a text names is a town of few people somewhere, and
nothing else in the text (no other place, country adjective, known actor, publisher) points to its
country. Of the world's many villages of that name the gazetteer may hold one only ('Koya' in
Japan), so the training records' coding of the name, or the words they tie to one country, say
where instead when they point elsewhere ('Koya' is coded in Iraqi Kurdistan). Else the reading
stands: on the dev files (without the publisher) such lone readings were right twice as often as
wrong, so setting them aside would cost more than it saves.
"""

from __future__ import annotations

from collections import Counter

from eventcoder.document import Document, Event
from eventcoder.geoparser.gazetteer import Place, get_gazetteer
from eventcoder.geoparser.types import Resolved
from eventcoder.resolve.event_location.place_prior import coded_country
from eventcoder.resolve.event_location.records import location_of
from eventcoder.resolve.event_location.word_prior import word_prior_country

LONE_POP = 10_000  # a town this small has namesakes in many countries


def lone_small_place(choice: Resolved, votes: Counter[str]) -> bool:
    """The chosen place is a small town and the text gives no country any evidence."""
    p = choice.place
    return p is not None and p.kind == "city" and p.pop < LONE_POP and not any(
        v > 0 for v in votes.values())


def relocate_lone(document: Document, event: Event, choice: Resolved) -> bool:
    """Place the event where the training records code the name or the text's words point, when
    that is another country than the lone namesake's; True when placed."""
    m, cc = choice.mention, choice.place.cc
    row = coded_country(m.key)
    if row is not None and row[0] != cc:
        where, lines, admin1, lat, lon = row
        place = Place(-1, m.text, "city", "PPL", where, admin1 or None, None, None, None, lat, lon, 0)
        event.location = location_of(place, m.text, m.start, m.end)
        event.add_evidence("location", m.start, m.end, document.text)
        event.notes["location"] = (f"'{m.text}' names only a small place in {cc} and nothing else "
                                   f"in the text points there; the training records code it in "
                                   f"{where} ({admin1}, {lines} line{'s' if lines > 1 else ''})")
        return True
    learned = word_prior_country(document.text)
    country = get_gazetteer().country(learned[0]) if learned and learned[0] != cc else None
    if country is not None:
        event.location = location_of(country)
        event.notes["location"] = (f"'{m.text}' names only a small place in {cc} and nothing else "
                                   f"in the text points there; the training records tie "
                                   f"{', '.join(repr(w) for w in learned[1])} to {country.name}")
        return True
    return False
