"""An outlet's one-word title made of its country's name and a media word ('Ghanaweb', 'Fasozine')
names the country it mostly covers: a weak prior the text's own places override. International
outlets and titles with no country word give no prior."""

from __future__ import annotations

import pytest
from geo_docs import geocoded_document

from eventcoder.geoparser.publishers import named_country, publisher_country


@pytest.mark.parametrize(("outlet", "cc"), [
    ("Zambiaweb", "ZM"), ("Malawinews", "MW"), ("Tchadinfo", "TD"), ("Guineeactu", "GN"),
    ("Leonezine", "SL"), ("Fasonet", "BF"), ("Senegalpresse", "SN"), ("Ugandalive", "UG"),
])
def test_country_name_run_together_with_a_media_word(outlet: str, cc: str) -> None:
    assert named_country(outlet) == cc


@pytest.mark.parametrize("outlet", [
    "AFP", "Reuters", "BBC Monitoring", "Xinhua", "Associated Press", "Agence France Presse",
    # no media word after the country's name, or no country's name before it
    "Kenyatta Daily", "Chimpnews", "Lankaster Review", "Worldnews", "Africanews",
])
def test_no_prior_from_other_titles(outlet: str) -> None:
    assert publisher_country(outlet) is None


def test_the_prior_places_a_placeless_event() -> None:
    text = "Teachers went on a two-day strike over unpaid salary arrears."
    loc = geocoded_document(text, "strike", "Zambiaweb").events[0].location
    assert loc is not None and loc.country_code == "ZM"


def test_a_place_the_text_names_overrides_the_prior() -> None:
    # (a lone foreign city with nothing else for its country is outvoted by any national
    # outlet: the 'Barcelona, Ward 40' rule of resolve/event_location/country_votes.py)
    text = "Teachers went on a two-day strike in Blantyre, Malawi, over unpaid salary arrears."
    loc = geocoded_document(text, "strike", "Zambiaweb").events[0].location
    assert loc is not None and loc.country_code == "MW"
