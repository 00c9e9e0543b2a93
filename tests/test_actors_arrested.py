"""Those an arrest takes are civilians: a named person of a party (the party is associated, not
the side), and a crowd arrested in an arrest told as its own event; an armed group's man stays
his group's. Hand-written sentences from Kenya, Zimbabwe and Nigeria."""

from __future__ import annotations

from typing import Any

import pytest

from tests.actor_labels import primary_roles


@pytest.mark.parametrize(("text", "civilians"), [
    pytest.param("On 3 March, police in Harare arrested Tendai Moyo, the deputy spokesman of the "
                 "opposition Movement for Democratic Change, over a post on Twitter.",
                 "Civilians (Zimbabwe)", id="zimbabwe-party-spokesman"),
    pytest.param("Police in Abuja arrested Musa Danladi, a youth leader of the opposition "
                 "People's Democratic Party, over a post on social media.", "Civilians (Nigeria)",
                 id="nigeria-party-youth-leader"),
])
def test_arrested_person_of_a_party_is_a_civilian(pipeline: Any, text: str,
                                                   civilians: str) -> None:
    assert primary_roles(pipeline, text, "2020-03-10").get(civilians) == "target"


def test_crowd_arrested_later_is_civilians(pipeline: Any) -> None:
    roles = primary_roles(pipeline, "Police in Mombasa arrested more than forty youths accused "
                          "of taking part in a riot over the weekend.", "2018-03-01")
    assert roles.get("Civilians (Kenya)") == "target"
    assert "Rioters (Kenya)" not in roles


def test_armed_group_member_arrested_is_his_groups(pipeline: Any) -> None:
    roles = primary_roles(pipeline, "Police in Garissa arrested Abdi Farah, a senior al-Shabaab "
                          "commander, at a roadblock on Monday.", "2018-03-01")
    assert roles.get("Al Shabaab") == "target"
    assert "Civilians (Kenya)" not in roles
