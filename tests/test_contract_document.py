"""The output contract (shared/spec/event-record.md) holds on every document we produce."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from eventcoder.ingest import read_paths
from eventcoder.vocabulary import (
    ATTRIBUTIONS,
    DATE_PRECISION,
    EVENT_TYPES,
    GEO_PRECISION,
    GTD_ATTACK,
    RELATIONS,
    ROLES,
    SOURCE_TYPES,
    TARGETS,
    WEAPONS,
)

SAMPLES = Path(__file__).resolve().parents[1] / "src/eventcoder/samples"


def _inputs(request: pytest.FixtureRequest) -> list[Path]:
    """The bundled samples (always: no ../shared needed), plus the reference article if present."""
    samples = sorted(p for p in SAMPLES.glob("*.*") if p.suffix in {".txt", ".html", ".jsonl"})
    try:
        seed = request.getfixturevalue("shared_dir") / "fixtures/seed"
    except pytest.skip.Exception:
        return samples
    return [seed / "karachi_bus_attack.html", seed / "karachi_bus_attack.txt", *samples]


@pytest.fixture(scope="module")
def documents(request: pytest.FixtureRequest, pipeline) -> list[dict[str, Any]]:
    """Every bundled sample and the reference article, through the whole pipeline."""
    return [doc.to_dict() for doc in pipeline.pipe(read_paths(_inputs(request)))]


def test_the_checks_below_have_something_to_check(documents: list[dict[str, Any]]) -> None:
    """Each loop below meets real spans: events, evidence, actor mentions and quoted sources."""
    assert sum(len(d["events"]) for d in documents) >= len(documents)
    assert sum(len(e["evidence"]) for d in documents for e in d["events"]) > 0
    assert sum(len(a["mentions"]) for d in documents for a in d["actors"]) > 0
    assert sum(len(s["quotes"]) for d in documents for s in d["sources"]) > 0
    assert any(e["actors"] for d in documents for e in d["events"])


def _check_span(text: str, span: dict[str, Any], where: str) -> None:
    assert 0 <= span["start"] <= span["end"] <= len(text), where
    if "text" in span and span["text"] is not None:
        assert text[span["start"] : span["end"]] == span["text"], where


def test_documents_were_produced_with_events(documents: list[dict[str, Any]]) -> None:
    """All inputs come out ok, and most report at least one incident."""
    assert len(documents) >= 8
    assert all(d["article"]["status"] == "ok" for d in documents)
    assert sum(1 for d in documents if d["events"]) >= len(documents) - 1


def test_every_offset_indexes_the_article_text(documents: list[dict[str, Any]]) -> None:
    """evidence.text == article.text[start:end] for every span the document gives."""
    for doc in documents:
        text = doc["article"]["text"]
        for event in doc["events"]:
            assert event["evidence"], f"{event['id']} has no evidence"
            for ev in event["evidence"]:
                _check_span(text, ev, f"{doc['article']['id']} {event['id']} {ev['field']}")
            for actor in event["actors"]:
                if actor["start"] is not None:
                    assert text[actor["start"] : actor["end"]] == actor["mention"]
            for denial in event["denials"]:
                if denial["evidence"]:
                    _check_span(text, denial["evidence"], "denial")
        for actor in doc["actors"]:
            for mention in actor["mentions"]:
                _check_span(text, mention, actor["name"])
        for source in doc["sources"]:
            for quote in source["quotes"]:
                _check_span(text, quote, source["speaker"])
        for relation in doc["relations"]:
            if relation["evidence"]:
                _check_span(text, relation["evidence"], relation["relation"])


def test_closed_vocabularies_are_spelled_exactly(documents: list[dict[str, Any]]) -> None:
    """Every coded value comes from the contract's closed lists."""
    for doc in documents:
        for event in doc["events"]:
            assert event["event_type"] in EVENT_TYPES
            assert event["sub_event_type"] in EVENT_TYPES[event["event_type"]]
            assert event["gtd_attack_type"] in GTD_ATTACK | {None}
            assert set(event["weapons"]) <= WEAPONS
            assert {t["category"] for t in event["targets"]} <= TARGETS
            assert event["date"]["precision"] in DATE_PRECISION
            assert event["location"]["precision"] in GEO_PRECISION
            assert 0.0 <= event["confidence"] <= 1.0
            for actor in event["actors"]:
                assert actor["role"] in ROLES
                assert actor["attribution"] in ATTRIBUTIONS
        assert {r["relation"] for r in doc["relations"]} <= RELATIONS
        assert {s["type"] for s in doc["sources"]} <= SOURCE_TYPES


def test_counts_and_nulls_follow_the_contract(documents: list[dict[str, Any]]) -> None:
    """Counts are {low, best, high, approximate, text} or null, with ordered bounds."""
    for doc in documents:
        for event in doc["events"]:
            for name in ("fatalities", "injuries", "arrested"):
                count = event[name]
                if count is None:
                    continue
                assert {"low", "best", "high", "approximate", "text"} <= set(count)
                assert count["best"] is not None and count["best"] >= 0
                if count["low"] is not None:
                    assert count["low"] <= count["best"]
                if count["high"] is not None:
                    assert count["best"] <= count["high"]
            if event["date"]["start"] is None and event["date"]["precision"] == "unknown":
                assert "date" in event["notes"], f"{event['id']}: a null date needs a reason"
            related = event["related_to"]
            assert related is None or related in {e["id"] for e in doc["events"]}
