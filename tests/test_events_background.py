"""Rules that keep background, trends and modifiers out of incidents and merge one incident's
mentions across a multi-paragraph article."""

from __future__ import annotations

import pytest

from eventcoder.document import Article
from eventcoder.pipeline import Pipeline

INCIDENT = "Gunmen killed five villagers in Zamfara on Monday. "

BACKGROUND = [
    "JNIM has fought the army and allied volunteer militias for years.",
    "Thousands of people have been killed in violence by armed groups since 2015.",
    "Tens of thousands of people have been killed and millions have fled since the war began.",
    "Bandits have attacked villages in the state for more than a decade.",
    "The men were picked up at a checkpoint with bomb-making materials.",
    "A bomb disposal squad later searched the area.",
    "Its remaining cells still carry out sporadic attacks in rural areas of Diyala province.",
]


@pytest.fixture(scope="module")
def events_pipeline() -> Pipeline:
    """The stages this area owns (dates for the link stage's historical flag)."""
    return Pipeline(stages=("events", "dates", "counts", "targets", "link"))


def _run(pl: Pipeline, text: str, published: str = "2024-03-12"):
    return pl(Article(id="b", text=text, published=published))


@pytest.mark.parametrize("sentence", BACKGROUND)
def test_background_adds_no_event_and_no_count(events_pipeline, sentence: str) -> None:
    doc = _run(events_pipeline, INCIDENT + sentence)
    assert len(doc.events) == 1, [(e.event_type, e.trigger) for e in doc.events]
    event = doc.events[0]
    assert all(start < len(INCIDENT) for start, _ in event._mentions)
    assert event.fatalities is not None and event.fatalities.best == 5


def test_transitive_march_is_not_a_protest(events_pipeline) -> None:
    text = (
        "Boko Haram fighters abducted ten farmers near Konduga on Tuesday. "
        "The gunmen arrived on motorcycles and marched the farmers into the bush."
    )
    doc = _run(events_pipeline, text)
    assert [e.event_type for e in doc.events] == ["Violence against civilians"]


def test_intercepting_fighters_is_not_disrupted_weapons_use(events_pipeline) -> None:
    text = (
        "Nigerian troops killed six insurgents in an ambush near Bama on Sunday. "
        "The soldiers intercepted a group of fighters travelling on motorcycles."
    )
    doc = _run(events_pipeline, text)
    assert [e.sub_event_type for e in doc.events] == ["Armed clash"]


def test_intercepting_a_drone_is_disrupted_weapons_use(events_pipeline) -> None:
    doc = _run(events_pipeline, "Air defences intercepted a drone over Kherson on Friday.")
    assert [e.sub_event_type for e in doc.events] == ["Disrupted weapons use"]


def test_munitions_and_region_do_not_split_a_strike(events_pipeline) -> None:
    text = (
        "The military carried out an air strike on a village in the Sagaing region on Tuesday, "
        "killing at least 23 civilians. A fighter jet dropped two bombs on Pazigyi village as "
        "people gathered for a ceremony. The opposition condemned the strike as a war crime."
    )
    doc = _run(events_pipeline, text, "2023-04-12")
    assert [e.sub_event_type for e in doc.events] == ["Air/drone strike"]
    assert doc.events[0].fatalities is not None and doc.events[0].fatalities.best == 23


def test_police_shooting_after_protest_is_one_event_with_latest_toll(events_pipeline) -> None:
    text = (
        "Police shot dead at least five protesters in Nairobi on Tuesday as thousands marched on "
        "parliament. Demonstrators broke through police lines. Officers fired tear gas and live "
        "bullets at the crowd. On Wednesday, a rights commission said the death toll had risen "
        "to 13."
    )
    doc = _run(events_pipeline, text, "2024-06-26")
    assert len(doc.events) == 1
    event = doc.events[0]
    assert event.sub_event_type == "Excessive force against protesters"
    assert event.count == 1
    assert event.fatalities is not None and event.fatalities.best == 13
    assert event.date is not None and event.date.start == "2024-06-25"


def test_reference_types_and_dates_the_incident_it_names(events_pipeline) -> None:
    text = (
        "Police said on Friday they had arrested three suspects in connection with Tuesday's "
        "suicide bombing at the Gamboru market in Maiduguri, which killed 19 people. The "
        "suspects were detained in a raid on a house in Maiduguri on Thursday night."
    )
    doc = _run(events_pipeline, text, "2019-06-21")
    by_type = {e.event_type: e for e in doc.events}
    bombing = by_type["Explosions/Remote violence"]
    assert bombing.sub_event_type == "Suicide bomb"
    assert bombing.date is not None and bombing.date.start == "2019-06-18"
    arrest = by_type["Strategic developments"]
    assert arrest.date is not None and arrest.date.start == "2019-06-20"


