"""A bare unit noun ('Department', 'Region') is no place name, even where GeoNames lists it as a
variant of one unit (Colonia, Uruguay): 'the Department of Health' must not place an event there."""

from __future__ import annotations

import pytest

from eventcoder.document import Article
from eventcoder.geoparser.gazetteer import get_gazetteer
from eventcoder.pipeline import Pipeline


def test_unit_noun_is_not_a_variant_name() -> None:
    gazetteer = get_gazetteer()
    assert all(c.flag == 0 for c in gazetteer.lookup("Department"))
    assert all(c.flag == 0 for c in gazetteer.lookup("Region"))
    # a unit's own name is untouched
    assert any(c.place.cc == "UY" for c in gazetteer.lookup("Colonia"))


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Nurses protested outside the Department of Health offices in Pretoria.", "South Africa"),
        ("Teachers marched to the Department of Education in Manila over unpaid allowances.",
         "Philippines"),
        ("Farmers rallied at the Department of Agriculture office in Cebu City.", "Philippines"),
        ("Residents blocked the road to the Department of Public Works in Karachi.", "Pakistan"),
    ],
)
def test_department_of_an_office_does_not_place_the_event(
    pipeline: Pipeline, text: str, country: str
) -> None:
    document = pipeline(Article(id="unit-noun", text=text))
    countries = {e.location.country for e in document.events if e.location}
    assert countries == {country}


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Hundreds of students protested in Tyre and marched through the City.", "Lebanon"),
        ("Vendors rioted in Lusaka and later marched through the city.", "Zambia"),
    ],
)
def test_the_city_is_no_place_name(pipeline: Pipeline, text: str, country: str) -> None:
    document = pipeline(Article(id="settlement-noun", text=text))
    countries = {e.location.country for e in document.events if e.location}
    assert countries == {country}
