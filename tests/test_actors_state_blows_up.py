"""A state that blows something up or shoots something down is its armed forces.

"North Korea blew up the liaison office", "Iran shot down a drone": with its particle, the verb
tells of an armed act, as "Israel struck" or "Russia shelled" already did. Sentences for several
states.
"""

from __future__ import annotations

import pytest
from actor_labels import labels

from eventcoder.pipeline import Pipeline

CASES: list[tuple[str, str, str]] = [
    ("On 17 June 2020, North Korea blew up a liaison office in Kaesong.", "2020-06-18",
     "Military Forces of North Korea"),
    ("On 20 June 2019, Iran shot down a surveillance drone over the Strait of Hormuz.",
     "2019-06-21", "Military Forces of Iran"),
    ("On 24 November 2015, Turkey shot down a Russian warplane near the Syrian border.",
     "2015-11-25", "Military Forces of Turkey"),
]


@pytest.mark.parametrize(("text", "published", "label"), CASES)
def test_state_that_blows_up_is_its_military(
    pipeline: Pipeline, text: str, published: str, label: str
) -> None:
    """The country subject of 'blew up' / 'shot down' is its military."""
    found = labels(pipeline, text, published)
    assert any(x.startswith(label) for x in found), (text, found)
