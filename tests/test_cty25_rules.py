"""How a publisher's hint, a large town named outright and a country named only where an earlier
deed happened weigh against each other in choosing the event's country (sentences written for
these tests, outlets of several countries)."""

from __future__ import annotations

from collections import Counter

import pytest

from eventcoder.document import Article
from eventcoder.eval.acled import primary_event
from eventcoder.pipeline import default_pipeline
from eventcoder.resolve.event_location.country_votes import hint_within_text


@pytest.fixture(scope="module")
def pipe():
    return default_pipeline()


def _country(pipe, text: str, source: str | None) -> str | None:
    event = primary_event(pipe(Article(id="t", text=text, source=source, published="2019-03-03")))
    return event.location.country_code if event is not None and event.location else None


def test_hint_only_chooses_among_the_texts_countries() -> None:
    text = Counter({"TN": 0.3})
    assert hint_within_text(Counter({"NE": 0.5}), text) == Counter()
    assert hint_within_text(Counter({"NE": 0.5, "TN": 0.4}), text) == Counter({"TN": 0.4})
    # a firm outlet keeps its vote; a hint stands alone where the text supports no country
    assert hint_within_text(Counter({"CD": 0.94}), text) == Counter({"CD": 0.94})
    assert hint_within_text(Counter({"NE": 0.5}), Counter()) == Counter({"NE": 0.5})


@pytest.mark.parametrize("text, source, cc", [
    # an outlet seen once in another country is a hint, not evidence against the adjective
    ("Moroccan gendarmes arrested nine smugglers after a chase on Tuesday.", "Rassd", "MA"),
    ("Algerian soldiers killed two gunmen in a raid on a mountain hideout.", "Ahdath", "DZ"),
    ("Egyptian police dispersed a sit-in by unpaid teachers on Sunday.", "Afrique sur 7", "EG"),
    # negatives: the hint alone still names a country; a firm outlet outweighs a force's nationality
    ("Youths blocked the main road to protest repeated power cuts.", "Ahdath", "MA"),
    ("Ugandan troops clashed with rebels at a forest camp, killing four.", "Radio Okapi", "CD"),
])
def test_publisher_hint_against_text(pipe, text: str, source: str, cc: str) -> None:
    assert _country(pipe, text, source) == cc


@pytest.mark.parametrize("text, source, cc", [
    # a town of 100,000+ named outright is news across the border, not a namesake of a village
    ("Traders closed their shops in Gulu to protest new market fees.", "Radio Okapi", "UG"),
    ("Elders of two clans signed a peace accord in Kassala on Thursday.", "Radio Tamazuj", "SD"),
    ("Boda boda riders marched through Kasese demanding the release of a colleague.",
     "Radio Tamazuj", "UG"),
])
def test_large_town_stands_against_publisher_alone(pipe, text: str, source: str, cc: str) -> None:
    assert _country(pipe, text, source) == cc


@pytest.mark.parametrize("text, source, cc", [
    # the country names where the earlier deed was; the outlet says where the strike was
    ("Shops stayed shut in a general strike following the detention in Ghana of an opposition "
     "leader.", "Cameroon Tribune", "CM"),
    ("Traders went on strike after the seizure in Tanzania of their lorries.",
     "Daily Monitor (Kampala)", "UG"),
    # negatives: nothing else points elsewhere; the country is named as the scene itself
    ("Students rallied following the disputed election in Malawi.", None, "MW"),
    ("Protesters marched in Ghana after the arrest of a journalist.", "Cameroon Tribune", "GH"),
])
def test_country_of_an_earlier_deed(pipe, text: str, source: str | None, cc: str) -> None:
    assert _country(pipe, text, source) == cc


@pytest.mark.parametrize("text, source, cc", [
    # Kenya's opposition coalitions rally at home: a namesake province abroad does not move them
    ("Police teargassed CORD supporters in Nyanza as they marched on the electoral commission.",
     None, "KE"),
    ("NASA supporters blocked roads in Kisumu on Monday, demanding electoral reforms.", None, "KE"),
    # negatives: the space agency is no Kenyan coalition outside an article about Kenya
    ("Dozens of NASA contractors protested unpaid wages outside the Johnson Space Center in "
     "Houston.", None, "US"),
])
def test_kenyan_coalitions_name_their_country(pipe, text: str, source: str | None, cc: str) -> None:
    assert _country(pipe, text, source) == cc


@pytest.mark.parametrize("text, source", [
    # negatives: the name also reads as a village of the outlet's country; the outlet chooses there
    ("Residents of Berlin blocked the road with burning tyres over water cuts.", "GroundUp"),
    ("Taxi drivers in Hamburg went on strike against a new rank levy.", "GroundUp"),
])
def test_outlet_chooses_among_a_names_readings(pipe, text: str, source: str) -> None:
    assert _country(pipe, text, source) == "ZA"
