"""A toll broken down after a comma restates the toll; a partitive names part of it.

"Six people, two soldiers and four civilians, were killed": the parser may join the breakdown to
"people" as its conjuncts, which summed to 12. "Four people, three of them teachers, were
killed": it may give "three of them" a subject's relation of its own, which took the toll. Both
were found by the session-25 review's probes, as was "killed himself and his wife" counting
one (a person named in the singular beside the reflexive is one more dead); the sentences are
written for several countries.
"""

from __future__ import annotations

import pytest

from eventcoder.document import Article
from eventcoder.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    """The whole pipeline: the count stage reads the events before it."""
    return Pipeline()


def _dead(pipe: Pipeline, text: str) -> int | None:
    events = [e for e in pipe(Article(id="t", text=text, published="2021-05-05")).events
              if not e.historical]
    assert events
    return events[0].fatalities.best if events[0].fatalities else None


@pytest.mark.parametrize(("text", "dead"), [
    ("Six people, two soldiers and four civilians, were killed when gunmen attacked a checkpoint "
     "near Gao on Monday.", 6),
    ("Nine people, three policemen and six villagers, were killed in an attack on Kauru in "
     "Kaduna State on Sunday.", 9),
    ("Five persons, two children and three women, died when a mortar shell hit a market in "
     "Mogadishu on Tuesday.", 5),
    ("Four people, three of them teachers, were killed when gunmen attacked a school in Borno on "
     "Monday.", 4),
    ("Seven people, two of whom were police officers, were killed in a bomb blast in Quetta on "
     "Friday.", 7),
])
def test_breakdown_restates_the_toll(pipe: Pipeline, text: str, dead: int) -> None:
    """The toll is the whole group's figure, not its parts added to it or one part alone."""
    assert _dead(pipe, text) == dead


@pytest.mark.parametrize(("text", "dead"), [
    # a list of groups with no whole before it still adds up
    ("Two soldiers, three civilians and one attacker were killed in an ambush near Menaka on "
     "Monday.", 6),
    # parts that do not sum to the head are other people: kept as before
    ("Eleven civilians, a police officer and all nine attackers were killed in the assault on "
     "the hotel in Bamako.", 21),
    # a partitive alone is the count
    ("Three of them were killed when their bus hit a landmine near Kidal on Monday.", 3),
])
def test_lists_and_lone_partitives_unchanged(pipe: Pipeline, text: str, dead: int) -> None:
    """Only a breakdown that restates a generic toll, or a partitive after a whole, is read so."""
    assert _dead(pipe, text) == dead


@pytest.mark.parametrize(("text", "dead"), [
    ("A suicide bomber killed himself and his driver at a checkpoint in Mogadishu on Monday.", 2),
    ("The attacker killed himself and the village headman in Tillaberi on Sunday.", 2),
    ("The bomber killed himself and 2 soldiers at a base in Maiduguri on Friday.", 3),
    ("The bomber killed himself and wounded five people at a market in Kabul on Monday.", 1),
])
def test_reflexive_and_one_person(pipe: Pipeline, text: str, dead: int) -> None:
    """'killed himself and his driver': the one person beside the bomber counts too."""
    assert _dead(pipe, text) == dead
