"""Forces named before a verb whose object comes after its adjuncts ("Agents of the judicial
police arrested on Wednesday in Port-Gentil a trade unionist") did the act, though spaCy reads the
verb as a reduced relative on the force; a headline's reduced passive keeps its victims:
hand-written sentences from several countries."""

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


@pytest.mark.parametrize(("text", "published", "doer"), [
    pytest.param("Agents of the judicial police arrested on Wednesday in Port-Gentil a trade "
                 "unionist who had called for a strike, his lawyer said.", "2024-05-16",
                 "Police Forces of Gabon", id="gabon_agents"),
    pytest.param("Officers of the national police detained on Friday in Bamako a journalist who "
                 "had criticised the junta.", "2023-09-02", "Police Forces of Mali",
                 id="mali_officers"),
    pytest.param("Soldiers of the presidential guard beat on Tuesday in Conakry a street vendor "
                 "who refused to pay a bribe.", "2021-11-20", "Military Forces of Guinea",
                 id="guinea_soldiers"),
    # the dateline's noun heads the parse; the object hangs on it as an apposition
    pytest.param("DOUALA - Agents of the judicial police arrested on Friday evening in Douala the "
                 "spokesman of a teachers' union that had called for a strike, his family said.",
                 "2024-03-02", "Police Forces of Cameroon", id="cameroon_dateline"),
])
def test_force_before_a_stranded_object_did_it(pipeline: Any, text: str, published: str,
                                              doer: str) -> None:
    found = roles(pipeline, text, published)
    assert "perpetrator" in [r for n, r in found.items() if n.startswith(doer)]


@pytest.mark.parametrize(("text", "published", "doer"), [
    pytest.param("Members of a militia raped at least five women in Jonglei state last week, the "
                 "UN said.", "2024-05-20", "Unidentified Armed Group (South Sudan)",
                 id="south_sudan_members"),
    pytest.param("Members of an armed group raped at least four women near Kaga-Bandoro last month, "
                 "the UN said.", "2023-04-11", "Unidentified Armed Group (Central African Republic)",
                 id="car_members"),
])
def test_participle_with_its_own_object_is_active(pipeline: Any, text: str, published: str,
                                                  doer: str) -> None:
    """An attack participle followed by its object is no reduced passive: the group did it."""
    found = roles(pipeline, text, published)
    assert found.get(doer) == "perpetrator", found


def test_headline_passive_keeps_its_victims(pipeline: Any) -> None:
    # "this week" is a time phrase, not an object: the soldiers were killed
    found = roles(pipeline, "Three soldiers killed this week in an ambush near Mopti, the army "
                  "said.", "2022-06-10")
    assert [r for n, r in found.items() if n.startswith("Military Forces of Mali")] == ["target"]
