"""Places the gazetteer holds under another transliteration, read when the article names no country
(geoparser/variants.py, geoparser/fuzzy.py): the Arabic words that open place names written one
way each ('Gasr', 'Ksar' and 'Qasr'; 'Bou', 'Bu' and 'Abu'; 'Oum' and 'Umm'; 'Ayn' and 'Ain'),
ghayn written g or gh, the first-syllable vowel Maghrebi speech drops ('Tburba' for Tebourba,
'Gawadar' for Gwadar), smaller towns looked for worldwide when one country holds their skeleton,
and a name a place noun opens read whatever labels spaCy gives its words. Sentences written for
these tests (Maghreb, Libya, Sudan, Lebanon, Afghanistan, Pakistan, Somalia), no source given."""

from __future__ import annotations

import pytest
from geo_docs import geocoded_document

from eventcoder.geoparser.gazetteer import get_gazetteer
from eventcoder.geoparser.names import norm
from eventcoder.geoparser.variants import reduced, skeleton, variant_place


def _country(text: str, trigger: str) -> str | None:
    loc = geocoded_document(text, trigger).events[0].location
    return loc.country_code if loc else None


@pytest.mark.parametrize(("text", "trigger", "cc"), [
    # Tunisia: 'Qasr' for Ksar (a town of 55,000), Maghrebi vowel drop for Tebourba
    ("Shopkeepers in Qasr Hellal closed their doors after two robberies on Friday.", "robberies",
     "TN"),
    ("Unemployed graduates blocked the rail line in Tburba for a third day.", "blocked", "TN"),
    # Morocco: 'Bni' for Beni
    ("Teachers held a sit-in at the regional academy in Bni Mellal over unpaid bonuses.",
     "sit-in", "MA"),
    # Algeria and Libya: ghayn written g
    ("Youths clashed with gendarmes in Lagouat after a football match.", "clashed", "DZ"),
    ("Gunmen stormed a checkpoint in Garyan before dawn, wounding two guards.", "stormed", "LY"),
    # Sudan: 'Oum' for Umm
    ("Traders marched in Oum Ruwaba to protest against new market levies.", "marched", "SD"),
    # Afghanistan and Pakistan: g for gh, a dropped first vowel
    ("A roadside bomb hit a police vehicle in Chagcharan, killing one officer.", "bomb", "AF"),
    ("Fishermen rallied at the harbour in Gawadar against trawlers from outside.", "rallied",
     "PK"),
])
def test_a_transliteration_places_the_event_with_no_country_named(text: str, trigger: str,
                                                                   cc: str) -> None:
    assert _country(text, trigger) == cc


def test_a_name_a_place_noun_opens_is_read_whatever_spacy_labels() -> None:
    # no preposition before it, and spaCy reads its words as a nationality and a person
    text = "Families from Ayn Draham blocked the main road to demand drinking water."
    assert _country(text, "blocked") == "TN"


def test_arabic_words_have_one_spelling_each() -> None:
    for a, b in [("Gasr Hellal", "Ksar Hellal"), ("Bu Ficha", "Bou Ficha"),
                 ("Ibn Arous", "Ben Arous"), ("Oum Ruwaba", "Umm Ruwaba"),
                 ("Djebel Chambi", "Jabal Chambi"), ("Oued Ellil", "Wadi Ellil"),
                 ("Ghardaia", "Gardaia")]:
        assert skeleton(norm(a)) == skeleton(norm(b)), (a, b)
    # only the word qasr reads g as q: 'Garissa' is no 'Qarissa'
    assert skeleton(norm("Garissa")) != skeleton(norm("Qarissa"))


def test_only_the_first_syllable_vowel_is_dropped() -> None:
    assert reduced(skeleton(norm("Tebourba"))) == reduced(skeleton(norm("Tburba")))
    assert reduced("medenine") == "mdenine"
    # a name opening with two consonants or a vowel keeps its letters
    assert reduced("sfax") == "sfax" and reduced("ariana") == "ariana"
    # other vowels are the name's own: 'Meknes' is no 'Maknas'
    assert reduced(skeleton(norm("Meknes"))) != reduced(skeleton(norm("Maknas")))


def test_no_reading_where_two_countries_hold_the_name() -> None:
    gaz = get_gazetteer()
    # 'Abou Hamad': Abu Hammad in Egypt and Abu Hamad district in Sudan
    assert variant_place(gaz, norm("Abou Hamad"), [], 50_000) is None
    # a short name's small town is too likely a namesake of an unlisted village (El Battan)
    assert variant_place(gaz, norm("Battan"), [], 50_000) is None


def test_a_person_named_after_abu_or_sidi_is_no_place() -> None:
    text = "Supporters of Abu Salim Dawood marched to the court, demanding his release."
    assert _country(text, "marched") is None
    text = "Relatives of Sidi Ould Hamma protested outside the police station on Monday."
    assert _country(text, "protested") is None


def test_a_large_place_found_worldwide_gives_the_country_for_the_rest() -> None:
    # Bosasso is read worldwide (Somalia); the village south of it is looked for in Somalia only,
    # never among India's towns
    text = "Clan gunmen ambushed a minibus near Dharoor, a village south of Bosasso, on Sunday."
    assert _country(text, "ambushed") in ("SO", None)
    assert _country(text, "ambushed") != "IN"
