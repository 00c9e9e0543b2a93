"""A country adjective on a settlement says where the event was: 'a Kenyan village', 'a small
Nigerien border town'.

Such a phrase names the scene's country even when the village itself goes unnamed or the
gazetteer lacks it, and it outweighs an armed group's home country: groups raid across borders
(al-Shabaab in Kenya, Boko Haram in Cameroon, the Taliban in Pakistan). It is not a region, state
or zone named after a people ('Ethiopia's Somali region'), nor a border the adjective only
qualifies ('near the Kenyan border'). Sentences written for several countries.
"""

from __future__ import annotations

from typing import Any

import pytest

from eventcoder.document import Article
from eventcoder.eval.acled import primary_event


def _country(pipeline: Any, text: str) -> str | None:
    event = primary_event(pipeline(Article(id="t", text=text, published="2022-03-14")))
    assert event is not None
    return event.location.country_code if event.location else None


@pytest.mark.parametrize(("text", "country"), [
    ("Boko Haram fighters raided a Cameroonian village near the frontier overnight, killing "
     "three farmers and burning their granaries.", "CM"),
    ("Al-Shabaab militants attacked a small Kenyan border town before dawn on Sunday, wounding "
     "two police reservists.", "KE"),
    ("Taliban fighters shelled a Pakistani border village on Wednesday, killing a child and "
     "wounding her mother.", "PK"),
    ("Fighters of the Lord's Resistance Army looted a remote Congolese hamlet and abducted "
     "eleven people, a local official said.", "CD"),
])
def test_adjective_on_settlement_names_the_country(pipeline: Any, text: str, country: str) -> None:
    """The settlement's adjective outweighs the home country of the group that raided it."""
    assert _country(pipeline, text) == country


def test_region_named_after_a_people_is_no_country(pipeline: Any) -> None:
    """'Ethiopia's Somali region' is in Ethiopia: 'Somali' names the people, not Somalia."""
    text = ("Clan militias clashed over grazing land in Ethiopia's Somali region on Monday, "
            "leaving six herders dead.")
    assert _country(pipeline, text) == "ET"


def test_two_country_border_town_stays_either_side(pipeline: Any) -> None:
    """'a Kenya-Somalia border town' may lie on either side: neither name alone places it."""
    text = "Gunmen attacked a Kenya-Somalia border town on Friday, killing a trader."
    assert _country(pipeline, text) is None
