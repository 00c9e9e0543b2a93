"""Wrong readings of the trigger and crowd rules a review of 0.22.0 left, each on sentences
written for it, in several countries.

- 'Found X guilty' is a verdict: 'the head of a farmer' found guilty is a leader judged, no
  beheading (a head found in a field still is one).
- (Reverted in fix26) A lone person attacking stays the baseline's mob violence by Rioters, as
  acled_train codes it: no armed clash with an unidentified armed group.
- 'By night', 'by dawn' tell when, not who: a crowd's own attack 'by night' on a police post
  stays its deed (the crowd before 2019 is rioters).
- Thieves breaking into an office are no crowd: a theft, not a riot (a thief a mob punishes is
  still its victim).
- Only the fighting parties are a brawl's sides: 'came to blows before guards separated them'
  names no crowd.
- A petrol bomb thrown at a police station hits the police: no violence against civilians
  (stones thrown at police stay a riot).
"""

from __future__ import annotations

import pytest

from eventcoder.document import Article, Event
from eventcoder.eval.acled import primary_event
from eventcoder.pipeline import default_pipeline
from eventcoder.resolve.actors.crowds import disruptive

DAY = "2021-06-10"
OLD_DAY = "2016-06-10"


def _primary(text: str, day: str = DAY) -> Event | None:
    return primary_event(default_pipeline()(Article(id="t", text=text, published=day)))


def _labels(event: Event | None) -> list[str]:
    return [a.acled_name or a.name for a in event.actors] if event is not None else []


@pytest.mark.parametrize("text", [
    "A court in Multan found the head of a farmer guilty of fraud on Monday.",
    "A tribunal in Accra found the head of a herder innocent of theft on Tuesday.",
    "Judges in Lusaka found the head of a teacher liable for the losses of the fund.",
])
def test_verdict_on_a_head_is_no_beheading(text: str) -> None:
    event = _primary(text)
    assert event is None or event.event_type != "Violence against civilians"


@pytest.mark.parametrize("text", [
    "Police found the head of a farmer in a field near Kaduna on Monday.",
    "The head of a herder was found near a well outside Gao on Sunday.",
])
def test_head_found_is_still_a_killing(text: str) -> None:
    event = _primary(text)
    assert event is not None and event.event_type == "Violence against civilians"


@pytest.mark.parametrize("text", [
    "A man attacked a traffic policeman with a machete in Kisumu on Monday.",
    "A man attacked a police officer with an iron bar in Lahore on Sunday.",
    "A farmer attacked a gendarme with a hoe near Bouake on Friday.",
])
@pytest.mark.parametrize("day", [DAY, OLD_DAY])
def test_lone_attacker_of_police_is_no_battle(text: str, day: str) -> None:
    event = _primary(text, day)
    assert event is not None and event.event_type != "Battles"
    assert not any(label.startswith("Unidentified Armed Group") for label in _labels(event))


@pytest.mark.parametrize("text", [
    "Students attacked the rector's house in Abidjan on Tuesday.",
    "Villagers attacked a suspected thief in Kisii on Monday and beat him.",
])
def test_crowd_attacking_is_still_rioters(text: str) -> None:
    assert any(label.startswith("Rioters") for label in _labels(_primary(text, OLD_DAY)))


@pytest.mark.parametrize("text", [
    "Protesters attacked by night a police post in Bamako.",
    "Demonstrators attacked by dawn the soldiers guarding the bridge in Conakry.",
    "Students chased by day the police officers posted at the gate in Dhaka.",
])
def test_by_night_is_time_not_a_force(text: str) -> None:
    assert disruptive(text)


@pytest.mark.parametrize("text", [
    "Marchers were attacked by police in Dakar on Monday.",
    "Students were chased by riot police officers in Dhaka.",
])
def test_deed_by_a_force_is_still_the_forces(text: str) -> None:
    assert not disruptive(text)


def test_crowd_attacking_by_night_before_2019_is_rioters() -> None:
    event = _primary("Protesters attacked by night a police post in Bamako on Monday.", OLD_DAY)
    assert "Rioters (Mali)" in _labels(event)


@pytest.mark.parametrize("text", [
    "Thieves broke into the ruling party's office in Lusaka on Monday night.",
    "Thieves broke into the offices of the electoral commission in Blantyre and took two safes.",
    "A thief stole a laptop from the campaign office of a candidate in Accra on Friday.",
])
def test_thieves_breaking_in_are_no_crowd(text: str) -> None:
    event = _primary(text)
    assert event is None or (event.event_type != "Riots"
                             and not any(label.startswith("Rioters") for label in _labels(event)))


@pytest.mark.parametrize("text", [
    "Residents lynched a suspected thief in Kisii on Monday.",
    "A mob beat two suspected thieves to death in Mwanza on Tuesday.",
])
def test_thief_punished_by_a_mob_is_still_its_victim(text: str) -> None:
    event = _primary(text)
    assert event is not None and event.sub_event_type == "Mob violence"
    assert any(label.startswith("Civilians") for label in _labels(event))


@pytest.mark.parametrize("text", [
    "Lawmakers came to blows in parliament in Kyiv on Tuesday before guards separated them.",
    "Councillors came to blows at a meeting in Eldoret on Monday before police separated them.",
    "Two ministers scuffled at a cabinet meeting in Port Moresby until security officers "
    "pulled them apart.",
])
def test_brawl_sides_are_not_its_peacemakers(text: str) -> None:
    event = _primary(text)
    assert event is None or event.event_type != "Riots"


def test_brawl_between_crowds_with_peacemakers_is_still_a_riot() -> None:
    event = _primary("Rival student groups came to blows on the campus in Kumasi on Friday before "
                     "police separated them.")
    assert event is not None and event.event_type == "Riots"


@pytest.mark.parametrize("text", [
    "Unknown assailants threw a petrol bomb at a police station in Nairobi on Monday.",
    "A petrol bomb was thrown by assailants at a police station in Belfast on Tuesday.",
    "Masked men hurled a Molotov cocktail at a police post in Santiago overnight.",
])
def test_incendiary_thrown_at_police_is_no_attack_on_civilians(text: str) -> None:
    event = _primary(text)
    assert event is not None and event.event_type != "Violence against civilians"
    assert not any(label.startswith("Civilians") for label in _labels(event))
    assert any(label.startswith("Police Forces") for label in _labels(event))


def test_incendiary_thrown_at_a_bar_still_hits_civilians() -> None:
    event = _primary("Unknown assailants threw a petrol bomb at a bar in Mombasa on Monday, "
                     "injuring two customers.")
    assert event is not None and event.event_type == "Violence against civilians"


def test_stones_thrown_at_police_stay_a_riot() -> None:
    event = _primary("Youths threw stones at police in Kisumu on Monday.")
    assert event is not None and event.event_type == "Riots"
