"""A denial after a semicolon denies its own clause only: "X shelled Y, residents said; the army
denied targeting homes" keeps the shelling, even when the parser hangs the first clause under
"denied" (sentences written for several countries)."""

from __future__ import annotations

import pytest

from eventcoder.document import Article
from eventcoder.pipeline import default_pipeline


def _events(text: str) -> int:
    return len(default_pipeline()(Article(id="t", text=text, published="2023-08-25")).events)


@pytest.mark.parametrize("text", [
    # Sudan: the army denies its aim, not the shelling a committee reports
    "The Sudanese army's artillery shelled a neighbourhood in Omdurman on Wednesday, killing at "
    "least 15 civilians, a local resistance committee said; the army denied targeting "
    "residential areas.",
    # Yemen: a coalition denies involvement
    "A drone struck a wedding in Hodeidah on Friday, killing nine guests, medics said; the "
    "coalition denied any involvement.",
    # Mali: rebels deny the ambush villagers report
    "Rebels ambushed a convoy near Mopti on Monday, killing six soldiers, villagers said; the "
    "rebels denied carrying out the attack.",
])
def test_denial_after_semicolon_keeps_the_reported_incident(text: str) -> None:
    assert _events(text) >= 1


@pytest.mark.parametrize("text", [
    # Sudan: the shelling itself is what the army denies
    "The army denied that its artillery shelled a neighbourhood in Omdurman on Wednesday.",
    # Nigeria: the police deny the shooting
    "Police in Lagos denied on Tuesday that officers shot dead a protester in Lekki.",
])
def test_denied_clause_is_no_incident(text: str) -> None:
    assert _events(text) == 0
