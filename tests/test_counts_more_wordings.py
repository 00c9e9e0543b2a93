"""Deaths and injuries in the wordings news uses besides 'killed' and 'wounded': "claimed the
lives of nine", "claimed 23 lives", "succumbed to his wounds", "passed away", "fatally shot",
"mortally wounded", "the bodies of six villagers"; "sustained injuries", "suffered gunshot
wounds", "were hospitalised", "rushed/admitted to hospital". Claims, pressure, damage, evacuations
and losses of other kinds count no one.
Sentences written for several countries and outlets.
"""

from __future__ import annotations

import pytest

from eventcoder.document import Article
from eventcoder.pipeline import Pipeline

DEATHS: list[tuple[str, int]] = [
    ("On 14 February 2022, an ambush on a supply convoy near Arbinda, Burkina Faso, claimed the "
     "lives of eleven soldiers, the army said.", 11),
    ("KANDAHAR, Afghanistan (AP) - A roadside bomb that struck a minibus on Sunday claimed the "
     "lives of six passengers, provincial officials said.", 6),
    ("On 2 September 2019, fighting between two Fulani and Tiv groups near Makurdi claimed 23 "
     "lives, according to Benue state police.", 23),
    ("On 9 October 2021, soldiers opened fire on a militiaman at a checkpoint in Bunia, Ituri. "
     "He succumbed to his wounds in hospital.", 1),
    ("On 21 March 2023, gunmen opened fire on worshippers at a mosque in Peshawar, killing four. "
     "Two more succumbed to their injuries in hospital, police said.", 6),
    ("On 14 January 2022, gunmen dumped the bodies of four traders beside a highway outside "
     "Culiacan, Sinaloa, El Debate reported.", 4),
    ("On 27 July 2020, armed herders raided Kukum Daji in southern Kaduna. Rescuers said the bodies "
     "of eleven villagers were recovered the next morning.", 11),
]

# A harm told as deadly ("fatally shot", "mortally wounded", "sustained fatal injuries") and
# "passed away" count the dead.
FATAL: list[tuple[str, int]] = [
    ("On 8 June 2020, police fatally shot two protesters at a roadblock in Kisumu, witnesses told "
     "the Daily Nation.", 2),
    ("On 30 January 2021, a Malian soldier was mortally wounded when jihadists ambushed a patrol "
     "near Boni.", 1),
    ("On 22 October 2022, three men sustained fatal injuries when a grenade was thrown into a "
     "tavern in Mandalay.", 3),
    ("On 5 May 2019, gunmen opened fire on a minibus near Gao. Two passengers later passed away "
     "in hospital, a health official said.", 2),
]

# Wordings the counts already read; kept here so that the new cues do not break them.
ALREADY_READ: list[tuple[str, int]] = [
    ("On 26 November 2020, gunmen raided a rice farm near Zabarmari, Borno. Forty-three farmers "
     "were confirmed dead by the state governor.", 43),
    ("On 12 May 2021, a suicide bomber struck a girls' school in Kabul. The death toll rose to 58 "
     "on Sunday, the interior ministry said.", 58),
    ("On 7 August 2018, suspected ADF rebels attacked Mayangose, near Beni. Local officials said "
     "fifteen bodies were recovered from the bush.", 15),
]

INJURIES: list[tuple[str, int]] = [
    ("On 5 June 2020, a grenade was thrown into a bar in Bujumbura. Seven customers sustained "
     "injuries, the police spokesman said.", 7),
    ("CARACAS, 30 April 2019 (Reuters) - Security forces fired on protesters in the Altamira "
     "district on Tuesday. At least 14 protesters suffered gunshot wounds, doctors said.", 14),
    ("On 11 August 2022, a car bomb exploded outside a police station in Diyarbakir. Nine officers "
     "were hospitalised, the governor's office said.", 9),
    ("On 3 January 2021, a rocket struck a market in Marib, leaving twelve people hospitalized.", 12),
    ("On 16 September 2023, a bomb went off near a mosque in Mastung. At least 30 worshippers "
     "were rushed to hospital, Dawn reported.", 30),
    ("On 19 February 2022, a grenade exploded at a rally in Dhaka. Eleven party workers were "
     "admitted to hospital.", 11),
]

