"""Country rules of round cty23, each tested on sentences written for several countries.

- A name of compass words only ('North West', 'North Central') after a named unit is a zone many
  countries share: it neither outvotes the unit's country nor becomes the scene
  (``geoparser.name_heads.compass_only``, ``resolve.event_location.place_votes``).
- Two places joined by a hyphen or slash before a route noun ('the Molo-Olenguruone Road') are two
  places, looked up each, when nothing else found them (``geoparser.route_pairs``).
- A long place name glued to the next word by a typo ('in Lubumbashiafter') is that place when the
  rest is a function word and the name lies in one country (``geoparser.glued_names``).
- A field label before a colon ('LOCATION:') is no place (``geoparser.recognize``).
- 'the Verona area in Malindi town' names a part of the town, as 'the X area of Y' does
  (``geoparser.unit_pairs``).
None of the sentences is taken from the dev, training or fixture data.
"""

from __future__ import annotations

import pytest

from eventcoder.document import Article, Event
from eventcoder.eval.acled import primary_event
from eventcoder.geoparser.gazetteer import get_gazetteer
from eventcoder.geoparser.glued_names import glued_place
from eventcoder.geoparser.name_heads import compass_only
from eventcoder.geoparser.route_pairs import route_pair_parts
from eventcoder.pipeline import Pipeline


def _event(pipeline: Pipeline, text: str) -> Event:
    """The primary event of a note fed without a publisher: the text alone decides."""
    event = primary_event(pipeline(Article(id="t", text=text, published="2024-05-06")))
    assert event is not None
    return event


@pytest.mark.parametrize(("name", "expected"), [
    ("North West", True), ("North-Central", True), ("Far North", True), ("South-East", True),
    ("Northern", True), ("Upper East", True), ("North Kivu", False), ("Westgate", False),
    ("Central Equatoria", False),
])
def test_compass_only_names(name: str, expected: bool) -> None:
    """Only names of compass words alone count as shared zone names."""
    assert compass_only(name) is expected


COMPASS_ZONES = [
    ("Gunmen killed four farmers in Zamfara State, North West, on Sunday.", "NG"),
    ("Bandits kidnapped twelve travellers in Katsina State, North West, on Friday.", "NG"),
    # the compass name is the region's own where it lies in the unit's country
    ("Protesters blocked roads in Mahikeng, North West, over service delivery.", "ZA"),
    ("Separatist fighters attacked a gendarmerie post in Bamenda, North West region, killing two.",
     "CM"),
]


def test_route_pair_parts() -> None:
    """Both ends of a hyphen- or slash-joined route are found; a border is left to the border
    rules, and a two-letter part is no name."""
    text = "on the Kasese/Bundibugyo Road and the Dori-Seytenga axis, not the Kenya-Somalia border"
    parts = [text[s:e] for pair in route_pair_parts(text) for s, e in pair]
    assert parts == ["Kasese", "Bundibugyo", "Dori", "Seytenga"]
    assert route_pair_parts("the Al-Bab road") == []


ROUTE_PAIRS = [
    ("Armed robbers shot a bus driver. LOCATION: Molo-Olenguruone Road, Rift Valley", "KE"),
    ("Youths blocked traffic for six hours. LOCATION: Kasese/Bundibugyo Road", "UG"),
    ("Soldiers repelled an ambush. LOCATION: Kaya-Kongoussi Road", "BF"),
]


@pytest.mark.parametrize("text", [
    "Soldiers repelled an ambush. LOCATION: Dori-Seytenga Road",
    "Unknown gunmen shot a herder. LOCATION: Kakamega",
    "Police fired tear gas at striking nurses. Source: a local radio station",
])
def test_a_field_label_is_no_place(pipeline: Pipeline, text: str) -> None:
    """'LOCATION:' heads a field; it is not Location, a district of Nauru."""
    assert _event(pipeline, text).location.country_code != "NR"


@pytest.mark.parametrize(("surface", "name"), [
    ("Lubumbashiafter", "Lubumbashi"), ("Bujumburaduring", "Bujumbura"), ("Nakuruduring", "Nakuru"),
])
def test_glued_place(surface: str, name: str) -> None:
    """A long place name glued to a function word is read as the name."""
    hit = glued_place(get_gazetteer(), surface)
    assert hit is not None and hit[0] == name


@pytest.mark.parametrize("surface", ["Gomaafter", "Washington", "Marathon", "Parisian"])
def test_not_a_glued_place(surface: str) -> None:
    """A short name ('Goma'), a word that is no name plus a function word, or none at all."""
    assert glued_place(get_gazetteer(), surface) is None


GLUED = [
    ("Gunmen killed two traders in Lubumbashiafter a dispute over a debt.", "CD"),
    ("Rioters burned a police post in Bujumburaduring the night.", "BI"),
    ("Rioters looted shops in Nakuruduring the night.", "KE"),
]


@pytest.mark.parametrize("text", [
    "Armed men attacked a bus on the Burkina Faso-Niger border, killing six passengers.",
    "Smugglers exchanged fire with an unknown group on the Benin-Nigeria border overnight.",
])
def test_a_border_of_two_named_countries_stays_unknown(pipeline: Pipeline, text: str) -> None:
    """Both sides named, no site and no actor of either: no guess."""
    assert _event(pipeline, text).location.country_code is None


PART_IN_TOWN = [
    ("Rioters torched stalls in the Verona area in Malindi town over a new levy.",
     "KE"),
    ("Armed men raided homes in the Texas neighbourhood in Kananga on Sunday.", "CD"),
    ("Gunmen shot two men dead in the Brooklyn area in Bamenda overnight.", "CM"),
    ("Rioters looted shops in the Sabon Gari area in Kano on Friday.", "NG"),
]


@pytest.mark.parametrize(("text", "code"), COMPASS_ZONES + ROUTE_PAIRS + GLUED + PART_IN_TOWN)
def test_the_text_places_the_event(pipeline: Pipeline, text: str, code: str) -> None:
    """'Zamfara State, North West' stays in Nigeria, not South Africa's North West; a route's
    towns say its country (the label 'LOCATION' is no place); 'in Lubumbashiafter a dispute'
    happened in Lubumbashi; 'the Verona area in Malindi town' is a quarter of Malindi."""
    assert _event(pipeline, text).location.country_code == code
