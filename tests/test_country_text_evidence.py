"""Country evidence in words that name no place: a country's own currency, people's origin 'from
X, Y and Z', and the place of a deed that an attack answered ('in response to an attack in X')."""

from __future__ import annotations

import pytest
from geo_docs import geocoded_document

from eventcoder.geoparser.currencies import currency_countries


@pytest.mark.parametrize("text, cc", [
    ("Traders shut their stalls over the collapse of the naira on Monday.", "NG"),
    ("Minibus fares rose to 20 birr, and drivers went on strike.", "ET"),
    ("Rioters blocked roads as the Lebanese pound lost half its value.", "LB"),
    ("Vendors protested after the Kenyan shilling fell to a record low.", "KE"),
    ("Pensions paid in South Sudanese pounds no longer buy a sack of sorghum.", "SS"),
    ("Workers demanded 3,000 cedis a month.", "GH"),
    ("The hryvnia fell again as miners struck for back pay.", "UA"),
    ("Shopkeepers protested the price of rice in kyats.", "MM"),
])
def test_own_currency_names_its_country(text: str, cc: str) -> None:
    assert cc in currency_countries(text)


@pytest.mark.parametrize("text", [
    "Rioters protested the high US dollar exchange rate.",
    "The American dollar rose against the euro.",
    "Prices were quoted in dollars and pounds.",
    "Dong Van Minh, a trader, was arrested.",
])
def test_world_and_shared_currencies_name_no_country(text: str) -> None:
    assert currency_countries(text) == set()


@pytest.mark.parametrize("text, trigger, cc", [
    ("Traders protested on Monday against the collapse of the naira, blocking a market road.",
     "protested", "NG"),
    ("Rioters burned tyres over the fall of the Lebanese pound and clashed with soldiers.",
     "clashed", "LB"),
    ("Taxi drivers went on strike after fares were capped at 20 birr.", "strike", "ET"),
])
def test_currency_places_an_event_with_no_place(text: str, trigger: str, cc: str) -> None:
    event = geocoded_document(text, trigger).events[0]
    assert event.location is not None and event.location.country_code == cc


@pytest.mark.parametrize("text, trigger, forbidden", [
    ("Government troops clashed with rebels on the border. The rebels are mercenaries from "
     "Libya, Niger and Mali. One rebel was killed in the clash.", "clashed", {"LY", "NE", "ML"}),
    ("Migrant workers from Nepal and India protested unpaid wages outside a labour camp.",
     "protested", {"NP", "IN"}),
    ("Police dispersed a sit-in by refugees from Eritrea outside the town hall.", "dispersed",
     {"ER"}),
])
def test_where_people_come_from_is_not_where_they_acted(text: str, trigger: str,
                                                        forbidden: set[str]) -> None:
    event = geocoded_document(text, trigger).events[0]
    assert event.location is None or event.location.country_code not in forbidden


@pytest.mark.parametrize("text, trigger, cc", [
    ("Fighters from Chad attacked a market in Nyala on Monday.", "attacked", "SD"),
    ("Police fired tear gas at protesters in Kisumu in retaliation for an attack on officers in "
     "Kampala.", "fired", "KE"),
    ("Soldiers shelled houses in Kidal in response to an ambush near Gao.", "shelled", "ML"),
])
def test_the_event_keeps_its_own_place(text: str, trigger: str, cc: str) -> None:
    event = geocoded_document(text, trigger).events[0]
    assert event.location is not None and event.location.country_code == cc
