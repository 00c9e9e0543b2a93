"""Non-state groups named "... Army" are read by the kind the knowledge base records for them.

The word "Army" alone makes a participant a state force; a known rebel group carrying it in its
name (Myanmar, Uganda, Syria, the Philippines, Northern Ireland, Colombia) is an armed group, and a
state's own army keeps reading as the state.
"""

from __future__ import annotations

import pytest

from eventcoder.document import Article
from eventcoder.extract.roles import kind_of
from eventcoder.nlp.model import load_nlp
from eventcoder.pipeline import Pipeline


@pytest.fixture(scope="module")
def nlp():
    """The spaCy model."""
    return load_nlp()


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    """The default pipeline."""
    from eventcoder.pipeline import default_pipeline

    return default_pipeline()


@pytest.mark.parametrize("sentence, kind", [
    ("The Kachin Independence Army shelled a road near Bhamo on Tuesday.", "armed"),
    ("The Arakan Army attacked a naval base near Kyaukphyu at dawn.", "armed"),
    ("The Lord's Resistance Army looted a market near Dungu last week.", "armed"),
    ("The Free Syrian Army fired rockets at a checkpoint near Azaz.", "armed"),
    ("The New People's Army burned two trucks at a quarry in Negros.", "armed"),
    ("The Irish Republican Army bombed a shopping street in Belfast.", "armed"),
    ("The National Liberation Army blew up a pipeline in Arauca overnight.", "armed"),
    # a state's own army stays a state force
    ("The Nigerian Army shelled a camp near Gwoza on Tuesday.", "state"),
    ("The Kenya Army patrolled the border near Mandera.", "state"),
    ("The army shelled a camp near Gwoza on Tuesday.", "state"),
])
def test_the_named_group_decides_its_kind(nlp, sentence: str, kind: str) -> None:
    """The subject's kind is the group's recorded kind, not the word "Army"."""
    doc = nlp(sentence)
    subject = next(t for t in doc if t.dep_ == "nsubj")
    assert kind_of(subject, True) == kind, (sentence, subject.text)


@pytest.mark.parametrize("text, event_type, sub_event_type", [
    ("The Free Syrian Army took control of a checkpoint outside Tal Rifaat on 2 September 2016 "
     "after fighting with Islamic State.",
     "Battles", "Non-state actor overtakes territory"),
    ("The Arakan Army seized a Myanmar army outpost near Mrauk-U in Rakhine state on 3 February "
     "2024 after a three-day battle with government troops.",
     "Battles", "Non-state actor overtakes territory"),
    ("The Nigerian Army recaptured the town of Damasak from Boko Haram fighters on 5 May 2021.",
     "Battles", "Government regains territory"),
])
def test_a_named_groups_capture_is_typed_by_its_kind(pipe: Pipeline, text: str,
                                                     event_type: str, sub_event_type: str) -> None:
    """A rebel army's capture is a non-state actor's; a state army's is the government's."""
    events = pipe(Article(id="a", text=text, published="2024-06-01")).events
    assert events, text
    event = max(events, key=lambda e: e.confidence)
    assert (event.event_type, event.sub_event_type) == (event_type, sub_event_type), text


@pytest.mark.parametrize("sentence", [
    "The Rapid Support Forces fired on a crowd in Omdurman on Monday.",
    "The Popular Mobilization Forces shelled a village near Tikrit on Monday.",
])
def test_a_militia_fighting_beside_the_state_keeps_its_words_reading(nlp, sentence: str) -> None:
    """A pro-government militia ("Forces") is read by its words, not made a rebel group."""
    doc = nlp(sentence)
    subject = next(t for t in doc if t.dep_ == "nsubj")
    assert kind_of(subject, True) == "state", (sentence, subject.text)
