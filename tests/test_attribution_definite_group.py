"""'The rebels' doing the act refer back to the one armed group the report names (sentences
written for several countries)."""

from __future__ import annotations

import pytest

from tests.test_attribution_beyond_kb import perpetrators
from tests.test_attribution_forms import attribute


@pytest.mark.parametrize("text, name", [
    ("A bomb exploded near a police station in Jijiga. The Ogaden Liberation Army has waged "
     "an insurgency for decades. The rebels detonated the device by remote control.",
     "Ogaden Liberation Army"),
    ("The Red Dawn Brigade was founded in Arequipa in 1985. On Sunday the guerrillas "
     "kidnapped two engineers near Cusco.", "Red Dawn Brigade"),
])
def test_definite_fighters_are_the_named_group(text: str, name: str) -> None:
    assert name in perpetrators(attribute(text))


@pytest.mark.parametrize("text", [
    # two named groups: "the rebels" is ambiguous
    "The Karen National Union and the Arakan Army met in Yangon last week. The rebels "
    "attacked an army post near Myawaddy on Monday.",
    # indefinite doers never refer back
    "The Ogaden Liberation Army signed a truce last year. Gunmen attacked a police post near "
    "Jijiga on Monday.",
    # a record, not the incident
    "The Ogaden Liberation Army signed a truce last year. The rebels have carried out attacks "
    "in the past.",
])
def test_no_reference_back(text: str) -> None:
    perps = perpetrators(attribute(text))
    assert not [n for n in perps if "Karen" in n or "Arakan" in n or "Ogaden" in n], perps


@pytest.mark.parametrize("text, name, attribution", [
    # a bare plural doer in a report about one group (Colombia)
    ("The Ricardo Franco Front has been active in Cauca since 1984. Guerrillas dynamited an "
     "oil pipeline near Puerto Boyaca on Tuesday.", "Ricardo Franco Front", "stated"),
    # a unit of fighters (Philippines)
    ("The Sierra Madre People's Army rejected the ceasefire last month. On Friday rebel units "
     "ambushed an army patrol in Quezon province, killing five soldiers.",
     "Sierra Madre People's Army", "stated"),
    # the group itself claims (Nigeria)
    ("The Ijaw Creek Freedom Brigade has threatened oil companies for months. A pipeline "
     "exploded near Warri on Monday. The group claimed responsibility for the blast.",
     "Ijaw Creek Freedom Brigade", "claimed"),
    # a hedge on the description (Afghanistan)
    ("The Tora Bora Front was formed in Nangarhar in 2007. Suspected insurgents burned a "
     "girls' school in Jalalabad on Sunday.", "Tora Bora Front", "suspected"),
])
def test_descriptions_name_the_reports_group(text: str, name: str, attribution: str) -> None:
    perps = perpetrators(attribute(text))
    assert perps.get(name, (None,))[0] == attribution, perps


@pytest.mark.parametrize("text", [
    # the group's record, not the incident (Iraq)
    "The Tigris Brigades Front was formed in Mosul in 2004. A car bomb killed six people in "
    "Kirkuk on Monday. The group has carried out attacks in the past.",
    # an unnamed group of men (Colombia)
    "The Ricardo Franco Front signed a truce in May. A group of armed men killed three "
    "farmers near Cali on Sunday.",
    # the description names another side (Philippines)
    "The Sierra Madre People's Army signed a truce in May. Rival rebels ambushed a bus near "
    "Baler on Friday, killing five people.",
    # the group denies (Nigeria)
    "The Ijaw Creek Freedom Brigade has threatened oil companies for months. A pipeline "
    "exploded near Warri on Monday. The group denied any involvement in the blast.",
])
def test_descriptions_that_do_not_name_the_group(text: str) -> None:
    perps = perpetrators(attribute(text))
    assert not [n for n in perps if n.startswith(("Tigris", "Ricardo", "Sierra"))], perps
    assert perps.get("Ijaw Creek Freedom Brigade", ("denied",))[0] == "denied", perps
