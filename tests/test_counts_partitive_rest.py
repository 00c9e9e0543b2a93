"""The dead told after a partitive total fill its open share: "Six people, five of them police
officers, were shot dead ... A passer-by was also killed" is six dead, not seven. Added dead
beyond the share, or after a total with no partitive, still add. Sentences for several countries.
"""

from __future__ import annotations

import pytest

from eventcoder.document import Article
from eventcoder.pipeline import Pipeline

CASES: list[tuple[str, int]] = [
    ("Six people, five of them police officers, were shot dead at a checkpoint in Gusau, Zamfara, "
     "on Monday. A passer-by was also killed.", 6),
    ("Four people, three of them teachers, were killed when gunmen stormed a school in Kasese "
     "on Friday, police said. A security guard was also killed.", 4),
    ("Six people, five of them police officers, were shot dead at a checkpoint in Gusau, Zamfara, "
     "on Monday. Three passers-by were also killed.", 9),
    ("Five soldiers were killed in an ambush near Tillaberi on Monday. Two civilians were also "
     "killed.", 7),
]


@pytest.mark.parametrize(("text", "dead"), CASES)
def test_partitive_rest_is_no_addition(pipeline: Pipeline, text: str, dead: int) -> None:
    """The total counts each person once."""
    events = pipeline(Article(id="t", text=text, published="2021-05-11")).events
    assert events and events[0].fatalities and events[0].fatalities.best == dead, \
        [(e.fatalities.best if e.fatalities else None) for e in events]
