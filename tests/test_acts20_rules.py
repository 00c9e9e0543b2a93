"""Actor labels beyond Africa, each tested on sentences for several countries: a people of the
curated table (data/geo_peoples.yaml, those living across borders included) makes an ethnic
militia of its armed men, and so does 'armed' before any of its men ('armed Meitei volunteers');
a generated (Phoenix) group whose acronym spells its initials takes ACLED's 'ACRONYM: Name'; known
groups of South Asia, Thailand and Latin America carry ACLED's labels; clans at war named by the
war ('two warring clans') are clan militias."""

from __future__ import annotations

import pytest
from test_holdout14_rules import report

from eventcoder.pipeline import Pipeline
from eventcoder.resolve.actors import kb as actor_kb
from eventcoder.resolve.actors.peoples import is_people
from eventcoder.resolve.actors.phoenix import acronym_label


def labels(pipeline: Pipeline, text: str) -> list[str]:
    """The ACLED labels of the primary event's actors."""
    return [a.acled_name or a.name for a in report(pipeline, text).actors]


PEOPLE_MILITIAS = [
    ("On 3 May 2024, Kuki militants fired on a police outpost near Churachandpur in Manipur; two "
     "constables were hurt.", "Kuki Ethnic Militia (India)"),
    ("On 11 January 2024, armed Meitei men torched four houses in a hamlet of Bishnupur district, "
     "Manipur, police said.", "Meitei Ethnic Militia (India)"),
    ("On 6 June 2024, Kuki village volunteers and Meitei gunmen exchanged fire near Jiribam in "
     "Manipur. One volunteer died.", "Meitei Ethnic Militia (India)"),
    ("On 14 March 2023, armed Konkomba youths set fire to a dozen huts at Bimbilla in the Northern "
     "Region of Ghana, the district police commander said.", "Konkomba Ethnic Militia (Ghana)"),
]


@pytest.mark.parametrize(("text", "label"), PEOPLE_MILITIAS)
def test_peoples_armed_men_are_its_ethnic_militia(pipeline: Pipeline, text: str,
                                                  label: str) -> None:
    """A listed people's armed men, named by an armed noun or with 'armed' before them."""
    assert label in labels(pipeline, text)


def test_both_peoples_of_a_clash_are_militias(pipeline: Pipeline) -> None:
    """Each side of a clash between two peoples' armed men is its own ethnic militia."""
    got = labels(pipeline, "On 6 June 2024, Kuki village volunteers and Meitei gunmen exchanged "
                           "fire near Jiribam in Manipur. One volunteer died.")
    assert {"Kuki Ethnic Militia (India)", "Meitei Ethnic Militia (India)"} <= set(got)


def test_a_people_named_unarmed_is_no_militia(pipeline: Pipeline) -> None:
    """Leaders of a people at a meeting, or Red Cross volunteers, are no militia."""
    got = labels(pipeline, "On 2 July 2024, Kuki leaders met the governor in Imphal, Manipur, "
                           "and Red Cross volunteers handed out food in a relief camp.")
    assert not any("Ethnic Militia" in g for g in got)


def test_listed_peoples_across_borders_are_peoples() -> None:
    """The table's peoples are peoples to the actor finders, wherever they live."""
    assert is_people("Kuki", "no cue in this text")
    assert is_people("Meitei", "no cue in this text")
    assert not is_people("Imphal", "no cue in this text")


@pytest.mark.parametrize(("item", "label"), [
    ({"acled": "Babbar Khalsa International", "weak": ["BKI"]},
     "BKI: Babbar Khalsa International"),
    ({"acled": "Popular Front for the Liberation of Palestine", "acronyms": ["PFLP"]},
     "PFLP: Popular Front for the Liberation of Palestine"),
    ({"acled": "Democratic Karen Buddhist Army", "acronyms": ["DKBA"]},
     "DKBA: Democratic Karen Buddhist Army"),
    ({"acled": "Irish Republican Army", "acronyms": ["PIRA"]}, "Irish Republican Army"),
    ({"acled": "Kach", "acronyms": ["KAKH"]}, "Kach"),
    ({"acled": "Al Barq", "weak": ["AB"]}, "Al Barq"),
])
def test_acronym_spelling_the_initials_heads_the_label(item: dict[str, object],
                                                        label: str) -> None:
    """Only an acronym of three letters or more that spells the name's initials is prefixed."""
    assert acronym_label(item) == label


