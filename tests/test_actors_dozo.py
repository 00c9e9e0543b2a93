"""Dozo hunters, a brotherhood of traditional hunters of no one people, are "Dozo Communal
Militia (<country>)" wherever they act, however the text names them. Hand-written sentences from
Mali, Burkina Faso and Ivory Coast."""

from __future__ import annotations

from typing import Any

import pytest

from tests.actor_labels import labels


@pytest.mark.parametrize(("text", "published", "country"), [
    pytest.param("On 14 February 2020, Dozo hunters attacked a Fulani hamlet near Bankass, "
                 "Mali, killing four herders.", "2020-02-15", "Mali", id="mali_hunters"),
    pytest.param("On 3 September 2019, Dozo militiamen clashed with suspected jihadists near "
                 "Banfora, Burkina Faso.", "2019-09-04", "Burkina Faso", id="burkina_militiamen"),
    pytest.param("On 27 June 2021, a group of Dozos beat two cattle traders accused of theft near "
                 "Korhogo, Ivory Coast.", "2021-06-28", "Ivory Coast", id="ivory_coast_dozos"),
])
def test_dozo_are_a_communal_militia(pipeline: Any, text: str, published: str,
                                     country: str) -> None:
    got = labels(pipeline, text, published)
    assert f"Dozo Communal Militia ({country})" in got, got
    assert not any("Dozo Ethnic" in label for label in got), got
