"""Places named where an earlier or answered deed happened, not this event.

'Jets struck a camp in response to an attack in Lamu', 'a dead-city strike following the arrest in
Nigeria of the movement's leader': the phrase after 'in response to' or 'following' tells where the
deed being answered or followed was. A town named there may still be the event's place when nothing
else is named (a reprisal is often close to what it answers), but a country named only there yields
to the article's own evidence (its actors, adjectives and publisher): a local outlet names its own
country for a deed abroad.
"""

from __future__ import annotations

from eventcoder.document import Document, Event
from eventcoder.geoparser.publishers import publisher_votes
from eventcoder.geoparser.types import Resolved
from eventcoder.resolve.event_location import cues
from eventcoder.resolve.event_location.country_votes import (
    best_country,
    country_votes,
    hint_within_text,
)


def yields_to_article(document: Document, event: Event, choice: Resolved, places: list[Resolved],
                      demonyms: list[Resolved]) -> bool:
    """The fallback ``choice`` is a country named only in background phrases, and the article's
    actors, adjectives and publisher point to another country: that evidence places the event."""
    place = choice.place
    if place is None or place.kind != "country":
        return False
    named = [r for r in places if r.place is not None and r.place.gid == place.gid]
    if not named or not all(cues.background_mention(document, event, r) for r in named):
        return False
    publisher = publisher_votes(document.article.source, document.article.url)
    own = country_votes(document, event, demonyms, None, generic=False)
    cc = best_country(country_votes(document, event, demonyms, hint_within_text(publisher, own),
                                    generic=False))
    return cc is not None and cc != place.cc
