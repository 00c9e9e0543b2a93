"""Review of the session-25 rules on sentences written for several countries: the crowd a force
attacked or chased before 2019 stays protesters, a vigil's candles are no riot, a border crossed
is no land dispute, and an arrest beside a found device gets no device owner."""

from __future__ import annotations

from typing import Any

import pytest
from actor_labels import labels

from eventcoder.document import Article

PASSIVE_CROWDS = [
    ("Marchers said they were attacked by police in Kampala on Tuesday as they protested against "
     "rising food prices.", "2012-03-04", "Protesters (Uganda)"),
    ("Students protesting fee increases in Dar es Salaam on Monday were chased by police who fired "
     "tear gas.", "2012-03-04", "Protesters (Tanzania)"),
    ("Hundreds of mourners lit candles outside the parliament in Nairobi on Friday to protest the "
     "killing of a student.", "2012-03-04", "Protesters (Kenya)"),
    ("Women lit lanterns and marched through Lilongwe on Saturday evening to protest against "
     "power cuts.", "2016-05-14", "Protesters (Malawi)"),
]


@pytest.mark.parametrize(("text", "published", "label"), PASSIVE_CROWDS)
def test_crowd_that_suffered_a_force_or_held_a_vigil_stays_protesters(
        pipeline: Any, text: str, published: str, label: str) -> None:
    """Before 2019 only the crowd's own deeds make it rioters: not what police did to it, not a
    vigil's candles."""
    got = labels(pipeline, text, published)
    assert label in got, got
    assert not any(x.startswith("Rioters") for x in got), got


DISRUPTIVE_CROWDS = [
    ("A police officer was attacked by protesters in Kisumu on Tuesday during a march over "
     "school fees.", "2012-03-04", "Rioters (Kenya)"),
    ("Protesters lit bonfires on the road to Thika on Friday to protest the killing of a "
     "student.", "2012-03-04", "Rioters (Kenya)"),
]


@pytest.mark.parametrize(("text", "published", "label"), DISRUPTIVE_CROWDS)
def test_crowd_own_deeds_still_make_rioters(pipeline: Any, text: str, published: str,
                                            label: str) -> None:
    """The crowd that attacked someone or lit fires is still rioters before 2019."""
    assert label in labels(pipeline, text, published)


def test_border_crossed_is_no_land_dispute(pipeline: Any) -> None:
    """Gunmen who came over the border, or a cross-border war, fought over no land."""
    for text in ("Gunmen who crossed over the border from Niger killed three villagers in "
                 "Tillaberi region on Sunday, residents said.",
                 "Two soldiers were killed when gunmen attacked an army post in Nord-Kivu on "
                 "Monday, amid a cross-border conflict with rebels from Uganda."):
        got = labels(pipeline, text, "2018-02-11")
        assert not any(x.startswith("Unidentified Communal Militia") for x in got), got


def test_boundary_dispute_is_still_communal(pipeline: Any) -> None:
    """A quarrel over a boundary between villages is still violence over land."""
    got = labels(pipeline, "Two men were hacked to death in Kakamega on Sunday in a dispute over "
                           "the border between two villages.", "2018-02-11")
    assert "Unidentified Communal Militia (Kenya)" in got, got


def test_arrest_beside_found_explosives_has_no_device_owner(pipeline: Any) -> None:
    """The arrest told with a seized cache is between the police and the arrested: only the
    disrupted weapons use gets the device's unknown owner."""
    doc = pipeline(Article(id="t", published="2017-06-01",
                           text="Police in Kano recovered a cache of explosives and detonators "
                                "from a house on Friday and arrested two men."))
    by_sub = {ev.sub_event_type: [a.acled_name or a.name for a in ev.actors] for ev in doc.events}
    assert "Unidentified Armed Group (Nigeria)" in by_sub["Disrupted weapons use"], by_sub
    assert not any(x.startswith("Unidentified Armed Group")
                   for x in by_sub.get("Arrests", [])), by_sub



BRAWLS = [
    ("A brawl broke out in the parliament in Kampala on Tuesday as lawmakers argued over the "
     "budget.", False),
    ("Two off-duty soldiers were involved in a bar brawl in Juba on Saturday night, police said.",
     False),
    ("The players came to blows during the league match in Lusaka on Sunday, and the referee "
     "abandoned the game.", False),
    ("A brawl between opposition supporters and police broke out in Conakry on Tuesday outside "
     "the court.", True),
    ("Rival student groups came to blows on the campus in Kumasi on Friday after a disputed "
     "election.", True),
]


@pytest.mark.parametrize(("text", "riot"), BRAWLS)
def test_brawl_is_a_riot_only_between_crowds(pipeline: Any, text: str, riot: bool) -> None:
    """A brawl whose sides are crowds or the police is a riot by itself; lawmakers', drinkers'
    or players' fisticuffs are no political violence."""
    doc = pipeline(Article(id="t", text=text, published="2021-06-01"))
    types = [ev.event_type for ev in doc.events]
    assert ("Riots" in types) is riot, types
