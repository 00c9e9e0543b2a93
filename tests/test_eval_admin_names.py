"""Admin1 names that differ between sources are compared as the gazetteer's units."""

from __future__ import annotations

import pytest

from eventcoder.eval.admin_names import same_admin1_unit


@pytest.mark.parametrize("country,gold,got,cc", [
    ("Somalia", "Banadir", "Banaadir", "SO"),        # a spelling GeoNames lists for the unit
    ("Cameroon", "Extreme-Nord", "Far North", "CM"),  # French and English names
    ("Syria", "Idleb", "Idlib", "SY"),                # named after its capital, spelt otherwise
    ("Yemen", "Ad Dali", "Dhale", "YE"),
    ("Syria", "Deir-ez-Zor", "Dayr az Zawr", "SY"),
])
def test_the_same_unit_under_another_name(country, gold, got, cc):
    assert same_admin1_unit(country, gold, got, cc)


@pytest.mark.parametrize("country,gold,got,cc", [
    ("Syria", "Idleb", "Aleppo", "SY"),        # another province
    ("Somalia", "Banadir", "Banaadir", "KE"),  # right name, wrong country
    ("Yemen", "Taizz", None, "YE"),            # nothing extracted
    ("Cameroon", "Nord-Ouest", "Nord-Ouest", "HT"),
])
def test_other_units_do_not_match(country, gold, got, cc):
    assert not same_admin1_unit(country, gold, got, cc)
