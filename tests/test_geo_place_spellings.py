"""Names the gazetteer holds under another form. GeoNames names some units with their designation
first ('Circunscricao da Quissanga', 'Concelho de Monapo', 'Distrito de Moma'); the press writes the
bare name, and the spelling-variant index knows each unit by it too. A name of several words after
'the town/city/village of' is a place whatever spaCy tagged it (an unfamiliar Arabic name often
PERSON), and is looked for among the spelling variants ('Ras al Ain' is GeoNames' Ra's al 'Ayn). A
name the gazetteer lacks stays unplaced rather than matching a namesake abroad. Sentences written
for these tests."""

from __future__ import annotations

from typing import Any

import pytest

from eventcoder.document import Article
from eventcoder.eval.acled import primary_event
from eventcoder.geoparser.gazetteer import get_gazetteer
from eventcoder.geoparser.names import admin_variants
from eventcoder.geoparser.variants import variant_place


@pytest.mark.parametrize(("key", "bare"), [
    ("circunscricao da quissanga", "quissanga"), ("concelho de monapo", "monapo"),
    ("distrito de santa fe", "santa fe"), ("concelho do tarrafal", "tarrafal"),
])
def test_designation_first_names_have_a_bare_key(key: str, bare: str) -> None:
    assert bare in admin_variants(key)


@pytest.mark.parametrize(("name", "admin1"), [
    ("mogincual", "Nampula"), ("mutarara", "Tete"), ("mossurize", "Manica"),
])
def test_bare_name_finds_the_designated_unit(name: str, admin1: str) -> None:
    place = variant_place(get_gazetteer(), name, ["MZ"], 100_000, name)
    assert place is not None and place.admin1 == admin1 and place.kind == "adm2"


@pytest.mark.parametrize(("text", "admin1", "precisions"), [
    pytest.param("Police fired live rounds at protesters in Mogincual, Mozambique, on Friday, "
                 "killing two.", "Nampula", ("admin2",), id="mogincual"),
    pytest.param("Flood victims rioted over food aid in Mutarara, Mozambique, on Tuesday; one man "
                 "was shot dead.", "Tete", ("admin2",), id="mutarara"),
    pytest.param("Turkish artillery shelled the town of Ras al Ain in north-eastern Syria on "
                 "Sunday, killing two children.", "Al-Hasakeh", ("city", "admin2"), id="ras_al_ain"),
    pytest.param("Government aircraft bombed the town of Maarat al Numan on Monday, killing eight "
                 "civilians, Syrian activists said.", "Idleb", ("city", "admin2"),
                 id="maarat_al_numan"),
])
def test_event_placed_at_the_place_spelt_otherwise(pipeline: Any, text: str, admin1: str,
                                                   precisions: tuple[str, ...]) -> None:
    event = primary_event(pipeline(Article(id="t", text=text, published="2021-08-10")))
    assert event is not None and event.location is not None
    assert event.location.admin1 == admin1 and event.location.precision in precisions


def test_a_missing_town_finds_no_namesake_abroad(pipeline: Any) -> None:
    """Sudan's Tawila is not in the gazetteer; Yemen's At Tawilah is no reading of it."""
    text = "Militiamen raided villages around Tawila in North Darfur on Monday, killing 12 people."
    event = primary_event(pipeline(Article(id="t", text=text, published="2021-08-10")))
    assert event is not None and event.location is not None
    assert event.location.country_code == "SD" and event.location.admin1 == "North Darfur"
