"""A party's supporters in a fight are a crowd, named "Rioters (<country>)" as ACLED codes them,
on hand-written sentences from several countries; the party stays on the event, and a party
that is only named, or whose member is the victim, adds no crowd."""

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


@pytest.mark.parametrize(("text", "published", "crowd", "party"), [
    pytest.param("On 7 March 2021, members of the opposition Chadema party beat two CCM "
                 "officials in Arusha.", "2021-03-08", "Rioters (Tanzania)",
                 "CHADEMA: Party for Democracy and Progress", id="members_of_party_tanzania"),
    pytest.param("On 6 March 2021, ZANU-PF youths attacked MDC supporters with stones in "
                 "Chitungwiza.", "2021-03-07", "Rioters (Zimbabwe)",
                 "ZANU-PF: Zimbabwe African National Union-Patriotic Front",
                 id="party_youths_zimbabwe"),
    pytest.param("On 9 March 2021, UPND cadres smashed the windows of a campaign bus in Kitwe.",
                 "2021-03-10", "Rioters (Zambia)", "UPND: United Party for National Development",
                 id="cadres_zambia"),
    pytest.param("On 5 March 2021, young members of the ruling MPP clashed with members of the "
                 "opposition UPC party in Kaya, Burkina Faso; one person was killed.",
                 "2021-03-06", "Rioters (Burkina Faso)", None, id="unknown_parties_burkina"),
])
def test_party_supporters_in_a_fight_are_rioters(pipeline: Any, text: str, published: str,
                                                 crowd: str, party: str | None) -> None:
    names = [name for name, _role in event_actors(pipeline, text, published)]
    assert crowd in names
    if party:
        assert party in names  # the party is kept beside its crowd


@pytest.mark.parametrize(("text", "published"), [
    pytest.param("On 3 March 2021, the ANC condemned the killing of a councillor in Durban by "
                 "gunmen.", "2021-03-04", id="party_only_named_south_africa"),
    pytest.param("On 9 March 2021, a NPP supporter was stabbed to death in Kumasi by unknown "
                 "men.", "2021-03-10", id="party_member_victim_ghana"),
    pytest.param("On 4 March 2021, Al Shabaab members attacked a police post in Mandera, Kenya.",
                 "2021-03-05", id="armed_group_members_kenya"),
])
def test_no_crowd_without_party_supporters_fighting(pipeline: Any, text: str,
                                                    published: str) -> None:
    names = [name for name, _role in event_actors(pipeline, text, published)]
    assert not any(name.startswith("Rioters") for name in names)
