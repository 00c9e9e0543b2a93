"""Attribution forms on hand-written sentences: claimed, suspected, accused, denied, confirmed,
stated, hedges, broader denials and announcers."""

from __future__ import annotations

import pytest

from eventcoder.document import Article, Document, Event
from eventcoder.nlp.model import load_nlp
from eventcoder.resolve.actors.stage import actors_stage
from eventcoder.resolve.attribution.stage import attribution_stage


def attribute(text: str, event_type: str = "Violence against civilians") -> Event:
    """Parse ``text``, treat every sentence as one incident, and run actors + attribution."""
    document = Document(article=Article(id="t", text=text))
    document._doc = load_nlp()(text)
    actors_stage(document)
    n = len(list(document.spacy_doc.sents))
    document.events = [Event(id="e1", event_type=event_type, _sentences=list(range(n)))]
    attribution_stage(document)
    return document.events[0]


def actor(event: Event, name: str):
    """The event actor called ``name`` (fails the test when absent)."""
    found = [a for a in event.actors if a.name == name]
    assert found, f"{name} not among {[a.name for a in event.actors]}"
    return found[0]


def test_claimed_by_passive_agent():
    ev = attribute("Gunmen stormed a bus in Karachi, killing 45 people. The attack was claimed by IS.")
    a = actor(ev, "Islamic State")
    assert (a.role, a.attribution, a.attributed_by) == ("perpetrator", "claimed", "Islamic State")


def test_claimed_responsibility_active():
    ev = attribute("A suicide bomber killed 12 people in Mogadishu on Monday. "
                   "Al Shabaab claimed responsibility for the bombing.")
    a = actor(ev, "Al-Shabaab")
    assert (a.attribution, a.attributed_by) == ("claimed", "Al-Shabaab")


def test_suspected_by_investigators():
    ev = attribute("Gunmen killed 45 people on a bus in Karachi. Investigators believe the attack "
                   "may have been carried out by Lashkar-e-Jhangvi.")
    a = actor(ev, "Lashkar-e-Jhangvi")
    assert (a.role, a.attribution, a.attributed_by) == ("perpetrator", "suspected", "investigators")


def test_accused_by_police_active():
    ev = attribute("Gunmen killed nine villagers in Borno state. Police blamed Boko Haram for the attack.")
    a = actor(ev, "Boko Haram")
    assert a.attribution == "accused"
    assert a.attributed_by == "Police Forces of Nigeria"


def test_accused_blamed_on():
    ev = attribute("A bomb killed five soldiers near Kismayo. The army blamed the attack on Al Shabaab.")
    a = actor(ev, "Al-Shabaab")
    assert (a.role, a.attribution) == ("perpetrator", "accused")


def test_denied_involvement():
    ev = attribute("A car bomb killed 20 people in Kabul. The Taliban denied involvement in the attack.")
    a = actor(ev, "Taliban")
    assert (a.attribution, a.attributed_by) == ("denied", "Taliban")


def test_confirmed_by_police():
    ev = attribute("Police confirmed that Al Shabaab fighters attacked the village of Bulo Marer.")
    a = actor(ev, "Al-Shabaab")
    assert a.attribution == "confirmed"


@pytest.mark.parametrize("sentence", [
    "Boko Haram may have attacked the village of Dalori, killing 30 civilians.",
    "Boko Haram allegedly attacked the village of Dalori, killing 30 civilians.",
    "Suspected Boko Haram militants attacked the village of Dalori, killing 30 civilians.",
])
def test_hedges_lower_to_suspected(sentence):
    a = actor(attribute(sentence), "Boko Haram")
    assert (a.role, a.attribution) == ("perpetrator", "suspected")


def test_plain_statement_is_stated():
    ev = attribute("Al Shabaab fighters attacked a police station in Mogadishu on Monday.")
    a = actor(ev, "Al-Shabaab")
    assert (a.role, a.attribution, a.attributed_by) == ("perpetrator", "stated", None)


def test_victims_are_targets():
    ev = attribute("Unidentified gunmen abducted 12 civilians near Bosaso in Somalia.")
    gunmen = actor(ev, "Unidentified Armed Group (Somalia)")
    victims = actor(ev, "Civilians (Somalia)")
    assert gunmen.role == "perpetrator" and victims.role == "target"


def test_broader_denial_goes_to_denials():
    ev = attribute("Gunmen killed 45 people in Karachi. The attack was claimed by IS. "
                   "Islamabad has officially denied that IS is operating in Pakistan.")
    assert [(d.by, d.what) for d in ev.denials] == [
        ("Government of Pakistan (Islamabad)", "that IS is operating in Pakistan")]
    assert actor(ev, "Islamic State").attribution == "claimed"
    assert any(e.field == "denials" for e in ev.evidence)


def test_announcer_has_title():
    ev = attribute("On May 20, Sindh Chief Minister Qaim Ali Shah announced the first arrests in "
                   "connection with the bus attack.", event_type="Strategic developments")
    a = actor(ev, "Qaim Ali Shah")
    assert (a.role, a.title) == ("announcer", "Sindh Chief Minister")


def test_protest_crowd_is_implied_by_event_type():
    ev = attribute("Parents of pupils gathered in Jendouba, Tunisia, against exam results.",
                   event_type="Protests")
    assert "Protesters (Tunisia)" in {a.acled_name for a in ev.actors}


def test_riot_event_names_the_crowd_rioters():
    ev = attribute("Protesters blocked roads and burned tyres in Sfax, Tunisia.", event_type="Riots")
    labels = {a.acled_name for a in ev.actors}
    assert "Rioters (Tunisia)" in labels and "Protesters (Tunisia)" not in labels


def test_evidence_offsets_match_text():
    text = "Gunmen killed 45 people in Karachi. The attack was claimed by IS."
    ev = attribute(text)
    for e in ev.evidence:
        assert text[e.start:e.end] == e.text
    assert any(e.field == "actors" and "claimed by IS" in e.text for e in ev.evidence)
