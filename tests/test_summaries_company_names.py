"""A trigger word inside an organisation's name is no deed: "an oil platform operated by Royal
Dutch Shell", "a Shell flow station", "a manager of Missile Logistics Ltd" tell no shelling or
missile strike (extract/events/triggers.py: a single proper-noun word of an ORG entity, outside a
title-case headline, where the tagger calls every word a name). Summaries 4 (issue #14), texts
written for several countries.
"""

from __future__ import annotations

import pytest

from eventcoder.document import Article
from eventcoder.pipeline import Pipeline

ABDUCTION = ("Violence against civilians", "Abduction/forced disappearance")
NOTES = [
    "Gunmen stormed an oil platform operated by Royal Dutch Shell off Bayelsa on Monday and "
    "kidnapped four workers.",
    "Gunmen kidnapped two engineers working for Shell in Delta state on Monday.",
    "Gunmen kidnapped a manager of Missile Logistics Ltd near Port Harcourt on Monday.",
    "Gunmen kidnapped two workers of the Shell Petroleum Development Company near Warri on Monday.",
]


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    """The whole pipeline: triggers and typing."""
    return Pipeline()


@pytest.mark.parametrize("text", NOTES)
def test_company_name_is_no_strike(pipe: Pipeline, text: str) -> None:
    """The kidnapping is the event, not a shelling read from the company's name."""
    event = pipe(Article(id="t", text=text, published="2006-06-01")).events[0]
    assert (event.event_type, event.sub_event_type) == ABDUCTION


def test_title_case_headline_keeps_its_trigger(pipe: Pipeline) -> None:
    """'Army Shelling Kills Five In Donetsk': a headline's words are tagged names, not a company."""
    events = pipe(Article(id="t", text="Army Shelling Kills Five In Donetsk",
                          published="2015-06-01")).events
    assert events and events[0].event_type == "Explosions/Remote violence"
