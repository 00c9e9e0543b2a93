"""Injuries told through care ("treated for gunshot wounds") and tolls of a whole conflict."""

from __future__ import annotations

from test_counts_stage import best, counted


def test_treated_for_wounds_counts_injuries() -> None:
    text = "Police fired at protesters in Nairobi. More than 30 people were treated for gunshot wounds."
    event = counted(text, "fired")
    assert best(event.injuries) == 30
    assert event.injuries is not None and event.injuries.approximate


def test_treated_without_a_wound_word_is_no_injury() -> None:
    event = counted("Gunmen attacked a clinic where 40 patients were treated daily.", "attacked")
    assert event.injuries is None


def test_toll_of_a_whole_conflict_is_not_counted() -> None:
    text = (
        "Gunmen killed five villagers in Zamfara on Monday. "
        "Thousands of people have been killed in the state since 2011."
    )
    assert best(counted(text, "killed").fatalities) == 5
