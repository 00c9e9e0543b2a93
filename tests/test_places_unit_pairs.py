"""A place written with its unit after it when the gazetteer cannot tell which readings go
together: 'St' is 'Saint' ('St Andrew', the Jamaican parish), a town the gazetteer files under the
next unit over stays when it lies near the unit, a city after a comma stands for the place's
country ('Victoria, Labuan': Labuan's town, not the Australian state), and a list of towns is no
such pair."""

from __future__ import annotations

import pytest
from geo_docs import geocoded_document, place_countries


@pytest.mark.parametrize(("text", "trigger", "name", "cc"), [
    ("Gunmen shot dead two taxi drivers in Kingston, St Andrew on Saturday night.", "shot",
     "Kingston", "JM"),
    ("Police arrested three dock workers in Victoria, Labuan on Monday.", "arrested", "Labuan",
     "MY"),
])
def test_town_and_unit_in_one_country(text: str, trigger: str, name: str, cc: str) -> None:
    loc = geocoded_document(text, trigger).events[0].location
    assert loc is not None and loc.country_code == cc and loc.name == name, loc


@pytest.mark.parametrize(("text", "name", "cc"), [
    ("Flooding cut the road near St Elizabeth on Friday.", "St Elizabeth", "JM"),
    ("Farmers marched through St Thomas to protest water cuts.", "St Thomas", "JM"),
])
def test_st_reads_as_saint(text: str, name: str, cc: str) -> None:
    assert place_countries(f"Jamaican police said. {text}").get(name) == cc


def test_a_list_of_towns_is_no_town_and_unit() -> None:
    found = place_countries("Gunmen attacked buses in Kano, Kaduna and Lagos on Monday.")
    assert found.get("Kano") == "NG" and found.get("Kaduna") == "NG"


@pytest.mark.parametrize(("text", "trigger", "name", "admin1"), [
    # the Rio neighbourhood the gazetteer lacks is no town of Santa Catarina: the city stands
    ("Police clashed with drug gangs in Penha, Rio de Janeiro on Thursday, leaving three dead.",
     "clashed", "Rio de Janeiro", "Rio de Janeiro"),
    # a town inside the state the city names stays itself
    ("Police clashed with drug gangs in Niteroi, Rio de Janeiro on Thursday.", "clashed",
     "Niterói", "Rio de Janeiro"),
])
def test_a_city_after_a_comma_stands_for_its_unit(text: str, trigger: str, name: str,
                                                  admin1: str) -> None:
    loc = geocoded_document(text, trigger).events[0].location
    assert loc is not None and (loc.name, loc.admin1) == (name, admin1), loc
