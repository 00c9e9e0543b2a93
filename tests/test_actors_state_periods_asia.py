"""State forces of South and South-East Asian and Latin American states carry the ruling period
of the event date; a state whose periods are not listed (not yet checked) takes no bracket."""

from __future__ import annotations

import pytest

from eventcoder.resolve.actors.periods import dated_state_label


@pytest.mark.parametrize(("label", "day", "expected"), [
    ("Police Forces of Bangladesh", "2024-07-20", "Police Forces of Bangladesh (2009-2024)"),
    ("Police Forces of Bangladesh", "2024-09-02", "Police Forces of Bangladesh (2024-)"),
    ("Military Forces of Indonesia", "2021-03-02", "Military Forces of Indonesia (2014-2024)"),
    ("Police Forces of Sri Lanka", "2022-04-01", "Police Forces of Sri Lanka (2019-2022)"),
    ("Police Forces of Peru", "2023-01-10", "Police Forces of Peru (2022-2025)"),
    ("Police Forces of Ecuador", "2024-01-09", "Police Forces of Ecuador (2023-)"),
    ("Police Forces of Bolivia", "2019-10-21", "Police Forces of Bolivia (2006-2019)"),
    ("Police Forces of Peru", "2025-11-01", "Police Forces of Peru (2025-)"),
])
def test_period_at_date(label: str, day: str, expected: str) -> None:
    assert dated_state_label(label, day) == expected


def test_a_state_without_known_periods_takes_no_bracket() -> None:
    # (Honduras had no periods before; its presidents are now listed: Paraguay has none)
    assert dated_state_label("Police Forces of Paraguay", "2024-06-01") == "Police Forces of Paraguay"
