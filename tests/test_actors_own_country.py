"""An event whose place is unknown takes the one country its nationality-named police or its
political parties name for its unnamed actors; soldiers (who fight abroad) and two countries
leave them as they were."""

from __future__ import annotations

from eventcoder.document import Actor, Article, Document, Event, EventActor
from eventcoder.resolve.actors.own_country import label_from_own_actors


def _event(*actors: EventActor) -> tuple[Document, Event]:
    doc = Document(article=Article(id="t", text="x"))
    doc.actors = [Actor(actor_id="a1", name="Awami League", kind="political party", country="BD"),
                  Actor(actor_id="a2", name="Jubilee Party", kind="political party", country="KE")]
    event = Event(id="e1", event_type="Riots", actors=list(actors))
    return doc, event


def test_police_named_by_nationality_give_their_country() -> None:
    doc, event = _event(EventActor(name="Police Forces of Kenya", acled_name="Police Forces of Kenya"),
                        EventActor(name="Protesters"))
    label_from_own_actors(doc, event)
    assert [a.acled_name for a in event.actors] == ["Police Forces of Kenya", "Protesters (Kenya)"]


def test_a_party_gives_its_country() -> None:
    doc, event = _event(EventActor(name="Awami League", acled_name="AL", actor_id="a1"),
                        EventActor(name="Rioters"), EventActor(name="Civilians"))
    label_from_own_actors(doc, event)
    assert [a.acled_name for a in event.actors][1:] == ["Rioters (Bangladesh)",
                                                        "Civilians (Bangladesh)"]


def test_soldiers_and_two_countries_give_none() -> None:
    doc, event = _event(EventActor(name="Military Forces of France",
                                   acled_name="Military Forces of France"),
                        EventActor(name="Unidentified Armed Group"))
    label_from_own_actors(doc, event)
    assert event.actors[1].acled_name is None
    doc, event = _event(EventActor(name="Awami League", acled_name="AL", actor_id="a1"),
                        EventActor(name="Jubilee", acled_name="JP", actor_id="a2"),
                        EventActor(name="Rioters"))
    label_from_own_actors(doc, event)
    assert event.actors[2].acled_name is None


def test_a_known_place_decides() -> None:
    doc, event = _event(EventActor(name="Police Forces of Kenya", acled_name="Police Forces of Kenya"),
                        EventActor(name="Protesters"))
    event.location.country_code = "UG"
    label_from_own_actors(doc, event)
    assert event.actors[1].acled_name is None
