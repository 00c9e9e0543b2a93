"""Soldiers and police attacked at their own home are off duty: civilians of their country;
a force that raids a home, or a man killed in his home town in a battle, keeps its label.
Hand-written sentences from several countries."""

from __future__ import annotations

from typing import Any

import pytest

from eventcoder.document import Article
from eventcoder.eval.acled import primary_event


def event_actors(pipeline: Any, text: str, published: str) -> list[tuple[str, str]]:
    """(ACLED label or name, role) of the primary event's actors."""
    event = primary_event(pipeline(Article(id="t", text=text, published=published)))
    assert event is not None
    return [(a.acled_name or a.name, a.role) for a in event.actors]


@pytest.mark.parametrize(("text", "published", "country"), [
    pytest.param("On 3 February 2021, unknown gunmen shot dead a police sergeant in front of his "
                 "house in Eldoret, Kenya.", "2021-02-04", "Kenya", id="kenya_front_of_house"),
    pytest.param("On 17 October 2019, militants stormed the home of a soldier in Tikrit, Iraq, "
                 "and shot him as he slept; the soldier was killed inside his home.",
                 "2019-10-18", "Iraq", id="iraq_inside_home"),
    pytest.param("On 22 July 2020, a policeman was hacked to death at his residence in Makurdi, "
                 "Nigeria, by armed men who fled on motorcycles.", "2020-07-23", "Nigeria",
                 id="nigeria_residence"),
    pytest.param("On 5 May 2018, assailants on a motorbike shot a soldier outside his home in "
                 "Quetta, Pakistan, wounding him in the leg.", "2018-05-06", "Pakistan",
                 id="pakistan_outside_home"),
])
def test_forces_attacked_at_home_are_civilians(pipeline: Any, text: str, published: str,
                                               country: str) -> None:
    labels = [label for label, _ in event_actors(pipeline, text, published)]
    assert f"Civilians ({country})" in labels
    assert not any(label.startswith(("Police Forces", "Military Forces")) for label in labels)


@pytest.mark.parametrize(("text", "published", "force"), [
    pytest.param("On 9 March 2020, soldiers raided his house in Kidal, Mali, and arrested a "
                 "local trader accused of smuggling fuel.", "2020-03-10", "Military Forces of Mali",
                 id="mali_soldiers_raid"),
    pytest.param("On 14 August 2019, a police officer was killed in his home town of Garowe, "
                 "Somalia, during an exchange of fire with Al Shabaab fighters.", "2019-08-15",
                 "Police Forces of Somalia", id="somalia_home_town"),
])
def test_forces_doing_the_deed_or_in_their_town_keep_their_label(
        pipeline: Any, text: str, published: str, force: str) -> None:
    labels = [label for label, _ in event_actors(pipeline, text, published)]
    assert any(label.startswith(force) for label in labels)
