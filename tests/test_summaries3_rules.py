"""Perpetrator wordings of incident summaries (summaries 3, issue #14), each on texts written for
several countries.

- "Dozens of X militants raided ...", "two of the X gunmen shot ...": a count of a group's
  people is those people; X is the doer (resolve/attribution/forms.py).
- "A caller claimed responsibility on behalf of X", "... in the name of X": a claim of
  responsibility made for a group is the group's claim (resolve/attribution/claim_papers.py).
- "..., but the group denied involvement" after such a claim: the group's denial is its last word
  (resolve/attribution/denied_doers.py).
"""

from __future__ import annotations

import pytest

from eventcoder.document import Article
from eventcoder.pipeline import Pipeline

# (text, group as the output names it, attribution)
NOTES: list[tuple[str, str, str]] = [
    ("Dozens of Kurdistan Workers' Party (PKK) militants raided a village in Sirnak province on "
     "Monday and burned houses.", "Kurdistan Workers", "stated"),
    ("Dozens of Boko Haram fighters stormed a village in Borno state on Monday, killing 12 "
     "people.", "Boko Haram", "stated"),
    ("Hundreds of al-Shabaab militants attacked an army base in Lower Shabelle on Monday.",
     "Shabaab", "stated"),
    ("Scores of Taliban fighters overran a police post in Ghazni province on Monday.", "Taliban",
     "stated"),
    ("A handful of ELN guerrillas blew up an oil pipeline in Arauca on Monday.",
     "National Liberation Army", "stated"),
    ("A bomb exploded at a bank in Athens on Monday. A caller claimed responsibility on behalf of "
     "Revolutionary Struggle.", "Revolutionary Struggle", "claimed"),
    ("Gunmen killed a judge in Cali on Monday. In a call to a radio station, a man claimed "
     "responsibility in the name of the ELN.", "National Liberation Army", "claimed"),
    ("A bomb exploded at a police station in Diyarbakir on Monday. A caller claimed "
     "responsibility on behalf of the PKK, but the group denied involvement the next day.",
     "Kurdistan Workers", "denied"),
    ("Gunmen killed a judge in Cali on Monday. A man claimed the killing in the name of the ELN "
     "in a call to a radio station; the group denied any role.", "National Liberation Army",
     "denied"),
    # someone else's denial leaves the group's own claim
    ("A bomb exploded in a market in Jolo on Monday. Abu Sayyaf claimed responsibility. The army "
     "denied that the blast was caused by its own mortar.", "Abu Sayyaf", "claimed"),
]


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    """The whole pipeline: roles come from the parse, names from the actor stage."""
    return Pipeline()


@pytest.mark.parametrize(("text", "group", "attribution"), NOTES)
def test_summary_perpetrator_wordings(pipe: Pipeline, text: str, group: str,
                                      attribution: str) -> None:
    """The group is the first event's perpetrator, attributed as the text says."""
    events = pipe(Article(id="t", text=text, published="2015-06-01")).events
    assert events
    doers = [a for a in events[0].actors if a.role == "perpetrator" and group.lower() in
             f"{a.name} {a.acled_name or ''}".lower()]
    assert doers, [(a.name, a.role) for a in events[0].actors]
    assert doers[0].attribution == attribution


# a count of people who are not the doers adds no one: "hundreds of supporters of X protested"
def test_supporters_are_not_the_group(pipe: Pipeline) -> None:
    """Supporters of a group protesting do not make the group a perpetrator."""
    text = "Hundreds of supporters of the PKK protested in Diyarbakir on Monday."
    events = pipe(Article(id="t", text=text, published="2015-06-01")).events
    assert not any(a.role == "perpetrator" and "Kurdistan" in a.name
                   for e in events for a in e.actors)
