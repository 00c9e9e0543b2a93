"""Forces that launch a manhunt, a search or an inquiry for the doers are not the doers; the
subject of the relative clause on the hunted is: hand-written sentences from several countries."""

from __future__ import annotations

from typing import Any

import pytest

from eventcoder.document import Article
from eventcoder.eval.acled import primary_event


def roles(pipeline: Any, text: str, published: str) -> dict[str, str]:
    """The primary event's actors (ACLED label or name) and their roles."""
    event = primary_event(pipeline(Article(id="t", text=text, published=published)))
    assert event is not None
    return {a.acled_name or a.name: a.role for a in event.actors}


@pytest.mark.parametrize(("text", "published", "searcher", "doer"), [
    pytest.param("Police in Ndola have launched a manhunt for suspected opposition cadres who "
                 "attacked a ruling party official at a bus station on Monday.", "2021-03-10",
                 "Police Forces of Zambia", "Rioters (Zambia)", id="zambia_manhunt"),
    pytest.param("Security forces in Kaduna launched a manhunt for gunmen who killed five "
                 "farmers in Kajuru on Tuesday.", "2022-02-03", "Military Forces of Nigeria",
                 "Unidentified Armed Group (Nigeria)", id="nigeria_manhunt"),
    pytest.param("Philippine police opened an investigation into the gunmen who shot dead a "
                 "town mayor in Cebu on Saturday.", "2018-11-04", "Police Forces of the Philippines",
                 "Unidentified Armed Group (Philippines)", id="philippines_investigation"),
])
def test_searchers_are_not_the_doers(pipeline: Any, text: str, published: str, searcher: str,
                                     doer: str) -> None:
    found = roles(pipeline, text, published)
    assert [r for n, r in found.items() if n.startswith(searcher)] == ["other"]
    assert found.get(doer) == "perpetrator"


def test_an_operation_against_them_is_still_a_deed(pipeline: Any) -> None:
    # an operation is the force's own act, not a search: its force stays the doer
    found = roles(pipeline, "Mexican federal police launched a raid on a cartel safe house in "
                  "Culiacan, Sinaloa, on Monday, killing two gunmen.", "2020-01-15")
    assert "perpetrator" in [r for n, r in found.items() if n.startswith("Police Forces of Mexico")]


def test_the_members_relative_clause_names_the_doers(pipeline: Any) -> None:
    # "a band of suspected ODM youths who attacked": the clause on the members, under "band of"
    event = primary_event(pipeline(Article(
        id="t", published="2020-10-18",
        text="Police in Mombasa have launched a manhunt for a band of suspected ODM youths who "
             "attacked a rival candidate's convoy on Saturday.")))
    assert event is not None
    odm = [a for a in event.actors if (a.acled_name or "").startswith("ODM")]
    assert [(a.role, a.attribution) for a in odm] == [("perpetrator", "suspected")]
