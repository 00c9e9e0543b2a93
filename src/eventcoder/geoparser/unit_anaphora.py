"""A place the text later calls 'the province' or 'the district' is that unit.

A short report names a place once and then refers back to it by its kind: 'teachers in Bam
marched against practices in the province'. 'The province' points back at Bam, so Bam is read as a
province (Burkina Faso's) rather than a town of that name abroad (Bam in Iran), as if the report had
written 'Bam province'. Only a definite noun with nothing after it that names another unit
('the province of Kasai', 'the district's Kasungu') counts, and only the last place named before it.
"""

from __future__ import annotations

import re
from typing import Protocol, TypeVar

from eventcoder.geoparser.gazetteer import Candidate

# Unit nouns that, after 'the', mean only a territory: 'the state' is also the government, 'the
# region' a vague area, 'the department' an office, 'the division' a military unit.
_UNIT_NOUNS = ("province", "district", "governorate", "county", "prefecture", "oblast", "cercle",
               "woreda", "upazila", "tehsil", "lga", "municipality")
# 'the province', 'this district': a definite reference back to a unit already named.
_BACK_REFERENCE = re.compile(
    rf"\b(?:the|this|that)\s+(?:{'|'.join(_UNIT_NOUNS)})\b(?!\s+(?:of|de)\b)"
    r"(?!\s*['’]?\s*(?-i:[A-Z]))", re.IGNORECASE)
# Only within the same or the next sentence: farther back the noun may mean any unit.
MAX_GAP = 400


class _Named(Protocol):
    start: int
    end: int
    candidates: list[Candidate]
    admin_word: bool


_M = TypeVar("_M", bound=_Named)


def unit_back_references(text: str, mentions: list[_M]) -> list[_M]:
    """The mentions (in text order), each that a later 'the province' / 'the district' refers
    back to marked as naming a unit, when the gazetteer has a province or district of that name
    in a country with no town of that name."""
    for ref in _BACK_REFERENCE.finditer(text):
        before = [m for m in mentions if m.end <= ref.start()]
        if not before:
            continue
        last = before[-1]
        if ref.start() - last.end > MAX_GAP or last.admin_word:
            continue
        units = {c.place.cc for c in last.candidates if c.place.kind in ("adm1", "adm2")}
        others = {c.place.cc for c in last.candidates if c.place.kind not in ("adm1", "adm2")}
        # only a unit whose country holds no town of the name needs the word ('Bam': Iran's
        # city, Burkina Faso's province); a town and its own province ('Farah') stay as the
        # geocoder ranks them
        if units and "country" not in {c.place.kind for c in last.candidates} \
                and not units & others:
            last.admin_word = True
    return mentions
