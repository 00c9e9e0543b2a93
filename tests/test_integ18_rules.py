"""Wordings met in wire copy from Russia, Syria, Ukraine, Jordan and Cameroon (written for the
eighteenth session's probes): gear called 'combat' is no fight, a backer's nationality is not
the proxies', a force led by a people is not the state's, and unnamed separatists are an armed
group wherever they fight."""

from __future__ import annotations

import pytest

from eventcoder.document import Article
from eventcoder.pipeline import default_pipeline


def _events(text: str, published: str = "2024-03-23"):
    return default_pipeline()(Article(id="t", text=text, published=published)).events


def _labels(text: str) -> set[str]:
    return {a.acled_name or a.name for e in _events(text) for a in e.actors}


@pytest.mark.parametrize("text", [
    "Gunmen in combat fatigues opened fire on concert-goers at a music hall near Moscow on "
    "Friday, killing at least 40 people, officials said.",
    "Men in combat uniforms burst into a wedding party in a village near Zamfara's Gusau on "
    "Saturday and shot dead 11 guests, residents said.",
    "Attackers wearing combat gear opened fire on worshippers at a mosque in Peshawar on "
    "Friday, killing seven people, police said.",
])
def test_combat_gear_is_no_battle(text: str) -> None:
    types = {e.event_type for e in _events(text)}
    assert "Violence against civilians" in types and "Battles" not in types, types


@pytest.mark.parametrize(("text", "wrong"), [
    ("Three US soldiers were killed in a drone attack on a base in northeastern Jordan on "
     "Sunday. Washington blamed Iran-backed militias.", "Unidentified Armed Group (United States)"),
    ("Russian-backed separatists shelled the village of Novoluhanske in Donetsk Oblast on "
     "Monday, wounding two civilians, Ukrainian officials said.", "Military Forces of Russia"),
])
def test_backer_nationality_is_not_the_proxies(text: str, wrong: str) -> None:
    labels = _labels(text)
    assert not any(label.startswith(wrong) for label in labels), labels
    assert any(label.startswith("Unidentified Armed Group") for label in labels), labels


def test_force_led_by_a_people_is_not_the_state() -> None:
    labels = _labels("Turkish-backed fighters clashed with Kurdish-led forces near Manbij in "
                     "northern Syria on Sunday, killing six, a war monitor said.")
    assert not any(label.startswith("Military Forces of Syria") for label in labels), labels


@pytest.mark.parametrize(("text", "label"), [
    ("Separatists shelled the village of Novoluhanske in Donetsk Oblast on Monday, wounding two "
     "civilians.", "Unidentified Armed Group (Ukraine)"),
    ("Separatist fighters attacked a police post near Pattani on Tuesday, wounding two "
     "officers.", "Unidentified Armed Group (Thailand)"),
    ("Security forces clashed with separatists near Bamenda on Monday, killing three, local "
     "sources said.", "Ambazonian Separatists (Cameroon)"),
])
def test_unnamed_separatists(text: str, label: str) -> None:
    assert label in _labels(text)


@pytest.mark.parametrize(("text", "cc", "admin1"), [
    ("Taliban fighters clashed with gunmen of the National Resistance Front in the Panjshir "
     "valley on Monday, leaving four dead, local sources said.", "AF", "Panjshir"),
    ("Militants attacked a police checkpost in the Swat valley on Saturday, wounding two "
     "policemen.", "PK", "Khyber Pakhtunkhwa"),
    ("An Israeli drone strike hit a car in the Bekaa valley on Tuesday, killing two Hezbollah "
     "members.", "LB", "Bekaa"),
])
def test_valley_named_after_its_unit(text: str, cc: str, admin1: str) -> None:
    """'the Panjshir valley' lies in Panjshir: the valley places the event in its unit."""
    events = _events(text)
    assert events and all(e.location.country_code == cc and e.location.admin1 == admin1
                          for e in events), [e.location for e in events]


