"""Rules from the full reports 9 round (#14), each on sentences written for several countries:
a group leader named first and titled in apposition ("Luckson Elan, the leader of Gran Grif, said
his men had attacked") claims for the group; a sign that points to a group though the parse hangs
"pointed" on the sign's participle ("the evidence gathered so far pointed to members of X"); a
toll someone "claimed", or "the fighters" killed in a group's statement, gives way to the
officials' count; "overnight from Saturday to Sunday" dates the incident by the night's first day
(as "the night between Friday and Saturday" already did); a sentence dated only by an earlier
month of the year ("had killed eight people in a nearby village in May", published in June) tells
another incident than the news (extract/events/distant_time.grouping_years); and a fronted "Ten
years after X did Y, ..." that the parse makes the root is background (extract/background.py).
"""

from __future__ import annotations

import pytest

from eventcoder.document import Article, Event
from eventcoder.eval.acled import primary_event
from eventcoder.pipeline import default_pipeline


def _primary(text: str, published: str) -> Event | None:
    return primary_event(default_pipeline()(Article(id="t", text=text, published=published)))


def _attribution(text: str, published: str, group: str) -> str | None:
    """How the primary event attributes the group whose name holds ``group`` (None: no doer)."""
    event = _primary(text, published)
    assert event is not None
    return next((a.attribution for a in event.actors
                 if a.role == "perpetrator" and group in a.name), None)


@pytest.mark.parametrize(("text", "published", "group"), [
    ("Gunmen killed nine farmers in the village of Kpata in Benue State on Sunday, police said. "
     "Usman Adamu, the leader of the Ansaru group, said his men had attacked Kpata to punish "
     "informers.", "2024-03-12", "Ansaru"),
    ("Gang members burned twenty houses and shot dead eleven people in Liancourt on Saturday. In "
     "a voice message, Luckson Elan, the leader of Gran Grif, said his men had attacked the "
     "village because it sheltered vigilantes.", "2025-01-19", "Gran Grif"),
    ("Fighters ambushed an army convoy near Falam on Tuesday, killing four soldiers, residents "
     "said. Salai Thang, a commander of the Chinland Defense Force, said his fighters had "
     "ambushed the convoy.", "2023-05-17", "Chinland"),
])
def test_a_leader_titled_in_apposition_claims_for_his_group(text: str, published: str,
                                                            group: str) -> None:
    assert _attribution(text, published, group) == "claimed"


@pytest.mark.parametrize(("text", "published", "group"), [
    # the leader tells what the army did: no claim of his group's
    ("Gunmen killed nine farmers in the village of Kpata in Benue State on Sunday, police said. "
     "Usman Adamu, the leader of the Ansaru group, said the army had attacked Kpata first.",
     "2024-03-12", "Ansaru"),
    # the group's leader condemns; nothing of his men's deed
    ("Gang members shot dead eleven people in Liancourt on Saturday. Luckson Elan, the leader of "
     "Gran Grif, said he condemned the killings.", "2025-01-19", "Gran Grif"),
])
def test_a_leader_telling_another_deed_claims_nothing(text: str, published: str,
                                                      group: str) -> None:
    assert _attribution(text, published, group) != "claimed"


@pytest.mark.parametrize(("text", "published", "group"), [
    ("Eight people were killed when gunmen stormed a house in Duran on Friday night, police said. "
     "The commander said that the evidence gathered so far pointed to members of Los Chone "
     "Killers.", "2024-03-23", "Chone"),
    ("Gunmen shot dead six men at a bar in the Jardim Angela district of Sao Paulo on Friday "
     "night. A police delegate said the evidence collected so far pointed to members of the "
     "Primeiro Comando da Capital.", "2023-05-13", "Primeiro Comando"),
    ("A bomb exploded outside a bank in Celaya on Monday, killing two guards. Prosecutors said the "
     "information obtained so far pointed to the Jalisco New Generation Cartel.", "2022-08-09",
     "Jalisco"),
])
def test_a_sign_pointing_to_a_group_through_its_participle_is_a_suspicion(
        text: str, published: str, group: str) -> None:
    assert _attribution(text, published, group) == "suspected"


def test_a_sign_that_did_not_point_to_the_group_names_no_suspect() -> None:
    text = ("Eight people were killed when gunmen stormed a house in Duran on Friday night, police "
            "said. The commander said that the evidence gathered so far did not point to members "
            "of Los Chone Killers.")
    assert _attribution(text, "2024-03-23", "Chone") != "suspected"


@pytest.mark.parametrize(("text", "published", "toll"), [
    ("A suicide car bomb killed six soldiers at a checkpoint near Afgoye on Sunday, officials "
     "said. Al-Shabaab said through its radio station that it had carried out the attack and "
     "claimed that more than twenty soldiers died.", "2019-07-15", 6),
    ("At least 23 civilians were killed in the village of Kalunguta near Oicha on Sunday, local "
     "officials said. The Islamic State claimed the killings in a statement. The statement said "
     "the fighters had killed more than thirty Christians.", "2023-06-12", 23),
    ("Four soldiers died when rebels attacked an army post near Las Navas on Friday, the army "
     "said. The rebels claimed that fifteen soldiers were killed.", "2019-08-03", 4),
])
def test_a_claimed_toll_gives_way_to_the_officials_count(text: str, published: str,
                                                         toll: int) -> None:
    event = _primary(text, published)
    assert event is not None and event.fatalities is not None
    assert event.fatalities.best == toll


