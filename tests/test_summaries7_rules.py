"""Rules from the summaries 7 round (#14), each on sentences written for several countries: a
tracker digest's header ("14 Mar 2020 - Beni territory, North Kivu, DR Congo: ...") is a date and
a place, not a record toll, an organisation or a date running into the place; terse database tolls
("; 3 SNA and 6 al-Shabaab killed"); dead named "along with" a counted group; "Suspected" opening
a clause and "Arauca department" are no groups; "IS executed seven men" has IS as its doer;
"..., the group said" after a struck state force is the group's claim; banners "signed by a group
calling itself X".
"""

from __future__ import annotations

import pytest

from eventcoder.document import Article
from eventcoder.eval.acled import primary_event
from eventcoder.nlp.dateline_ents import digest_header
from eventcoder.nlp.model import load_nlp
from eventcoder.pipeline import default_pipeline


def _document(text: str, published: str = "2020-03-15"):
    return default_pipeline()(Article(id="t", text=text, published=published))


def _perpetrators(text: str, published: str = "2020-03-15") -> dict[str, str]:
    """name -> attribution of the perpetrators of every event the pipeline finds."""
    return {a.name: a.attribution for e in _document(text, published).events for a in e.actors
            if a.role == "perpetrator"}


def _toll(text: str, published: str = "2020-03-15") -> int | None:
    event = primary_event(_document(text, published))
    return event.fatalities.best if event and event.fatalities else None


@pytest.mark.parametrize(("text", "published", "day", "toll"), [
    ("14 Mar 2020 - Irumu territory, Ituri, DR Congo: Suspected ADF militants killed 9 farmers "
     "in their fields, a local chief said.", "2020-03-15", "2020-03-14", 9),
    ("9 Mar 2020 - Zacatecas, Mexico: Armed men killed five people at a billiard hall in "
     "Fresnillo.", "2020-03-10", "2020-03-09", 5),
    ("23 Dec 2019 - Mopti, Mali: Gunmen killed four herders near Bankass, residents said.",
     "2019-12-24", "2019-12-23", 4),
    ("2018-06-05 | Narathiwat, Thailand: A bomb killed two rangers on a road in Rueso district.",
     "2018-06-06", "2018-06-05", 2),
])
def test_a_digest_header_gives_the_day_and_is_no_record_toll(
        text: str, published: str, day: str, toll: int) -> None:
    event = primary_event(_document(text, published))
    assert event is not None, "the year of the header's date was read as a record's dead"
    assert (event.date.start, event.date.precision) == (day, "day")
    assert event.fatalities is not None and event.fatalities.best == toll


@pytest.mark.parametrize(("text", "place"), [
    ("7 Jun 2020 - Ouham-Pende, Central African Republic: 3R fighters killed six civilians.",
     "Ouham-Pende, Central African Republic"),
    ("Mar 3, 2021 - Cabo Delgado, Mozambique: Insurgents burned a health post.",
     "Cabo Delgado, Mozambique"),
])
def test_a_digest_header_names_its_place(text: str, place: str) -> None:
    match = digest_header(text)
    assert match is not None and match.group("place") == place
    doc = load_nlp()(text)
    assert all(e.label_ in ("GPE", "DATE", "LOC") for e in doc.ents if e.end_char <= match.end("place"))


def test_a_sentence_that_opens_with_a_day_is_no_digest_header() -> None:
    assert digest_header("14 March 2020 was a quiet day in Goma: no attack was reported.") is None
    assert digest_header("Gunmen killed 3 people in Kano: police said.") is None


@pytest.mark.parametrize(("text", "published", "toll"), [
    ("Government of Somalia - Al-Shabaab. On 2 May 2019, clashes near Jowhar, Middle Shabelle; "
     "3 SNA and 6 al-Shabaab killed.", "2019-05-03", 9),
    ("Government of Nigeria - Boko Haram. Fighting near Bama, Borno state, on 4 June 2016; "
     "7 soldiers and 12 insurgents killed.", "2016-06-05", 19),
    ("Government of Colombia - FARC dissidents. Clashes in Tumaco municipality, Narino, on 8 "
     "April 2019; 2 policemen and 3 dissidents killed.", "2019-04-09", 5),
    ("Government of Afghanistan - Taliban. Taliban fighters overran a post in Ghazni province "
     "on 9 July 2018. 14 soldiers and an unknown number of insurgents killed.", "2018-07-10", 14),
])
def test_a_terse_toll_adds_each_group(text: str, published: str, toll: int) -> None:
    assert _toll(text, published) == toll


