"""Rules written after the sixteenth hold-out round (ACLED-style notes from the Middle East,
Ukraine/Russia and the Caucasus, 2021-2025), each tested on sentences for several countries: an
accord a crowd asks for or against ('to demand the cancellation of the peace treaty', 'calling
for a ceasefire') is no agreement made; a gathering verb whose own clause states its demand opens
the demonstration, so the next sentence's tear gas and arrests make it a protest with
intervention; a person taken, driven or led 'to an unknown location' is abducted; the dead of an
earlier deed told as 'hours after X killed N' are not the reported incident's toll; 'retook
<a place's name>' regains territory; and ACLED's admin1 names for Syria, Armenia, Belarus,
Azerbaijan and Russia's republics."""

from __future__ import annotations

import pytest
from test_holdout14_rules import report

from eventcoder.document import Article
from eventcoder.pipeline import Pipeline

SOUGHT_ACCORDS = [
    ("On 9 February 2024, about 2,000 people marched through central Rabat to demand the "
     "cancellation of the peace agreement with Israel.", "2024-02-10"),
    ("On 14 October 2022, several hundred students demonstrated in Khartoum against the peace deal "
     "signed between the army and the armed movements.", "2022-10-15"),
    ("On 24 March 2024, thousands of people gathered in Amman to demand the cancellation of the "
     "peace treaty with Israel.", "2024-03-25"),
]


@pytest.mark.parametrize(("text", "published"), SOUGHT_ACCORDS)
def test_accord_sought_is_no_agreement(pipeline: Pipeline, text: str, published: str) -> None:
    """A crowd demanding, rejecting or calling for an accord protests; it signs nothing."""
    document = pipeline(Article(id="t", text=text, published=published))
    assert [e.sub_event_type for e in document.events] == ["Peaceful protest"]


def test_accord_signed_stays_an_agreement(pipeline: Pipeline) -> None:
    """An accord the parties sign is still the agreement."""
    event = report(pipeline, "On 1 May 2023, the army and the rebels signed a ceasefire agreement "
                             "in Juba after two weeks of talks.")
    assert event.sub_event_type == "Agreement"


GATHERINGS_THEN_FORCE = [
    "On 1 June 2022, several hundred taxi drivers gathered outside the transport ministry in "
    "Nairobi to protest against new licence fees. Police fired tear gas to disperse them.",
    "On 24 March 2024, thousands of people gathered near the embassy in Amman to demand the "
    "cancellation of the gas deal with Israel. Police fired tear gas to push the crowd back and "
    "arrested several demonstrators.",
    "On 3 April 2023, about 300 residents assembled in front of the governor's office in Sfax to "
    "demand drinking water. Police officers fired tear gas and arrested five of them.",
]


@pytest.mark.parametrize("text", GATHERINGS_THEN_FORCE)
def test_gathering_with_demand_joins_the_intervention(pipeline: Pipeline, text: str) -> None:
    """'gathered ... to demand X' is the demonstration the police then break up."""
    event = report(pipeline, text)
    assert (event.event_type, event.sub_event_type) == ("Protests", "Protest with intervention")


TAKEN_TO_UNKNOWN = [
    "On 13 September 2021, men in plain clothes stopped a journalist outside his office in Bamako "
    "and drove him to an undisclosed location, his newspaper said.",
    "On 11 March 2022, soldiers seized the head of the village council in Mariupol, put a hood "
    "over his head and took him to an unknown location.",
    "On 5 July 2023, masked men forced a human rights lawyer into a van in Harare and took her to "
    "an unknown destination.",
]


@pytest.mark.parametrize("text", TAKEN_TO_UNKNOWN)
def test_taken_to_unknown_place_is_abduction(pipeline: Pipeline, text: str) -> None:
    """A person carried off to a place kept unknown is a forced disappearance."""
    assert report(pipeline, text).sub_event_type == "Abduction/forced disappearance"


def test_goods_taken_to_unknown_place_are_no_abduction(pipeline: Pipeline) -> None:
    """A lorry taken to an unknown destination carries off no person."""
    event = report(pipeline, "On 10 September 2021, soldiers took the stolen lorry to an "
                             "unknown destination near Goma.")
    assert event.sub_event_type != "Abduction/forced disappearance"


EARLIER_TOLLS = [
    "On 26 February 2023, dozens of settlers attacked a village near Nablus, hours after a "
    "gunman shot dead two settlers at a nearby junction.",
    "On 2 June 2023, militiamen burned houses in Djugu, hours after gunmen shot dead four traders "
    "on the road to Bunia.",
]


@pytest.mark.parametrize("text", EARLIER_TOLLS)
def test_dead_of_earlier_deed_are_not_the_toll(pipeline: Pipeline, text: str) -> None:
    """'hours after X shot dead N': the N died in the earlier deed."""
    event = report(pipeline, text)
    assert event.fatalities is None or not event.fatalities.best


