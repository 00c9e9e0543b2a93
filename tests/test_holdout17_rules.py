"""Rules written after the seventeenth hold-out round (ACLED-style notes from South, Southeast and
East Asia and the Pacific, 2021-2025), each tested on sentences for several countries: sides that
'traded gunfire' (or fire, or shots) fought an armed clash; the parts of an incident that arrests
are about ('in connection with the arson attack on a bus', 'over the petrol bomb attack on a
minister's office') stay in that reference and make no deed of their own; 'men from two clans' and
'two warring clans' who fight are clan militias; a state's or province's police named by its
unit ('Haryana Police', 'Sindh Police') is the nation's police; heads of state and government of
Asia and the Pacific point to their country; and Metropolitan Manila as ACLED names it."""

from __future__ import annotations

import pytest
from test_holdout14_rules import report

from eventcoder.pipeline import Pipeline
from eventcoder.resolve.actors.unit_police import unit_police

TRADED_FIRE = [
    "On 3 June 2023, Kuki militants and armed village volunteers traded gunfire for two hours near "
    "a hill village in Manipur; one man was killed.",
    "On 12 May 2022, Thai rangers and insurgents traded fire in a rubber plantation in Yala "
    "province. Two insurgents died.",
    "On 9 April 2024, army troops and NPA rebels traded shots in the mountains of Samar for about "
    "thirty minutes.",
]


@pytest.mark.parametrize("text", TRADED_FIRE)
def test_traded_fire_is_a_clash(pipeline: Pipeline, text: str) -> None:
    """Trading fire, gunfire or shots is two armed sides fighting."""
    assert report(pipeline, text).sub_event_type == "Armed clash"


def test_trade_as_commerce_is_no_clash(pipeline: Pipeline) -> None:
    """Trade with no fire in it stays what the rest of the text says."""
    event = report(pipeline, "On 2 March 2023, traders who had traded goods across the border for "
                             "years blocked the highway near Torkham to protest its closure.")
    assert event.event_type == "Protests"


ARRESTS_OVER_PARTS = [
    ("On 4 March 2024, police in Chittagong arrested 12 BNP activists in connection with the "
     "arson attack on a bus last week.", "Bangladesh"),
    ("On 20 June 2022, police in Kandy detained nine students over the petrol bomb attack on a "
     "minister's office last month.", "Sri Lanka"),
    ("On 11 October 2023, police in Surabaya arrested four men in connection with the arson "
     "attack on a church hall in September.", "Indonesia"),
]


@pytest.mark.parametrize(("text", "country"), ARRESTS_OVER_PARTS)
def test_arrests_over_a_named_incident_stay_arrests(pipeline: Pipeline, text: str,
                                                    country: str) -> None:
    """The deed the arrests are about, with all its words, is their topic: arrests lead."""
    event = report(pipeline, text)
    assert event.sub_event_type == "Arrests"
    assert event.location is not None


def test_deed_in_a_clause_of_the_topic_stays_its_own(pipeline: Pipeline) -> None:
    """A relative clause opens a deed of its own: the crowd 'who pushed through barricades during a
    rally' is not folded into the police's target as a mere part, so the toll stays the firing's."""
    event = report(pipeline, "On 20 August 2024, police opened fire on hundreds of young protesters "
                             "who broke through barricades outside the provincial assembly in "
                             "Quetta during a rally against enforced disappearances. Four "
                             "protesters were killed.")
    assert event.fatalities is not None and event.fatalities.best == 4


CLAN_FIGHTS = [
    ("On 12 July 2024, men from two clans fought with high-powered rifles near Wabag in Enga "
     "province, Papua New Guinea. Eleven men were killed.", "Papua New Guinea"),
    ("On 5 May 2023, fighters of two warring clans clashed over grazing land near Mendi in Southern "
     "Highlands province, Papua New Guinea; four were killed.", "Papua New Guinea"),
    ("On 2 February 2022, gunmen from two clans exchanged fire over a water point near Dhusamareb "
     "in Galgaduud, Somalia, killing five.", "Somalia"),
]


