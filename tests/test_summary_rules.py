"""Wordings of incident-database summaries (GTD style), each rule tested on sentences written
for several countries: who attributes an attack when no party does, the entry's date header,
claimants spaCy misses and acronyms bracketed in another language."""

from __future__ import annotations

import pytest

from eventcoder.document import Article, Event
from eventcoder.eval.acled import primary_event
from eventcoder.extract.dates.header_date import header_span
from eventcoder.nlp.model import load_nlp
from eventcoder.pipeline import Pipeline
from eventcoder.resolve.actors.claimant_names import claimant_hits
from tests.test_attribution_forms import attribute


def perpetrators(event: Event) -> dict[str, tuple[str, str | None]]:
    """name → (attribution, attributed_by) of every perpetrator of the event."""
    return {a.name: (a.attribution, a.attributed_by) for a in event.actors
            if a.role == "perpetrator"}


# What "sources" or "reports" lay on a group, or a blame nobody is said to make, is a suspicion;
# a named party's blame stays an accusation.
@pytest.mark.parametrize(("text", "name", "attribution"), [
    ("Gunmen ambushed a bus near Mandera, killing four passengers. No group claimed "
     "responsibility; however, sources attributed the attack to Al-Shabaab.", "Al-Shabaab",
     "suspected"),
    ("A bomb destroyed a pipeline in Arauca. Sources attributed the attack to the National "
     "Liberation Army.", "National Liberation Army (Colombia)", "suspected"),
    ("Gunmen shot dead a village chief in Samar. Local reports attributed the killing to the "
     "New People's Army.", "New People's Army", "suspected"),
    ("A bomb killed three policemen in Bannu. Tehrik-i-Taliban Pakistan militants were blamed "
     "for the attack.", "Tehrik-i-Taliban Pakistan", "suspected"),
    ("A bomb killed three policemen in Bannu. Police blamed Tehrik-i-Taliban Pakistan for the "
     "attack.", "Tehrik-i-Taliban Pakistan", "accused"),
    ("Gunmen killed two policemen in Kandahar. The Taliban were blamed by the governor for the "
     "attack.", "Taliban", "accused"),
])
def test_attribution_no_party_makes_is_suspicion(text: str, name: str, attribution: str) -> None:
    perps = perpetrators(attribute(text))
    assert name in perps, perps
    assert perps[name][0] == attribution, perps


# "The perpetrators were identified as members of X": X did it, in the voice of who identified.
@pytest.mark.parametrize(("text", "name", "attribution"), [
    ("Gunmen attacked a church in Jos, killing three worshippers. The perpetrators were "
     "identified as members of Boko Haram.", "Boko Haram", "stated"),
    ("Gunmen killed a chief in Nyeri. Police identified the attackers as members of the "
     "Mungiki sect.", "Mungiki", "confirmed"),
    ("Assailants shot dead a mayor in Michoacan. The assailants were identified as members of "
     "the Knights Templar Cartel.", "Knights Templar Cartel", "stated"),
])
def test_identified_perpetrators(text: str, name: str, attribution: str) -> None:
    perps = perpetrators(attribute(text))
    assert perps.get(name, ("",))[0] == attribution, perps


def test_identified_victim_is_no_perpetrator() -> None:
    text = "A bomb killed a soldier in Cauca. The victim was identified as a member of the ELN."
    assert not any("National Liberation Army" in n for n in perpetrators(attribute(text)))


# A capitalised name claiming responsibility is a group, even unknown to spaCy and the KB.
@pytest.mark.parametrize(("text", "name"), [
    ("Unknown perpetrators placed an incendiary device at a bank in Athens. Conspiracy of "
     "Cells of Fire claimed responsibility for the attack.", "Conspiracy of Cells of Fire"),
    ("A bomb damaged a power line in Oaxaca. Insurgent Cells of the South claimed "
     "responsibility.", "Insurgent Cells of the South"),
    ("Assailants set fire to a bus depot in Lyon. Anarchist Action Front took responsibility "
     "for the arson.", "Anarchist Action Front"),
])
def test_claimant_missed_by_the_parser_is_a_group(text: str, name: str) -> None:
    perps = perpetrators(attribute(text))
    assert perps.get(name, ("",))[0] == "claimed", perps


@pytest.mark.parametrize(("text", "name"), [
    ("Assailants set fire to a polling station in Kirkuk. The attack was claimed by Ansar "
     "al-Islam.", "Ansar al-Islam"),
    ("Gunmen shot dead a soldier in Arish. The killing was claimed by Jund al-Khilafah.",
     "Jund al-Khilafah"),
    ("A bomb damaged a courthouse in Izmir. The bombing was claimed by Revolutionary "
     "Headquarters.", "Revolutionary Headquarters"),
])
def test_agent_of_passive_claim_is_a_group(text: str, name: str) -> None:
    perps = perpetrators(attribute(text))
    assert perps.get(name, ("",))[0] == "claimed", perps


@pytest.mark.parametrize("text", [
    "A bomb exploded at a ministry in Kabul. The Interior Ministry claimed responsibility for "
    "security at the site.",
    "A gunman shot two guards in Denver. John Smith claimed responsibility in a letter.",
    "A bomb hit a bridge near Mosul. The attack was claimed by Islamic State.",
])
def test_claimant_finder_adds_no_state_person_or_known_group(text: str) -> None:
    doc = load_nlp()(text)
    assert [h.name for h in claimant_hits(doc, [], None) if h.key.startswith("new:")] == []


