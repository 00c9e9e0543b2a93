"""A deed a report counts years from ("marked ten years since the siege in which 334 people
died", "on the fifth anniversary of the bombing") or names by an earlier year through the phrase a
relative clause hangs on ("recalling the 2016 siege of a cafe in the old quarter in which gunmen
killed 22 people") is background even in a sentence dated by the news ("on Tuesday"); the same
words about this week's deed, and a deed timed "two years after a similar attack", stay news
(extract/background.py; sentences written for several countries, mixed case and capitals)."""

from __future__ import annotations

import pytest

from tests.test_background_tried_and_years_ago import violent_news


@pytest.mark.parametrize(("text", "published"), [
    # Russia: years counted since the siege; its relative clause tells the same old deed
    ("NALCHIK - Hundreds of people laid flowers at the school on Tuesday as the town marked "
     "twelve years since the siege in which 40 pupils died.", "2017-09-05"),
    # Indonesia: an anniversary of a bombing
    ("DENPASAR - Survivors gathered at the memorial on Sunday for the fifth anniversary of the "
     "bombing of a nightclub in Kuta.", "2007-10-14"),
    # Kenya: a deed named by an earlier year, the relative clause on its place
    ("NAIROBI - The minister on Monday praised the police, recalling the 2013 siege of a "
     "shopping mall in the capital's Westlands district in which gunmen killed 67 people.",
     "2015-06-08"),
    # Tunisia, wire capitals: an earlier year's massacre in a speech
    ("TUNIS, 4 MAR 19 -- THE PRESIDENT ON MONDAY RECALLED THE 2015 MASSACRE AT A BEACH HOTEL "
     "IN WHICH A GUNMAN KILLED 38 TOURISTS.", "2019-03-04"),
    # Northern Ireland: two decades after
    ("OMAGH - Relatives read the names of the dead on Wednesday, two decades after the car "
     "bombing in which 29 people died.", "2018-08-15"),
])
def test_deed_counted_back_is_background(text: str, published: str) -> None:
    assert not violent_news(text, published)


@pytest.mark.parametrize(("text", "published"), [
    # Pakistan: this week's siege, in a sentence naming a year only as a founding date
    ("PESHAWAR - Gunmen stormed a college on Tuesday in a siege in which 19 students died, "
     "police said.", "2016-01-20"),
    # Colombia, wire capitals: a bombing since which the town has been closed is news
    ("BOGOTA, 2 FEB 19 -- A CAR BOMB KILLED FOUR PEOPLE IN A MARKET IN CUCUTA ON FRIDAY, "
     "POLICE SAID.", "2019-02-02"),
    # Nigeria: the news deed timed a span after an older one
    ("MAIDUGURI - Suicide bombers killed 12 people at a market in Konduga on Monday, two years "
     "after a similar attack there left 30 dead.", "2017-06-13"),
    # Philippines: a deed this year, named by this year
    ("COTABATO - Soldiers guarded the cathedral on Sunday, a week after the 2019 bombing in "
     "which 20 worshippers died.", "2019-02-03"),
])
def test_this_years_deed_stays_news(text: str, published: str) -> None:
    assert violent_news(text, published)
