"""Rules from the full reports 12 / summaries 12 round (#14), each on sentences written for several
countries: a 'when' clause after a 'since' date ("the first attack since March 2016, when gunmen
killed 19 people") tells a deed of that date, background to the news; a sentence that opens on
the last deed's time ("On the same day, a gunman killed 38 people in Tunisia") tells another
deed; a likening ("The attack was similar to those in Nice, in which 86 people were killed")
names other deeds, whose tolls and places are not the news's. Attribution: "The attack was blamed
on X" with no one blaming is a suspicion (as "X was blamed for it" already was); a blame told
before a semicolon is no denier's counter-accusation ("... was blamed on Los Zetas; La Familia
denied involvement"); "X was the main line of inquiry" is a suspicion; "the Tripoli Province of
the Islamic State claimed" is the group's claim; "X claimed the attack, while officials blamed
Y" reads the blame too (a contrasted clause of a view is no other happening).
"""

from __future__ import annotations

import pytest

from eventcoder.document import Article
from eventcoder.eval.acled import primary_event
from eventcoder.pipeline import default_pipeline


def _document(text: str, published: str):
    return default_pipeline()(Article(id="t", text=text, published=published))


def _primary(text: str, published: str):
    return primary_event(_document(text, published))


@pytest.mark.parametrize(("text", "published", "year"), [
    ("Gunmen attacked a police post in Kafolo on Thursday, killing six officers, the army said. "
     "It is the first such attack in the country since March 2016, when gunmen killed 19 people at "
     "a beach resort east of the capital.", "2020-06-12", 2016),
    ("A car bomb killed nine people outside a market in Kirkuk on Monday, police said. The blast "
     "was the deadliest in the city since October 2011, when suicide bombers struck a police "
     "headquarters, killing 23 people.", "2019-05-21", 2011),
    ("Rebels ambushed an army convoy near Gao on Sunday, killing four soldiers. It was the worst "
     "loss for the army in the region since January 2013, when militants overran a base and "
     "killed 30 soldiers.", "2017-02-13", 2013),
])
def test_since_when_clause_dates_its_own_deed(text: str, published: str, year: int) -> None:
    """The deed of the 'when' clause takes the 'since' date and is background; the news keeps its day."""
    document = _document(text, published)
    older = [e for e in document.events if e.date and e.date.start
             and e.date.start.startswith(str(year))]
    assert older and all(e.historical for e in older)
    primary = primary_event(document)
    assert primary is not None and primary.date.start[:4] == published[:4]


@pytest.mark.parametrize(("text", "published", "toll"), [
    ("A suicide bomber blew himself up inside a mosque in Kuwait City on Friday, killing 27 "
     "people, the interior ministry said. On the same day, a gunman killed 38 people at a beach "
     "resort in Tunisia.", "2015-06-27", 27),
    ("Gunmen shot dead three customs officers near Bouake on Tuesday, police said. On the same "
     "day, a bomb killed 14 people at a bus station in Gao in Mali.", "2021-03-03", 3),
    ("Militants stormed a village in Tillaberi on Saturday, killing 11 farmers. That same night, "
     "gunmen killed 25 worshippers at a mosque in Mali's Menaka region.", "2022-09-05", 11),
])
def test_a_deed_on_the_same_day_is_another(text: str, published: str, toll: int) -> None:
    """'On the same day, a gunman killed 38 people': another deed; the lead keeps its own toll."""
    primary = _primary(text, published)
    assert primary is not None and primary.fatalities is not None
    assert primary.fatalities.best == toll


@pytest.mark.parametrize(("text", "published", "toll", "country", "other"), [
    ("A man drove a truck into shoppers in central Stockholm on Friday, killing four people, "
     "police said. The attack was similar to those in Nice last July, in which 86 people were "
     "killed, and in Berlin in December.", "2017-04-09", 4, "Sweden", 86),
    ("A man rammed a van into pedestrians in Toronto on Monday, killing ten people, police said. "
     "The attack was similar to one in Barcelona last August, in which 13 people were killed.",
     "2018-04-24", 10, "Canada", 13),
    ("A teenager attacked passengers with an axe on a train near Wurzburg on Monday, wounding five "
     "people, police said. The attack was similar to the one in Nice two weeks ago, in which 86 "
     "people were killed.", "2016-08-02", None, "Germany", 86),
])
def test_a_likened_deed_is_another(text: str, published: str, toll: int | None, country: str,
                                   other: int) -> None:
    """The deeds a comparison names are records of their own, their tolls out of the news's (not
    background: MUC-4 keys such a deed as an incident of the report, DEV-MUC3-1035)."""
    document = _document(text, published)
    primary = primary_event(document)
    assert primary is not None and primary.location.country == country
    assert (primary.fatalities.best if primary.fatalities else None) == toll
    assert any(e is not primary and e.fatalities and e.fatalities.best == other
               for e in document.events)


def _perpetrators(text: str, published: str) -> dict[str, tuple[str, str]]:
    """name -> (role, attribution) of the named groups of every event the pipeline finds."""
    return {a.name: (a.role, a.attribution) for e in _document(text, published).events
            for a in e.actors if a.actor_id}


def _group(text: str, published: str, name: str) -> tuple[str, str] | None:
    return next((v for n, v in _perpetrators(text, published).items()
                 if name.lower() in n.lower()), None)


