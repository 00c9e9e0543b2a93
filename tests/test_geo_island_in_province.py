"""'off X island, Y province': the island is a place the province holds, as 'X town, Y province' is.
A namesake of X elsewhere in the country (a town of another province) is no reading of it; the
event is placed at the province, and a namesake inside the province is kept. Sentences written for
these tests."""

from __future__ import annotations

from typing import Any

import pytest

from eventcoder.document import Article
from eventcoder.eval.acled import primary_event


@pytest.mark.parametrize(("text", "admin1", "name"), [
    pytest.param("Gunmen abducted two traders from their boat off Bacnotan island, Tawi-Tawi "
                 "province, Philippines. Police blamed a local gang.",
                 "Bangsamoro Autonomous Region in Muslim Mindanao", None, id="namesake_in_la_union"),
    pytest.param("Marines clashed with gunmen on Siasi island, Sulu province, on Sunday, killing "
                 "two.", "Bangsamoro Autonomous Region in Muslim Mindanao", "Siasi",
                 id="namesake_inside_kept"),
])
def test_island_lies_in_the_province_named_after_it(pipeline: Any, text: str, admin1: str,
                                                    name: str | None) -> None:
    event = primary_event(pipeline(Article(id="t", text=text, published="2021-08-10")))
    assert event is not None and event.location is not None
    assert event.location.admin1 == admin1
    if name is not None:
        assert event.location.name == name
    else:
        assert event.location.precision != "city"
