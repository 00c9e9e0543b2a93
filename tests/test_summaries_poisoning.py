"""Poison put in food or water is an unarmed assault (GTD attack type), an attack on the people
who eat or drink it: "poisoned the water tank of an army camp", "contaminated salad bars with
salmonella", "laced the food ... with rat poison" (data/event_triggers.yaml; the verbs among the
attack verbs whose subject is the doer, resolve/attribution/rules.py). Summaries 4 (issue #14),
texts written for several countries; "poisoned relations" and a river contaminated by a spill
tell no incident.
"""

from __future__ import annotations

import pytest

from eventcoder.document import Article
from eventcoder.pipeline import Pipeline

# (text, group as the output names it)
NOTES: list[tuple[str, str]] = [
    ("Members of the Rajneeshee sect contaminated salad bars at ten restaurants in The Dalles "
     "with salmonella bacteria on Monday.", "Rajneeshee"),
    ("Members of Hizbul Mujahideen poisoned the water tank of an army camp near Baramulla on "
     "Monday, sickening 30 soldiers.", "Hizbul"),
    ("Fighters of the Lord's Resistance Army poisoned a well used by displaced families near "
     "Gulu on Monday.", "Lord's Resistance"),
    ("Taliban militants poisoned the drinking water of a girls' school in Kunduz on Monday, "
     "sickening 80 pupils.", "Taliban"),
    ("Taliban fighters laced the food of a police post in Helmand with rat poison on Monday, "
     "killing four officers.", "Taliban"),
]


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    """The whole pipeline: triggers, typing and roles."""
    return Pipeline()


@pytest.mark.parametrize(("text", "group"), NOTES)
def test_poisoning_is_an_attack_by_its_doer(pipe: Pipeline, text: str, group: str) -> None:
    """An incident whose perpetrator is the group that put the poison."""
    events = pipe(Article(id="t", text=text, published="2015-06-01")).events
    assert events
    assert any(a.role == "perpetrator" and group.lower() in f"{a.name} {a.acled_name or ''}".lower()
               for a in events[0].actors), [(a.name, a.role) for a in events[0].actors]


@pytest.mark.parametrize("text", [
    "The dispute poisoned relations between the two parties in Nairobi on Monday.",
    "An oil spill contaminated the river near Port Harcourt on Monday.",
])
def test_figurative_poison_and_spills_are_no_incident(pipe: Pipeline, text: str) -> None:
    """No incident is read from them."""
    assert not pipe(Article(id="t", text=text, published="2015-06-01")).events
