"""Rules of the attr21 round, each on sentences written for several countries: a denying group's
counter-accusation of its enemy leaves the accused a party named, not the doer (while officials'
blame, or a state's own denial with a counter-accusation, stays an accusation)."""

from __future__ import annotations

import pytest

from eventcoder.document import Article, Event
from eventcoder.eval.acled import primary_event
from eventcoder.pipeline import default_pipeline
from eventcoder.resolve.actors.date_names import date_like, named_as_group


def _primary(text: str, published: str) -> Event:
    event = primary_event(default_pipeline()(Article(id="t", text=text, published=published)))
    assert event is not None
    return event


def _role(text: str, published: str, part: str) -> str | None:
    """The role of the first actor of the primary event whose name holds ``part``."""
    return next((a.role for a in _primary(text, published).actors if part in a.name), None)


@pytest.mark.parametrize(("text", "published", "accused"), [
    ("A bomb hidden in a rubbish bin killed six people at a bus station in Kaduna on Monday, "
     "police said. Police blamed Boko Haram for the blast. The group denied any involvement and "
     "accused the army of planting the bomb to justify its campaign in the north.",
     "2013-06-11", "Military Forces"),
    ("Gunmen killed nine farmers in a village near Cotabato on Saturday, and the provincial "
     "police chief blamed the Moro Islamic Liberation Front. The MILF denied the charge. Its "
     "spokesman said the front had nothing to do with the killings and accused the army of "
     "carrying them out to wreck the peace talks.", "2000-03-06", "Military Forces"),
    ("A car bomb exploded outside a market in Diyarbakir on Thursday, killing five people, and "
     "the governor blamed the PKK. The PKK denied carrying out the attack and accused Turkish "
     "security forces of staging it.", "2011-09-23", "Forces of Turkey"),
])
def test_denying_groups_counter_accusation_names_no_doer(text: str, published: str,
                                                          accused: str) -> None:
    """The enemy a denying group accuses is no perpetrator on that word alone."""
    assert _role(text, published, accused) != "perpetrator"


@pytest.mark.parametrize(("text", "published", "accused"), [
    # the officials' own accusation of the group is kept as such
    ("A bomb hidden in a rubbish bin killed six people at a bus station in Kaduna on Monday, "
     "police said. Police blamed Boko Haram for the blast. The group denied any involvement and "
     "accused the army of planting the bomb.", "2013-06-11", "Boko Haram"),
    # a state denying and accusing the rebels: authorities' blame, not an interested denier's
    ("Eleven villagers were shot dead in a village in Ituri on Sunday. The army denied that its "
     "soldiers were involved and accused ADF rebels of the massacre.", "2015-08-10",
     "Allied Democratic Forces"),
    # a party disputing the army's account is no suspect denying its own part
    ("Soldiers shot dead three members of an opposition party at a roadblock near Chalatenango "
     "on Friday, the army said, calling them rebels. The party's leader rejected the army's "
     "version and accused the soldiers of murdering his supporters.", "1990-03-10",
     "Military Forces"),
])
def test_accusations_outside_a_groups_denial_stay(text: str, published: str, accused: str) -> None:
    """Officials' blame, and a state's denial with a counter-accusation, keep the accused a doer."""
    assert _role(text, published, accused) == "perpetrator"


@pytest.mark.parametrize(("text", "published", "group", "attribution"), [
    ("The urban guerrilla group November 17 said on Friday it had shot dead a shipping magnate "
     "outside his office in Piraeus, in a statement left at a newspaper in Athens.",
     "1997-05-31", "November 17", "claimed"),
    ("A Turkish diplomat was shot dead in his car in central Athens on Tuesday. November 17 said "
     "in a proclamation sent to a daily newspaper that its members had killed him.",
     "1994-07-06", "November 17", "claimed"),
    ("Rebels of the March 23 Movement attacked an army post near Rutshuru on Saturday and killed "
     "four soldiers, a provincial official said.", "2012-07-09", "March 23 Movement", "confirmed"),
    ("Guerrillas of the 19th of April Movement stormed a police station in Cali on Sunday and "
     "killed three officers, police said.", "1985-05-27", "19th of April Movement", "confirmed"),
])
def test_groups_named_by_a_date_are_read_as_groups(text: str, published: str, group: str,
                                                    attribution: str) -> None:
    """A group whose name is a date is its doer, with the attribution the text gives."""
    found = {a.name: a.attribution for a in _primary(text, published).actors
             if a.role == "perpetrator"}
    assert found.get(group) == attribution


