"""A wire dateline may give the place's country and the date, each after a comma, before its dash
("KANO, Nigeria, April 16 -", "HERAT, Afghanistan, March 3 -"): the capitals are the place the
report was filed from, never the doer of the lead's deed. Hand-written openings (full reports 4)."""

from __future__ import annotations

import pytest

from eventcoder import extract_document
from eventcoder.nlp.dateline_ents import dateline_separator


@pytest.mark.parametrize(("text", "place"), [
    ("KANO, Nigeria, April 16 - Gunmen killed four traders.", "KANO"),
    ("HERAT, Afghanistan, March 3 - A bomb exploded near a mosque.", "HERAT"),
    ("SAN PEDRO SULA, Honduras, Jan 9 - Gang members burned a bus.", "SAN PEDRO SULA"),
])
def test_the_dateline_with_country_and_date_ends_at_its_dash(text: str, place: str) -> None:
    found = dateline_separator(text)
    assert found is not None
    assert text[:found[0]] == place


@pytest.mark.parametrize(("text", "published", "place"), [
    ("GAROWE, Somalia, June 2 - Suspected militants hurled a grenade into a crowded tea shop in "
     "the town on Tuesday evening, killing three customers, police said.", "2014-06-03", "GAROWE"),
    ("JALALABAD, Afghanistan, Oct 4 - Unknown attackers threw a grenade into a busy market on "
     "Sunday, wounding nine shoppers, a provincial spokesman said.", "2010-10-05", "JALALABAD"),
    ("MARAWI, Philippines, May 7 - Armed men abducted two teachers from a village school on "
     "Monday, the provincial police said.", "2013-05-08", "MARAWI"),
])
def test_the_dateline_place_is_no_perpetrator(text: str, published: str, place: str) -> None:
    document = extract_document(text, published=published)
    doers = {n for e in document.events for a in e.actors if a.role == "perpetrator"
             for n in (a.name, a.mention) if n}
    assert place not in doers and place.title() not in doers, doers
