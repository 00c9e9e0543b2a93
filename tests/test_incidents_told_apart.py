"""Two deeds in one report told apart by the language: a fronted "earlier" with a new subject
("Earlier in the day, a bomb hidden in a market killed 22 people") and another place ("at a
police station in another district of the city") open an incident of their own; "the first
blast in X" continues the incident at X after another was told; "claimed that attack" right
after a deed's sentence is that deed's claim (sentences written for Pakistan, Iraq, Nigeria,
Afghanistan and Somalia, mixed case and wire capitals). "A car bomb exploded ten minutes later
as rescuers rushed to the scene" stays the lead's incident."""

from __future__ import annotations

import pytest

from eventcoder.document import Article
from eventcoder.eval.muc import is_violent
from eventcoder.extract.events.incidents import read_incidents
from eventcoder.nlp.model import load_nlp
from eventcoder.pipeline import default_pipeline


def _events(text: str) -> list:
    doc = default_pipeline()(Article(id="t", text=text, published="2015-03-12"))
    return [e for e in doc.events if is_violent(e, with_clashes=True)]


@pytest.mark.parametrize("text", [
    # Pakistan: a flash-back with a new subject
    "A suicide bomber blew himself up at a mosque in Peshawar on Friday, killing 30 "
    "worshippers. Earlier in the day, a bomb planted on a motorcycle killed six policemen in "
    "Bannu.",
    # Iraq: another district of the same city
    "A car bomb exploded near a crowded market in Baghdad on Tuesday, killing 19 people. "
    "Less than an hour earlier, a suicide bomber blew himself up at a police checkpoint in "
    "another district of Baghdad, killing seven officers.",
    # Nigeria, wire capitals: another town
    "MAIDUGURI, 12 MAR 15 -- GUNMEN KILLED 11 VILLAGERS IN GWOZA TODAY. GUNMEN ALSO BURNED "
    "HOUSES AND KILLED FOUR FARMERS IN ANOTHER VILLAGE NEAR THE TOWN, RESIDENTS SAID.",
])
def test_two_deeds_are_two_incidents(text: str) -> None:
    assert len(_events(text)) == 2, [(e.trigger, e.location) for e in _events(text)]


def test_later_bomb_at_the_scene_stays_one() -> None:
    text = ("A bomb exploded outside a bank in Kabul on Sunday, killing four people. A second "
            "bomb went off ten minutes later as rescuers rushed to the scene, police said.")
    assert len(_events(text)) == 1, [(e.trigger, e.location) for e in _events(text)]


@pytest.mark.parametrize("text", [
    # Somalia
    "Gunmen attacked a hotel in Mogadishu on Saturday, killing nine guests, and the Shabaab "
    "group said it had carried out the attack. Less than an hour earlier, a car bomb exploded "
    "at an army base in another district of the city, killing five soldiers. The Islamic State "
    "group claimed that attack in a statement.",
    # Afghanistan, wire capitals
    "KABUL, 2 JUN 15 -- GUNMEN STORMED A GUESTHOUSE IN KABUL TODAY, KILLING SIX FOREIGNERS, AND "
    "THE TALIBAN SAID THEY HAD CARRIED OUT THE ATTACK. EARLIER, A SUICIDE BOMBER BLEW HIMSELF "
    "UP OUTSIDE A POLICE ACADEMY IN ANOTHER PART OF THE CITY, KILLING 12 CADETS. THE ISLAMIC "
    "STATE GROUP CLAIMED THAT ATTACK ON THE INTERNET.",
])
def test_claim_of_that_attack_joins_the_deed_just_told(text: str) -> None:
    doc = load_nlp()(text)
    incidents = read_incidents(doc, 2015).incidents
    assert len(incidents) == 2, [[m.token.text for m in i.mentions] for i in incidents]
    last = max(i for i in range(len(list(doc.sents))))
    owner = next(i for i in incidents if last in i.sents)
    assert owner is incidents[1], [(i.sents, [m.token.text for m in i.mentions]) for i in incidents]
