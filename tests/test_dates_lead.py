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


@pytest.mark.parametrize(
    ("text", "trigger", "start"),
    [
        ("Rights groups fear for a Cambodian union organiser who has not been seen since he was "
         "stopped at a checkpoint in Battambang on 3 March. The ministry said on Tuesday that he "
         "may have been kidnapped by a gang.", "kidnapped", "2018-03-03"),
        ("A Ugandan reporter has not been heard from since soldiers stopped his car near Gulu on "
         "Friday evening. His editor said on Monday that he was feared abducted.", "abducted",
         "2018-03-02"),
    ],
)
def test_a_since_clause_of_the_lead_beats_an_announcement(
    text: str, trigger: str, start: str
) -> None:
    """'not seen since he was stopped on 3 March': the lead tells when the disappearance began;
    the day of the later statement dates only the announcement."""
    document = triggered_document(text, [trigger], published="2018-03-07")
    dates_stage(document)
    assert document.events[0].date.start == start


def test_an_announcement_still_dates_an_incident_no_lead_dates() -> None:
    """No date in the lead: the announced day stays, with its note."""
    text = "A trader was seized by gunmen in Kano. Police said on Tuesday that he was kidnapped."
    document = triggered_document(text, ["kidnapped"], published="2018-03-07")
    dates_stage(document)
    assert document.events[0].date.start == "2018-03-06"
