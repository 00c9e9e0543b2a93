"""Rules written after the twelfth hold-out round (short 2025-2026 news items), each tested on
sentences for several countries: an armed doer who wounds or injures people commits an attack,
not only its toll ("a teenager armed with a knife wounded three people"); a demonstration that
arrested reporters were covering is what they reported on, not a protest the arrest broke up
("arrested two journalists covering a rally"); the people "from" a named group are its members,
as with "of" ("gunmen from the X gang"); a strike whose doers are warplanes, jets or drones is an
air/drone strike even when the note names another side's missiles as its cause; the group that
operated or flew the drones ("drones operated by X dropped explosives") is their doer."""

from __future__ import annotations

import pytest

from eventcoder.document import Article, Document, Event
from eventcoder.eval.acled import primary_event
from eventcoder.pipeline import Pipeline


def report(pipeline: Pipeline, text: str, published: str = "2025-09-01") -> Event:
    """The primary event of one hand-written item (no publisher: the text alone decides)."""
    document: Document = pipeline(Article(id="t", text=text, published=published))
    event = primary_event(document)
    assert event is not None
    return event


def perpetrators(event: Event) -> list[str]:
    """Names of the event's actors in the perpetrator role."""
    return [a.name for a in event.actors if a.role == "perpetrator"]


# A lone armed attacker wounds people and is then arrested: the attack is the item's event.
WOUNDING_ATTACKS = [
    "A teenager armed with a knife wounded three people outside a cinema in Perth on Friday "
    "before security staff held him down. The 16-year-old was arrested.",
    "A man armed with a machete injured four worshippers at a church in Hamilton, New Zealand, "
    "on Sunday before parishioners restrained him. Police arrested the 52-year-old at the scene.",
    "A gunman wounded two shoppers in a car park in Dayton, Ohio, on Monday, police said. "
    "Officers arrested a 30-year-old suspect later that night.",
    "A man armed with a machete wounded two shoppers at a supermarket in Tampere on Thursday, "
    "Finnish police said. He was arrested at the scene.",
]


@pytest.mark.parametrize("text", WOUNDING_ATTACKS)
def test_armed_doer_wounding_is_an_attack(pipeline: Pipeline, text: str) -> None:
    """'An armed man wounded N' makes an attack on civilians, not an arrest (the arrest won)."""
    event = report(pipeline, text)
    assert (event.event_type, event.sub_event_type) == ("Violence against civilians", "Attack")


def test_wounded_toll_alone_makes_no_attack(pipeline: Pipeline) -> None:
    """A toll without an armed doer stays a consequence of the blast it follows."""
    event = report(pipeline, "Three people were wounded in a blast at a market in Quetta on "
                             "Monday, police said.")
    assert event.event_type == "Explosions/Remote violence"


# Reporters arrested while covering a demonstration: the arrest is the event.
COVERED_PROTESTS = [
    "Security officers in Gulu arrested two journalists covering an opposition campaign rally on "
    "Thursday, a press freedom group said.",
    "Police in Izmir detained three photographers who were covering a student march on Sunday, "
    "their union said.",
    "Soldiers in Bulawayo arrested a reporter filming a demonstration by street vendors on "
    "Tuesday.",
    "Police in Minsk detained a camera crew reporting on a protest outside the courthouse on "
    "Wednesday, the broadcaster said.",
]


@pytest.mark.parametrize("text", COVERED_PROTESTS)
def test_reporters_covering_a_protest_are_arrested_not_dispersed(pipeline: Pipeline,
                                                                 text: str) -> None:
    """The rally the journalists covered does not make their arrest a protest intervention."""
    event = report(pipeline, text)
    assert (event.event_type, event.sub_event_type) == ("Strategic developments", "Arrests")


def test_protesters_arrested_at_a_march_stay_an_intervention(pipeline: Pipeline) -> None:
    """Arrests of the marchers themselves are still the protest with intervention."""
    event = report(pipeline, "Police in Arequipa arrested 12 protesters at a march against the "
                             "new mining law on Friday.")
    assert (event.event_type, event.sub_event_type) == ("Protests", "Protest with intervention")


# "People from a named group" make the group the doer, as "people of" it does.
MEMBERS_FROM = [
    ("Gunmen from the Kraze Zo gang killed at least nine people in the town of Mirebalais in "
     "Haiti on Wednesday.", "Kraze Zo"),
    ("Gunmen from the Ti Makak gang shot dead five farmers near Pernier, Haiti, on Monday.",
     "Ti Makak"),
    ("Hitmen from the Los Tiguerones gang killed four fishermen in Esmeraldas on Sunday.",
     "Los Tiguerones"),
]


@pytest.mark.parametrize(("text", "group"), MEMBERS_FROM)
def test_people_from_a_named_group_are_its_members(pipeline: Pipeline, text: str,
                                                   group: str) -> None:
    """'Gunmen from the X gang' names X the perpetrator, not an unidentified armed group."""
    event = report(pipeline, text)
    assert any(group in name for name in perpetrators(event)), perpetrators(event)


# Aircraft strike; a later sentence names another side's missiles or rockets as the cause.
AIRCRAFT_STRIKES = [
    "Israeli warplanes hit fuel tanks at the port of Hodeidah on Saturday, port workers said. "
    "Israel said the raids answered missile launches by the Houthis.",
    "Russian jets bombed a hospital in Idlib on Tuesday, killing four patients, rescuers said. "
    "Moscow said the raid answered rocket fire by rebels on its air base.",
    "Israeli warplanes struck a weapons depot near Tyre on Thursday, the army said, after "
    "Hezbollah fired rockets and missiles at northern Israel.",
]


@pytest.mark.parametrize("text", AIRCRAFT_STRIKES)
def test_aircraft_doers_make_an_air_strike(pipeline: Pipeline, text: str) -> None:
    """Warplanes or jets that struck make an air/drone strike, not the missile attack the model
    read from the other side's missiles."""
    event = report(pipeline, text)
    assert (event.event_type, event.sub_event_type) == ("Explosions/Remote violence",
                                                        "Air/drone strike")


def test_ground_missile_attack_stays_a_missile_attack(pipeline: Pipeline) -> None:
    """A missile fired from the ground, no aircraft told, stays a missile attack."""
    event = report(pipeline, "A Russian ballistic missile hit an apartment block in Zaporizhzhia "
                             "on Monday, killing three residents, the governor said.")
    assert event.sub_event_type == "Shelling/artillery/missile attack"


# Aircraft "operated by" / "flown by" a named group: the group flew them and is the doer.
OPERATED_MEANS = [
    ("Drones operated by the Jalisco New Generation Cartel dropped explosives on homes in "
     "Tepalcatepec on Tuesday, wounding a woman.", "Jalisco New Generation Cartel", "Mexico"),
    ("Drones operated by FARC dissidents dropped explosives on a farm near Argelia, Cauca, on "
     "Wednesday, wounding two farmworkers.", "FARC", "Colombia"),
    ("Drones flown by Al Shabaab fighters dropped grenades on a market in Beledweyne on Monday, "
     "wounding four traders.", "Shabaab", "Somalia"),
]


@pytest.mark.parametrize(("text", "group", "country"), OPERATED_MEANS)
def test_group_operating_the_drones_is_the_doer(pipeline: Pipeline, text: str, group: str,
                                                country: str) -> None:
    """The group that operated the drones is the perpetrator, not the event country's army."""
    doers = perpetrators(report(pipeline, text))
    assert any(group in name for name in doers), doers
    assert not any(name.startswith(f"Military Forces of {country}") for name in doers), doers
