"""The lead dates the news: an incident its own and neighbouring sentences leave undated takes a
date of the report's first sentences, unless that date belongs to another incident's trigger."""

from __future__ import annotations

import pytest
from stage_docs import triggered_document

from eventcoder.extract.dates.stage import dates_stage


@pytest.mark.parametrize(
    ("text", "triggers", "start"),
    [
        ("Shops and schools have been shut in Bamenda since 3 March over the detention of a "
         "teachers' union leader. The protesters, mostly teachers and students, have barricaded "
         "the main roads.", ["detention", "protesters"], "2018-03-03"),
        ("Transport has been halted in Kisumu since Monday following the arrest of a county "
         "official. The demonstrators, many of them motorcycle taxi riders, burned tyres on the "
         "main road.", ["arrest", "demonstrators"], "2018-03-05"),
    ],
)
def test_the_lead_dates_an_incident_told_later(text: str, triggers: list[str], start: str) -> None:
    """The protest told in the second sentence is the news the dated lead opens."""
    document = triggered_document(text, triggers, published="2018-03-07")
    dates_stage(document)
    assert document.events[1].date.start == start


def test_a_lead_date_of_another_incident_is_not_taken() -> None:
    """Monday dates the attack of the lead, not the march told apart."""
    text = ("Gunmen attacked a police post in Tillaberi on Monday. Residents say the border is "
            "unsafe. In Niamey the protesters marched against insecurity.")
    document = triggered_document(text, ["attacked", "protesters"], published="2018-03-07")
    dates_stage(document)
    assert document.events[0].date.start == "2018-03-05"
    assert document.events[1].date.start is None


def test_a_lead_year_before_publication_is_background() -> None:
    """'accused of ordering a murder in 2012' dates the leader's past, not the arrest."""
    text = ("Soldiers arrested a lawmaker and 30 others near Uvira. Their leader, blamed for raids "
            "on villages, is accused of ordering the murder of a priest in 2012.")
    document = triggered_document(text, ["arrested", "raids"], published="2018-03-07")
    dates_stage(document)
    assert document.events[0].date.start is None
