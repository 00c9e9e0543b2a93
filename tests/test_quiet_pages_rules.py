"""Pages of no incident (#14, full reports 11): what in them made an event, on sentences written
for several countries and outlets. A deed a cell or a gang is "planning" or "plotting" is still to
come, also where the parser reads the -ing word as a compound noun ("a cell planning bombings");
and a perfect clause counted on from an earlier time with a vague count ("have since arrested or
killed hundreds of militants", "dozens of soldiers have been killed there since then") sums the
incidents of a stretch, so in a long report it is a passing tally, not an incident.
"""

from __future__ import annotations

import pytest

from eventcoder.document import Article
from eventcoder.eval.acled import primary_event
from eventcoder.pipeline import default_pipeline


def _types(text: str, published: str) -> list[str | None]:
    """Event types of the incidents the pipeline finds in one report."""
    doc = default_pipeline()(Article(id="t", text=text, published=published))
    return [e.event_type for e in doc.events]


def _primary(text: str, published: str):
    return primary_event(default_pipeline()(Article(id="t", text=text, published=published)))


@pytest.mark.parametrize(("text", "published", "planned_type"), [
    ("Kenyan police said on Sunday they had arrested four men in Mombasa. Officers said the men "
     "belonged to a cell planning bombings on churches in the coastal city. The suspects were "
     "taken to court on Monday.", "2019-03-04", "Explosions/Remote violence"),
    ("The Counter Terrorism Department said it had detained a group plotting attacks on polling "
     "stations in Lahore. It gave no further details.", "2018-07-20", "Violence against civilians"),
])
def test_a_deed_being_planned_is_no_event(text: str, published: str, planned_type: str) -> None:
    types = _types(text, published)
    assert "Strategic developments" in types and planned_type not in types, types


def test_a_planned_march_stays_planned() -> None:
    """The rule's older half: "were planning a march" (a verb and its object) is no protest."""
    text = ("Malian police said on Sunday they had arrested three men in Bamako. Officers said the "
            "men were planning a march on the presidential palace. They were released on Monday.")
    assert _types(text, "2021-06-14") == ["Strategic developments"]


@pytest.mark.parametrize(("text", "published"), [
    ("The government and the ELN opened a new round of talks in Havana on Monday. The talks began "
     "in 2017 and were suspended in 2019. Negotiators said they hoped for a ceasefire by the end "
     "of the year. Human rights groups welcomed the move. The ELN has about 2,500 fighters, "
     "according to the army. Dozens of soldiers and civilians have been killed in Arauca since "
     "then. The talks are expected to last three weeks. Both sides said they were hopeful.",
     "2022-11-22"),
    ("Egypt's president opened a new police academy in Cairo on Thursday. He praised the security "
     "forces for restoring order after the 2013 unrest. The academy will train 5,000 officers a "
     "year. Officials said crime had fallen. Security forces have since arrested or killed "
     "thousands of suspected militants in North Sinai. Rights groups have criticised the "
     "crackdown. The ceremony was broadcast live.", "2019-04-11"),
])
def test_a_vague_count_since_then_is_a_tally(text: str, published: str) -> None:
    assert _primary(text, published) is None, _types(text, published)


def test_a_toll_update_since_then_keeps_its_incident() -> None:
    """A number ("two more") counted since the attack is its toll, not a tally of a stretch."""
    text = ("Gunmen killed five villagers in Zamfara on Sunday, police said. Two more people have "
            "died since then in hospital, a doctor said.")
    event = _primary(text, "2021-06-14")
    assert event is not None and event.event_type == "Violence against civilians"
    assert event.fatalities is not None and event.fatalities.best == 5