@pytest.mark.parametrize(("text", "country"), CLAN_FIGHTS)
def test_two_clans_fighting_are_clan_militias(pipeline: Pipeline, text: str, country: str) -> None:
    """Both sides of a fight between two unnamed clans are unidentified clan militias."""
    event = report(pipeline, text)
    labels = [a.acled_name for a in event.actors]
    assert event.sub_event_type == "Armed clash"
    assert labels.count(f"Unidentified Clan Militia ({country})") == 2


STATE_POLICE = [
    ("On 13 February 2024, Haryana Police fired tear gas at farmers protesting in Ambala.",
     "Police Forces of India"),
    ("On 1 March 2023, Punjab Police detained 40 teachers protesting in Ludhiana over unpaid "
     "salaries.", "Police Forces of India"),
    ("On 1 July 2023, Khyber Pakhtunkhwa Police arrested four suspects in Bannu after a night "
     "raid.", "Police Forces of Pakistan"),
]


@pytest.mark.parametrize(("text", "label"), STATE_POLICE)
def test_state_police_is_the_nations_police(pipeline: Pipeline, text: str, label: str) -> None:
    """A state's or province's police named by the unit is coded as the nation's police."""
    labels = [a.acled_name or "" for a in report(pipeline, text).actors]
    assert any(x.startswith(label) for x in labels), labels
    assert not any(x.endswith(" Police") for x in labels), labels


def test_unit_police_needs_a_unit_and_a_police_word() -> None:
    """Only a first-level unit's name before a police word makes a state's police."""
    assert unit_police(["Sindh", "Police"])
    assert unit_police(["the", "Kerala", "Police", "Force"])
    assert not unit_police(["Police"])
    assert not unit_police(["Haryana", "Roadways"])
    assert not unit_police(["Madrid", "Police", "Academy"])


HEADS_OF_STATE = [
    ("On 31 March 2022, hundreds of people gathered outside the home of President Gotabaya "
     "Rajapaksa to protest over power cuts; police fired tear gas.", "LK"),
    ("On 4 December 2024, thousands of people rallied in front of the parliament to demand the "
     "resignation of President Yoon Suk Yeol.", "KR"),
    ("On 1 June 2023, students marched through the capital to demand that junta chief Min Aung "
     "Hlaing step down; police beat several of them.", "MM"),
    ("On 10 August 2025, farmers blocked a highway to protest against the land policy of Prime "
     "Minister Hun Manet.", "KH"),
]


@pytest.mark.parametrize(("text", "code"), HEADS_OF_STATE)
def test_head_of_state_names_the_country(pipeline: Pipeline, text: str, code: str) -> None:
    """With no place named, the head of state or government named gives the country."""
    event = report(pipeline, text)
    assert event.location is not None and event.location.country_code == code


def test_metro_manila_as_acled_names_it(pipeline: Pipeline) -> None:
    """The National Capital Region is ACLED's Metropolitan Manila."""
    event = report(pipeline, "On 17 August 2021, two gunmen shot dead a tricycle driver in "
                             "Caloocan, in the Philippines, and fled on a motorcycle.")
    assert event.location is not None and event.location.admin1 == "Metropolitan Manila"


FOLLOWINGS_HURTING_POLICE = [
    "On 19 January 2025, hundreds of supporters of the president stormed a district court in Seoul, "
    "smashing windows and assaulting police officers.",
    "On 10 May 2024, supporters of the opposition party stormed the election office in Kandy, "
    "smashing furniture and injuring two policemen.",
    "On 1 March 2023, activists of a student union attacked police officers guarding the parliament "
    "in Kathmandu with stones, injuring four of them.",
]


@pytest.mark.parametrize("text", FOLLOWINGS_HURTING_POLICE)
def test_following_hurting_only_police_demonstrates(pipeline: Pipeline, text: str) -> None:
    """A political following that hurts only the police it fights is a violent demonstration."""
    assert report(pipeline, text).sub_event_type == "Violent demonstration"


def test_following_hurting_people_is_a_mob(pipeline: Pipeline) -> None:
    """Harm to anyone but the forces makes the following's violence mob violence."""
    event = report(pipeline, "On 1 March 2023, supporters of a local politician attacked a rival's "
                             "house in Cox's Bazar, injuring three people.")
    assert event.sub_event_type == "Mob violence"
