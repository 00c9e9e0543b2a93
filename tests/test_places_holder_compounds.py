"""Hyphenated holder compounds: 'Turkish-controlled Afrin', 'rebel-held Idlib' say who holds the
place, not where it lies, so the demonym is no country evidence and the participle marks the next
word as a place; 'a Lagos-based journalist' describes a person, whose home is not the scene, and
the deed's own locative ('arrested in Abuja') places it. Sentences written for these tests."""

from __future__ import annotations

import pytest
from geo_docs import geocoded_document

from eventcoder.geoparser.holder_compounds import holder_word

HELD = [
    # (text, trigger, country code, place name the location must contain)
    ("Artillery fire hit a bakery in Turkish-controlled Afrin on Friday, killing two.",
     "hit", "SY", "Afr"),
    ("Coalition jets bombed a fuel depot in Houthi-controlled Hodeidah overnight.",
     "bombed", "YE", "udaydah"),
    ("Drones struck a fuel depot near Russian-held Melitopol overnight.", "struck", "UA",
     "Melitopol"),
    ("Rockets hit Armenian-controlled Stepanakert on Sunday, wounding five.", "hit", "AZ",
     "Khankendi"),
    ("Government troops shelled rebel-held Mabanda, killing four.", "shelled", "BI", "Mabanda"),
]


@pytest.mark.parametrize(("text", "trigger", "cc", "name"), HELD)
def test_a_held_place_is_placed_where_it_lies(text: str, trigger: str, cc: str, name: str) -> None:
    loc = geocoded_document(text, trigger).events[0].location
    assert loc is not None and loc.country_code == cc and loc.precision != "country", loc
    assert name in loc.name, loc


BASED = [
    ("A Nigerian Lagos-based journalist was detained in Abuja on Sunday.", "detained", "Abuja"),
    ("A Karachi-based reporter was beaten in Quetta on Friday.", "beaten", "Quetta"),
    ("A Kano-born trader was stabbed in Jos on Monday.", "stabbed", "Jos"),
]


@pytest.mark.parametrize(("text", "trigger", "name"), BASED)
def test_a_based_compound_is_not_the_scene(text: str, trigger: str, name: str) -> None:
    loc = geocoded_document(text, trigger).events[0].location
    assert loc is not None and loc.name == name, loc


@pytest.mark.parametrize(("text", "name"), [
    ("Chechen-controlled hills", "Chechen"), ("an Accra-born lawyer", "Accra"),
    ("the Kabul-based envoy", "Kabul"), ("in Israeli-occupied territory", "Israeli"),
])
def test_holder_word(text: str, name: str) -> None:
    assert holder_word(text, text.index(name) + len(name))


@pytest.mark.parametrize(("text", "name"), [
    ("Saudi-led forces advanced", "Saudi"), ("an Iran-backed militia", "Iran"),
    ("Palestinian-owned olive groves", "Palestinian"),
])
def test_a_sponsor_or_owner_stays_a_nationality(text: str, name: str) -> None:
    assert not holder_word(text, text.index(name) + len(name))


def test_a_plain_hyphenated_name_is_no_holder() -> None:
    text = "clashes in Guinea-Bissau and Dar es-Salaam"
    assert not holder_word(text, text.index("Guinea") + len("Guinea"))
