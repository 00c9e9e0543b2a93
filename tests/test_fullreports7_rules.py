"""Rules from the full reports 7 round (#14), each on sentences written for several countries:
a group's claimed toll beside the officials' count, a later claim by "the group" of a group an
official blamed, a body of the group (its committee, its armed wing) claiming for it, a group
admitting that its fighters did the deed, a hedged passive ("had probably been planted by"), the
method of an attack pointing to a group, a month of "last year", and a headline that tells the
news and not the background attack of an earlier year.
"""

from __future__ import annotations

from datetime import date

import pytest

from eventcoder.document import Article, Event
from eventcoder.eval.acled import primary_event
from eventcoder.extract.dates.resolve import resolve_date
from eventcoder.pipeline import default_pipeline


def _primary(text: str, published: str = "2024-05-13") -> Event:
    event = primary_event(default_pipeline()(Article(id="t", text=text, published=published)))
    assert event is not None
    return event


def _perpetrators(text: str, published: str = "2024-05-13") -> dict[str, str]:
    return {a.name: a.attribution for a in _primary(text, published).actors
            if a.role == "perpetrator"}


@pytest.mark.parametrize(("text", "toll"), [
    ("Four police officers were killed on Saturday when their vehicle hit a roadside bomb near "
     "Elwak in Mandera County, officials said. On Sunday al-Shabaab claimed the attack, saying "
     "its fighters had killed seven soldiers.", 4),
    ("Nineteen soldiers were killed on Tuesday when militants ambushed an army convoy near "
     "Tillia in the Tahoua region, the defence ministry said. The Islamic State Sahel Province "
     "said in a statement that its fighters had killed more than 40 soldiers.", 19),
    ("Six Colombian soldiers died on Monday when rebels attacked a base in Arauca department, "
     "the army said. The ELN later said its guerrillas had killed 15 soldiers in the raid.", 6),
])
def test_a_groups_claimed_toll_gives_way_to_the_counted_one(text: str, toll: int) -> None:
    event = _primary(text)
    assert event.fatalities is not None and event.fatalities.best == toll, event.fatalities


def test_a_claimed_toll_alone_is_kept() -> None:
    text = ("Militants attacked an army post near Djibo on Thursday. The Islamic State Sahel "
            "Province said its fighters had killed 12 soldiers in the attack.")
    event = _primary(text, "2024-05-17")
    assert event.fatalities is not None and event.fatalities.best == 12, event.fatalities


# A later claim by "the group" upgrades the group an official blamed; a body of the group (its
# committee, its armed wing) claims for it; a group admitting that its fighters did it claims it.
@pytest.mark.parametrize(("text", "group"), [
    pytest.param(
        "Four police officers were killed on Saturday when their vehicle ran over a roadside bomb "
        "near Elwak in Mandera County. A regional police commander blamed the attack on "
        "Al-Shabaab.\n\nOn Sunday the Somali militant group claimed the attack through a news "
        "agency affiliated with it.", "Al-Shabaab", id="later-claim-kenya"),
    pytest.param(
        "Seven soldiers were killed on Friday when a bomb hit their vehicle in North Waziristan. "
        "Officials blamed the Tehreek-i-Taliban Pakistan for the blast.\n\nThe group claimed the "
        "bombing in a message to reporters on Saturday.", "Tehrik-i-Taliban Pakistan",
        id="later-claim-pakistan"),
    pytest.param(
        "Eleven people were killed when a bomb exploded under a bus near Dantewada on Wednesday, "
        "police said. On Thursday the Darbha division committee of the Communist Party of India "
        "(Maoist) claimed responsibility for the blast.", "Communist Party of India (Maoist)",
        id="body-india"),
    pytest.param(
        "Three soldiers died when a mine exploded under their truck in Hakkari on Tuesday. The "
        "armed wing of the Kurdistan Workers' Party claimed responsibility for the attack on "
        "Wednesday.", "Kurdistan Workers' Party", id="body-turkey"),
    pytest.param(
        "Two teachers were shot dead by gunmen in Beoga, Papua, on Thursday. The West Papua "
        "National Liberation Army has admitted that its fighters killed them.",
        "West Papua National Liberation Army", id="admitted-indonesia"),
    pytest.param(
        "Gunmen killed four guards at a mine in Niger state on Monday. Ansaru acknowledged that "
        "its men had carried out the raid.", "Ansaru", id="acknowledged-nigeria"),
])
def test_claims_in_other_words(text: str, group: str) -> None:
    perps = _perpetrators(text)
    assert perps.get(group) == "claimed", perps