@pytest.mark.parametrize(("text", "name"), [
    ("Gunmen ambushed a bus near Kasi on Tuesday, killing 12 people. The attack was blamed on "
     "Hmong rebels.", "Hmong"),
    ("A bomb exploded outside a mobile phone office in Kathmandu on Friday, killing one person. "
     "The attack was blamed on the Communist Party of Nepal.", "Communist Party of Nepal"),
    ("Two grenades exploded in a market in Morelia on Monday, killing eight people. The attack "
     "was blamed on Los Zetas.", "Zetas"),
])
def test_blamed_on_with_no_blamer_is_a_suspicion(text: str, name: str) -> None:
    """'The attack was blamed on X' with no one blaming: suspected, as 'X was blamed for it' is."""
    assert _group(text, "2019-03-06", name) == ("perpetrator", "suspected")


@pytest.mark.parametrize(("text", "name"), [
    ("Gunmen threw grenades into a crowd in Morelia on Monday, killing eight people. Police "
     "blamed the attack on Los Zetas.", "Zetas"),
    ("A roadside bomb killed four soldiers near Tame on Sunday. The army blamed the attack on the "
     "ELN.", "National Liberation Army"),
])
def test_blamed_on_by_someone_stays_an_accusation(text: str, name: str) -> None:
    """A guard for the rule above (these pass without it): a named blamer accuses."""
    assert _group(text, "2019-03-06", name) == ("perpetrator", "accused")


@pytest.mark.parametrize(("text", "blamed"), [
    ("A bomb killed six soldiers near Cucuta on Tuesday. The bombing was blamed on the ELN; the "
     "FARC dissidents denied any role.", "National Liberation Army"),
    ("Gunmen threw grenades into a crowd in Morelia on Monday, killing eight people. The attack "
     "was blamed on Los Zetas; La Familia Michoacana denied involvement.", "Zetas"),
    ("A car bomb killed 11 people in Mogadishu on Friday. The blast was blamed on al Shabaab; "
     "Hizbul Islam denied involvement.", "Shabaab"),
])
def test_blame_before_a_semicolon_is_not_the_deniers(text: str, blamed: str) -> None:
    """A blame told before a semicolon is another statement than the denial after it: the blamed
    group stays a perpetrator (a denier's counter-accusation would make it a party named)."""
    got = _group(text, "2019-03-06", blamed)
    assert got is not None and got[0] == "perpetrator"


@pytest.mark.parametrize(("text", "name"), [
    ("A car bomb exploded outside the courthouse in Londonderry on Saturday night. There were no "
     "casualties. Police said the New IRA was the main line of inquiry.", "IRA"),
    ("A bomb damaged a police station in Izmir on Monday. Officials said the PKK was the focus of "
     "the investigation.", "Kurdistan Workers"),
    ("Gunmen killed a judge in Quetta on Friday. Police said Lashkar-e-Jhangvi was the main line "
     "of inquiry.", "Lashkar-e-Jhangvi"),
])
def test_main_line_of_inquiry_is_a_suspicion(text: str, name: str) -> None:
    """'X was the main line of inquiry', 'the focus of the investigation': X suspected."""
    assert _group(text, "2019-01-21", name) == ("perpetrator", "suspected")


@pytest.mark.parametrize(("text", "published"), [
    ("A car bomb killed nine people at a hotel in Tripoli on Tuesday. The Tripoli Province of the "
     "Islamic State claimed responsibility for the attack.", "2015-01-28"),
    ("A suicide bomber killed four policemen in Derna on Sunday. The Barqa Province of the Islamic "
     "State claimed responsibility for the bombing.", "2016-03-21"),
    ("Gunmen killed two soldiers near Mtwara on Friday. The Central Africa Province of the Islamic "
     "State claimed responsibility for the raid.", "2020-10-17"),
])
def test_a_province_of_a_group_claims_for_it(text: str, published: str) -> None:
    """'The Tripoli Province of the Islamic State claimed': the group's branch there claims, so the
    group does (as 'the 3rd Brigade of the army' is the army)."""
    assert _group(text, published, "Islamic State") == ("perpetrator", "claimed")


@pytest.mark.parametrize(("text", "name", "attribution"), [
    ("Gunmen killed 22 tourists at a museum in Tunis on Wednesday. The Islamic State claimed "
     "responsibility for the attack, while Tunisian officials blamed the Okba Ibn Nafaa Brigade.",
     "Okba Ibn Nafaa", "accused"),
    ("A bomb killed nine soldiers near Tame on Monday. The ELN claimed the attack, while the army "
     "blamed FARC dissidents.", "FARC", "accused"),
    ("A suicide bomber killed 30 people at a mosque in Peshawar on Friday. Jamaat-ul-Ahrar claimed "
     "the bombing, while police suspected the Pakistani Taliban.", "Taliban", "suspected"),
])
def test_a_contrasted_view_of_the_deed_is_read(text: str, name: str, attribution: str) -> None:
    """'X claimed the attack, while officials blamed Y': the 'while' clause is a second view of
    the same deed, not another happening, so Y is read as its suspected doer too."""
    assert _group(text, "2019-09-16", name) == ("perpetrator", attribution)
