"""A unit the gazetteer names with its unit word ('Kono District', 'Bukombe District') is called by
its bare name in the text ('in Kono') as surely as by its full one: that is its own name, not a
variant spelling, and it outranks a town elsewhere that only carries the bare name among its
alternate spellings (Koni, Côte d'Ivoire). A town of that name in the unit's province still wins
(the city, not its district), and a settlement word ('Kingston Town') is no unit word."""

from __future__ import annotations

import pytest

from eventcoder.geoparser.names import unit_named
from eventcoder.geoparser.resolve import geoparse_doc
from eventcoder.nlp.model import load_nlp


def _resolved(text: str, name: str):
    found = [r for r in geoparse_doc(load_nlp()(text)) if r.mention.text == name and r.place]
    assert found, f"{name} not resolved"
    return found[0]


@pytest.mark.parametrize(("text", "name", "unit", "cc"), [
    ("Miners rioted after a pit collapse in Kono on Saturday.", "Kono", "Kono District", "SL"),
    ("Herders and farmers clashed in Bukombe on Wednesday, police said.", "Bukombe",
     "Bukombe District", "TZ"),
])
def test_bare_unit_name_is_the_unit_not_an_alternate_town(text: str, name: str, unit: str,
                                                           cc: str) -> None:
    r = _resolved(text, name)
    assert r.place.name == unit and r.place.cc == cc


def test_a_primary_town_name_still_beats_a_unit_named_after_it() -> None:
    # 'Kisumu' is a city by its primary name and the county that carries its name holds it
    r = _resolved("Police dispersed traders protesting in Kisumu on Monday.", "Kisumu")
    assert r.place.cc == "KE" and r.place.kind == "city"


@pytest.mark.parametrize(("unit", "surface", "expected"), [
    ("Kono District", "Kono", True),
    ("Bukombe District", "Bukombe", True),
    ("Kingston Town", "Kingston", False),  # a town's own name, not a unit's type word
    ("Kono District", "Kono District", False),  # the full name is no variant to promote
])
def test_unit_named(unit: str, surface: str, expected: bool) -> None:
    assert unit_named(unit, surface) is expected