# A body carried or mourned, and a death from wounds on a day not the event's (ACLED codes by day),
# are not this event's dead (the event's own day under another name is): (text, published,
# fatalities of the main event).
NOT_THIS_TOLL: list[tuple[str, str, int]] = [
    ("On 2 June 2019, youths from Gidan Kara marched into the next village with the body of a man "
     "who had been killed in a land dispute, and burned ten houses.", "2019-06-05", 0),
    ("Mourners carried the bodies of two herders through Bawku on Friday and set fire to a police "
     "post, the Ghana News Agency reported.", "2022-11-28", 0),
    ("Soldiers fired on rioters in Tripoli, Lebanon, on Monday, wounding twelve. One of the "
     "rioters succumbed to his wounds on Wednesday, his family said.", "2021-01-29", 0),
    # the same day under another name is the event's own
    ("On 25 January 2021, soldiers fired on rioters in Tripoli, Lebanon, wounding twelve. One of "
     "the rioters succumbed to his wounds on Monday night.", "2021-01-29", 1),
]

NO_COUNT: list[str] = [
    "On 4 June 2021, soldiers evacuated the town of Solhan after gunmen attacked a market. The "
    "convoy passed the checkpoint at noon.",
    "On 9 March 2023, a suspect admitted to the arson attack on a police station in Bo, police "
    "said. The station sustained heavy damage.",
    "On 4 April 2022, rebels attacked an army base near Kidal. The group claimed the attack in a "
    "statement.",
    "On 17 May 2021, the mayor of Tlaquepaque succumbed to pressure and resigned after gunmen "
    "attacked the town hall.",
    "On 8 July 2020, traders protested in Harare after they suffered heavy losses when police "
    "raided the market.",
]


def _event(pipeline: Pipeline, text: str):  # noqa: ANN202 - a pipeline Event
    events = pipeline(Article(id="t", text=text, published="2024-01-01")).events
    assert events, text
    return events[0]


def _best(count) -> int | None:  # noqa: ANN001 - a Count or None
    return None if count is None else count.best


@pytest.mark.parametrize(("text", "dead"), DEATHS)
def test_lives_claimed_and_succumbing_count_the_dead(pipeline: Pipeline, text: str, dead: int) -> None:
    """Lives an attack claimed and victims who succumbed to wounds are its dead."""
    assert _best(_event(pipeline, text).fatalities) == dead, text


@pytest.mark.parametrize(("text", "dead"), FATAL)
def test_deadly_harm_and_passing_away_count_the_dead(pipeline: Pipeline, text: str, dead: int) -> None:
    """A wound told as fatal is a death, not an injury; so is passing away."""
    event = _event(pipeline, text)
    assert _best(event.fatalities) == dead and not _best(event.injuries), text


@pytest.mark.parametrize(("text", "dead"), ALREADY_READ)
def test_confirmed_dead_tolls_and_bodies_still_count(pipeline: Pipeline, text: str, dead: int) -> None:
    """Dead confirmed, a toll that rose, bodies recovered: still the figure given."""
    assert _best(_event(pipeline, text).fatalities) == dead, text


@pytest.mark.parametrize(("text", "hurt"), INJURIES)
def test_sustained_suffered_hospitalised_count_the_injured(
    pipeline: Pipeline, text: str, hurt: int
) -> None:
    """Injuries sustained or suffered, and people taken into hospital, are the injured."""
    assert _best(_event(pipeline, text).injuries) == hurt, text


@pytest.mark.parametrize(("text", "published", "dead"), NOT_THIS_TOLL)
def test_bodies_carried_and_later_deaths_are_not_the_toll(
    pipeline: Pipeline, text: str, published: str, dead: int
) -> None:
    """A body brought along is a grievance; a death from wounds days later is its own day's."""
    events = pipeline(Article(id="t", text=text, published=published)).events
    assert events, text
    assert (_best(events[0].fatalities) or 0) == dead, text


@pytest.mark.parametrize("text", NO_COUNT)
def test_claims_pressure_and_losses_count_no_one(pipeline: Pipeline, text: str) -> None:
    """A claimed attack, giving in to pressure or losing money counts no dead or injured."""
    event = _event(pipeline, text)
    assert not _best(event.fatalities) and not _best(event.injuries), text
