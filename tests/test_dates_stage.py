"""The dates stage picks the expression that dates the incident, not the report."""

from __future__ import annotations

from pathlib import Path

from stage_docs import assert_evidence_offsets, triggered_document

from eventcoder.document import Event
from eventcoder.extract.dates.stage import ANNOUNCEMENT_NOTE, dates_stage


def dated(text: str, trigger: str, published: str | None = "2018-01-15") -> Event:
    """Run the dates stage on one event; evidence offsets must hold."""
    document = triggered_document(text, [trigger], published)
    dates_stage(document)
    assert_evidence_offsets(document)
    return document.events[0]


def test_weekday_resolves_to_the_last_one_before_publication() -> None:
    """Weekday resolves to the last one before publication."""
    event = dated(
        "Gunmen attacked a police post in Kano on Thursday night, killing two.", "attacked"
    )
    assert (event.date.start, event.date.precision) == ("2018-01-11", "day")
    assert event.date.text and "Thursday" in event.date.text
    assert any(ev.field == "date" for ev in event.evidence)


def test_month_day_in_the_sentence() -> None:
    """Month day in the sentence."""
    event = dated("The army opened, on January 9th, an offensive against the rebels.", "offensive")
    assert (event.date.start, event.date.precision) == ("2018-01-09", "day")


def test_no_date_expression_gives_no_day() -> None:
    """No date expression gives no day."""
    event = dated("Teachers demonstrated in Bam to denounce current practices.", "demonstrated")
    assert event.date.precision == "unknown" and event.date.start is None
    assert "date" in event.notes


def test_durations_and_ages_are_not_dates() -> None:
    """Durations and ages are not dates."""
    text = "A 45-year-old trader was beaten to death by a crowd that had waited for three hours."
    event = dated(text, "beaten")
    assert event.date.precision == "unknown"


def test_background_clause_date_is_skipped() -> None:
    """Background clause date is skipped."""
    text = "Riots erupted in Kasserine after the new fuel tax came into force on January 2."
    assert dated(text, "Riots").date.precision == "unknown"


def test_this_year_only_when_nothing_better() -> None:
    """This year only when nothing better."""
    text = "Gunmen stormed a bus in Karachi last month, in the deadliest attack this year."
    event = dated(text, "stormed", "2015-06-03")
    assert (event.date.start, event.date.end) == ("2015-05-01", "2015-05-31")
    assert event.date.precision == "month"


def test_announcement_date_is_used_with_a_note() -> None:
    """Announcement date is used with a note."""
    text = (
        "On May 20, the chief minister announced the first arrests in connection with the attack."
    )
    event = dated(text, "arrests", "2015-06-03")
    assert (event.date.start, event.date.precision) == ("2015-05-20", "day")
    assert event.date.note == ANNOUNCEMENT_NOTE


def test_without_publication_the_expression_is_kept_unresolved() -> None:
    """Without publication the expression is kept unresolved."""
    event = dated("Gunmen stormed a bus in Karachi last month.", "stormed", None)
    assert (event.date.start, event.date.precision, event.date.text) == (
        None,
        "month",
        "last month",
    )
    assert "no publication date" in event.notes["date"]


def test_founding_year_does_not_date_the_bombings() -> None:
    """Founding year does not date the bombings."""
    text = "LeJ, founded in 1996, was behind two huge bombings in Quetta in 2013."
    event = dated(text, "bombings", None)
    assert (event.date.start, event.date.end, event.date.precision) == (
        "2013-01-01",
        "2013-12-31",
        "year",
    )


def test_seed_article_dates(seed_txt: str, shared_dir: Path) -> None:
    """The seed article's attack, arrests and background bombings get their own dates."""
    document = triggered_document(seed_txt, ["stormed", "first arrests", "bombings"], "2015-06-03")
    dates_stage(document)
    attack, arrests, quetta = document.events
    assert (attack.date.start, attack.date.end, attack.date.precision) == (
        "2015-05-01",
        "2015-05-31",
        "month",
    )
    assert (arrests.date.start, arrests.date.precision) == ("2015-05-20", "day")
    assert quetta.date.start == "2013-01-01" and quetta.date.precision == "year"