def test_a_claimed_toll_alone_is_kept() -> None:
    text = ("Rebels attacked an army post near Las Navas on Friday. The rebels claimed that "
            "fifteen soldiers were killed.")
    event = _primary(text, "2019-08-03")
    assert event is not None and event.fatalities is not None and event.fatalities.best == 15


@pytest.mark.parametrize(("text", "published", "day"), [
    ("At least 23 civilians were killed overnight from Saturday to Sunday in the village of "
     "Kalunguta near Oicha, civil society sources said.", "2023-06-12", "2023-06-10"),
    ("Gunmen killed five villagers overnight between Friday and Saturday in Bankass, local "
     "officials said.", "2024-02-05", "2024-02-02"),
    ("Suspected jihadists attacked a gendarmerie post in Kpendjal overnight from Tuesday to "
     "Wednesday, killing two gendarmes, the ministry said on Thursday.", "2023-10-19",
     "2023-10-17"),
])
def test_overnight_from_one_day_to_the_next_dates_the_first(text: str, published: str,
                                                           day: str) -> None:
    event = _primary(text, published)
    assert event is not None and event.date.start == day and event.date.precision == "day"


@pytest.mark.parametrize(("text", "published", "toll", "month"), [
    ("Suspected rebels killed 12 villagers near Beni overnight, officials said on Monday. Rebels "
     "had killed eight people in a nearby village in May.", "2023-06-12", 12, "2023-05"),
    ("Jihadists killed nine herders near Djibo, security sources said on Thursday. In January, "
     "jihadists killed 14 herders in a nearby village.", "2023-03-02", 9, "2023-01"),
    ("A bomb killed six people at a bus stop in Quetta, police said. In February, a bomb at the "
     "same stop killed three people.", "2024-04-10", 6, "2024-02"),
    ("Bandits killed eleven farmers in Maru overnight, police said on Friday. Bandits killed 20 "
     "farmers in a village near Maru in March.", "2022-05-06", 11, "2022-03"),
])
def test_a_deed_of_an_earlier_month_is_not_the_news(text: str, published: str, toll: int,
                                                    month: str) -> None:
    event = _primary(text, published)
    assert event is not None and not (event.date.start or "").startswith(month), event.date
    assert event.fatalities is not None and event.fatalities.best == toll


def test_a_day_of_an_earlier_month_still_dates_the_news() -> None:
    # "on May 28" names a day: the sentence is the incident's, not a month's background
    event = _primary("Gunmen killed seven people at a bar in Celaya on May 28, prosecutors said. "
                     "The attack in Celaya on May 28 was the deadliest in the state this year.",
                     "2023-06-05")
    assert event is not None and event.date.start == "2023-05-28"
    assert event.fatalities is not None and event.fatalities.best == 7


@pytest.mark.parametrize(("text", "published"), [
    ("Ten years after Chibok, girls still missing, parents say\n\nTen years after Boko Haram "
     "fighters abducted 276 schoolgirls from their dormitory in Chibok, Borno State, parents of "
     "the girls still in captivity gathered on Sunday in the town to pray and to demand that the "
     "government keep searching for their daughters.", "2024-04-14"),
    ("Beslan remembers\n\nTwenty years after gunmen seized a school in Beslan, North Ossetia, "
     "survivors and relatives laid flowers in the ruined gym on Tuesday and released white "
     "balloons for the children who died.", "2024-09-04"),
    ("A city remembers\n\nFive years after a gunman killed 51 worshippers at two mosques in "
     "Christchurch, hundreds of people attended a service at the Al Noor mosque on Friday and "
     "listened to the names of the dead.", "2024-03-16"),
])
def test_a_fronted_lapse_of_years_the_parse_makes_the_root_is_background(
        text: str, published: str) -> None:
    assert _primary(text, published) is None


def _reads(text: str, name: str) -> tuple[str, str]:
    """How the attribution forms read the first mention of ``name`` in a one-sentence text."""
    from eventcoder.nlp.model import load_nlp
    from eventcoder.resolve.attribution.forms import read

    token = next(t for t in load_nlp()(text) if t.text == name)
    reading = read(token)
    return reading.role, reading.attribution


@pytest.mark.parametrize(("text", "name", "claimed"), [
    # claiming a standing is no claim of a deed; claiming to have done it is
    ("The KNF, also known as the Bawm party, claims to represent six small ethnic communities in "
     "the Chittagong Hill Tracts.", "KNF", False),
    ("The ULFA claims to speak for the indigenous people of Assam and demands a sovereign "
     "state.", "ULFA", False),
    ("The Arakan Army claims to be the legitimate authority in most townships of Rakhine "
     "State.", "Army", False),
    ("The KNF claimed to have carried out the ambush near Ruma.", "KNF", True),
    ("The ULFA claimed to be behind the blast at the tea estate.", "ULFA", True),
    # taking part in a rescue is no claim; taking part in a raid is
    ("The United Nations mission MONUSCO said its peacekeepers had taken part in evacuating the "
     "wounded to the hospital in Oicha.", "MONUSCO", False),
    ("AMISOM said its soldiers had taken part in the distribution of food to displaced families "
     "in Afgoye.", "AMISOM", False),
    ("The ADF said its fighters had taken part in the raid on Oicha.", "ADF", True),
    ("The NPA said its fighters had taken part in attacking the army detachment.", "NPA", True),
])
def test_a_claim_owns_a_deed_not_a_standing_or_a_rescue(text: str, name: str,
                                                        claimed: bool) -> None:
    assert (_reads(text, name) == ("perpetrator", "claimed")) is claimed
