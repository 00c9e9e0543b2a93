"""A province named by its own name, which is no English word, places an article that names no
other country's place, even where spaCy did not read it as a place ('the Kogi chapter', 'entering
Akkar'); a name that speaks ('Mara told reporters') or is common English ('Lakes') does not."""

from __future__ import annotations

import pytest
from geo_docs import place_countries


@pytest.mark.parametrize("text, name, cc", [
    ("Members of the teachers' union, Kogi chapter, staged a protest over unpaid salaries.", "Kogi",
     "NG"),
    ("Truck drivers blocked the highway and stopped vehicles from entering Akkar.", "Akkar", "LB"),
    ("The Benue chapter of the traders' association staged a protest over market levies.", "Benue",
     "NG"),
])
def test_a_lone_province_is_kept(text: str, name: str, cc: str) -> None:
    assert place_countries(text).get(name) == cc


@pytest.mark.parametrize("text, name", [
    ("Mara told reporters the march would continue.", "Mara"),
    ("Mara, 34, was arrested at the rally.", "Mara"),
    ("Lakes residents protested over water shortages.", "Lakes"),
    ("Armed men looted a clinic in an area held by ex-Seleka fighters and Anti-Balaka.", "Balaka"),
])
def test_a_person_or_an_english_word_is_no_province(text: str, name: str) -> None:
    assert name not in place_countries(text)


def test_a_place_abroad_keeps_the_province_out() -> None:
    # the article is about Kenya: 'Benue' alone there is no reason to add Nigeria
    got = place_countries("Traders in Nairobi, Kenya, formed a Benue chapter of their association.")
    assert got.get("Nairobi") == "KE" and "Benue" not in got


@pytest.mark.parametrize("text, name, cc", [
    ("Unidentified gunmen shot a shepherd in Tal Hamis in the countryside of Ar-Raqqa.", "Ar-Raqqa",
     "SY"),
    ("Troops brought reinforcements to a town in the eastern countryside of Ar-Raqqa.", "Ar-Raqqa",
     "SY"),
    ("Protesters gathered in the centre of Ad-Diwaniyah over power cuts.", "Ad-Diwaniyah", "IQ"),
])
def test_a_name_after_the_assimilated_arabic_article(text: str, name: str, cc: str) -> None:
    assert place_countries(text).get(name) == cc
