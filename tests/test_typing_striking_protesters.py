"""Striking or protesting workers are protesters, and a mineral's mine is a workplace.

"Police fired tear gas at striking teachers" is a protest the police intervened in (ACLED:
Protests / Protest with intervention), not an attack on civilians: the participle names the
people as protesters whatever their trade. Force that hurts no one (tear gas, water cannon) is
an intervention; killing or beating them is excessive force. A "platinum mine" or a "cobalt
mine" is where miners work, no landmine. Sentences written for several countries.
"""

from __future__ import annotations

import pytest

from eventcoder.document import Article
from eventcoder.pipeline import Pipeline

# (text, event type, sub-event type)
NOTES: list[tuple[str, str, str]] = [
    ("Anti-riot police fired tear gas at striking teachers in Nairobi on 3 March 2022.",
     "Protests", "Protest with intervention"),
    ("Police fired tear gas at striking nurses outside the health ministry in Harare on 9 June "
     "2021.", "Protests", "Protest with intervention"),
    ("Gendarmes fired tear gas at protesting farmers near Lyon on 26 January 2024.",
     "Protests", "Protest with intervention"),
    ("Soldiers beat striking garment workers at a factory in Yangon on 5 March 2021.",
     "Protests", "Excessive force against protesters"),
    ("Police shot dead two striking miners at a platinum mine near Rustenburg on 14 August 2022.",
     "Protests", "Excessive force against protesters"),
    ("Soldiers killed three artisanal diggers at a cobalt mine near Kolwezi on 2 April 2021.",
     "Violence against civilians", "Attack"),
    # a mine that goes off is still a landmine
    ("A mine exploded under a truck near Gao, Mali, on 3 May 2021, killing two soldiers.",
     "Explosions/Remote violence", "Remote explosive/landmine/IED"),
]


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    """Events and typing, with the date-bound conventions."""
    return Pipeline(stages=("events", "typing", "dates"))


@pytest.mark.parametrize(("text", "event_type", "sub_event_type"), NOTES)
def test_striking_workers_and_mines(pipe: Pipeline, text: str, event_type: str,
                                    sub_event_type: str) -> None:
    """The main event gets the codebook's type and sub-event type."""
    events = pipe(Article(id="t", text=text, published="2024-02-01")).events
    assert events, text
    event = max(events, key=lambda e: e.confidence)
    assert (event.event_type, event.sub_event_type) == (event_type, sub_event_type), text