@pytest.mark.parametrize("text", [
    "A gunman opened fire at a campaign rally in Dayton, Ohio, on Saturday, wounding the "
    "candidate and killing one spectator before he was shot dead by police snipers.",
    "Gunmen on a motorcycle opened fire at an election rally in Peshawar on Thursday, killing "
    "three party workers, police said.",
    "Masked gunmen opened fire on demonstrators at a sit-in in Nasiriyah on Friday, killing two "
    "people, medics said.",
])
def test_armed_outsider_attacking_a_gathering_is_an_attack(text: str) -> None:
    """The rally or sit-in is where the gunmen struck: an attack, not a demonstration."""
    types = {e.event_type for e in _events(text)}
    assert "Violence against civilians" in types and "Protests" not in types, types


def test_state_force_on_a_rally_stays_a_protest_event() -> None:
    types = {(e.event_type, e.sub_event_type) for e in _events(
        "Police opened fire on protesters at a rally in Kisumu on Monday, killing "
        "two people, witnesses said.")}
    assert ("Protests", "Excessive force against protesters") in types, types


@pytest.mark.parametrize(("text", "cc"), [
    ("Ukraine's security service said it had destroyed 41 warplanes at four air bases deep inside "
     "Russia with drones smuggled into the country in trucks.", "RU"),
    ("Pakistan's army said it had killed 12 militants in an operation inside Afghanistan on "
     "Tuesday.", "AF"),
    ("Kenya's defence forces said their jets had struck an al-Shabaab camp in southern Somalia "
     "on Friday, killing 20 militants.", "SO"),
])
def test_country_named_as_the_scene_beats_the_actors_country(text: str, cc: str) -> None:
    """With no town named, the country the text places the deed in ('deep inside Russia') wins
    over the one that owns the doer ('Ukraine's security service')."""
    events = _events(text, "2025-06-02")
    assert events and all(e.location.country_code == cc for e in events), \
        [e.location.country_code for e in events]



@pytest.mark.parametrize(("text", "name", "scene"), [
    ("air bases deep inside Russia were hit", "Russia", True),
    ("an attack on a town in central Burkina Faso", "Burkina Faso", True),
    ("smugglers who tried to cross from Syria", "Syria", False),
    ("forced the truck to return in the direction of Ouagadougou", "Ouagadougou", False),
    ("drones smuggled into Russia in trucks", "Russia", False),
])
def test_named_as_scene(text: str, name: str, scene: bool) -> None:
    """Where something happened ('inside Russia'), not an origin, a destination or a heading."""
    from types import SimpleNamespace

    from eventcoder.resolve.event_location.cues import named_as_scene
    mention = SimpleNamespace(doc_text=text, start=text.index(name))
    assert named_as_scene(SimpleNamespace(mention=mention)) is scene


@pytest.mark.parametrize(("text", "group"), [
    ("Hundreds of Hamas gunmen crossed the border fence from Gaza on Saturday, killing dozens of "
     "people in nearby kibbutzim.", "Hamas"),
    ("Dozens of Al Shabaab fighters crossed into Kenya's Lamu county on Saturday, killing nine "
     "villagers, police said.", "Al Shabaab"),
    ("ISWAP fighters rode into the town of Damasak on motorcycles, burning shops and killing "
     "four traders, residents said.", "Islamic State (West Africa)"),
])
def test_mover_does_the_attack_participle(text: str, group: str) -> None:
    """'Gunmen infiltrated the town, killing nine': the subject of the movement is the doer of
    the attack participle, which has no subject of its own."""
    roles = {(a.acled_name or a.name, a.role) for e in _events(text, "2023-10-08") for a in e.actors}
    assert any(name.startswith(group) and role == "perpetrator" for name, role in roles), roles


def test_no_doer_from_a_subject_that_only_reports() -> None:
    roles = {(a.acled_name or a.name, a.role) for e in _events(
        "Police said on Sunday that gunmen had attacked a bus near Garissa, killing six passengers.",
        "2023-10-08") for a in e.actors}
    assert not any(name.startswith("Police") and role == "perpetrator" for name, role in roles), roles
