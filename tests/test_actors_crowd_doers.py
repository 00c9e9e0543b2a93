"""Civilians who do a riot's or a protest's deed are its crowd; a nation's people who fight a
state's forces are rioters of that nation. Hand-written sentences from Bangladesh, Pakistan,
Peru, Palestine, Colombia and Kenya."""

from __future__ import annotations

from typing import Any

import pytest

from eventcoder.document import Article
from eventcoder.eval.acled import primary_event
from eventcoder.resolve.actors.nation_crowds import crowd_nation


def _actors(pipeline: Any, text: str, published: str) -> list[tuple[str, str]]:
    event = primary_event(pipeline(Article(id="t", text=text, published=published)))
    assert event is not None
    return [(a.acled_name or a.name, a.role) for a in event.actors]


@pytest.mark.parametrize(("text", "crowd"), [
    pytest.param("Police in Dhaka fired tear gas at students who threw stones at officers during "
                 "a demonstration over job quotas.", "Rioters (Bangladesh)", id="dhaka"),
    pytest.param("Police in Lima fired tear gas at protesters who blocked a highway demanding the "
                 "president's resignation.", "Protesters (Peru)", id="lima"),  # a blockade met
    # with tear gas is a protest with intervention (the typer since 0.11.0): the crowd protests
])
def test_no_civilian_does_a_riot(pipeline: Any, text: str, crowd: str) -> None:
    actors = _actors(pipeline, text, "2024-09-02")
    assert crowd in [label for label, _ in actors]
    assert not any(label.startswith("Civilians") and role == "perpetrator"
                   for label, role in actors)


@pytest.mark.parametrize(("text", "published", "crowd"), [
    pytest.param("Palestinians threw stones at Israeli troops who fired rubber bullets near a "
                 "checkpoint outside Nablus on Monday.", "2020-05-05", "Rioters (Palestine)",
                 id="palestine"),
    pytest.param("Clashes broke out between Colombian police and Venezuelans at the border "
                 "crossing in Cucuta.", "2024-05-04", "Rioters (Venezuela)", id="cucuta"),
    pytest.param("Dozens of Somalis clashed with Kenyan police in Eastleigh, Nairobi, on Sunday.",
                 "2024-05-04", "Rioters (Somalia)", id="eastleigh"),
])
def test_a_nation_s_people_fighting_are_its_rioters(pipeline: Any, text: str, published: str,
                                                    crowd: str) -> None:
    labels = [label for label, _ in _actors(pipeline, text, published)]
    assert crowd in labels
    assert not any(label.startswith("Unidentified Armed Group") for label in labels)


@pytest.mark.parametrize("text", [
    "Palestinian militants fired rockets at Israeli troops near Jenin.",
    "Clashes between Afghan forces and Taliban fighters continued in Helmand.",
    "Residents protested in Nairobi against the arrest of two Somalis.",
])
def test_armed_men_or_victims_of_a_nation_are_no_crowd(text: str) -> None:
    assert crowd_nation(text) is None


@pytest.mark.parametrize(("text", "published", "crowd", "parties"), [
    pytest.param("CNL and Imbonerakure members fought with sticks and stones in Gitega "
                 "on Saturday evening.", "2020-05-05", "Rioters (Burundi)",
                 ["CNL: National Congress for Liberation"], id="burundi"),
    pytest.param("The BNP and the Awami League clashed in Feni on Sunday, leaving 20 injured.",
                 "2024-05-06", "Rioters (Bangladesh)",
                 ["BNP: Bangladesh Nationalist Party", "AL: Bangladesh Awami League"], id="feni"),
    pytest.param("Rival party workers of the TMC and BJP clashed in Sandeshkhali, West Bengal, "
                 "injuring several.", "2024-03-14", "Rioters (India)",
                 ["AITC: All India Trinamool Congress", "BJP: Bharatiya Janata Party"],
                 id="west_bengal"),
    pytest.param("Party workers of the Nepali Congress and the CPN-UML clashed in Biratnagar "
                 "ahead of the by-election.", "2024-03-14", "Rioters (Nepal)",
                 ["NC: Nepali Congress"], id="nepal"),
])
def test_parties_fighting_are_rioters(pipeline: Any, text: str, published: str, crowd: str,
                                      parties: list[str]) -> None:
    labels = [label for label, _ in _actors(pipeline, text, published)]
    assert crowd in labels
    assert all(p in labels for p in parties)


def test_opposing_political_groups_are_rioters(pipeline: Any) -> None:
    labels = [label for label, _ in _actors(
        pipeline, "Opposing political groups clashed in Kaya on Tuesday over the result of "
                  "the mayoral vote; several people were hurt.", "2018-06-10")]
    assert "Rioters (Burkina Faso)" in labels
    assert not any(label.startswith("Unidentified Armed Group") for label in labels)


def test_a_sudanese_congress_party_is_not_india_s(pipeline: Any) -> None:
    labels = [label for label, _ in _actors(
        pipeline, "Hundreds of National Congress Party loyalists marched through Wad Madani "
                  "on Sunday to reject the transitional government.", "2020-05-04")]
    assert not any("India" in label for label in labels)
