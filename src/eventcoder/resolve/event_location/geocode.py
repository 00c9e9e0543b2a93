"""Stage 'geocode': every place the article names (document.toponyms) and where each event happened.

An event's place is a toponym in its own sentences that the trigger governs or that sits in a
locative phrase ("in/at/near X"), else the dateline ("KARACHI:"), else the article's dominant place.
Places that are only a group's base ("based in Punjab"), a destination ("went to Syria"), an
origin ("fighters from Punjab") or where a speaker was do not count. See ``geo_event`` for the rules.
When the text names no place the gazetteer knows, the country comes from the article as a whole
(``geo_country``): armed groups' home countries, national institutions, country adjectives and the
publisher (``geo_publishers``).
"""

from __future__ import annotations

import logging
import re
from collections import Counter

from eventcoder.document import Document
from eventcoder.geoparser.publishers import (
    MIN_PUBLISHER_SHARE,
    publisher_country,
    publisher_votes,
)
from eventcoder.geoparser.resolve import geoparse_doc
from eventcoder.geoparser.types import Resolved
from eventcoder.registry import stage
from eventcoder.resolve.event_location.alias_city import place_at_alias_city
from eventcoder.resolve.event_location.capital_phrase import place_at_named_capital
from eventcoder.resolve.event_location.country_votes import nationality_only
from eventcoder.resolve.event_location.event_place import locate_events
from eventcoder.resolve.event_location.records import (
    acled_admin1,
    seat_named_admin1,
    toponyms_from_resolved,
)
from eventcoder.resolve.event_location.split_units import split_admin1

log = logging.getLogger(__name__)

# How much an actor's country says about where the article's places are. An armed group fights
# mostly at home; state forces deploy abroad ("Kenyan forces in Hoosingow"); generic actors
# ("police", "civilians") took their country from the text itself, so they add nothing.
ACTOR_KIND_WEIGHT = {"armed group": 1.0, "militia": 0.5, "communal group": 0.5, "state forces": 0.5,
                     "international force": 0.0}
GENERIC_ACTOR_WEIGHT = 0.0  # their country was guessed from these same places: no evidence


def actor_country_votes(document: Document) -> Counter[str]:
    """Country votes from the article's actors, weighted by how tied each kind is to a place."""
    votes: Counter[str] = Counter()
    for a in document.actors:
        if not a.country or nationality_only(document.text, a):  # forces deploy abroad
            continue
        if a.known:
            weight = ACTOR_KIND_WEIGHT.get(a.kind or "", GENERIC_ACTOR_WEIGHT)
        else:
            weight = GENERIC_ACTOR_WEIGHT
        if weight:
            votes[a.country] += weight
    return votes


def resolve_places(document: Document) -> list[Resolved]:
    """Every toponym of the article resolved with the actors' and publisher's countries."""
    actor_countries = actor_country_votes(document)
    # The publisher's countries also let small places of those countries count as credible.
    # An outlet seen once is a hint, not proof: it must not make another country's towns incredible.
    actor_countries.update({cc: v for cc, v in publisher_votes(
        document.article.source, document.article.url).items() if v > MIN_PUBLISHER_SHARE})
    publisher = publisher_country(document.article.source, document.article.url)
    return geoparse_doc(document.spacy_doc, publisher,
                        actor_countries=actor_countries)


@stage("geocode")
def geocode_stage(document: Document) -> None:
    """Resolve the article's toponyms and place each event."""
    doc = document.spacy_doc
    if doc is None or not document.text.strip():
        return
    try:
        resolved = resolve_places(document)
    except Exception:  # geocoding trouble must not cost the article its other fields
        log.exception("geoparsing failed on article %s", document.article.id)
        for event in document.events:
            event.notes.setdefault("location", "geocoding failed on this article")
        return
    document.toponyms = toponyms_from_resolved(resolved)
    locate_events(document, resolved)
    place_at_named_capital(document, resolved)  # 'in the Chadian capital'
    place_at_alias_city(document)  # 'a school in Gaza'
    for event in document.events:  # the province by ACLED's name in the event's year
        loc, day = event.location, event.date.start or document.article.published or ""
        if loc is not None and loc.admin1:  # a year unknown keeps the gazetteer's name
            year = int(day[:4]) if day[:4].isdigit() else None
            named = acled_admin1(loc.country_code, loc.admin1, year)
            # a name the records or the curated list give is ACLED's already ('Islamabad
            # Capital Territory' is no seat with a unit word of the country's language)
            loc.admin1 = named if named != loc.admin1 else seat_named_admin1(
                loc.country_code, named, loc.name if loc.precision == "city" else None)
            loc.admin1 = split_admin1(loc, document.text) or loc.admin1  # 'Shan-North'


def dateline(text: str) -> re.Match[str] | None:
    """The dateline at the start of an article ('KARACHI:', 'LAGOS, Nigeria (Reuters) -')."""
    return re.match(
        r"\s*([A-Z][A-Za-z.'’ -]{1,40}?(?:,\s*[A-Z][A-Za-z.' ]{1,30})?)\s*(?:\([^)]{1,30}\))?\s*[:—–-]",
        text,
    )
