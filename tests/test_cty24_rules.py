"""Namesakes in the wrong country: what decides when a place name exists in several countries.

Two readings of the language, each tested on sentences written for several countries:

- a province or district the text names with its own type word ('Sokoto State', 'Garissa
  county') is the writer's own statement of where, so a nationality in the text (people travel)
  or another place of that sentence does not move the event to another country;
- a place name that is the last word of a longer local name ('Tumbun Ndjamena settlement', a
  village named after Chad's capital) names no place when a capitalised word that is no place
  stands before it and a settlement or unit noun follows the pair;
- a name followed by a site or settlement noun and the place holding it ('the Ifo refugee camp in
  Garissa', 'the Dubai bar in Ouagadougou') is a local name; when its only gazetteer reading lies
  in another country than the holder, that reading is a namesake abroad and the holder places it.
"""

from __future__ import annotations

import pytest
from geo_docs import geocoded_document

from eventcoder.geoparser.gazetteer import get_gazetteer
from eventcoder.geoparser.longer_names import inside_longer_name
from eventcoder.geoparser.unit_gap import place_unit_gap


def _country(text: str, trigger: str, source: str | None = None) -> str | None:
    event = geocoded_document(text, trigger, source, ()).events[0]
    return event.location.country_code if event.location is not None else None


@pytest.mark.parametrize(("text", "trigger", "cc"), [
    # a nationality names the people, the unit with its type word names the place
    ("Sudanese fighters attacked a cattle camp in Jonglei State, killing four herders.",
     "attacked", "SS"),
    ("Somali gunmen shot dead a shopkeeper in Lamu county on Sunday night.", "shot", "KE"),
    ("Sierra Leonean miners were beaten by a crowd in Bomi County last week.", "beaten", "LR"),
    ("Kenyan herders were attacked by raiders in Moroto District on Monday.", "attacked", "UG"),
    ("Nigerien traders were robbed and beaten by gunmen in Sokoto State on Friday.", "robbed", "NG"),
])
def test_unit_named_with_its_type_word_keeps_its_country(text: str, trigger: str, cc: str) -> None:
    assert _country(text, trigger) == cc


def test_national_publisher_still_moves_a_unit_namesake_abroad() -> None:
    # the gazetteer knows Manga District only in Brazil; a Nairobi daily says it is Kenya's
    text = "Unknown attackers set fire to three homes in Manga District overnight."
    assert _country(text, "fire", source="Daily Nation (Kenya)") == "KE"


@pytest.mark.parametrize(("text", "trigger", "cc"), [
    ("Gunmen opened fire at the Dubai bar in Ouagadougou, killing three customers.", "fire", "BF"),
    ("Two waiters were stabbed at the Manila restaurant in Karachi late on Saturday.", "stabbed",
     "PK"),
    ("A grenade was thrown into a classroom of the Ifo refugee camp in Garissa.", "thrown", "KE"),
    ("Residents lynched a suspected thief at Dallas estate in Embu town.", "lynched", "KE"),
])
def test_site_named_in_a_holder_abroad_from_its_namesake(text: str, trigger: str, cc: str) -> None:
    assert _country(text, trigger) == cc


@pytest.mark.parametrize(("text", "trigger", "cc"), [
    # a foreign city named as the scene stays where it is
    ("Thousands of Kenyans marched in London against the killing of a student.", "marched", "GB"),
    ("Police in Berlin dispersed a protest against the war in Sudan.", "dispersed", "DE"),
    # two countries named: the unit with its type word decides
    ("Ugandan smugglers were arrested by Kenyan police in Busia county.", "arrested", "KE"),
])
def test_foreign_scenes_and_two_countries(text: str, trigger: str, cc: str) -> None:
    assert _country(text, trigger) == cc


def test_village_named_after_a_capital_is_not_the_capital() -> None:
    # no other place is known: null with a reason, not Chad's capital
    assert _country("Soldiers cleared insurgents out of Tumbun Ndjamena settlement on Tuesday.",
                    "cleared") is None


@pytest.mark.parametrize(("text", "trigger", "cc"), [
    # a site named after its own town keeps the town when the holder's reading lies nearby
    ("A drone struck a car near Sulaymaniyah airport in the Kurdistan Region on Friday.", "struck",
     "IQ"),
    ("Gunmen attacked a bus at the Peshawar bus terminal in Khyber Pakhtunkhwa.", "attacked",
     "PK"),
])
def test_site_named_after_its_own_town(text: str, trigger: str, cc: str) -> None:
    assert _country(text, trigger) == cc


def test_site_gap_needs_a_site_or_settlement_noun() -> None:
    gap = place_unit_gap(name_rest=2, near=True, words=3, unit_between=True, sites=True)
    assert gap.match(" refugee camp in ")
    assert gap.match(" fish market in the ")
    assert not gap.match(" attack in ")
    assert not gap.match(" and ")
    # without ``sites`` the older readings are unchanged
    assert not place_unit_gap(near=True).match(" refugee camp in ")


@pytest.mark.parametrize(("text", "trigger", "cc"), [
    ("Soldiers cleared insurgents out of Tumbun Ndjamena settlement in Borno State on Tuesday.",
     "cleared", "NG"),
    ("Bandits shot three traders in Unguwar Cairo village, Kaduna State, overnight.", "shot", "NG"),
    ("Armed men burnt houses in Kampung Paris village, Sabah, last month.", "burnt", "MY"),
    # the name alone, or after a word that is no name, still names the place
    ("Police arrested ten protesters in Nairobi county on Monday.", "arrested", "KE"),
    ("Two bombs exploded in central Kabul district, police said.", "exploded", "AF"),
    ("Protesters gathered in Cairo, where police fired tear gas at them.", "gathered", "EG"),
])
def test_last_word_of_a_longer_local_name(text: str, trigger: str, cc: str) -> None:
    assert _country(text, trigger) == cc


def test_longer_name_needs_an_unknown_word_and_a_noun() -> None:
    gaz = get_gazetteer()

    def inside(text: str, name: str) -> bool:
        start = text.index(name)
        return inside_longer_name(text, start, start + len(name), gaz)

    assert inside("Troops cleared Tumbun Ndjamena settlements.", "Ndjamena")
    assert not inside("Tumbun Ndjamena settlement was cleared.", "Ndjamena")  # sentence start
    assert not inside("Troops cleared Tumbun Ndjamena on Monday.", "Ndjamena")  # no noun after
    assert not inside("A rally was held by Governor Lagos town officials.", "Lagos")  # a title
    assert not inside("a raid in Congo's North Kivu province", "North Kivu")  # a possessive


def test_longer_name_not_read_in_title_case_headlines_or_after_a_day() -> None:
    gaz = get_gazetteer()

    def inside(text: str, name: str) -> bool:
        start = text.index(name)
        return inside_longer_name(text, start, start + len(name), gaz)

    assert not inside("Gunmen Kill Five In Restive Mandera County", "Mandera")
    assert not inside("Bandits Raid Villages Near Restive Zamfara State Capital", "Zamfara")
    assert not inside("Police said Tuesday Lagos State officials had fled.", "Lagos")
    assert not inside("The curfew began in March Kasese district.", "Kasese")
    # prose with one unknown word before the name still reads the longer local name
    assert inside("Insurgents burned Tumbun Ndjamena settlements on Friday.", "Ndjamena")
