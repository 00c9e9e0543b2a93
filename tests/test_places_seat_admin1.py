"""A first-level unit the gazetteer names after its seat with a unit word of the country's own
language ('Grad Skopje', 'Seoul-teukbyeolsi', 'Municipalidad Metropolitana de Lima') is written by
the seat's name, as ACLED writes it, when the training records teach no names for the country."""

from __future__ import annotations

import pytest
from geo_docs import geocoded_document

from eventcoder.resolve.event_location.records import seat_named_admin1


@pytest.mark.parametrize(("cc", "admin1", "city", "want"), [
    ("MK", "Grad Skopje", "Skopje", "Skopje"),
    ("KR", "Busan-gwangyeoksi", "Busan", "Busan"),
    ("PE", "Municipalidad Metropolitana de Lima", "Lima", "Lima"),
    # an English modifier is part of the unit's own English name
    ("GH", "Greater Accra", "Accra", "Greater Accra"),
    ("GM", "Greater Banjul", "Banjul", "Greater Banjul"),
    # a unit named after several of its towns keeps its name
    ("MA", "Casablanca-Settat", "Casablanca", "Casablanca-Settat"),
    ("MA", "Rabat-Sale-Kenitra", "Rabat", "Rabat-Sale-Kenitra"),
    # a town that is not the unit's seat leaves the unit's name alone
    ("KR", "Gyeonggi-do", "Suwon", "Gyeonggi-do"),
    # the training records' own name for the country's units wins
    ("KE", "Nairobi Area", "Nairobi", "Nairobi Area"),
])
def test_seat_named_unit(cc: str, admin1: str, city: str, want: str) -> None:
    assert seat_named_admin1(cc, admin1, city) == want


@pytest.mark.parametrize(("text", "trigger", "admin1"), [
    ("Riot police detained dozens of students outside the university in Seoul on Saturday.",
     "detained", "Seoul"),
    ("Hundreds of farmers blocked the main square of Skopje on Tuesday to protest fuel prices.",
     "blocked", "Skopje"),
])
def test_event_in_a_seat_city(text: str, trigger: str, admin1: str) -> None:
    loc = geocoded_document(text, trigger).events[0].location
    assert loc is not None and loc.admin1 == admin1
