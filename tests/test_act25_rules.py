"""ACLED actor forms for sides the text does not name, each tested on sentences written for
several countries: the unknown owner of a device found or defused is an unidentified armed group
(a group the text names keeps the record); since 2016 the unnamed doers of violence over land
are an unidentified communal militia (doers the text calls unknown or hired, and named groups,
keep their labels; notes before 2016 are left as they were)."""

from __future__ import annotations

import pytest
from test_acts20_rules import labels

from eventcoder.pipeline import Pipeline


def assert_labelled(pipeline: Pipeline, text: str, label: str, never: str) -> None:
    """The primary event carries ``label`` and no label that starts with ``never``."""
    got = labels(pipeline, text)
    assert label in got, got
    assert not any(x.startswith(never) for x in got), got

FOUND_DEVICES = [
    ("On 4 March 2019, police in Kisumu defused a grenade that had been left under a bench at the "
     "main bus park.", "Unidentified Armed Group (Kenya)"),
    ("On 2 February 2022, a bomb disposal team of the Colombian army dismantled an explosive "
     "device planted on a bridge in Cauca.", "Unidentified Armed Group (Colombia)"),
    ("On 9 October 2021, police in Athens found a large cache of explosives in a garage.",
     "Unidentified Armed Group (Greece)"),
]


@pytest.mark.parametrize(("text", "label"), FOUND_DEVICES)
def test_owner_of_a_found_device_is_an_unidentified_armed_group(pipeline: Pipeline, text: str,
                                                                label: str) -> None:
    """A device made safe with no owner named: its unknown owner is the second side."""
    assert label in labels(pipeline, text)


def test_a_named_owner_keeps_the_found_device(pipeline: Pipeline) -> None:
    """The group the text says planted the device is its owner: no placeholder beside it."""
    got = labels(pipeline, "On 18 May 2020, soldiers discovered two IEDs planted by al Shabaab "
                           "on the road to Afmadow and made them safe.")
    assert "Al Shabaab" in got
    assert not any(x.startswith("Unidentified Armed Group") for x in got)


def test_a_past_record_is_no_device_owner(pipeline: Pipeline) -> None:
    """An arrest that mentions bombings the group did in the past finds no device: no owner,
    and the group never becomes a perpetrator of it."""
    got = labels(pipeline, "On 3 July 2022, police arrested three men in Nairobi and said the "
                           "group had carried out bombings in the past.")
    assert not any(x.startswith("Unidentified Armed Group") for x in got)


LAND_VIOLENCE = [
    ("On 14 April 2021, a man was hacked to death with machetes in a village of Rutshuru "
     "territory in a dispute over farmland, local sources said.",
     "Unidentified Communal Militia (Democratic Republic of Congo)"),
    ("On 20 November 2022, a farmer was shot dead in a village near Baidoa after a quarrel over "
     "grazing land.", "Unidentified Communal Militia (Somalia)"),
    ("On 6 June 2020, houses were torched in Ebonyi in a boundary dispute between two villages, "
     "leaving three dead.", "Unidentified Communal Militia (Nigeria)"),
]


@pytest.mark.parametrize(("text", "label"), LAND_VIOLENCE)
def test_unnamed_doers_over_land_are_a_communal_militia(pipeline: Pipeline, text: str,
                                                        label: str) -> None:
    """Violence over land with no group named: the doers are a communal militia."""
    assert_labelled(pipeline, text, label, never="Unidentified Armed Group")


@pytest.mark.parametrize("text", [
    "On 8 May 2021, unknown gunmen killed a landowner near Tamale over a land dispute.",
    "On 17 January 2022, gunmen killed three villagers near Jos, police said.",
    "On 3 August 2013, a man was hacked to death with machetes near Kitale in a dispute over "
    "farmland.",
])
def test_unknown_doers_and_other_motives_stay_an_armed_group(pipeline: Pipeline,
                                                             text: str) -> None:
    """Doers the text calls unknown, a killing with no land motive, and a note before 2016
    keep the unidentified armed group."""
    got = labels(pipeline, text)
    assert not any(x.startswith("Unidentified Communal Militia") for x in got)


@pytest.mark.parametrize(("text", "label"), [
    ("On 11 March 2023, suspected ADF rebels killed four farmers over land in Beni territory.",
     "ADF: Allied Democratic Forces"),
    ("On 5 June 2021, police shot dead two men during a land dispute in Nakuru.",
     "Police Forces of Kenya (2013-2022)"),
])
def test_named_doers_over_land_keep_their_label(pipeline: Pipeline, text: str,
                                                label: str) -> None:
    """A named group or force doing violence over land stays named."""
    assert_labelled(pipeline, text, label, never="Unidentified Communal Militia")