@pytest.mark.parametrize(("text", "group"), [
    ("Two soldiers were killed on Wednesday when a landmine exploded on Mount Chaambi, in "
     "Kasserine. Security sources said the mine had probably been planted by members of the "
     "Okba Ibn Nafaa Brigade.", "Okba Ibn Nafaa Brigade"),
    ("A police officer was killed on Sunday when a bomb exploded near a checkpoint in Arauca. "
     "Investigators said the bomb had probably been placed by members of the National "
     "Liberation Army.", "National Liberation Army (Colombia)"),
])
def test_a_hedged_passive_is_a_suspicion(text: str, group: str) -> None:
    perps = _perpetrators(text)
    assert perps.get(group) == "suspected", perps


def test_an_unhedged_passive_stays_told() -> None:
    text = ("Two soldiers were killed on Wednesday when a landmine exploded on Mount Chaambi, in "
            "Kasserine. Security sources said the mine had been planted by members of the Okba "
            "Ibn Nafaa Brigade.")
    assert _perpetrators(text).get("Okba Ibn Nafaa Brigade") not in {None, "suspected"}


@pytest.mark.parametrize("text", [
    "Twelve civilians were killed on Friday night by armed men in a village in northern Togo. "
    "A security officer said the method used pointed to fighters of the Group for the Support "
    "of Islam and Muslims.",
    "Gunmen killed nine villagers near Djibo on Friday. An officer said the pattern of the "
    "killings pointed to JNIM.",
])
def test_the_method_pointing_to_a_group_is_a_suspicion(text: str) -> None:
    perps = _perpetrators(text, "2022-07-18")
    assert perps.get("Jama'at Nasr al-Islam wal Muslimin") == "suspected", perps


@pytest.mark.parametrize(("expr", "start"), [
    ("March last year", "2023-03-01"),
    ("in July of last year", "2023-07-01"),
    ("March this year", "2024-03-01"),
    ("last year in October", "2023-10-01"),
])
def test_a_month_of_a_relative_year(expr: str, start: str) -> None:
    info = resolve_date(expr, date(2024, 3, 20))
    assert (info.start, info.precision) == (start, "month")


@pytest.mark.parametrize(("text", "published", "day"), [
    ("Two rangers killed by roadside bomb in Narathiwat\n\nTwo paramilitary rangers were killed "
     "when a bomb exploded in Rangae district on Tuesday morning.\n\nIn March last year, a bomb "
     "attack on a police station in Pattani wounded several officers.", "2024-03-20",
     "2024-03-19"),
    ("Four officers killed in Mandera blast\n\nFour police officers were killed on Saturday when "
     "their vehicle hit a bomb near Elwak.\n\nIn June last year, a roadside bomb near Lamu killed "
     "eight travellers.", "2024-05-13", "2024-05-11"),
])
def test_a_headline_does_not_join_the_background_attack_of_last_year(
        text: str, published: str, day: str) -> None:
    event = _primary(text, published)
    assert event.date.start == day, event.date


@pytest.mark.parametrize(("text", "bystander"), [
    ("Militants killed 28 soldiers at an army post near Banikoara on Wednesday, the government "
     "said. JNIM claimed the attack on Thursday. JNIM is the most active group in the north, but "
     "the Islamic State Sahel Province has also been blamed for some killings along the border.",
     "Islamic State in the Greater Sahara"),
    ("A bomb killed three passengers on a bus near Mpeketoni on Monday, police said. Al-Shabaab "
     "has been blamed for several attacks on buses in Lamu county since 2014, but nobody has "
     "claimed Monday's blast.", "Al-Shabaab"),
])
def test_a_group_blamed_for_some_of_many_deeds_is_no_doer(text: str, bystander: str) -> None:
    assert bystander not in _perpetrators(text, "2025-01-10"), _perpetrators(text, "2025-01-10")


def test_a_group_blamed_for_the_deed_stays_accused() -> None:
    text = ("A bomb killed three passengers on a bus near Mpeketoni on Monday. Police blamed "
            "Al-Shabaab for the attack.")
    assert _perpetrators(text, "2025-01-10").get("Al-Shabaab") == "accused"
