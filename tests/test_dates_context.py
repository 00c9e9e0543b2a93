"""The dates stage on terse notes: datelines, overnight spans, modifiers, shared sentences."""

from __future__ import annotations

import pytest
from stage_docs import dated_events


@pytest.mark.parametrize(
    ("text", "trigger", "start"),
    [
        (
            "09th January, PM, El Adde: Reports claim that troops launched an attack.",
            "attack",
            "2018-01-09",
        ),
        ("11/01/18, Beledweyne: Three militants killed by the army.", "killed", "2018-01-11"),
        (
            "An explosion destroyed a shop during the early hours of 12 January in Hodan.",
            "explosion",
            "2018-01-12",
        ),
        (
            "Rival army units clashed on the night between Thursday and Friday in Korhogo.",
            "clashed",
            "2018-01-11",
        ),
        (
            "An exchange of fire left three dead in the night from Thursday to Friday.",
            "exchange",
            "2018-01-11",
        ),
        (
            "Mutinous soldiers attacked the base on the night of Tuesday 9.",
            "attacked",
            "2018-01-09",
        ),
        (
            "On 13 January pro-government forces said they clashed with the militants.",
            "clashed",
            "2018-01-13",
        ),
        (
            "A commander died in an airstrike that hit his farm near Derna 14 January.",
            "airstrike",
            "2018-01-14",
        ),
    ],
)
def test_day_is_found(text: str, trigger: str, start: str) -> None:
    """Terse notes (datelines, day-month forms) give the day of the incident."""
    event = dated_events(text, [trigger])[0]
    assert (event.date.start, event.date.precision) == (start, "day")


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        (
            "A crowd protested against the nomination of a candidate for the August 3 elections.",
            "protested",
        ),
        ("A herder, who was abducted 12 days ago, was found beheaded near his village.", "beheaded"),
        ("Judicial police announced a 24-hour strike in Tripoli.", "strike"),
        ("Protesters marched for 2/3 months against the governor.", "marched"),
        ("Lawyers protested in Abuja. A court had removed the governor on Monday.", "protested"),
    ],
)
def test_no_day_is_invented(text: str, trigger: str) -> None:
    """No day is invented."""
    event = dated_events(text, [trigger])[0]
    assert event.date.precision != "day"


def test_a_date_of_another_incident_in_the_sentence_is_not_taken() -> None:
    """A date of another incident in the sentence is not taken."""
    text = (
        "Police arrested 50 elders who came to discuss the killing of 51 civilians on 5 June 2017."
    )
    arrest, killing = dated_events(text, ["arrested", "killing"])
    assert killing.date.start == "2017-06-05"
    assert arrest.date.start is None