OLD_CROWD_DEEDS = [
    ("On 3 May 2017, pupils of a boarding school near Kakamega, protesting against their "
     "headmaster, burn two dormitories.", "Rioters (Kenya)"),
    ("On 14 August 2016, traders in Lilongwe protesting new market fees engaged police in running "
     "battles for most of the afternoon.", "Rioters (Malawi)"),
    ("On 9 February 2018, residents of a township near Rustenburg protesting water cuts broke "
     "into a municipal depot and lit tyres on the main road.", "Rioters (South Africa)"),
]


@pytest.mark.parametrize(("text", "label"), OLD_CROWD_DEEDS)
def test_before_2019_a_crowd_doing_violence_is_rioters(pipeline: Pipeline, text: str,
                                                       label: str) -> None:
    """Before ACLED's 2019 codebook a crowd that burns, fights running battles or breaks in is
    rioters, the deed told in a headline's present tense or by its idiom."""
    assert_labelled(pipeline, text, label, never="Protesters")


def test_a_grievance_about_burning_is_no_deed(pipeline: Pipeline) -> None:
    """A crowd that marched against the burning of a market did not burn it: protesters."""
    got = labels(pipeline, "On 22 March 2017, hundreds of traders in Kumasi marched peacefully "
                           "to the municipal office to protest against the burning of their "
                           "market stalls.")
    assert any(x.startswith("Protesters") for x in got)
    assert not any(x.startswith("Rioters") for x in got)


@pytest.mark.parametrize(("text", "label"), [
    ("On 12 March 2009, cattle raiders killed two herders and drove off 200 cows near Lodwar.",
     "Unidentified Ethnic Militia (Kenya)"),
    ("On 4 June 2012, raiders attacked a village in Jonglei and killed six civilians.",
     "Unidentified Ethnic Militia (South Sudan)"),
    ("On 9 September 2013, inter-communal fighting near Jos left four people dead.",
     "Unidentified Ethnic Militia (Nigeria)"),
])
def test_before_2015_an_unnamed_identity_militia_is_ethnic(pipeline: Pipeline, text: str,
                                                           label: str) -> None:
    """Before 2015 ACLED named an unnamed armed community an ethnic militia."""
    assert_labelled(pipeline, text, label, never="Unidentified Communal Militia")


def test_since_2015_raiders_stay_a_communal_militia(pipeline: Pipeline) -> None:
    """The same raid told in 2018 keeps the communal label; a named people keeps its own."""
    got = labels(pipeline, "On 4 June 2018, raiders attacked a village in Jonglei and killed "
                           "six civilians.")
    assert "Unidentified Communal Militia (South Sudan)" in got
    got = labels(pipeline, "On 20 July 2011, Pokot raiders killed three herders near Kapedo.")
    assert "Pokot Ethnic Militia (Kenya)" in got
    assert not any(x.startswith("Unidentified") for x in got)


@pytest.mark.parametrize(("text", "sides"), [
    ("On 5 May 2019, fighting between the Abdalla and Hassan clans in Wajir left six dead.",
     {"Abdalla Clan Militia (Kenya)", "Hassan Clan Militia (Kenya)"}),
    ("On 17 February 2020, clashes between the Odowa and Reer Bare clans near Beledweyne, "
     "Somalia, killed three people.", {"Odowa Clan Militia (Somalia)", "Reer Bare Clan Militia (Somalia)"}),
])
def test_two_names_called_clans_are_clan_militias(pipeline: Pipeline, text: str,
                                                  sides: set[str]) -> None:
    """A pair of names the text calls clans are both clan militias."""
    assert sides <= set(labels(pipeline, text))


def test_a_known_people_called_a_clan_stays_ethnic(pipeline: Pipeline) -> None:
    """Peoples ACLED names ethnic militias keep that label when the text calls them clans."""
    got = set(labels(pipeline, "On 2 October 2021, one man was killed in clashes between the "
                               "Garre and Degodia clans in Mandera."))
    assert {"Garre Ethnic Militia (Kenya)", "Degodia Ethnic Militia (Kenya)"} <= got


def test_before_2019_a_crowd_that_attacked_is_rioters(pipeline: Pipeline) -> None:
    """Demonstrators who attacked or chased someone were rioters before 2019."""
    for text, label in (
            ("On 12 April 2016, students protesting fee increases at a college in Kampala "
             "attacked the principal's car.", "Rioters (Uganda)"),
            ("On 3 May 2017, traders demonstrating against new taxes in Bamako confronted "
             "municipal agents and chased them from the market.", "Rioters (Mali)")):
        assert label in labels(pipeline, text)


def test_a_force_that_attacked_a_crowd_leaves_it_protesters(pipeline: Pipeline) -> None:
    """Police who attacked marchers did the deed: the marchers stay protesters."""
    got = labels(pipeline, "On 3 May 2017, police attacked marchers demonstrating against new "
                           "taxes in Bamako.")
    assert "Protesters (Mali)" in got
    assert not any(x.startswith("Rioters") for x in got)
