"""Generic forces nouns whose state is named after them ("military forces of Armenia"), and a
currency that names no place ("the US dollar")."""

from __future__ import annotations

import re

import pytest

from eventcoder.geoparser.countries import article_country
from tests.test_attribution_forms import attribute


@pytest.mark.parametrize("text, label", [
    ("On 16 May 2020, military forces of Armenia shelled the trenches of the military forces "
     "of Azerbaijan near Tovuz.", "Military Forces of Armenia"),
    ("On 13 May 2020, military forces of Artsakh stationed near Martuni shelled the trenches "
     "of the military forces of Azerbaijan.", "Military Forces of Artsakh"),
    ("Police of Uganda arrested two journalists in Goma.", "Police Forces of Uganda"),
    ("Soldiers of Mali killed three jihadists near Gao.", "Military Forces of Mali"),
])
def test_state_named_after_the_forces_noun(text: str, label: str) -> None:
    labels = {a.acled_name for a in attribute(text, "Battles").actors}
    assert label in labels, labels


def test_the_other_side_keeps_its_own_state() -> None:
    labels = {a.acled_name for a in attribute(
        "On 16 May 2020, military forces of Armenia shelled the trenches of the military forces "
        "of Azerbaijan near Tovuz.", "Battles").actors}
    assert "Military Forces of Azerbaijan" in labels


def test_a_currency_names_no_country() -> None:
    assert article_country("Rioters angry at the fall of the Lebanese pound against the US "
                           "dollar blocked roads in Tripoli.") != "US"
    assert article_country("Traders in Harare protested as the US dollar rate rose.") != "US"


@pytest.mark.parametrize("text, label", [
    ("Suspected Islamic militants attacked a village near Mocimboa da Praia in Cabo Delgado.",
     "Islamist Militia (Mozambique)"),
    ("Islamist militants ambushed a police patrol near El Arish in North Sinai, Egypt.",
     "Islamist Militia (Egypt)"),
])
def test_unnamed_islamist_insurgents(text: str, label: str) -> None:
    labels = {a.acled_name for a in attribute(text, "Battles").actors}
    assert label in labels, labels


def test_islamist_fighters_of_a_named_group_are_that_group() -> None:
    ev = attribute("Islamist militants killed 12 soldiers in an ambush near Kidal. JNIM claimed "
                   "the attack.", "Battles")
    assert not [a for a in ev.actors if (a.acled_name or "").startswith("Islamist Militia")]


@pytest.mark.parametrize("text, labels", [
    ("On 14 May 2020, Turkish and Russian forces ran a joint patrol along the road east of "
     "Darbasiyah.", {"Military Forces of Turkey", "Military Forces of Russia"}),
    ("Chadian and Nigerien troops attacked Boko Haram positions near Diffa.",
     {"Military Forces of Chad", "Military Forces of Niger"}),
    ("French and Malian soldiers killed ten jihadists near Menaka.",
     {"Military Forces of France", "Military Forces of Mali"}),
])
def test_coordinated_nationalities_name_one_force_each(text: str, labels: set[str]) -> None:
    # regime years ("Military Forces of Mali (2013-)") are not part of the name
    found = {re.sub(r" \(\d{4}-\d*\)$", "", a.acled_name or "")
             for a in attribute(text, "Battles").actors}
    assert labels <= found, found


@pytest.mark.parametrize("text, label", [
    ("Regime bulldozers destroyed three houses near Saraqib in Idleb.", "Military Forces of Syria"),
    ("Gunmen attacked a government checkpoint near Kidal, Mali.", "Military Forces of Mali"),
])
def test_a_government_word_on_an_armed_noun_is_the_military(text: str, label: str) -> None:
    found = {a.acled_name for a in attribute(text, "Battles").actors}
    assert label in found, found


def test_a_currency_is_no_place_of_the_event(pipeline) -> None:
    from eventcoder.document import Article

    doc = pipeline(Article(id="c", text="On 28 April 2020, rioters angry at the fall of the "
                           "pound against the US dollar clashed with soldiers outside the "
                           "Central Bank in Sidon."))
    event = doc.events[0]
    assert event.location is None or event.location.country_code != "US"
    assert not [a for a in event.actors if "United States" in (a.acled_name or "")]
