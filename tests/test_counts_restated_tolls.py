"""Tolls outlets restate: "the toll climbed to 14", "the number of dead rose to nine", "the number
of miners killed ... had risen to 31", "bringing the toll to nine". The restated figure is the
incident's toll; a bare "toll" is a death toll, "the number of wounded" an injury count. A running
tally over a stretch of time ("bringing to 40 the number killed in the district since January") is
no incident's toll, and the wounded who then died ("A wounded guard died in hospital") are among
the dead, not the injured. Sentences written for several countries and outlets.
"""

from __future__ import annotations

import pytest

from eventcoder.document import Article
from eventcoder.eval.acled import primary_event
from eventcoder.pipeline import Pipeline

# (text, published, fatalities)
RESTATED: list[tuple[str, str, int]] = [
    ("A missile hit a shopping centre in Kremenchuk on Monday afternoon, regional officials said. "
     "By Tuesday evening the toll had climbed to 21 as firefighters searched the ruins.",
     "2022-06-28", 21),
    ("Suspected jihadists attacked a convoy of traders near Djibo on Thursday, killing eight. The "
     "toll rose to 13 on Friday after five bodies were found in the bush, local sources said.",
     "2023-03-04", 13),
    ("The number of dead from Sunday's shooting at a cockfighting ring in Zacatecas rose to eleven "
     "on Wednesday, state prosecutors said.", "2022-07-20", 11),
    ("Officials said on Friday that the number of miners killed in Tuesday's attack by armed men "
     "on a gold site near Kidal had risen to 31.", "2024-02-10", 31),
    ("Soldiers shot dead six suspected smugglers at a river crossing near Quetta on Saturday. "
     "Rescuers pulled more bodies from the water on Sunday, bringing the toll to nine.",
     "2021-11-15", 9),
    ("Hospital sources in Kirkuk said on Monday that the death count from Sunday's gun attack on a "
     "wedding party had increased to six.", "2020-08-11", 6),
]

# A toll carried to its new figure ("taking the toll to", "pushing the toll ... to"): the
# verbs of carrying are read by the same reader as the verbs of rising.
CARRIED: list[tuple[str, str, int]] = [
    ("Two more wounded traders died overnight at the district hospital in Bossaso, taking the "
     "toll from Saturday's market bombing to seven, a clinic director told reporters.",
     "2022-09-12", 7),
    ("Rescue teams in Sagaing found four more bodies on Wednesday, pushing the toll from Monday's air "
     "raid on the village to 17, a local aid group said.", "2023-04-13", 17),
    ("Police in Cauca recovered two further bodies on Sunday, taking the death toll from the "
     "ambush on a rural patrol to five.", "2021-10-04", 5),
]

# A running tally over weeks or months restated beside the incident is not its toll.
TALLIES: list[tuple[str, str, int]] = [
    ("Bandits killed seven villagers in Zurmi on Sunday, bringing to 60 the number killed in the "
     "district since the start of the year, the state police said.", "2021-04-20", 7),
    ("Militia fighters killed three herders near Bunia on Friday, raising to 45 the number of "
     "civilians killed in the territory since January, a local monitor said.", "2022-05-16", 3),
]

# (text, published, fatalities, injuries): a wounded man who then died is no injury
DIED_OF_WOUNDS: list[tuple[str, str, int, int]] = [
    ("A bomb exploded at a bus stop in Mogadishu on Monday, killing three people. A wounded guard "
     "died in hospital on Tuesday, raising the death toll to four.", "2022-10-05", 4, 0),
    ("Gunmen attacked a police post in Tillaberi on Thursday, killing two officers. A policeman "
     "wounded in the raid died later, bringing the toll to three.", "2021-06-12", 3, 0),
]


def _event(pipeline: Pipeline, text: str, published: str):  # noqa: ANN202 - a pipeline Event
    event = primary_event(pipeline(Article(id="t", text=text, published=published)))
    assert event is not None, text
    return event


def _best(count) -> int:  # noqa: ANN001 - a Count or None
    return 0 if count is None or count.best is None else int(count.best)


@pytest.mark.parametrize(("text", "published", "dead"), RESTATED)
def test_restated_toll_is_the_incidents(pipeline: Pipeline, text: str, published: str, dead: int) -> None:
    """The figure a toll is restated with is the incident's toll."""
    assert _best(_event(pipeline, text, published).fatalities) == dead, text


@pytest.mark.parametrize(("text", "published", "dead"), CARRIED)
def test_carried_toll_is_the_incidents(pipeline: Pipeline, text: str, published: str, dead: int) -> None:
    """A toll carried to a new figure ('taking the toll to seven') is the incident's toll."""
    assert _best(_event(pipeline, text, published).fatalities) == dead, text


def test_tally_over_time_is_no_toll(pipeline: Pipeline) -> None:
    """A number killed 'since January' counts a stretch of time, not the incident."""
    got = [_best(_event(pipeline, text, published).fatalities) for text, published, _ in TALLIES]
    assert got == [dead for _, _, dead in TALLIES]


@pytest.mark.parametrize(("text", "published", "dead", "hurt"), DIED_OF_WOUNDS)
def test_wounded_who_died_are_no_injuries(
    pipeline: Pipeline, text: str, published: str, dead: int, hurt: int
) -> None:
    """The wounded who died count among the dead only."""
    event = _event(pipeline, text, published)
    assert (_best(event.fatalities), _best(event.injuries)) == (dead, hurt), text


def test_other_numbers_restated_are_no_toll(pipeline: Pipeline) -> None:
    """'the number of displaced rose to 4,000' after a toll restates no toll."""
    text = ("Herders killed five farmers near Yelwata on Tuesday. By Thursday the number of displaced "
            "families had risen to 4,000, the state emergency agency said.")
    assert _best(_event(pipeline, text, "2023-05-19").fatalities) == 5