def test_a_terse_toll_with_its_auxiliary_is_left_to_the_usual_reading() -> None:
    text = ("Rebels attacked an army post near Bunia, DR Congo, on Monday. Four soldiers and "
            "six rebels were killed.")
    assert _toll(text) == 10


@pytest.mark.parametrize(("text", "toll"), [
    ("A suicide bomber struck a wedding hall in Mardan, Pakistan, on Friday. Seven guests were "
     "killed along with the bomber.", 8),
    ("Gunmen killed a village chief along with his two sons in Zamfara, Nigeria, on Sunday.", 3),
    ("A car bomb killed four police officers together with a passer-by in Tikrit, Iraq, on "
     "Tuesday.", 5),
])
def test_the_dead_named_along_with_a_group_add_to_it(text: str, toll: int) -> None:
    assert _toll(text) == toll


@pytest.mark.parametrize(("text", "wrong"), [
    ("2 Jan 2020 - Mandera County, Kenya: Suspected al-Shabaab militants blew up a phone mast "
     "near Elwak, a county official said.", "Suspected"),
    ("Government of Colombia - ELN. ELN guerrillas ambushed a patrol in a rural area of Tibu "
     "municipality, Norte de Santander department, Colombia, on 3 March 2020; 3 soldiers killed.",
     "department"),
    ("Gunmen shot dead two guards at a mine in Huanuco, Pataz province, Peru, on 4 March 2020. "
     "Unidentified attackers fled on motorbikes.", "province"),
])
def test_a_hedge_or_a_place_with_its_unit_noun_is_no_group(text: str, wrong: str) -> None:
    names = [a.name for a in _document(text).actors]
    assert not any(wrong in n for n in names), names


@pytest.mark.parametrize("text", [
    "IS - civilians. On 4 March 2020, IS executed five men accused of smuggling in Hawija, Iraq.",
    "On Tuesday IS beheaded a council member in Sirte, Libya, residents said.",
    "IS abducted three aid workers near Raqqa, Syria, on 2 March 2020.",
])
def test_is_in_capitals_is_the_group(text: str) -> None:
    assert "Islamic State" in _perpetrators(text), _perpetrators(text)


def test_is_in_wire_capitals_stays_a_verb() -> None:
    doc = load_nlp()("THE SOLDIER IS KILLED BY GUERRILLAS IN THE NORTH, THE ARMY SAID.")
    assert not any(t.text == "IS" and t.dep_ == "nsubj" for t in doc)


@pytest.mark.parametrize(("text", "group"), [
    ("Baloch Liberation Army (BLA) militants attacked a Frontier Corps post in Panjgur district, "
     "Pakistan, on 6 March 2020, killing three soldiers, the group said in a statement.",
     "Balochistan Liberation Army"),
    ("Fighters of the National Liberation Army (ELN) attacked a police station in Saravena, "
     "Colombia, on 3 March 2020, wounding two officers, the group said on Twitter.",
     "National Liberation Army"),
])
def test_the_group_said_after_a_struck_state_force_is_a_claim(text: str, group: str) -> None:
    found = {n: a for n, a in _perpetrators(text).items() if group in n}
    assert "claimed" in found.values(), _perpetrators(text)


def test_a_rights_group_speaking_is_still_no_claim() -> None:
    text = ("Gunmen attacked a police station in Kumba, Cameroon, on 3 March 2020. Ambazonian "
            "separatists were blamed. Human Rights Watch condemned the attack, the group said in "
            "a statement.")
    assert all(a != "claimed" for a in _perpetrators(text).values())


@pytest.mark.parametrize(("text", "group"), [
    ("9 Mar 2020 - Guanajuato, Mexico: Armed men killed six people at a bar in Celaya. Banners "
     "left at the scene were signed by a group calling itself the Santa Rosa de Lima Cartel, "
     "prosecutors said.", "Santa Rosa de Lima"),
    ("Gunmen shot dead three farmers in Cauca, Colombia, on 5 March 2020. Leaflets left beside "
     "the bodies were signed by a group calling itself the Black Eagles.", "Black Eagles"),
])
def test_a_paper_signed_by_a_self_named_group_is_its_claim(text: str, group: str) -> None:
    found = {n: a for n, a in _perpetrators(text, "2020-03-10").items()
             if group.lower() in n.lower()}
    assert "claimed" in found.values(), _perpetrators(text)
