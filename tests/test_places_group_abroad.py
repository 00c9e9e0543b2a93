"""A town the text sets as the scene ('in Sinjar') stands though the article's armed group comes
from another country: armed groups fight abroad, and a force's nationality ('Turkish drone')
says whose force acted, not where."""

from __future__ import annotations

import pytest
from geo_docs import geocoded_document


@pytest.mark.parametrize(("text", "trigger", "actor", "cc", "place"), [
    ("A Turkish drone strike killed two PKK members in Sinjar on Saturday.", "strike",
     ("PKK", "armed group", "TR"), "IQ", "Sinj"),
    ("ADF rebels killed nine farmers near Bundibugyo overnight.", "killed",
     ("ADF", "armed group", "CD"), "UG", "Bundibugyo"),
    ("ELN fighters ambushed soldiers in Elorza on Monday.", "ambushed",
     ("ELN", "armed group", "CO"), "VE", "Elorza"),
])
def test_scene_town_stands_against_group_home(text: str, trigger: str, actor: tuple[str, str, str],
                                              cc: str, place: str) -> None:
    doc = geocoded_document(text, trigger, actors=[(*actor, True)])
    loc = doc.events[0].location
    assert loc is not None and loc.country_code == cc and place in (loc.name or "")


def test_unknown_village_still_follows_the_group() -> None:
    # no place the gazetteer knows: the group's home decides
    doc = geocoded_document("Boko Haram fighters razed Ngurokaji village on Sunday.", "razed",
                            actors=[("Boko Haram", "armed group", "NG", True)])
    loc = doc.events[0].location
    assert loc is None or loc.country_code in (None, "NG")
