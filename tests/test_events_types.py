"""Event detection and ACLED/GTD typing on hand-written sentences, one per event type."""

from __future__ import annotations

import pytest

from eventcoder.document import Article, Document
from eventcoder.eval.acled import primary_event
from eventcoder.pipeline import Pipeline


@pytest.fixture(scope="module")
def events_pipeline() -> Pipeline:
    """Only the stages this area owns: fast, and independent of dates/geo work."""
    return Pipeline(stages=("events", "targets", "link"))


def run(pipeline: Pipeline, text: str, published: str | None = "2024-03-06") -> Document:
    """Process one hand-written article."""
    return pipeline(Article(id="t", text=text, published=published))


CASES = [
    (
        "Gunmen stormed a bus in Lahore on Monday, killing 12 passengers.",
        "Violence against civilians",
        "Attack",
    ),
    (
        "Soldiers clashed with rebel fighters near the town of Beni on Tuesday.",
        "Battles",
        "Armed clash",
    ),
    (
        "A suicide bomber blew himself up at a crowded market in Maiduguri on Friday, "
        "killing nine people.",
        "Explosions/Remote violence",
        "Suicide bomb",
    ),
    (
        "A roadside bomb exploded near a bus station in Kandahar on Sunday, wounding four people.",
        "Explosions/Remote violence",
        "Remote explosive/landmine/IED",
    ),
    (
        "Warplanes carried out air strikes on rebel positions in Idlib on Wednesday.",
        "Explosions/Remote violence",
        "Air/drone strike",
    ),
    (
        "Rebels shelled a residential district of Aleppo overnight, residents said on Thursday.",
        "Explosions/Remote violence",
        "Shelling/artillery/missile attack",
    ),
    (
        "Gunmen kidnapped 20 schoolgirls from a boarding school in Zamfara on Thursday.",
        "Violence against civilians",
        "Abduction/forced disappearance",
    ),
    (
        "Hundreds of teachers protested outside the parliament in Nairobi on Monday to demand "
        "higher pay.",
        "Protests",
        "Peaceful protest",
    ),
    (
        "Students protested in Khartoum on Sunday against bread prices. Police fired tear gas "
        "to disperse them.",
        "Protests",
        "Protest with intervention",
    ),
    (
        "Rioters burned tyres and threw stones at police in Kasserine on Tuesday night.",
        "Riots",
        "Violent demonstration",
    ),
    (
        "A mob lynched a man accused of theft in Kano on Saturday.",
        "Violence against civilians",
        "Attack",
    ),
    (
        "Rival youth groups clashed in Kisumu on Sunday, damaging several market stalls.",
        "Riots",
        "Mob violence",
    ),
    (
        "Police arrested 14 suspected militants in Mombasa on Friday.",
        "Strategic developments",
        "Arrests",
    ),
    (
        "Government forces recaptured the town of Palmyra from Islamic State fighters on Sunday.",
        "Battles",
        "Government regains territory",
    ),
    (
        "The army and the rebels signed a ceasefire agreement in Juba on Monday.",
        "Strategic developments",
        "Agreement",
    ),
]


@pytest.mark.parametrize(("text", "event_type", "sub_event_type"), CASES)
def test_sentence_is_typed(events_pipeline, text, event_type, sub_event_type):
    doc = run(events_pipeline, text)
    event = primary_event(doc)
    assert event is not None, f"no event found in {text!r}"
    assert (event.event_type, event.sub_event_type) == (event_type, sub_event_type)


def test_gunmen_on_bus_is_armed_assault_with_firearms(events_pipeline):
    doc = run(events_pipeline, CASES[0][0])
    event = primary_event(doc)
    assert event.gtd_attack_type == "Armed Assault"
    assert event.weapons == ["Firearms"]


def test_stabbing_is_melee(events_pipeline):
    doc = run(
        events_pipeline,
        "A Catholic priest was stabbed to death by unknown assailants in Bangui on Thursday night.",
    )
    event = primary_event(doc)
    assert event.event_type == "Violence against civilians"
    assert "Melee" in event.weapons
    assert any(t.category == "Religious Figures/Institutions" for t in event.targets)


def test_bombing_is_explosives(events_pipeline):
    doc = run(events_pipeline, CASES[3][0])
    event = primary_event(doc)
    assert event.gtd_attack_type == "Bombing/Explosion"
    assert event.weapons == ["Explosives"]


def test_protest_has_no_weapons_or_gtd_type(events_pipeline):
    event = primary_event(run(events_pipeline, CASES[7][0]))
    assert event.weapons == [] and event.gtd_attack_type is None


def test_evidence_spans_match_text(events_pipeline):
    text = " ".join(c[0] for c in CASES[:4])
    doc = run(events_pipeline, text)
    assert doc.events
    for event in doc.events:
        for ev in event.evidence:
            assert text[ev.start : ev.end] == ev.text
        for target in event.targets:
            assert text[target.start : target.end] == target.text


def test_odd_text_does_not_crash(events_pipeline):
    for text in ["", "   ", "Attack.", "“", "killed killed killed", "1 2 3 4", "\n\n\n"]:
        doc = run(events_pipeline, text or " ")
        assert doc.article.status == "ok"


def test_demonstration_named_in_a_purpose_clause_is_still_reported(events_pipeline):
    text = (
        "Police in Santiago used water cannon and tear gas on Friday to break up a march by "
        "thousands of students demanding free education."
    )
    event = primary_event(run(events_pipeline, text))
    assert (event.event_type, event.sub_event_type) == ("Protests", "Protest with intervention")
    assert event.confidence > 0.5
