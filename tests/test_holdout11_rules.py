"""Rules written after the eleventh hold-out round (ACLED-style notes from South Asia, the Middle
East, Latin America, South-East Asia, the Caucasus and Europe), each tested on sentences for
several countries:

- the state's means of crowd control used "to disperse" or "to clear" people (batons, tear gas)
  make a protest with intervention even when the note's only deed word is the crowd's grievance
  ("traders protesting the demolition of their stalls");
- bombs dropped by an aircraft ("a military jet dropped bombs on the village") are an air strike;
- a post or outpost set up by an armed force is a base established;
- a hideout, stronghold or enclave retaken is territory regained;
- two acronyms of one group joined by a hyphen ("TPNPB-OPM", "KNU-KNLA") name that group;
- a sitting president or prime minister named by title ("President Daniel Noboa signed a
  decree") is the government ("Government of Ecuador"); a former one is not;
- "the week of 1 May 2023" is a date of week precision from the day named (ACLED's notes write
  "Around 29 April 2020 (week of)" and "the week of ...");
- "through" is a preposition of the scene ("marched through central Nairobi").
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta

import pytest

from eventcoder.document import Article, Event
from eventcoder.eval.acled import primary_event
from eventcoder.pipeline import Pipeline


def note(pipeline: Pipeline, text: str) -> Event:
    """The primary event of one hand-written note, published two days after its opening day."""
    day = re.search(r"\d{1,2} [A-Z][a-z]+ \d{4}", text)
    assert day is not None
    published = (datetime.strptime(day.group(0), "%d %B %Y") + timedelta(days=2)).date()
    event = primary_event(pipeline(Article(id="t", text=text, published=published.isoformat())))
    assert event is not None
    return event


DISPERSED = [
    "On 12 December 2022, police fired tear gas to clear students who had occupied the main "
    "square in Cusco demanding the release of former president Castillo.",
    "On 19 July 2024, police fired tear gas to clear students who had occupied the main road in "
    "Rajshahi demanding the release of their detained classmates.",
    "On 1 November 2022, police fired tear gas to clear youths who had occupied the highway in "
    "Kisumu demanding the release of an arrested councillor.",
    "On 5 May 2021, police fired tear gas to clear truck drivers who had occupied the toll plaza "
    "near Cali (Valle del Cauca) demanding the release of jailed strike leaders.",
]


@pytest.mark.parametrize("text", DISPERSED)
def test_state_dispersing_people_is_a_protest(pipeline: Pipeline, text: str) -> None:
    """The state's crowd control used to disperse or clear people types a protest."""
    assert note(pipeline, text).event_type == "Protests"


AIR_DROPPED = [
    "On 11 April 2023, a military jet dropped bombs on a village meeting in Kani township "
    "(Sagaing Region). At least seven people were killed.",
    "On 10 February 2025, a jet dropped several bombs on a fuel depot near Kyaukme (Shan), the "
    "local resistance said. No casualties.",
    "On 14 May 2022, a coalition jet dropped bombs on a farm outside Saada (Saada); the "
    "casualties are not known.",
    "On 2 August 2023, air force jets dropped bombs on a hideout near Tsafe (Zamfara); the "
    "number of dead is unknown.",
]


LEAFLETS = [
    "On 6 March 2024, a military helicopter dropped leaflets over Kyaukme (Shan) urging fighters "
    "to surrender; no attack was reported.",
]


@pytest.mark.parametrize("text", AIR_DROPPED)
def test_bombs_dropped_by_aircraft_are_an_air_strike(pipeline: Pipeline, text: str) -> None:
    """Bombs an aircraft drops are an air/drone strike, not a remote explosive."""
    event = note(pipeline, text)
    assert (event.event_type, event.sub_event_type) == (
        "Explosions/Remote violence", "Air/drone strike")


@pytest.mark.parametrize("text", LEAFLETS)
def test_leaflets_dropped_are_no_air_strike(pipeline: Pipeline, text: str) -> None:
    """An aircraft dropping leaflets strikes nothing: the bomb must be named."""
    day = re.search(r"\d{1,2} [A-Z][a-z]+ \d{4}", text)
    assert day is not None
    document = pipeline(Article(id="t", text=text, published="2024-03-08"))
    assert not any(e.sub_event_type == "Air/drone strike" for e in document.events)


POSTS = [
    "On 5 July 2021, the Turkish army set up a new military post on a hilltop east of Afrin "
    "(Aleppo), bringing in armoured vehicles. No clashes reported.",
    "On 12 April 2022, the Colombian army established an outpost in the rural area of Argelia "
    "(Cauca) after dissident fighters withdrew from it.",
    "On 3 October 2023, Malian soldiers set up a new post at the entrance of Ansongo (Gao), "
    "according to local sources.",
]


@pytest.mark.parametrize("text", POSTS)
def test_post_set_up_is_a_base_established(pipeline: Pipeline, text: str) -> None:
    """A post or outpost set up by an armed force is a headquarters or base established."""
    event = note(pipeline, text)
    assert (event.event_type, event.sub_event_type) == (
        "Strategic developments", "Headquarters or base established")


RETAKEN = [
    "On 20 May 2024, Nigerian troops recaptured a Boko Haram enclave in the Sambisa forest "
    "(Borno) after a gunfight in which three insurgents were killed.",
    "On 14 March 2023, Philippine Army soldiers retook a New People's Army stronghold in "
    "Guihulngan (Negros Oriental) after a firefight that left two rebels dead.",
    "On 2 November 2022, Iraqi troops recaptured an Islamic State hideout in the Hamrin "
    "mountains (Salah al-Din) after clashes in which four militants were killed.",
]