def test_generated_groups_take_the_acronym_label() -> None:
    """Phoenix groups of several countries are labelled 'ACRONYM: Name' in the index."""
    for name, label in (("Ku Klux Klan", "KKK: Ku Klux Klan"),
                        ("Patriotic Union of Kurdistan", "PUK: Patriotic Union of Kurdistan"),
                        ("All Tripura Tiger Force", "ATTF: All Tripura Tiger Force")):
        entry = actor_kb.lookup(name)
        assert entry is not None and entry.acled_name(entry.country) == label


KNOWN_GROUPS = [
    ("On 9 October 2022, Hizbul Mujahideen militants shot at a police party in Shopian, Jammu "
     "and Kashmir. A constable was wounded.", "HM: Hizbul Mujahideen"),
    ("On 21 November 2023, a bomb went off beside a school bus in Mohmand district, Khyber "
     "Pakhtunkhwa. Jamaat-ul-Ahrar said it had planted it.", "JuA: Jamaat-ul-Ahrar"),
    ("On 5 September 2024, police in Gurdaspur (Punjab) said Babbar Khalsa International "
     "operatives had hurled a grenade at the house of a retired officer.",
     "BKI: Babbar Khalsa International"),
    ("On 2 May 2022, the Arauco-Malleco Coordinator said it burned two houses of a farming "
     "company near Tirua, in the Biobio region of Chile.", "CAM: Arauco-Malleco Coordinator"),
    ("On 19 March 2024, fighters of Carteles Unidos ambushed a convoy of state police near "
     "Apatzingan, Michoacan; three officers died.", "Carteles Unidos"),
    ("On 10 August 2024, gunmen of the Comuneros del Sur clashed with ELN fighters in rural "
     "Samaniego, Narino, Colombia; two combatants died.", "Comuneros del Sur"),
    ("On 27 January 2025, members of 5 Segonn opened fire on a police armoured vehicle in "
     "Port-au-Prince, Haiti; one officer was wounded.", "5 Segonn"),
]


@pytest.mark.parametrize(("text", "label"), KNOWN_GROUPS)
def test_known_groups_carry_acled_labels(pipeline: Pipeline, text: str, label: str) -> None:
    """Groups of South Asia and Latin America, labelled as ACLED writes them."""
    assert label in labels(pipeline, text)


SOUTH_THAILAND = [
    "On 9 January 2024, separatist militants shot at a defence volunteer post in Bacho district, "
    "Narathiwat, Thailand. One volunteer was hurt.",
    "On 30 April 2023, suspected separatists set off a bomb outside a grocery in Saiburi, "
    "Pattani province of Thailand, wounding two shoppers.",
]


@pytest.mark.parametrize("text", SOUTH_THAILAND)
def test_south_thailand_separatists(pipeline: Pipeline, text: str) -> None:
    """Unnamed separatists in Thailand are ACLED's Malay Muslim separatists."""
    assert "Malay Muslim Separatists (Thailand)" in labels(pipeline, text)


def test_separatists_elsewhere_stay_theirs(pipeline: Pipeline) -> None:
    """The Thai label needs Thailand: separatists in Cameroon are the Ambazonian ones."""
    got = labels(pipeline, "On 1 April 2023, separatists attacked a gendarmerie post in Batibo, "
                           "in the North-West region of Cameroon, killing one gendarme.")
    assert "Malay Muslim Separatists (Thailand)" not in got
    assert "Ambazonian Separatists (Cameroon)" in got


WARRING_CLANS = [
    ("On 4 November 2024, leaders of two warring clans agreed a truce at Mendi in Southern "
     "Highlands province, Papua New Guinea, after weeks of fighting.", "Papua New Guinea"),
    ("On 12 March 2022, elders of two feuding clans signed a deal in Galkayo, Mudug region of "
     "Somalia, ending a dispute over a well.", "Somalia"),
]


@pytest.mark.parametrize(("text", "country"), WARRING_CLANS)
def test_warring_clans_are_clan_militias(pipeline: Pipeline, text: str, country: str) -> None:
    """Clans named by the war between them are unidentified clan militias."""
    assert f"Unidentified Clan Militia ({country})" in labels(pipeline, text)
