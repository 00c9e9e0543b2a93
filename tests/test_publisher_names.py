"""An outlet the training data never saw still points to a country its own title names."""

from __future__ import annotations

import pytest

from eventcoder.geoparser.publishers import named_country, outlet_shares, publisher_country


@pytest.mark.parametrize(("outlet", "code"), [
    ("Nigerian Tribune", "NG"),
    ("Malawi24", "MW"),
    ("The Namibian", "NA"),
    ("Somali Guardian", "SO"),
    ("Ghana News Agency", "GH"),
    ("Kabul Now", "AF"),
    ("Bolivian Express", "BO"),
])
def test_an_outlet_named_after_a_country_or_capital_points_there(outlet: str, code: str) -> None:
    assert named_country(outlet) == code


@pytest.mark.parametrize("outlet", [
    "Radio France Internationale",  # a broadcaster for the world
    "World Kenya Peru Report",      # two countries: no single one
    "The Guardian",
    "Dawn",
    "Mail & Guardian",
])
def test_worldwide_unnamed_or_ambiguous_outlets_give_no_country(outlet: str) -> None:
    assert named_country(outlet) is None


def test_a_learned_outlet_written_without_its_place_qualifier_is_found() -> None:
    # the training data writes it 'Daily Nation (Kenya)'
    assert max(outlet_shares("Daily Nation"), key=outlet_shares("Daily Nation").get) == "KE"


def test_a_named_country_is_enough_for_the_publisher_country() -> None:
    assert publisher_country("Peruvian Times") == "PE"
    assert publisher_country("Peruvian Times; Bolivian Express") is None  # a tie: no prior
