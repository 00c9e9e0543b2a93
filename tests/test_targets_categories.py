"""Targets stage: who or what was hit, with GTD target categories."""

from __future__ import annotations

import pytest

from eventcoder.document import Article
from eventcoder.eval.acled import primary_event
from eventcoder.pipeline import Pipeline
from eventcoder.vocabulary import TARGETS as GTD_TARGETS


@pytest.fixture(scope="module")
def events_pipeline() -> Pipeline:
    """Only the stages this area owns."""
    return Pipeline(stages=("events", "targets", "link"))


@pytest.mark.parametrize(
    ("text", "contains", "category"),
    [
        ("Militants attacked a police station in Garissa on Monday.", "police station", "Police"),
        ("Gunmen ambushed an army convoy near Gao on Friday.", "army convoy", "Military"),
        (
            "Gunmen shot dead a journalist in Mogadishu on Sunday.",
            "journalist",
            "Journalists & Media",
        ),
        (
            "A bomb exploded outside a church in Jos on Sunday.",
            "church",
            "Religious Figures/Institutions",
        ),
        (
            "Attackers set fire to a school in Maiduguri on Tuesday.",
            "school",
            "Educational Institution",
        ),
        (
            "Gunmen killed six villagers in Zamfara on Monday.",
            "villagers",
            "Private Citizens & Property",
        ),
        (
            "Unknown assailants killed the district governor in Kunduz on Monday.",
            "governor",
            "Government (General)",
        ),
    ],
)
def test_target_and_category(events_pipeline, text, contains, category):
    doc = events_pipeline(Article(id="t", text=text, published="2022-01-05"))
    event = primary_event(doc)
    assert event is not None
    hits = [t for t in event.targets if contains in t.text]
    assert hits, [(t.text, t.category) for t in event.targets]
    assert hits[0].category == category
    for t in event.targets:
        assert t.category in GTD_TARGETS
        assert text[t.start : t.end] == t.text
    assert any(ev.field == "targets" for ev in event.evidence)


def test_protests_have_no_targets(events_pipeline):
    doc = events_pipeline(
        Article(id="t", text="Teachers protested in Accra on Monday over unpaid wages.")
    )
    event = primary_event(doc)
    assert event.targets == []


def test_example_of_generic_attacks_inherits_their_target(events_pipeline):
    text = (
        "Gunmen killed two farmers in Benue on Sunday. The group was behind several attacks on "
        "Christians, including two bombings in Jos in 2014 that killed 30 people."
    )
    doc = events_pipeline(Article(id="t", text=text, published="2019-05-02"))
    bombings = [e for e in doc.events if e.event_type == "Explosions/Remote violence"]
    assert bombings and any("Christians" in t.text for t in bombings[0].targets)
