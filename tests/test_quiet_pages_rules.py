"""Pages of no incident (#14, full reports 11): what in them made an event, on sentences written
for several countries and outlets. A deed a cell or a gang is "planning" or "plotting" is still to
come, also where the parser reads the -ing word as a compound noun ("a cell planning bombings");
and a perfect clause counted on from an earlier time with a vague count ("have since arrested or
killed hundreds of militants", "dozens of soldiers have been killed there since then") sums the
incidents of a stretch, so in a long report it is a passing tally, not an incident.

And a claim or blame must reach the name it charges: "the party, which it accused of organising
the attack" (the relative pronoun the object of the accusing verb) accuses the party, as "accused
the party of organising the attack" does; a clause charging a crime or backing charges no doer.
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


def _roles(text: str, published: str = "2019-02-14") -> dict[str, tuple[str, str]]:
    """name -> (role, attribution) over every event the pipeline finds."""
    doc = default_pipeline()(Article(id="t", text=text, published=published))
    return {a.name: (a.role, a.attribution) for e in doc.events for a in e.actors}


@pytest.mark.parametrize(("text", "name", "attribution"), [
    ("Gunmen killed nine villagers near Beni on Sunday. The army named the Allied Democratic "
     "Forces, which it accused of carrying out the massacre.", "Allied Democratic Forces",
     "accused"),
    ("Gunmen killed five police officers in Tumaco on Monday. The governor pointed to the Oliver "
     "Sinisterra Front, whom police suspect of the ambush.", "Oliver Sinisterra Front",
     "suspected"),
    ("A car bomb killed seven soldiers in Gao on Tuesday, the army said. Officials named Ansar "
     "Dine, which they blamed for the bombing.", "Ansar Dine", "accused"),
    ("Gunmen killed nine villagers near Beni on Sunday. The army named the Allied Democratic "
     "Forces, which it held responsible for the massacre.", "Allied Democratic Forces", "accused"),
])
def test_a_relative_clause_that_charges_its_name(text: str, name: str, attribution: str) -> None:
    found = {n: r for n, r in _roles(text).items() if name.lower() in n.lower()}
    assert found and set(found.values()) == {("perpetrator", attribution)}, _roles(text)


def test_a_relative_clause_of_backing_charges_no_doer() -> None:
    """ "which it accused of arming the ADF": a sponsor, not the doer of the massacre."""
    text = ("Gunmen killed nine villagers near Beni on Sunday. The army named Uganda, which it "
            "accused of arming the rebels.")
    assert all(role != "perpetrator" for n, (role, _) in _roles(text).items() if "Uganda" in n), \
        _roles(text)


def test_a_relative_clause_charging_a_crime_charges_no_doer() -> None:
    """ "which they accused of extortion": a crime of the group's, not the deed of the report."""
    text = ("Gunmen killed two traders in Nakuru on Sunday, police said. Officers named the "
            "Mungiki sect, which they accused of extortion.")
    assert all(role != "perpetrator" for n, (role, _) in _roles(text).items()
               if "mungiki" in n.lower()), _roles(text)
