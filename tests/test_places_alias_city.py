"""'a school in Gaza': an event placed at a country through another name of it ('Gaza' for
Palestine) that is the own name of a large city of that country lies in the city, which lent the
name; a country's own name stays the country, and an event placed elsewhere ('a rally in Kano in
solidarity with Gaza') stays there. The training records code a bare 'Gaza' at Gaza City."""

from __future__ import annotations

import pytest
from geo_docs import geocoded_document


def test_gaza_is_the_city() -> None:
    loc = geocoded_document("A strike hit a crowded school in Gaza on Tuesday, killing 12 people.",
                            "hit").events[0].location
    assert loc is not None and loc.country_code == "PS" and loc.precision == "city", loc


def test_gaza_with_a_date_is_in_the_gaza_strip() -> None:
    doc = geocoded_document("Tank fire killed three men near a bakery in Gaza on Sunday.",
                            "killed", published="2024-02-12")
    loc = doc.events[0].location
    assert loc is not None and loc.admin1 == "Gaza Strip", loc


def test_a_countrys_own_name_stays_the_country() -> None:
    loc = geocoded_document("Dockers went on strike across Singapore on Monday over pay.",
                            "strike").events[0].location
    assert loc is not None and loc.country_code == "SG", loc


@pytest.mark.parametrize(("text", "trigger", "cc"), [
    ("Thousands of students marched in London on Saturday against the bombing of Gaza.",
     "marched", "GB"),
    ("Protesters gathered in Kiambu county on Friday against the war in Gaza.", "gathered", "KE"),
    ("Hundreds rallied in Kano State on Friday in solidarity with Gaza.", "rallied", "NG"),
])
def test_a_protest_abroad_about_gaza_stays_abroad(text: str, trigger: str, cc: str) -> None:
    loc = geocoded_document(text, trigger).events[0].location
    assert loc is not None and loc.country_code == cc, loc
