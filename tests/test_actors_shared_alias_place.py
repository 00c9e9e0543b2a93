"""A shared acronym the actors stage could not place ("an SNA checkpoint in Heliwa", no country
it reads) names the body that holds it in the event's country once the event is placed; in a
country where no holder acts it stays as written."""

from __future__ import annotations

import pytest

from eventcoder.document import EventActor
from eventcoder.resolve.actors.branches import shared_alias_at


@pytest.mark.parametrize(("name", "where", "label"), [
    ("SNA", "SO", "Military Forces of Somalia (2017-)"),
    ("SNA", "SY", "JWS: Syrian National Army"),
    ("NAF", "UA", "NAF: United Armed Forces of Novorossiya"),
    ("NAF", "NG", "Military Forces of Nigeria (2015-)"),
    ("ADF", "CD", "ADF: Allied Democratic Forces"),
])
def test_shared_acronym_takes_the_holder_in_the_event_country(name: str, where: str,
                                                               label: str) -> None:
    found = shared_alias_at(EventActor(name=name, acled_name=name), where)
    assert found is not None and found[1] == label


@pytest.mark.parametrize(("ea", "where"), [
    (EventActor(name="SNA", acled_name="SNA"), "KE"),  # no holder acts in Kenya
    (EventActor(name="SNA", acled_name="SNA"), None),  # the event is not placed
    (EventActor(name="ADF", acled_name="ADF: Allied Democratic Forces"), "UG"),  # already named
    (EventActor(name="Al Shabaab", acled_name="Al Shabaab"), "SO"),  # no shared alias
])
def test_otherwise_left_as_written(ea: EventActor, where: str | None) -> None:
    assert shared_alias_at(ea, where) is None

