"""The publisher's country: a weak prior on where an article's events happened.

A curated table (data/geo_publishers.yaml) maps news outlets to the countries they cover. The
article's ``source`` may list several outlets ("Radio Okapi; AFP", "AFP, BBC Monitoring"); each is
looked up by its full name, then without a parenthesised qualifier ("Vanguard (Lagos)"), then by
that qualifier when it names a country or a large city ("Daily Monitor (Kampala)"). An outlet
written as a domain ("actualite.cd") and the article URL count by their country-code TLD.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from urllib.parse import urlparse

from eventcoder.datafiles import load_data
from eventcoder.geoparser.gazetteer import OFFICIAL, get_gazetteer
from eventcoder.geoparser.names import norm

# Generic second-level and commercial TLDs that say nothing about a publisher's country.
_NON_COUNTRY_TLDS = {"co", "tv", "io", "me", "fm", "ai", "ly", "to", "cc", "ws", "eu"}
_PAREN = re.compile(r"\(([^)]*)\)")
_LANG_TAIL = re.compile(r"\s*(?:--?|–)?\s*\b(?:english|french|arabic|en|fr)\s*$", re.IGNORECASE)
_DOMAIN = re.compile(r"^[\w-]+(?:\.[\w-]+)*\.([a-z]{2,3})$", re.IGNORECASE)


@functools.cache
def publisher_table() -> dict[str, tuple[str, ...]]:
    """Normalised outlet name → the country codes it covers."""
    data = load_data("geo_publishers.yaml")
    table: dict[str, tuple[str, ...]] = {}
    for entry in data.get("publishers") or []:
        codes = tuple(c.strip() for c in str(entry[0]).split(","))
        for name in entry[2:]:
            table.setdefault(norm(str(name)), codes)
    return table


def tld_country(host: str) -> str | None:
    """The country of a host name's country-code TLD ('www.nation.co.ke' → KE), if any."""
    tld = host.rsplit(".", 1)[-1].lower() if "." in host else ""
    if len(tld) != 2 or tld in _NON_COUNTRY_TLDS:
        return None
    cc = "GB" if tld == "uk" else tld.upper()
    return cc if get_gazetteer().country(cc) else None


def _place_country(name: str) -> str | None:
    """The country a qualifier names: a country, or a city of 100,000+ people ('Lagos')."""
    for cand in get_gazetteer().lookup(name):
        p = cand.place
        if cand.flag > OFFICIAL:
            continue
        if p.kind == "country" or (p.kind == "city" and p.pop >= 100_000):
            return p.cc
    return None


def outlet_countries(outlet: str) -> tuple[str, ...]:
    """The countries one outlet name points to (empty when unknown or international)."""
    outlet = _LANG_TAIL.sub("", outlet.strip())
    if not outlet:
        return ()
    table = publisher_table()
    hit = table.get(norm(outlet))
    if hit:
        return hit
    paren = _PAREN.search(outlet)
    if paren:
        base = norm(_PAREN.sub("", outlet))
        if base in table and len(table[base]) == 1:
            return table[base]
        cc = _place_country(paren.group(1))
        if cc:
            return (cc,)
    dom = _DOMAIN.match(outlet.strip().lower())
    if dom:
        cc = tld_country(outlet.strip().lower())
        if cc:
            return (cc,)
    return ()


def publisher_votes(source: str | None, url: str | None = None) -> Counter[str]:
    """Country votes from the article's publisher(s): one vote shared per outlet that is known."""
    votes: Counter[str] = Counter()
    for outlet in re.split(r"[;,]|\s+/\s+", source or ""):
        codes = outlet_countries(outlet)
        for cc in codes:
            votes[cc] += 1 / len(codes)
    host = urlparse(url or "").hostname or ""
    cc = tld_country(host) if host else None
    if cc:
        votes[cc] += 1
    return votes


def publisher_country(source: str | None, url: str | None = None) -> str | None:
    """The single country the publisher(s) point to most, or None when unknown or tied."""
    votes = publisher_votes(source, url)
    if not votes:
        return None
    ranked = votes.most_common(2)
    if len(ranked) > 1 and ranked[0][1] == ranked[1][1]:
        return None
    return ranked[0][0]