@pytest.mark.parametrize("text", RETAKEN)
def test_retaken_hideout_is_territory_regained(pipeline: Pipeline, text: str) -> None:
    """A hideout, stronghold or enclave the state retakes in a fight is territory regained."""
    event = note(pipeline, text)
    assert (event.event_type, event.sub_event_type) == ("Battles", "Government regains territory")


JOINED_ACRONYMS = [
    ("On 3 May 2024, TPNPB-OPM fighters set fire to a primary school and a teachers' house in "
     "Beoga, Puncak regency (Central Papua). Nobody was hurt.",
     "TPNPB: West Papua National Liberation Army"),
    ("On 11 March 2023, KNU-KNLA troops attacked a junta outpost near Kawkareik (Kayin); two "
     "soldiers were killed.", "KNLA: Karen National Liberation Army"),
    ("On 14 June 2022, KIO-KIA fighters clashed with junta troops near Hpakant (Kachin); "
     "casualties unknown.", "KIA: Kachin Independence Army"),
    ("On 2 February 2022, police in Lahore (Punjab) arrested three LeT-JuD operatives accused "
     "of collecting funds for the banned group.", "LeT: Lashkar-e-Taiba"),
]


@pytest.mark.parametrize(("text", "label"), JOINED_ACRONYMS)
def test_group_named_by_two_joined_acronyms(pipeline: Pipeline, text: str, label: str) -> None:
    """Two acronyms of one group joined by a hyphen name that group."""
    event = note(pipeline, text)
    assert label in {a.acled_name for a in event.actors}


HEADS = [
    ("On 9 January 2024, President Daniel Noboa signed a decree in Quito declaring an internal "
     "armed conflict against 22 criminal groups.", "Government of Ecuador"),
    ("On 14 February 2023, Prime Minister Shehbaz Sharif announced a ban on the TLP in "
     "Islamabad, ordering police to seal its offices.", "Government of Pakistan"),
    ("On 19 July 2023, Kenyan President William Ruto declared a curfew in Nairobi after three "
     "days of protests.", "Government of Kenya"),
    ("On 27 March 2022, President Nayib Bukele declared a state of exception in San Salvador, "
     "suspending constitutional rights after a wave of gang killings.", "Government of El Salvador"),
]


@pytest.mark.parametrize(("text", "label"), HEADS)
def test_sitting_head_of_state_is_the_government(pipeline: Pipeline, text: str,
                                                 label: str) -> None:
    """A sitting president or prime minister named by title acts as the government."""
    event = note(pipeline, text)
    assert any((a.acled_name or "").startswith(label) for a in event.actors)


def test_former_president_is_no_government(pipeline: Pipeline) -> None:
    """A former president is a person out of office, not the government (a guard: the rule
    must not take every 'president' title)."""
    event = note(pipeline, "On 12 December 2022, police fired tear gas to clear students who "
                           "had occupied the main square in Cusco demanding the release of "
                           "former president Castillo.")
    assert not any((a.acled_name or "").startswith("Government of") for a in event.actors)


WEEK_OF = [
    ("During the week of 1 May 2023, gang members raped several women in Saint-Marc (Artibonite), "
     "a rights group said.", "2023-05-01"),
    ("In the week of 14 August 2022, unidentified gunmen abducted a school teacher near "
     "Zitacuaro (Michoacan).", "2022-08-14"),
    ("Around the week of 3 March 2024, villagers in Rolpa (Lumbini) staged a sit-in against a "
     "hydropower project.", "2024-03-03"),
]


@pytest.mark.parametrize(("text", "day"), WEEK_OF)
def test_week_of_a_day_is_week_precision(pipeline: Pipeline, text: str, day: str) -> None:
    """"The week of 1 May 2023" dates the event to that week: the day named, week precision."""
    day_named = re.search(r"\d{1,2} [A-Z][a-z]+ \d{4}", text)
    assert day_named is not None
    published = (datetime.strptime(day_named.group(0), "%d %B %Y") + timedelta(days=10)).date()
    event = primary_event(pipeline(Article(id="t", text=text, published=published.isoformat())))
    assert event is not None
    assert (event.date.start, event.date.precision) == (day, "week")


MARCHED_THROUGH = [
    ("On 4 December 2024, several thousand people marched through Batumi against the "
     "government, days after the violent dispersals in Tbilisi.", "Batumi"),
    ("On 9 March 2023, hundreds of students marched through Kandy against the tax increases, a "
     "day after the deadly clashes in Colombo.", "Kandy"),
    ("On 25 June 2024, thousands of youths marched through central Nairobi against the finance "
     "bill, a week after the deadly clashes in Mombasa.", "Nairobi"),
    ("On 9 January 2023, several thousand people marched through Lima against President Boluarte, "
     "days after the deadly clashes in Juliaca.", "Lima"),
]


@pytest.mark.parametrize(("text", "place"), MARCHED_THROUGH)
def test_march_through_a_town_is_there(pipeline: Pipeline, text: str, place: str) -> None:
    """A crowd that marched "through" a town was there, not at a place its cause is told at."""
    event = note(pipeline, text)
    assert event.location is not None and event.location.name == place


def test_known_head_of_state_keeps_his_country(pipeline: Pipeline) -> None:
    """A head of state the leaders' table knows is his own country's government, even in a
    report placed in another country."""
    event = note(pipeline, "On 4 February 2023, President Paul Kagame ordered troops to fire "
                           "on a Congolese fighter jet over Rubavu; the jet landed in Goma "
                           "(North Kivu) with damage to one wing.")
    labels = {a.acled_name or "" for a in event.actors}
    assert any(label.startswith("Government of Rwanda") for label in labels)
    assert not any(label.startswith("Government of Democratic") for label in labels)
