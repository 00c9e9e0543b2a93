"""A country named by its force or side ('Turkish drones', 'Saudi aircraft', 'pro-Turkey
factions') says whose force acted, not where: it neither steers nor vetoes the article's places."""

from __future__ import annotations

import pytest
from geo_docs import geocoded_document, place_countries

from eventcoder.geoparser.forces import names_force


@pytest.mark.parametrize("text, name", [
    ("Turkish drones struck a car near Tal Abyad on Friday, killing two fighters.", "Turkish"),
    ("Saudi aircraft bombed a farm in the countryside of Saada, local sources said.", "Saudi"),
    ("Kenyan jets struck an al-Shabaab camp near Bardhere, Gedo region.", "Kenyan"),
    ("Rwandan troops and insurgents exchanged fire outside Mocimboa da Praia.", "Rwandan"),
    ("Pro-Turkey factions seized olive groves outside the village.", "Turkey"),
])
def test_force_and_side_names(text: str, name: str) -> None:
    start = text.index(name)
    assert names_force(text, start, start + len(name))


@pytest.mark.parametrize("text, name", [
    ("Turkish traders protested in Ankara.", "Turkish"),
    ("Protesters marched to the Kenyan embassy.", "Kenyan"),
    ("Saudi Arabia announced a curfew on Monday.", "Saudi Arabia"),
])
def test_other_country_names_are_no_force(text: str, name: str) -> None:
    start = text.index(name)
    assert not names_force(text, start, start + len(name))


@pytest.mark.parametrize("text, name, cc", [
    ("Turkish drones struck a car near Tal Abyad on Friday, killing two fighters.", "Tal Abyad",
     "SY"),
    ("Saudi aircraft bombed a farm in the countryside of Saada, local sources said.", "Saada", "YE"),
    ("Kenyan jets struck an al-Shabaab camp near Bardhere, Gedo region.", "Bardhere", "SO"),
])
def test_foreign_force_does_not_veto_the_local_place(text: str, name: str, cc: str) -> None:
    assert place_countries(text).get(name) == cc


@pytest.mark.parametrize("text, name, cc", [
    ("Nigerian troops killed ten insurgents in Bama on Sunday.", "Bama", "NG"),
    ("Kenyan police arrested two suspects in Garissa.", "Garissa", "KE"),
    ("Ugandan soldiers clashed with rebels near Beni.", "Beni", "CD"),
])
def test_forces_at_home_and_abroad_keep_their_places(text: str, name: str, cc: str) -> None:
    assert place_countries(text).get(name) == cc


@pytest.mark.parametrize("text, name, cc", [
    ("Gunmen killed a shepherd in the countryside of Saraqib on Monday.", "Saraqib", "SY"),
    ("A mortar shell fell in the countryside of Maaloula, wounding a boy.", "Maaloula", "SY"),
])
def test_countryside_of_a_place_names_it(text: str, name: str, cc: str) -> None:
    assert place_countries(text).get(name) == cc


@pytest.mark.parametrize("text, trigger, forbidden", [
    ("Saudi aircraft landed at the island's airport amid a deployment of Saudi forces.", "landed",
     "SA"),
    ("Pro-Turkey factions carried out raids and arrests in two villages.", "raids", "TR"),
    ("Pro-Russia activists rallied outside the town hall on Sunday.", "rallied", "RU"),
])
def test_event_is_not_placed_in_the_force_country(text: str, trigger: str, forbidden: str) -> None:
    event = geocoded_document(text, trigger).events[0]
    assert event.location is None or event.location.country_code != forbidden
