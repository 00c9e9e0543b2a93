"""The reference article: exactly the attack, the arrests and the historical Quetta bombings."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from eventcoder.document import Document
from eventcoder.ingest import article_from_input


@pytest.fixture(scope="module", params=["txt", "html"])
def seed_doc(request, pipeline, seed_txt, seed_html) -> Document:
    """The seed article (as text and as a page) through the full pipeline."""
    raw = seed_txt if request.param == "txt" else seed_html
    return pipeline(article_from_input(raw))


@pytest.fixture(scope="module")
def gold(shared_dir: Path) -> dict:
    """The hand-made gold document of the seed."""
    return json.loads((shared_dir / "fixtures/seed/gold.json").read_text(encoding="utf-8"))


def _by_type(doc: Document) -> dict[str, object]:
    return {e.event_type: e for e in doc.events}


def test_exactly_three_records(seed_doc):
    types = sorted(e.event_type for e in seed_doc.events)
    assert types == [
        "Explosions/Remote violence",
        "Strategic developments",
        "Violence against civilians",
    ]


def test_the_bus_attack(seed_doc):
    attack = _by_type(seed_doc)["Violence against civilians"]
    assert attack.sub_event_type == "Attack"
    assert attack.gtd_attack_type == "Armed Assault"
    assert attack.weapons == ["Firearms"]
    assert not attack.historical
    assert any("Ismaili" in t.text for t in attack.targets)
    assert {t.category for t in attack.targets} <= {
        "Private Citizens & Property",
        "Transportation",
        "Religious Figures/Institutions",
    }


def test_the_arrests_follow_the_attack(seed_doc):
    events = _by_type(seed_doc)
    arrests = events["Strategic developments"]
    assert arrests.sub_event_type == "Arrests"
    assert arrests.related_to == events["Violence against civilians"].id
    assert not arrests.historical


def test_the_quetta_bombings_are_one_historical_joint_record(seed_doc):
    bombings = _by_type(seed_doc)["Explosions/Remote violence"]
    assert bombings.historical
    assert bombings.count == 2
    assert bombings.gtd_attack_type == "Bombing/Explosion"
    assert bombings.weapons == ["Explosives"]
    assert any("Shias" in t.text for t in bombings.targets)


def test_no_not_event_sentence_yields_a_mention(seed_doc, gold):
    text = seed_doc.text
    for item in gold["not_events"]:
        phrase = item["text_contains"]
        at = text.find(phrase)
        assert at >= 0, phrase
        for event in seed_doc.events:
            for start, _end in event._mentions:
                assert not (at <= start < at + len(phrase)), (phrase, event.event_type)


def test_primary_event_is_the_attack(seed_doc):
    from eventcoder.eval.acled import primary_event

    assert primary_event(seed_doc).event_type == "Violence against civilians"
