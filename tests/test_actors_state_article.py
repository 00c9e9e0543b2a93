"""ACLED writes "the Ivory Coast" in state labels since its 2019 codebook, keeping the bracket of
the government in power (2011-); older events keep the name without the article."""

from __future__ import annotations

import pytest

from eventcoder.resolve.actors.periods import dated_state_label


@pytest.mark.parametrize(("label", "day", "expected"), [
    ("Police Forces of Ivory Coast", "2016-07-01", "Police Forces of Ivory Coast (2011-)"),
    ("Police Forces of Ivory Coast", "2020-05-01", "Police Forces of the Ivory Coast (2011-)"),
    ("Military Forces of Ivory Coast", "2023-02-10", "Military Forces of the Ivory Coast (2011-)"),
    ("Military Forces of Ivory Coast", "2005-02-10", "Military Forces of Ivory Coast (2000-2011)"),
])
def test_ivory_coast_takes_the_article_from_2019(label: str, day: str, expected: str) -> None:
    assert dated_state_label(label, day) == expected
