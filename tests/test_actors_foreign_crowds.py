"""A crowd of foreigners who protest or riot is named by their nationality, as ACLED codes it, on
hand-written sentences from several countries; a nationality that names someone else (the people
the crowd protests for) leaves the crowd the event country's."""

from __future__ import annotations

from typing import Any

import pytest

from eventcoder.document import Article
from eventcoder.eval.acled import primary_event
from eventcoder.resolve.actors.foreign_crowds import crowd_nationality


def _labels(pipeline: Any, text: str, published: str) -> list[str]:
    event = primary_event(pipeline(Article(id="t", text=text, published=published)))
    assert event is not None
    return [a.acled_name or a.name for a in event.actors]


@pytest.mark.parametrize(("text", "published", "expected", "local"), [
    pytest.param("Algerian lawyers protested in Tunis on Monday demanding the regularisation of "
                 "their professional position.", "2016-06-21", "Protesters (Algeria)",
                 "Protesters (Tunisia)", id="lawyers_tunisia"),
    pytest.param("On 6 March 2021, Sudanese refugees rioted at Kakuma camp over food rations, "
                 "burning tents.", "2021-03-07", "Rioters (Sudan)", "Rioters (Kenya)",
                 id="refugees_kenya"),
    pytest.param("On 4 March 2021, hundreds of Ethiopian migrants protested in Sanaa against "
                 "their detention.", "2021-03-05", "Protesters (Ethiopia)", "Protesters (Yemen)",
                 id="migrants_yemen"),
])
def test_foreign_crowd_is_named_by_nationality(pipeline: Any, text: str, published: str,
                                               expected: str, local: str) -> None:
    labels = _labels(pipeline, text, published)
    assert expected in labels
    assert local not in labels


def test_local_crowd_keeps_its_country(pipeline: Any) -> None:
    labels = _labels(pipeline, "On 5 March 2021, Kenyan teachers demonstrated in Nairobi over "
                               "unpaid salaries.", "2021-03-06")
    assert "Protesters (Kenya)" in labels


@pytest.mark.parametrize("text", [
    "Residents protested in Nairobi against the arrest of two Somali nationals.",
    "Youths attacked a group of Chinese workers in Narok and blocked the road.",
])
def test_a_nationality_of_someone_else_is_not_the_crowd_s(text: str) -> None:
    assert crowd_nationality(text, "KE") is None
