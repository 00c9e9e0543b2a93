"""Actor labels that follow ACLED's codebook rather than the publisher, each tested on sentences
written for several countries: since the 2019 codebook the owner of looted or destroyed property
that the text leaves unnamed is "Civilians (<country>)" (before it, only when the property is
people's: houses, shops, fields), while a named owner (a police station, an armed group's truck)
is the target instead; two peoples named as the sides of a fight are both their ethnic militias
(places and faiths are no peoples); police or soldiers named in a protest only as the crowd or
its kin are no actor of it; the Mungiki sect is ACLED's "Mungiki Militia"."""

from __future__ import annotations

import pytest
from test_acts20_rules import labels

from eventcoder.pipeline import Pipeline
from eventcoder.resolve.actors.people_clashes import fighting_peoples

UNNAMED_OWNERS = [
    ("On 3 June 2021, suspected gang members stole about 60 goats from a ranch near Maiduguri.",
     "Civilians (Nigeria)"),
    ("On 9 February 2021, unidentified individuals smashed the glass front of a bank branch in "
     "central Santiago.", "Civilians (Chile)"),
    ("On 14 October 2022, unknown men looted a pharmacy warehouse in Gonaives and drove off with "
     "its stock.", "Civilians (Haiti)"),
]


@pytest.mark.parametrize(("text", "label"), UNNAMED_OWNERS)
def test_property_of_no_named_owner_is_civilians(pipeline: Pipeline, text: str,
                                                 label: str) -> None:
    """Looting or destruction since 2019 with only its doer named: the civilians own it."""
    assert label in labels(pipeline, text)


NAMED_OWNERS = [
    "On 7 July 2021, gunmen set fire to a police station in the town of Guiglo.",
    "On 20 May 2021, soldiers destroyed four militant hideouts in the forest near Sambisa.",
]


@pytest.mark.parametrize("text", NAMED_OWNERS)
def test_property_of_a_named_party_has_no_civilians(pipeline: Pipeline, text: str) -> None:
    """A state or armed owner named beside the doer is the target: no civilians are added."""
    assert not any(x.startswith("Civilians") for x in labels(pipeline, text))


def test_before_2019_unnamed_property_stays_without_owner(pipeline: Pipeline) -> None:
    """Before the 2019 codebook only people's property (houses, shops, fields) implies
    civilians: a smashed bank front or a looted pharmacy names none."""
    for text in ("On 9 February 2016, unidentified individuals smashed the glass front of a bank "
                 "branch in central Santiago.",
                 "On 14 October 2017, unknown men looted a pharmacy in Gonaives and drove off "
                 "with its stock."):
        assert not any(x.startswith("Civilians") for x in labels(pipeline, text))


PEOPLE_CLASHES = [
    ("On 2 February 2022, clashes between Pokot and Turkana herders near Kapedo left two dead.",
     {"Pokot Ethnic Militia (Kenya)", "Turkana Ethnic Militia (Kenya)"}),
    ("On 21 June 2023, Kuki and Meitei groups exchanged fire in Churachandpur district, "
     "injuring five.", {"Kuki Ethnic Militia (India)", "Meitei Ethnic Militia (India)"}),
    ("On 22 July 2021, renewed violence between the Hema and Lendu communities in Djugu killed "
     "three villagers.", {"Hema Ethnic Militia (Democratic Republic of Congo)",
                          "Lendu Ethnic Militia (Democratic Republic of Congo)"}),
]


@pytest.mark.parametrize(("text", "sides"), PEOPLE_CLASHES)
def test_two_peoples_fighting_are_both_militias(pipeline: Pipeline, text: str,
                                                sides: set[str]) -> None:
    """Two peoples named as a fight's sides are their ethnic militias, no placeholders beside."""
    got = labels(pipeline, text)
    assert sides <= set(got)
    assert not any(x.startswith(("Rioters", "Civilians", "Unidentified")) for x in got)