@pytest.mark.parametrize(("text", "published", "day"), [
    ("Gunmen shot dead a shipowner in Piraeus on November 17, police in Athens said.",
     "1997-11-19", "1997-11-17"),
    ("A bomb exploded outside a bank in Thessaloniki on 17 November, killing a guard, the fire "
     "brigade said on Wednesday.", "1999-11-19", "1999-11-17"),
])
def test_a_bare_date_is_no_group(text: str, published: str, day: str) -> None:
    """'on November 17' dates the deed: no group November 17, and the day is read."""
    event = _primary(text, published)
    assert "November 17" not in [a.name for a in event.actors]
    assert str(event.date.start) == day


@pytest.mark.parametrize(("text", "name", "as_group"), [
    ("the group November 17 said", "November 17", True),
    ("November 17's emblem", "November 17", True),
    ("a 17 November hit squad", "17 November", True),
    ("killed on November 17 in Athens", "November 17", False),
    ("Monday, November 17, police said", "November 17", False),
    ("since 17 November 1973 students", "17 November", False),
])
def test_date_like_names_need_a_names_company(text: str, name: str, as_group: bool) -> None:
    """The check on its own: a group word, an owner's 's or a verb make a name; a preposition,
    a weekday or a year make a date."""
    start = text.index(name)
    assert date_like(name)
    assert named_as_group(text, start, start + len(name)) is as_group


def test_names_with_a_group_word_are_no_dates() -> None:
    """'March 23 Movement' carries its own group word: never a bare date."""
    assert date_like("17th of November") and not date_like("March 23 Movement")


@pytest.mark.parametrize(("text", "published", "group", "attribution"), [
    # a named accuser's blame or accusation: accused
    ("A roadside bomb killed four soldiers near Kidal on Friday. The army blamed JNIM for the "
     "attack.", "2021-03-06", "JNIM", "accused"),
    ("Gunmen killed six traders on a road near Beni on Monday. Local officials accused the ADF "
     "of the killings.", "2019-11-12", "Allied Democratic Forces", "accused"),
    ("A bomb exploded at a bus stop in Mogadishu on Sunday, killing five people. Residents "
     "blamed al-Shabaab.", "2018-02-05", "Shabaab", "accused"),
    # no accuser, or nobody in particular: a suspicion
    ("A grenade exploded in a market in Sopore on Friday, wounding nine people. Lashkar-e-Taiba "
     "was blamed for the attack.", "2016-05-21", "Lashkar", "suspected"),
    ("A car bomb killed three policemen in Tizi Ouzou on Tuesday. Security sources blamed the "
     "Salafist Group for Preaching and Combat.", "2005-03-09", "Salafist", "suspected"),
    ("Gunmen shot dead two teachers in Pattani on Monday. Police suspect the Barisan Revolusi "
     "Nasional.", "2014-02-11", "Barisan", "suspected"),
])
def test_blame_convention(text: str, published: str, group: str, attribution: str) -> None:
    """The fixtures' convention: a named accuser's blame is 'accused'; passive blame, blame from
    'sources' and verbs of suspicion are 'suspected'."""
    found = [a for a in _primary(text, published).actors if a.role == "perpetrator"
             and any(group in (n or "") for n in (a.name, a.acled_name, a.mention))]
    assert found and found[0].attribution == attribution


@pytest.mark.parametrize(("text", "published", "label"), [
    ("Fighters of the Sanaa-based Supreme Political Council attacked a Saudi-backed unit near "
     "Hodeidah on Friday, killing four of its members.", "2018-06-15",
     "Military Forces of Yemen (2016-) Supreme Political Council"),
    ("Houthi fighters shelled a residential district of Taiz on Tuesday, killing two children, "
     "local officials said.", "2019-04-10",
     "Military Forces of Yemen (2016-) Supreme Political Council"),
    # before the council was formed (July 2016) the movement keeps its own label
    ("Houthi rebels shelled a market in Taiz on Tuesday, killing two people.", "2015-05-10",
     "Ansar Allah"),
])
def test_houthi_council_name_takes_the_period_label(text: str, published: str, label: str) -> None:
    """'The Supreme Political Council' is the Houthis' governing body: the label of its years."""
    labels = [a.acled_name for a in _primary(text, published).actors if a.role == "perpetrator"]
    assert label in labels


def test_a_council_of_another_country_is_no_houthi_body() -> None:
    """The council's name is weak: outside Yemen it names no Houthi actor."""
    event = _primary("Gunmen shot dead a member of the Supreme Political Council of a tribal "
                     "alliance in Ramadi, in Iraq's Anbar province, on Monday, police said.",
                     "2014-03-04")
    assert all("Yemen" not in (a.acled_name or "") and a.name != "Houthis" for a in event.actors)