ADMIN1_NAMES = [
    ("On 14 February 2025, gunmen abducted a pharmacist in Jaramana.", "SY", "Rural Damascus"),
    ("On 3 March 2025, gunmen shot dead a shopkeeper in Jableh, Latakia governorate.", "SY",
     "Lattakia"),
    ("On 9 May 2024, thousands of people marched in Yerevan, Armenia, against the border deal.",
     "AM", "Yerevan"),
    ("On 27 February 2022, riot police detained dozens of anti-war protesters in Minsk, Belarus.",
     "BY", "Minsk"),
    ("On 25 September 2022, police detained 100 protesters in Makhachkala, Dagestan.", "RU",
     "Republic of Dagestan"),
    ("On 4 June 2023, police detained 12 activists at a rally in Kazan, Tatarstan.", "RU",
     "Republic of Tatarstan"),
]


@pytest.mark.parametrize(("text", "code", "admin1"), ADMIN1_NAMES)
def test_acled_admin1_names(pipeline: Pipeline, text: str, code: str, admin1: str) -> None:
    """The unit is written as ACLED writes it, not in the gazetteer's local form."""
    location = report(pipeline, text).location
    assert location is not None
    assert (location.country_code, location.admin1) == (code, admin1)


RETAKEN_PLACES = [
    "On 24 August 2021, Mozambican and Rwandan troops recaptured Mocimboa da Praia (Cabo Delgado) "
    "from insurgents after two weeks of fighting.",
    "On 11 November 2022, Ukrainian forces liberated Snihurivka (Mykolaiv) after heavy fighting.",
]


@pytest.mark.parametrize("text", RETAKEN_PLACES)
def test_retaking_a_named_place(pipeline: Pipeline, text: str) -> None:
    """'recaptured <a place's name>' retakes territory as 'recaptured the town' does."""
    assert report(pipeline, text).sub_event_type == "Government regains territory"


def test_transfer_of_a_detainee_is_no_abduction(pipeline: Pipeline) -> None:
    """A detainee moved between places of custody is not carried off by strangers."""
    event = report(pipeline, "On 3 May 2021, police transferred the detained activist to an "
                             "unknown place in Baku, where he was beaten.")
    assert event.sub_event_type != "Abduction/forced disappearance"


OWNED_ATTACKERS = [
    ("On 7 April 2022, a gunman shot dead three people at a bar in Tel Aviv. The Palestinian "
     "Islamic Jihad later said the attacker was a member of its armed wing.", "Islamic Jihad"),
    ("On 20 June 2023, two gunmen killed four civilians at a petrol station near Eli, in the "
     "West Bank. Hamas said the two were members of its armed wing.", "Hamas"),
    ("On 5 June 2022, gunmen killed 40 worshippers at a church in Owo, Ondo State. Days later, "
     "Boko Haram said the attackers were fighters of its Ansaru faction.", "Boko Haram"),
]


@pytest.mark.parametrize(("text", "group"), OWNED_ATTACKERS)
def test_group_owning_the_attackers_claims(pipeline: Pipeline, text: str, group: str) -> None:
    """'X said the attackers were members of its armed wing' is X's claim of the deed."""
    event = report(pipeline, text)
    claimed = [a for a in event.actors if a.role == "perpetrator" and a.attribution == "claimed"]
    assert any(group.lower() in (a.acled_name or a.name or "").lower() for a in claimed)


def test_group_disowning_the_attackers_claims_nothing(pipeline: Pipeline) -> None:
    """'the bombers were not members of the movement' is a denial, not a claim."""
    event = report(pipeline, "On 3 May 2021, a bomb exploded at a bus stop in Kabul, wounding "
                             "five people. The Taliban said the bombers were not members of its "
                             "ranks.")
    assert not [a for a in event.actors if a.attribution == "claimed"]


BRACKETED_ADDRESSES = [
    ("On 14 February 2025, gunmen seized a pharmacist in Jaramana (Rural Damascus) and drove him "
     "to an unknown location.", (33.486, 36.346)),
    ("On 2 March 2024, masked men took a teacher from Douma (Rural Damascus) to an unknown "
     "location.", (33.571, 36.402)),
]


@pytest.mark.parametrize(("text", "town"), BRACKETED_ADDRESSES)
def test_bracketed_unit_is_only_an_address(pipeline: Pipeline, text: str,
                                           town: tuple[float, float]) -> None:
    """'(Rural Damascus)' after a found town is its governorate, not the city of Damascus."""
    location = report(pipeline, text).location
    assert location is not None and location.lat is not None and location.lon is not None
    assert abs(location.lat - town[0]) < 0.03 and abs(location.lon - town[1]) < 0.03