def test_claiming_body_that_is_no_group_gives_nothing_new() -> None:
    text = "Gunmen killed two guards in Kano. Local Residents claimed responsibility for the vigil."
    assert "Local Residents" not in perpetrators(attribute(text))


# A bracketed acronym after a group's name is its alias, whatever language its letters follow.
@pytest.mark.parametrize(("text", "name", "acronym"), [
    ("A bomb damaged a church in Santiago. The Lautaro Youth Movement (MJL) claimed "
     "responsibility.", "Lautaro Youth Movement", "MJL"),
    ("Assailants killed 20 villagers in Medea. Armed Islamic Group (GIA) militants were "
     "suspected.", "Armed Islamic Group", "GIA"),
    ("Gunmen attacked a police post in Guerrero. The Revolutionary Popular Army (EPR) claimed "
     "the attack; EPR fighters also burned a patrol car.", "Revolutionary Popular Army", "EPR"),
])
def test_bracketed_acronym_is_no_second_actor(text: str, name: str, acronym: str) -> None:
    names = {a.name for a in attribute(text).actors}
    assert any(name in n for n in names), names
    assert acronym not in names, names


@pytest.mark.parametrize(("text", "header"), [
    ("03/14/2019: Assailants attacked a checkpoint.", "03/14/2019"),
    ("  7/2/1994 : Gunmen kidnapped a priest.", "7/2/1994"),
    ("On 03/14/2019: assailants attacked a checkpoint.", None),
    ("2019: a year of attacks.", None),
])
def test_header_span(text: str, header: str | None) -> None:
    span = header_span(text)
    assert (text[span[0]:span[1]] if span else None) == header


# The header dates the incident the entry opens with; a later date tells what followed.
@pytest.mark.slow
@pytest.mark.parametrize(("text", "published", "day"), [
    ("09/02/2001: Assailants abducted three engineers in Jolo, Sulu province, Philippines. The "
     "Abu Sayyaf Group claimed responsibility. The hostages were released on 10/15/2001.",
     "2001-10-20", "2001-09-02"),
    ("11/04/2008: Assailants kidnapped a businessman in Sulaymaniyah, Iraq. The victim was "
     "released on 12/01/2008 after a ransom was paid.", "2008-12-05", "2008-11-04"),
    ("05/19/2012: Gunmen kidnapped two aid workers in Dadaab, Kenya. Both were freed by "
     "Kenyan troops on 07/01/2012.", "2012-07-03", "2012-05-19"),
])
def test_summary_header_dates_its_incident(pipeline: Pipeline, text: str, published: str,
                                           day: str) -> None:
    event = primary_event(pipeline(Article(id="t", text=text, published=published)))
    assert event is not None and (event.date.start, event.date.precision) == (day, "day")


@pytest.mark.slow
def test_date_in_running_text_is_no_header(pipeline: Pipeline) -> None:
    text = ("Gunmen kidnapped two aid workers in Dadaab, Kenya, on 05/19/2012. Both were freed "
            "by Kenyan troops on 07/01/2012.")
    event = primary_event(pipeline(Article(id="t", text=text, published="2012-07-03")))
    assert event is not None and event.date.start == "2012-05-19"


# A sentence placing the incident in a series is no second incident.
@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "04/18/2007: Two car bombs exploded in a market in Baghdad, Iraq, killing 60 people. This "
    "was one of four related attacks in Baghdad on this date.",
    "06/02/2014: Assailants set fire to a school in Maiduguri, Borno state, Nigeria. There were "
    "no casualties. This was one of three related attacks in the state on this date.",
    "11/20/2015: Assailants opened fire on guests at a hotel in Bamako, Mali, killing 20 people. "
    "The attack was part of a wave of assaults on hotels in the region.",
    "08/14/2009: A bomb exploded at a bank in Yala, Thailand, wounding two people. The attack "
    "was part of a series of coordinated bombings in the province that day.",
])
def test_series_statement_is_no_incident(pipeline: Pipeline, text: str) -> None:
    events = pipeline(Article(id="t", text=text, published="2020-01-01")).events
    assert len(events) == 1, [(e.event_type, e.trigger) for e in events]


@pytest.mark.slow
def test_series_sentence_alone_still_reports(pipeline: Pipeline) -> None:
    text = "The attack was part of a wave of bombings that killed 12 people in Yala."
    assert pipeline(Article(id="t", text=text, published="2020-01-01")).events


# A header valid both ways is month first, as the databases write it, unless the text writes
# its days first; the publication date is far off, so it decides nothing here.
@pytest.mark.slow
@pytest.mark.parametrize(("text", "day"), [
    ("03/08/1998: Assailants ambushed a police patrol in Armagh, Northern Ireland, killing one "
     "officer.", "1998-03-08"),
    ("09/05/2020: Assailants set fire to a telecommunications mast in Kano, Nigeria. There were "
     "no casualties.", "2020-09-05"),
    ("09/05/2020: Assailants set fire to a mast in Kano, Nigeria. The perpetrators also burned "
     "a car on 25/05/2020.", "2020-05-09"),
])
def test_header_reads_month_first(pipeline: Pipeline, text: str, day: str) -> None:
    event = primary_event(pipeline(Article(id="t", text=text, published="2024-01-01")))
    assert event is not None and event.date.start == day
