"""The gold-document scorer: variants, matching by place/figures, not_events, minima."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from eventcoder.eval.gold_doc import format_gold_report, score_document, score_gold_document
from eventcoder.eval.gold_match import Aliases, pick

TEXT = "Gunmen killed 5 people in Kano on Monday. Police said they had sent fighters to Syria."

GOLD = {
    "article": {
        "published": {"txt": None, "html": "2018-01-10"},
        "must_not_contain": ["Subscribe"],
    },
    "events": [
        {
            "key": "kano",
            "historical": False,
            "event_type": "Violence against civilians",
            "location": {"name": "Kano", "lat": 12.0, "lon": 8.5, "tolerance_km": 50},
            "date": {
                "txt": {"start": None, "precision": "day", "text": "Monday"},
                "html": {"start": "2018-01-08", "precision": "day", "text": "Monday"},
            },
            "fatalities": {"low": 5, "best": 5, "high": 5, "approximate": False},
            "injuries": None,
            "actors": [{"name": "Islamic State", "role": "perpetrator"}],
        }
    ],
    "not_events": [{"text_contains": "had sent fighters to Syria", "why": "background"}],
    "event_count": {"min": 1, "max": 1},
    "actors": [{"name": "Islamic State", "aliases_in_text": ["IS", "ISIS"]}],
}


def output(events: list[dict], published: str | None = "2018-01-10") -> dict:
    """An output document (JSON data) holding these events."""
    actors = [{"name": "Islamic State", "aliases": ["ISIS"]}]
    return {"article": {"text": TEXT, "published": published}, "events": events, "actors": actors}


def kano_event(**changes: Any) -> dict:
    """An output event matching the gold Kano event, with changes."""
    event = {
        "id": "e1",
        "historical": False,
        "event_type": "Violence against civilians",
        "location": {"name": "Kano", "lat": 12.0, "lon": 8.52},
        "date": {"start": "2018-01-08", "end": "2018-01-08", "precision": "day", "text": "Monday"},
        "fatalities": {"low": 5, "best": 5, "high": 5, "approximate": False, "text": "killed 5"},
        "injuries": None,
        "actors": [{"name": "ISIS", "role": "perpetrator"}],
        "evidence": [{"field": "event", "start": 7, "end": 13, "text": "killed"}],
    }
    event.update(changes)
    return event


def failed(result: dict) -> list[str]:
    """Names of the failed checks."""
    return [f"{c['section']}: {c['name']}" for c in result["checks"] if not c["passed"]]


def test_perfect_output_passes_everything() -> None:
    """Perfect output passes everything."""
    result = score_document(GOLD, output([kano_event()]), "html")
    assert failed(result) == []
    assert result["passed"] == result["total"] and result["score"] == 1.0


def test_variant_picks_the_txt_date() -> None:
    """Variant picks the txt date."""
    event = kano_event(date={"start": None, "precision": "day", "text": "Monday"})
    result = score_document(GOLD, output([event], published=None), "txt")
    assert failed(result) == []
    assert failed(score_document(GOLD, output([event], published=None), "html"))


def test_wrong_count_fails_that_check_only() -> None:
    """Wrong count fails that check only."""
    event = kano_event(fatalities={"low": 4, "best": 4, "high": 4, "approximate": False})
    bad = failed(score_document(GOLD, output([event]), "html"))
    assert "event kano: fatalities.best" in bad
    assert "event kano: matched to an output event" not in bad


def test_not_event_sentence_turned_into_event_is_penalised() -> None:
    """Not event sentence turned into event is penalised."""
    at = TEXT.index("sent")
    extra = {
        "id": "e2",
        "evidence": [{"field": "event", "start": at, "end": at + 4, "text": "sent"}],
    }
    bad = failed(score_document(GOLD, output([kano_event(), extra]), "html"))
    assert "not_events: had sent fighters to Syria" in bad
    assert "events: event_count" in bad


def test_events_match_by_place_not_order() -> None:
    """Events match by place not order."""
    other = {"id": "e0", "location": {"name": "Lagos", "lat": 6.45, "lon": 3.4}, "evidence": []}
    result = score_document(GOLD, output([other, kano_event(id="e1")]), "html")
    assert result["matched"] == {"kano": "e1"}


def test_aliases_resolve_names() -> None:
    """Gold aliases make an acronym equal its full name and nothing else."""
    aliases = Aliases(GOLD["actors"], [])
    assert aliases.same("IS", "Islamic State") and not aliases.same("IS", "Boko Haram")


def test_pick_leaves_plain_values_alone() -> None:
    """Pick leaves plain values alone."""
    assert pick({"txt": 1, "html": 2}, "html") == 2
    assert pick({"start": "x"}, "txt") == {"start": "x"}


def test_report_lists_checks_and_totals() -> None:
    """Report lists checks and totals."""
    report = format_gold_report(score_document(GOLD, output([]), "html"))
    assert "FAIL  event kano: matched to an output event" in report
    assert "TOTAL" in report


@pytest.mark.slow
def test_seed_article_scores_dates_and_counts(shared_dir: Path) -> None:
    """Seed article scores dates and counts."""
    seed = shared_dir / "fixtures/seed"
    result = score_gold_document(seed / "gold.json", seed / "karachi_bus_attack.html")
    json.dumps(result)  # the CLI writes it with --json
    ours = [
        c
        for c in result["checks"]
        if c["section"].startswith("event ")
        and c["name"].split(".")[0] in ("date", "fatalities", "injuries", "arrested")
    ]
    assert ours and all(c["passed"] for c in ours), [c for c in ours if not c["passed"]]
