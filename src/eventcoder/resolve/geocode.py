"""Stage 'geocode': every place the article names (document.toponyms) and where each event happened.

An event's place is a toponym in its own sentences that the trigger governs or that sits in a
locative phrase ("in/at/near X"), else the dateline ("KARACHI:"), else the article's dominant place.
Places that are only a group's base ("based in Punjab"), a destination ("went to Syria"), an
origin ("fighters from Punjab") or where a speaker was do not count. See ``geo_event`` for the rules.
"""

from __future__ import annotations

import logging
import re
from collections import Counter
from urllib.parse import urlparse

from eventcoder.document import Document, Location, Toponym
from eventcoder.registry import stage
from eventcoder.resolve.gazetteer import Place, get_gazetteer
from eventcoder.resolve.geo_resolve import Resolved, geoparse_doc

log = logging.getLogger(__name__)

# Generic second-level and commercial TLDs that say nothing about a publisher's country.
_NON_COUNTRY_TLDS = {"co", "tv", "io", "me", "fm", "ai", "ly", "to", "cc", "ws", "eu"}


def toponym_of(r: Resolved) -> Toponym:
    """The output record for one resolved mention."""
    p = r.place
    m = r.mention
    return Toponym(
        start=m.start,
        end=m.end,
        text=m.text,
        name=p.name if p else None,
        lat=p.lat if p else None,
        lon=p.lon if p else None,
        geonameid=p.geonameid if p else None,
        country_code=p.cc if p else None,
        admin1=_admin1_name(p) if p else None,
        feature_code=p.fcode if p else None,
    )


def toponyms_from_resolved(resolved: list[Resolved]) -> list[Toponym]:
    """Toponym records for every mention that resolved to a place."""
    return [toponym_of(r) for r in resolved if r.place is not None]


def _admin1_name(p: Place) -> str | None:
    if p.kind in ("country", "continent"):
        return None
    return p.admin1


def location_of(place: Place, text: str | None = None, start: int | None = None,
                end: int | None = None, precision: str | None = None) -> Location:
    """The event location record for a place."""
    gaz = get_gazetteer()
    country = gaz.country(place.cc)
    return Location(
        name=place.name,
        admin1=_admin1_name(place),
        admin2=place.admin2 if place.kind in ("city", "adm2") else None,
        country=country.name if country else None,
        country_code=place.cc,
        lat=place.lat,
        lon=place.lon,
        precision=precision or place.precision,
        geonameid=place.geonameid,
        text=text,
        start=start,
        end=end,
    )


def publisher_country(document: Document) -> str | None:
    """A weak prior: the country of the publisher's country-code domain, if any."""
    url = document.article.url or ""
    host = urlparse(url).hostname or ""
    tld = host.rsplit(".", 1)[-1].lower() if "." in host else ""
    if len(tld) != 2 or tld in _NON_COUNTRY_TLDS:
        return None
    cc = "GB" if tld == "uk" else tld.upper()
    return cc if get_gazetteer().country(cc) else None


@stage("geocode")
def geocode_stage(document: Document) -> None:
    """Resolve the article's toponyms and place each event."""
    from eventcoder.resolve.geo_event import locate_events

    doc = document.spacy_doc
    if doc is None or not document.text.strip():
        return
    actor_countries = Counter(a.country for a in document.actors if a.country)
    try:
        resolved = geoparse_doc(doc, publisher_country(document), actor_countries=actor_countries)
    except Exception:  # geocoding trouble must not cost the article its other fields
        log.exception("geoparsing failed on article %s", document.article.id)
        for event in document.events:
            event.notes.setdefault("location", "geocoding failed on this article")
        return
    document.toponyms = toponyms_from_resolved(resolved)
    locate_events(document, resolved)


def dateline(text: str) -> re.Match[str] | None:
    """The dateline at the start of an article ('KARACHI:', 'LAGOS, Nigeria (Reuters) -')."""
    return re.match(
        r"\s*([A-Z][A-Za-z.'’ -]{1,40}?(?:,\s*[A-Z][A-Za-z.' ]{1,30})?)\s*(?:\([^)]{1,30}\))?\s*[:—–-]",
        text,
    )
