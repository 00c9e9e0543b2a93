"""Deaths and injuries in the wordings news uses besides 'killed' and 'wounded': "claimed the
lives of nine", "claimed 23 lives", "succumbed to his wounds", "sustained injuries", "suffered
gunshot wounds", "were hospitalised". Claims, pressure and losses of other kinds count no one.
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
]

NO_COUNT: list[str] = [
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


@pytest.mark.parametrize("text", NO_COUNT)
def test_claims_pressure_and_losses_count_no_one(pipeline: Pipeline, text: str) -> None:
    """A claimed attack, giving in to pressure or losing money counts no dead or injured."""
    event = _event(pipeline, text)
    assert not _best(event.fatalities) and not _best(event.injuries), text
