"""Actors ACLED names even when the text does not: victims of bombings, the police facing a
crowd, and the victims of headline-style passives ("three soldiers killed")."""

from __future__ import annotations

from eventcoder.document import Article, Count, Document, Event
from eventcoder.nlp.model import load_nlp
from eventcoder.resolve.actors.stage import actors_stage
from eventcoder.resolve.attribution.stage import attribution_stage


def attribute(text: str, event_type: str, killed: int | None = None) -> Event:
    """Run actors + attribution with one event covering the whole text."""
    document = Document(article=Article(id="t", text=text))
    document._doc = load_nlp()(text)
    actors_stage(document)
    n = len(list(document.spacy_doc.sents))
    event = Event(id="e1", event_type=event_type, _sentences=list(range(n)))
    if killed is not None:
        event.fatalities = Count(low=killed, best=killed, high=killed, approximate=False,
                                 text=str(killed))
    document.events = [event]
    attribution_stage(document)
    return event


def test_bombing_casualties_with_no_named_victim_are_civilians():
    ev = attribute("Suspected al Shabaab mortar shells killed one person in Hodan district of "
                   "Mogadishu, Somalia.", "Explosions/Remote violence", killed=1)
    assert "Civilians (Somalia)" in {a.acled_name for a in ev.actors}


def test_bombing_of_soldiers_adds_no_civilians():
    ev = attribute("A roadside bomb killed two Somali soldiers near Afgoye, Somalia.",
                   "Explosions/Remote violence", killed=2)
    assert not any((a.acled_name or "").startswith("Civilians") for a in ev.actors)


def test_bombing_without_casualties_adds_no_civilians():
    ev = attribute("Al Shabaab fired mortars at the port of Mogadishu, Somalia.",
                   "Explosions/Remote violence")
    assert not any((a.acled_name or "").startswith("Civilians") for a in ev.actors)


def test_headline_passive_makes_soldiers_victims():
    ev = attribute("Army patrol came under fire near Goundam, Mali. Two soldiers "
                   "killed and four injured.", "Battles")
    roles = {a.acled_name: a.role for a in ev.actors}
    assert roles["Military Forces of Mali"] == "target"
    assert roles["Unidentified Armed Group (Mali)"] == "perpetrator"


def test_security_forces_facing_protesters_are_police_even_without_a_country():
    ev = attribute("Security forces broke up a sit-in by unpaid teachers in front of the "
                   "Labour Ministry.", "Protests")
    assert "Police Forces" in {a.name for a in ev.actors}
    assert "Military Forces" not in {a.name for a in ev.actors}


def test_short_note_event_reads_every_sentence():
    document = Document(article=Article(id="t", text=(
        "Riots broke out in Mabopane, South Africa. Looters ransacked shops. "
        "Police fired rubber bullets.")))
    document._doc = load_nlp()(document.text)
    actors_stage(document)
    document.events = [Event(id="e1", event_type="Riots", _sentences=[1])]
    attribution_stage(document)
    assert "Police Forces of South Africa" in {a.acled_name for a in document.events[0].actors}


def test_arrest_with_no_named_force_is_by_police():
    document = Document(article=Article(id="t", text=(
        "Governor Elias Waya was arrested in Wau, South Sudan, a day after his dismissal.")))
    document._doc = load_nlp()(document.text)
    actors_stage(document)
    document.events = [Event(id="e1", event_type="Strategic developments",
                             sub_event_type="Arrests", _sentences=[0])]
    attribution_stage(document)
    ea = next(a for a in document.events[0].actors if a.name.startswith("Police"))
    assert (ea.acled_name, ea.role) == ("Police Forces of South Sudan", "perpetrator")


def test_objectless_past_tense_of_a_transitive_verb_is_a_passive():
    ev = attribute("Gunshots heard near the police station in Yei, South Sudan. One officer "
                   "wounded in the head.", "Battles")
    roles = {a.acled_name: a.role for a in ev.actors}
    assert roles["Police Forces of South Sudan"] == "target"
    assert roles["Unidentified Armed Group (South Sudan)"] == "perpetrator"
