"""One crowd read twice in one part of an event ("protesters clashed with police", later "rioters
attacked a police station, police said") is one actor, with the more telling attribution.
Hand-written sentences from several countries."""

from __future__ import annotations

from typing import Any

import pytest

from eventcoder.document import Article, Event, EventActor
from eventcoder.eval.acled import primary_event
from eventcoder.resolve.actors.same_label import merge_same_labels


@pytest.mark.parametrize(("text", "published", "crowd"), [
    pytest.param("Protesters clashed with police in Gazipur on Sunday after a student was run "
                 "over by a bus. Later a mob stormed a police station and set it on fire, police "
                 "said.", "2018-07-30", "Rioters (Bangladesh)", id="bangladesh"),
    pytest.param("Protesters clashed with riot police in Kaduna on Tuesday. Rioters then attacked "
                 "a police station, the police spokesman said.", "2020-06-03", "Rioters (Nigeria)",
                 id="nigeria"),
])
def test_one_crowd_once(pipeline: Any, text: str, published: str, crowd: str) -> None:
    event = primary_event(pipeline(Article(id="t", text=text, published=published)))
    assert event is not None
    labels = [(a.acled_name or a.name, a.role) for a in event.actors]
    assert labels.count((crowd, "perpetrator")) == 1, labels


def test_twins_keep_the_more_telling_attribution() -> None:
    ev = Event(id="e", event_type="Riots")
    ev.actors = [EventActor(name="Rioters (Chile)", acled_name="Rioters (Chile)", role="perpetrator"),
                 EventActor(name="Police Forces of Chile", acled_name="Police Forces of Chile",
                            role="target"),
                 EventActor(name="Rioters (Chile)", acled_name="Rioters (Chile)", role="perpetrator",
                            attribution="confirmed", attributed_by="Carabineros")]
    merge_same_labels(ev)
    assert [(a.acled_name, a.attribution) for a in ev.actors] == [
        ("Rioters (Chile)", "confirmed"), ("Police Forces of Chile", "stated")]
    # a crowd on both sides (rival crowds of one country) stays twice
    ev.actors = [EventActor(name="Rioters (Chile)", acled_name="Rioters (Chile)", role="perpetrator"),
                 EventActor(name="Rioters (Chile)", acled_name="Rioters (Chile)", role="target")]
    merge_same_labels(ev)
    assert len(ev.actors) == 2


def test_two_names_under_one_label_stay() -> None:
    label = "Boko Haram - Wilayat Gharb Ifriqiyyah"
    ev = Event(id="e", event_type="Explosions/Remote violence")
    ev.actors = [EventActor(name="Boko Haram", acled_name=label, role="perpetrator",
                            attribution="confirmed", attributed_by="officials"),
                 EventActor(name="ISWAP", acled_name=label, role="perpetrator",
                            attribution="claimed", attributed_by="ISWAP")]
    merge_same_labels(ev)
    assert [a.name for a in ev.actors] == ["Boko Haram", "ISWAP"]
