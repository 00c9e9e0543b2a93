"""Weapons named as goods (seized, traded, stored, counted in a haul) are no attack; weapons used,
and devices found where they were planted, stay. One shared check (``extract/weapon_goods.py``).
Sentences written for these tests, several countries, mixed case and capitals."""

from __future__ import annotations

import pytest

from eventcoder.extract.weapon_goods import weapon_as_goods
from eventcoder.nlp.model import load_nlp


@pytest.fixture(scope="module")
def nlp():
    """The project's spaCy model."""
    return load_nlp()


def _token(nlp, sentence: str, word: str):
    return next(t for t in nlp(sentence) if t.text == word)


@pytest.mark.parametrize(("sentence", "word"), [
    ("Customs officers at Chittagong port intercepted a container of pistols bound for Myanmar.",
     "pistols"),
    ("The militia handed over 300 rifles to the UN mission in Bunia on Friday.", "rifles"),
    ("Police in Sinaloa found 40 rifles and a grenade launcher hidden on a ranch.", "rifles"),
    ("Investigators say the gang sold rockets to armed groups in southern Libya.", "rockets"),
    ("Mexican marines seized 15 kilograms of explosives in a safe house in Tamaulipas.",
     "explosives"),
    ("Forty mortar rounds were recovered from a farm near Kandahar on Sunday.", "mortar"),
    ("The rebels in Mindanao were awaiting a delivery of 200 hand grenades.", "grenades"),
    ("ARMY TROOPS CONFISCATED 12 MACHINEGUNS AND TWO BAZOOKAS IN A HOUSE IN CUSCO.", "BAZOOKAS"),
    ("A cache of 60 missiles was discovered in a warehouse outside Misrata.", "missiles"),
    # an inventory the parse cuts off from its verb: several kinds of weapon, none used
    ("An army spokesman in Maiduguri added that when troops searched the truck they found "
     "several rifles; pistols, RPG launchers, 82 mm mortars, detonators, hand grenades.", "mortars"),
    ("Items in the lorry at Garissa: two rifles; AK-47 magazines, RPG launchers, 82 mm mortars, "
     "plastic explosives.", "mortars"),
    ("The boat seized off Benghazi was carrying the following weapons for the militia: 40 Grad "
     "rockets; 21 grenades for 106 mm cannons; an anti-tank cannon.", "rockets"),
    ("The truck stopped near Mosul carried 30 rifles, one 82 mm mortar, shells for that mortar, "
     "and it also held maps of the city.", "mortar"),
])
def test_weapons_as_goods(nlp, sentence, word):
    assert weapon_as_goods(_token(nlp, sentence, word))


@pytest.mark.parametrize(("sentence", "word"), [
    ("Police found a bomb under a bridge in Medellin on Tuesday.", "bomb"),
    ("Taliban fighters fired rockets at the airport in Kabul.", "rockets"),
    ("Houthi forces launched missiles at Jizan from mobile launchers near Saada.", "missiles"),
    ("Boko Haram carried out a mortar attack on Maiduguri on Friday.", "mortar"),
    ("A car bomb exploded near a police station in Mosul.", "bomb"),
    ("GUERRILLAS ATTACKED THE BARRACKS IN HUANCAYO WITH ROCKETS AND MORTARS.", "ROCKETS"),
    ("Rebels shelled Beni with mortars, rockets and grenades on Sunday.", "grenades"),
    ("The governor promised money for any tip leading to the killers in the assassination of "
     "the mayor of Cucuta.", "assassination"),
    ("Rebels fired rockets, mortars and grenades at the base in Kidal, and shells hit the market.",
     "shells"),
])
def test_weapons_used_stay(nlp, sentence, word):
    assert not weapon_as_goods(_token(nlp, sentence, word))
