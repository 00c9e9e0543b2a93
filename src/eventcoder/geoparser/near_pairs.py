"""Two places the text ties by distance ('Ilitha township near Berlin', 'Kayma, 10 km east of
Tawila', 'a camp 3 miles from Bor'): the writer names the second to show where the first lies, so
their readings lie close together. When the readings chosen one by one lie in two countries (the
larger namesake of one won alone: Berlin in Germany for the Eastern Cape village), take the
best-scoring pair of readings that lie within the stated distance instead; with no such pair,
leave both as they are."""

from __future__ import annotations

import re

from eventcoder.geoparser.distance import haversine_km
from eventcoder.geoparser.gazetteer import Place
from eventcoder.geoparser.types import Resolved, Scored

# 'near' puts two places within a district or two of each other; a stated distance widens it.
NEAR_KM = 100.0
# a stated distance is rounded and measured by road: allow half again as much as the crow flies
DISTANCE_SLACK = 1.5
_MILE_KM = 1.609
_POINT_KINDS = ("city", "adm2")  # a province's or a country's centre says nothing of distance

_COMPASS = r"(?:north|south|east|west)(?:[\s-]?(?:north|south|east|west))?(?:ern)?"
_NOUN = r"(?:village|town|township|settlement|camp|area|locality|hamlet|suburb|district)s?"
# '1,500 km': a comma before exactly three digits groups thousands (no decimal point)
_THOUSANDS_NUM = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?"
# between the two names: ' near ', ', 10kms east of ', ' township near ', ', a village 5 km from '
_TIE = re.compile(
    rf"\s*(?:{_NOUN}\s*)?,?\s*(?:(?:a|the|some)\s+(?:small\s+)?{_NOUN}\s+)?"
    rf"(?:(?:close\s+to|near(?:by)?|outside)"
    rf"|(?:\(?\s*(?:about|some|around|approximately|roughly|c\.)?\s*"
    rf"(?P<num>{_THOUSANDS_NUM}|\d+(?:[.,]\d+)?)\s*"
    rf"(?P<unit>km|kms|kilomet(?:er|re)s?|mi|miles?)\b\.?\s*"
    rf"(?:(?:to\s+the\s+)?{_COMPASS}\s+)?(?:of|from|outside)))"
    rf"\s+(?:the\s+)?(?:(?:town|city|village)\s+of\s+)?", re.IGNORECASE)

_THOUSANDS = re.compile(_THOUSANDS_NUM)


def _number(num: str) -> float:
    """A written distance as a number: a comma before exactly three digits groups thousands
    ('1,500 km'), any other comma is a decimal point ('1,5 km' in European style)."""
    if _THOUSANDS.fullmatch(num):
        return float(num.replace(",", ""))
    return float(num.replace(",", "."))


def tie_km(between: str) -> float | None:
    """How far apart the text puts two places from the words between them, None when it does not
    tie them ('and', 'to', a list)."""
    m = _TIE.fullmatch(between)
    if m is None:
        return None
    if not m.group("num"):
        return NEAR_KM
    dist = _number(m.group("num"))
    if m.group("unit").lower().startswith("mi"):
        dist *= _MILE_KM
    return max(NEAR_KM, DISTANCE_SLACK * dist)


def _km(a: Place, b: Place) -> float:
    return haversine_km(a.lat, a.lon, b.lat, b.lon)


def _close_pair(r: Resolved, nxt: Resolved, limit: float) -> tuple[Scored, Scored] | None:
    """The best-scoring pair of readings of the two names that lie within ``limit`` km."""
    pairs = [(s, h) for s in r.ranked for h in nxt.ranked
             if s.place.kind in _POINT_KINDS and h.place.kind in _POINT_KINDS
             and _km(s.place, h.place) <= limit]
    return max(pairs, key=lambda p: p[0].score + p[1].score) if pairs else None


def agree_near_pairs(resolved: list[Resolved]) -> None:
    """Make two places the text ties by distance read as places that lie that close."""
    text = resolved[0].mention.doc_text if resolved else None
    if not text:
        return
    for r, nxt in zip(resolved, resolved[1:], strict=False):
        if r.place is None or nxt.place is None or r.mention.key == nxt.mention.key:
            continue
        limit = tie_km(text[r.mention.end : nxt.mention.start])
        if limit is None:
            continue
        if r.place.cc == nxt.place.cc:
            continue  # one country already: the pair's finer reading is the containment rules' task
        pair = _close_pair(r, nxt, limit)
        if pair is None:
            continue
        r.place, nxt.place = pair[0].place, pair[1].place
        pair[0].reasons.append(f"within {limit:.0f} km of {nxt.place.name}, which the text ties it to")
        pair[1].reasons.append(f"within {limit:.0f} km of {r.place.name}, which the text ties to it")