def test_two_places_fighting_are_no_peoples(pipeline: Pipeline) -> None:
    """A pair of places ("between Nakuru and Baringo youths") names no peoples' militias."""
    got = labels(pipeline, "On 3 October 2021, fighting between Nakuru and Baringo youths over "
                           "stolen cattle left one dead.")
    assert not any("Ethnic Militia" in x for x in got)


def test_two_religions_fighting_are_no_ethnic_militias(pipeline: Pipeline) -> None:
    """Faiths are no peoples: "clashes between Hindu and Muslim groups" makes no ethnic militia."""
    got = labels(pipeline, "On 14 May 2022, clashes between Hindu and Muslim groups in Khargone "
                           "left two people injured.")
    assert not any("Ethnic Militia" in x for x in got)


def test_fighting_peoples_reader() -> None:
    """The pair reader takes the two peoples of a fight cue, and nothing from places."""
    assert fighting_peoples("Fighting broke out between Dinka and Nuer youths near Bor.") \
        == ("Dinka", "Nuer")
    assert fighting_peoples("Clashes between Kenya and Ethiopia police at the border.") is None
    assert fighting_peoples("Dinka and Nuer elders met in Bor to sign a truce.") is None


CROWD_FORCES = [
    "On 2 June 2021, relatives of police officers killed on duty protested in front of parliament "
    "in Kabul.",
    "On 14 September 2022, dozens of police officers protested outside the interior ministry in "
    "Lima to demand unpaid overtime.",
    "On 20 January 2023, a group of soldiers staged a demonstration at their barracks near Juba to "
    "demand their salaries.",
]


@pytest.mark.parametrize("text", CROWD_FORCES)
def test_forces_named_as_the_crowd_or_its_kin_are_no_actor(pipeline: Pipeline, text: str) -> None:
    """The protesters stand for police or soldiers who are the crowd or whose kin it is."""
    got = labels(pipeline, text)
    assert any(x.startswith("Protesters (") for x in got)
    assert not any(x.startswith(("Police Forces", "Military Forces")) for x in got)


def test_forces_acting_on_the_crowd_stay(pipeline: Pipeline) -> None:
    """Police that disperse a crowd of soldiers' wives are a party to the protest."""
    got = labels(pipeline, "On 3 May 2021, police dispersed wives of soldiers who blocked the "
                           "road to the barracks in Bamako.")
    assert any(x.startswith("Police Forces of Mali") for x in got)


def test_mungiki_is_acleds_mungiki_militia(pipeline: Pipeline) -> None:
    """The banned Kenyan sect carries ACLED's actor name, however the text writes it."""
    for text in ("On 5 March 2021, suspected Mungiki members hacked a matatu driver to death in "
                 "Kayole, Nairobi.",
                 "On 9 July 2022, police shot dead two mungiki adherents in Murang'a after a "
                 "raid."):
        assert "Mungiki Militia" in labels(pipeline, text)


def test_a_fight_told_as_background_keeps_the_events_crowd(pipeline: Pipeline) -> None:
    """Two peoples' war named only as the event's background leaves the event's own mob."""
    got = labels(pipeline, "On 12 July 2023, a mob of several hundred people set fire to a "
                           "lawmaker's house in Imphal, officials said. Dozens have died since "
                           "fighting between the Meitei and Kuki communities began in May.")
    assert "Rioters (India)" in got


def test_a_bloodless_brawl_of_two_peoples_stays_a_riot(pipeline: Pipeline) -> None:
    """Two peoples' crowds in a riot nobody died in are rioters, not militias."""
    got = labels(pipeline, "On 8 August 2023, young men of the Hema and Lendu communities "
                           "clashed with stones at the market in Bunia and burnt two stalls. "
                           "Nobody was hurt.")
    assert "Rioters (Democratic Republic of Congo)" in got
    assert not any("Ethnic Militia" in x for x in got)