def test_year_opening_the_clause_makes_the_incident_historical(events_pipeline) -> None:
    text = (
        "ELN guerrillas kidnapped four oil workers in Arauca on Wednesday. In 2019, the group "
        "was blamed for a car bombing at a police academy in Bogota that killed 22 cadets."
    )
    doc = _run(events_pipeline, text, "2024-08-15")
    flags = sorted((e.historical, e.event_type) for e in doc.events)
    assert flags == [
        (False, "Violence against civilians"),
        (True, "Explosions/Remote violence"),
    ]


def test_strikes_carried_out_by_an_air_force_are_air_strikes(events_pipeline) -> None:
    text = (
        "The Kenyan Air Force carried out strikes on an al Shabaab camp near Bardhere on Friday. "
        "The strikes killed six fighters."
    )
    doc = _run(events_pipeline, text, "2016-06-30")
    assert [e.sub_event_type for e in doc.events] == ["Air/drone strike"]


def test_a_union_strike_stays_a_protest(events_pipeline) -> None:
    doc = _run(events_pipeline, "Teachers in Nakuru went on strike on Monday over unpaid wages.")
    assert [e.event_type for e in doc.events] == ["Protests"]


def test_blocking_some_of_the_roads_is_a_demonstration(events_pipeline) -> None:
    text = "Residents blocked some of the main roads in Tizi Ouzou after bread prices rose."
    doc = _run(events_pipeline, text, "2018-01-08")
    assert [e.event_type for e in doc.events] in (["Protests"], ["Riots"])


def test_gunmen_shooting_a_security_official_is_a_battle(events_pipeline) -> None:
    text = "A senior security official was shot dead by unknown gunmen in Baidoa on Monday."
    doc = _run(events_pipeline, text, "2018-01-09")
    assert [e.event_type for e in doc.events] == ["Battles"]


def test_students_wrecking_property_is_a_riot(events_pipeline) -> None:
    text = "Students destroyed property at a vocational institute in Soroti on Tuesday."
    doc = _run(events_pipeline, text, "2016-06-22")
    assert [(e.event_type, e.sub_event_type) for e in doc.events] == [("Riots", "Mob violence")]


def test_arrest_by_an_acronym_agency_at_a_protest_joins_it(events_pipeline) -> None:
    text = (
        "Demonstrators marched again in Ed Damazin on Tuesday against the bread price rise. "
        "NISS detained two organisers."
    )
    doc = _run(events_pipeline, text, "2018-01-08")
    assert [e.event_type for e in doc.events] == ["Protests"]


def test_forces_clashing_with_loyalists_is_a_battle(events_pipeline) -> None:
    text = "Puntland forces clashed with those loyal to a former governor in Bosaso on Sunday."
    doc = _run(events_pipeline, text, "2016-06-20")
    assert [(e.event_type, e.sub_event_type) for e in doc.events] == [("Battles", "Armed clash")]


def test_a_wounded_officer_makes_shooting_a_battle(events_pipeline) -> None:
    text = "Gunfire was heard near a police post in Torit. One officer was wounded in the leg."
    doc = _run(events_pipeline, text, "2016-06-20")
    assert [e.event_type for e in doc.events] == ["Battles"]


def test_a_villager_dying_in_an_attack_stays_violence_against_civilians(events_pipeline) -> None:
    doc = _run(
        events_pipeline, "A farmer died near Banki in a Boko Haram raid.", "2018-01-05"
    )
    assert [e.event_type for e in doc.events] == ["Violence against civilians"]


def test_toll_update_is_dated_by_the_possessive_date_of_its_incident(events_pipeline) -> None:
    text = (
        "The death toll from Tuesday's suicide bombing at the Gamboru market in Maiduguri has "
        "risen to 19, hospital officials said on Wednesday."
    )
    doc = _run(events_pipeline, text, "2019-06-19")
    assert len(doc.events) == 1
    event = doc.events[0]
    assert event.date is not None and event.date.start == "2019-06-18"
    assert event.fatalities is not None and event.fatalities.best == 19
