"""One deed, one event (#14, deed21): a claim, a later paragraph or a later death that retells the
main incident joins it; what the text keeps apart (a separate attack, another town) stays apart.

Rules, each on reports written for this round (several countries and outlets):
- a fight whose lead counts civilians among its dead goes on with their deaths, not a second
  incident (extract/events/one_deed.py);
- "its unit had detonated the device": the object of detonate is the charge, not a new target;
- a claim's channel ("in a telephone call to a news agency in Quetta", "in a statement sent to
  newspapers in Imphal", "in a broadcast on its radio station in Mogadishu"), a bomber's home
  ("a 20-year-old from a village near Kismayo") and a hospital a victim died in are no place of
  the deed (extract/aside_places.py);
- the day of a later death ("two more died on Tuesday in a military hospital") does not date the
  incident when its own day was told (extract/dates/later_deaths.py).
"""

from __future__ import annotations

import pytest

from eventcoder.document import Article, Document, Event
from eventcoder.eval.muc import scored_events
from eventcoder.extract.locality import local_places
from eventcoder.nlp.model import load_nlp
from eventcoder.pipeline import default_pipeline


def _read(text: str, published: str) -> Document:
    return default_pipeline()(Article(id="t", text=text, published=published))


def _violent(text: str, published: str) -> list[Event]:
    return scored_events(_read(text, published), with_clashes=True)


def _perpetrators(event: Event) -> dict[str, str]:
    return {a.name: a.attribution for a in event.actors if a.role == "perpetrator"}


PHILIPPINES = (
    "MANILA, Oct 9 - Communist rebels raided an army detachment in the town of Las Navas in "
    "Northern Samar province before dawn on Thursday, killing two soldiers and a village "
    "councillor, the military said. About 30 gunmen of the New People's Army surrounded the camp "
    "and opened fire from a hill. The soldiers returned fire for nearly an hour. One soldier died "
    "at the scene. The second died of his wounds later in a hospital in Catarman, and the "
    "councillor, who had been sleeping in a hut beside the camp, was also killed. Three more "
    "soldiers were wounded. The rebels took four rifles before withdrawing.")
MALI = (
    "BAMAKO, March 3 - Gunmen attacked an army checkpoint near the town of Boni in central Mali on "
    "Sunday, killing four soldiers and a shepherd, the army said on Monday. The assailants arrived "
    "on motorbikes shortly before noon and fired on the post for about an hour. Three soldiers died "
    "at the scene. A fourth died of his injuries later in the regional hospital in Mopti, and a "
    "herder who was grazing cattle nearby was also killed. Two more soldiers were wounded. The army "
    "said it was searching the area. Residents said the town's market stayed shut on Monday. No "
    "group has said it carried out the attack.")
COLOMBIA = (
    "BOGOTA, May 4 - Three soldiers were killed on Sunday when a mine exploded under their truck on "
    "a dirt road near the town of Tame in Arauca province, the army said. The National Liberation "
    "Army said in a communique posted on a website run from Caracas that its fighters had "
    "detonated the charge. A fourth soldier was badly hurt. The army said the mine contained about "
    "30 kg of explosives. The defence minister condemned the attack. Troops were searching the "
    "hills around the road. The area is a stronghold of the rebels.")
SOMALIA = (
    "MOGADISHU, June 2 - A suicide bomber blew himself up inside a busy restaurant in the southern "
    "town of Baidoa on Saturday evening, killing nine people, police said. Most of the dead were "
    "traders eating their evening meal. Al Shabaab claimed the attack in a broadcast on its radio "
    "station in Mogadishu. A police officer said the bomber walked past the guards at the gate. "
    "Police identified the bomber as a 20-year-old from a village near Kismayo. Twelve people were "
    "wounded. The regional governor ordered all restaurants to hire guards.")
AFGHANISTAN = (
    "KABUL, Feb 2 - A car bomb exploded outside a police station in the southern city of Kandahar "
    "on Monday, killing seven people, officials said. Most of the dead were policemen waiting to "
    "collect their salaries. The Taliban claimed the attack in a telephone call to a news agency in "
    "Quetta. A spokesman for the provincial governor said 20 people were wounded. The bomber drove "
    "a minivan packed with explosives. Police sealed off the area. Ambulances took the wounded to "
    "the city's main hospital.")


@pytest.mark.parametrize(("text", "published", "dead"), [
    (PHILIPPINES, "2015-10-09", 3), (MALI, "2019-03-04", 5)])
def test_civilians_counted_in_the_lead_stay_in_the_fight(text: str, published: str,
                                                         dead: int) -> None:
    """A fight whose lead counts a civilian among its dead goes on with that civilian's death."""
    events = _violent(text, published)
    assert len(events) == 1
    assert events[0].fatalities is not None and events[0].fatalities.best == dead


