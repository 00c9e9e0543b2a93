"""One person named beside a counted group counts too: "a guard and the bomber were killed".

Incident summaries list the dead as a group and one named person: "Three shoppers and the bomber
died", "Two policemen and the village headman were killed", "killing two soldiers and their
driver". A singular noun with "the" or a possessive and no figure is one person (a group noun
such as "the army" names no number). The shared verb is no cue of the conjunct's own ("two
civilians and a soldier died" is one count of three, not two counts). Texts written for several
countries.
"""

from __future__ import annotations

import pytest

from eventcoder.document import Article
from eventcoder.pipeline import Pipeline

# (text, fatalities of the main event)
NOTES: list[tuple[str, int]] = [
    ("Three shoppers and the bomber died when explosives went off in a market in Maiduguri on "
     "Sunday.", 4),
    ("A police officer and the bomber were killed when a suicide bomber struck a checkpoint near "
     "Herat on Monday.", 2),
    ("Two soldiers and the attacker were killed in a knife attack at a barracks in Lyon on "
     "Friday.", 3),
    ("A teacher and the suicide bomber were killed in a blast outside a school in Quetta on "
     "Tuesday.", 2),
    ("Two policemen and the village headman were killed in an ambush near Kayes on Monday.", 3),
    ("Gunmen killed two soldiers and their driver near Dori on Monday.", 3),
    ("Two civilians and a soldier died in shelling of Donetsk on Sunday.", 3),
    # a group noun or a thing beside the count adds no one
    ("Militants killed three farmers and the cattle were stolen near Jos on Monday.", 3),
    ("Gunmen killed four farmers and the gunmen fled into the forest near Jos on Tuesday.", 4),
    # the verb's own cues still split two counts
    ("Three soldiers were killed and two wounded in an ambush near Gao on Sunday.", 3),
    ("Two people died and three were injured when a bomb exploded in Mosul on Sunday.", 2),
]


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    """The whole pipeline: the counts stage reads the parse."""
    return Pipeline()


@pytest.mark.parametrize(("text", "deaths"), NOTES)
def test_one_person_beside_a_counted_group(pipe: Pipeline, text: str, deaths: int) -> None:
    """The toll adds the singular person named beside the counted group."""
    events = pipe(Article(id="t", text=text, published="2015-06-01")).events
    assert events and events[0].fatalities is not None
    assert events[0].fatalities.best == deaths