def test_a_claim_of_setting_off_the_charge_retells_the_blast() -> None:
    """ "its fighters had detonated the charge": the claim joins the mine blast it tells of."""
    events = _violent(COLOMBIA, "2012-05-04")
    assert len(events) == 1
    assert _perpetrators(events[0]).get("National Liberation Army (Colombia)") == "claimed"
    assert events[0].fatalities is not None and events[0].fatalities.best == 3


@pytest.mark.parametrize(("text", "published", "group", "town"), [
    (SOMALIA, "2016-06-02", "Al-Shabaab", "Baidoa"),
    (AFGHANISTAN, "2009-02-02", "Taliban", "Kandah"),
])
def test_a_claims_channel_is_no_place_of_the_deed(text: str, published: str, group: str,
                                                   town: str) -> None:
    """The town of the newsroom a claim reached, or of the bomber's home, names no second deed."""
    events = _violent(text, published)
    assert len(events) == 1
    assert _perpetrators(events[0]).get(group) == "claimed"
    assert town in (events[0].location.name or "")


INDIA = (
    "NEW DELHI, Aug 14 - Two soldiers were killed on Tuesday when a bomb hidden under a culvert "
    "exploded beneath their truck on a forest road near Tamenglong in Manipur, police said. The "
    "rebels said in a statement sent to newspapers in Imphal that their cadres had detonated the "
    "device by remote control. A third soldier was hurt. Police said the charge weighed about 20 "
    "kg. Later on Tuesday, militants detonated a second device at a market in Ukhrul, killing four "
    "shoppers. The state's chief minister condemned both attacks. Security forces launched a "
    "search of nearby villages.")
MALI_APART = (
    "BAMAKO, March 3 - Gunmen attacked an army checkpoint near the town of Boni in central Mali on "
    "Sunday, killing four soldiers and a shepherd, the army said on Monday. The assailants arrived "
    "on motorbikes shortly before noon and fired on the post for about an hour. Three soldiers died "
    "at the scene. In a separate attack in the town of Douentza, gunmen killed three traders at a "
    "market on Sunday evening. Two more soldiers were wounded at Boni. The army said it was "
    "searching the area. No group has said it carried out the attacks.")
HELMAND = AFGHANISTAN.replace(
    "The bomber drove a minivan packed with explosives.",
    "In a separate attack on Monday, a roadside bomb killed two police officers in Lashkar Gah, "
    "the capital of Helmand province.")


@pytest.mark.parametrize(("text", "published", "towns"), [
    (INDIA, "2017-08-14", {"Tamenglong", "Ukhrul"}),
    (MALI_APART, "2019-03-04", {"Douentza"}),
    (HELMAND, "2009-02-02", {"Kandah", "Lashkar G"}),
])
def test_deeds_the_text_keeps_apart_stay_apart(text: str, published: str, towns: set[str]) -> None:
    """A second device elsewhere, "in a separate attack": two incidents, each with its town."""
    events = _violent(text, published)
    assert len(events) == 2
    names = " ".join(e.location.name or "" for e in events)
    assert all(town in names for town in towns)


def test_the_claim_goes_with_the_first_blast_not_the_second() -> None:
    """The statement about "the device" follows the first blast: its claim stays with it."""
    first = _violent(INDIA, "2017-08-14")[0]
    assert "Tamenglong" in (first.location.name or "")
    assert any(a.attribution == "claimed" for a in first.actors if a.role == "perpetrator")


def test_a_later_death_does_not_date_the_ambush() -> None:
    """ "two more died on Sunday in a military hospital": the ambush's day was Saturday."""
    text = (
        "BOGOTA, Sept 8 - Leftist rebels ambushed an army patrol guarding a power line near the "
        "town of Saravena in Arauca province, killing five soldiers, the army said on Monday. The "
        "patrol came under fire from the brush on Saturday morning as it crossed a river. Three "
        "soldiers died at the scene and two more died on Sunday in a military hospital in Bogota. "
        "Two others were wounded. The army blamed the rebels for the attack. Troops were sent to "
        "the area. The power line was not damaged.")
    events = _violent(text, "2014-09-08")
    assert len(events) == 1
    assert events[0].date.start == "2014-09-06"


@pytest.mark.parametrize(("sentence", "trigger", "kept", "aside"), [
    ("The group claimed the killing in a telephone call to a radio station in Kano.", "killing",
     set(), {"kano"}),
    ("Gunmen killed five farmers about 40 km from Maiduguri on Friday.", "killed",
     {"maiduguri"}, set()),
    ("Militants bombed a television station in Peshawar.", "bombed", {"peshawar"}, set()),
    ("Police named the attacker as a 31-year-old from Leeds.", "attacker", set(), {"leeds"}),
])
def test_aside_places(sentence: str, trigger: str, kept: set[str], aside: set[str]) -> None:
    """A claim's channel and a person's home are no place of the deed; a distance or a target is."""
    doc = load_nlp()(sentence)
    token = next(t for t in doc if t.text == trigger)
    places = local_places(token)
    assert kept <= places
    assert not aside & places
