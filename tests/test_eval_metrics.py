"""Scoring rules of `eventcoder eval` (shared/eval/README.md), on hand-made records."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from eventcoder.document import Article, Count, DateInfo, Document, Event, EventActor, Location
from eventcoder.eval.acled import aggregate, format_report, load_gold, primary_event, score_line
from eventcoder.eval.metrics import norm_actor, same_admin1, same_country, states_day


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen attacked the village on Thursday night.",
        "Police said yesterday that five people died.",
        "Protests took place in Tunis tonight.",
        "Clashes erupted last night in Beni.",
        "The attack happened on 13 May in Kano.",
        "The attack happened on May 13th in Kano.",
        "Fighting was reported on 13/01 near Mogadishu.",
        "Gunfire was heard all throughout Saturday (13th).",
    ],
)
def test_text_states_the_day(text):
    assert states_day(text)


@pytest.mark.parametrize(
    "text",
    [
        "Protests were held in May against the law.",
        "Gunmen killed three villagers in Kaduna.",
        "The group has been active since 2013.",
    ],
)
def test_text_states_no_day(text):
    assert not states_day(text)


def test_actor_names_ignore_regime_years_case_and_accents():
    assert norm_actor("Military Forces of Democratic Republic of Congo (2001-)") == norm_actor(
        "military forces of democratic republic of congo"
    )
    assert norm_actor("Police Forces of Côte d'Ivoire (2011-)") == norm_actor(
        "Police Forces of Cote d Ivoire"
    )


def test_admin1_and_country_comparison():
    assert same_admin1("Nord-Kivu", "Nord Kivu")
    assert same_admin1("Ségou", "segou")
    assert not same_admin1("Nord-Kivu", "Sud-Kivu")
    assert same_country("Democratic Republic of Congo", None, "CD")
    assert same_country("Ivory Coast", "Côte d'Ivoire", None)
    assert not same_country("Republic of Congo", None, "CD")


def _doc(*events: Event) -> Document:
    return Document(article=Article(id="x", text="t"), events=list(events))


def test_primary_event_is_most_confident_non_historical_first_on_ties():
    old = Event(id="e1", event_type="Battles", confidence=0.99, historical=True)
    first = Event(id="e2", event_type="Protests", confidence=0.7)
    second = Event(id="e3", event_type="Riots", confidence=0.7)
    assert primary_event(_doc(old, first, second)) is first
    assert primary_event(_doc(old)) is None


GOLD = {
    "event_type": ["Protests", "Riots"],
    "date": "2018-01-13",
    "date_precision": "day",
    "country": "Democratic Republic of Congo",
    "admin1": "Nord-Kivu",
    "lat": 0.7,
    "lon": 29.52,
    "geo_precision": "city",
    "fatalities": 0,
    "actors": ["Military Forces of Democratic Republic of Congo (2001-)", "Protesters (DRC)"],
}


def test_score_line_reads_every_field_from_the_primary_event():
    event = Event(
        id="e1",
        event_type="Riots",
        date=DateInfo(start="2018-01-13", end="2018-01-13", precision="day"),
        location=Location(name="Oicha", admin1="Nord Kivu", country_code="CD", lat=0.75, lon=29.5),
        fatalities=Count(low=None, best=None, high=None, approximate=True, text=""),
        actors=[
            EventActor(name="FARDC", acled_name="Military Forces of Democratic Republic of Congo")
        ],
    )
    line = {"id": "l1", "text": "Protesters clashed with FARDC on Saturday.", "gold": GOLD}
    row = score_line(line, _doc(event))
    assert row["detected"] and row["type_ok"] and row["date_ok"]
    assert row["no_invented_ok"] is None
    assert row["fatalities_ok"] and row["deaths_ok"] is None
    assert row["country_ok"] and row["admin1_ok"] and row["location_ok"]
    assert (row["actors_matched"], row["actors_total"]) == (1, 2)


def test_invented_day_counts_against_when_text_states_no_day():
    event = Event(
        id="e1",
        event_type="Protests",
        date=DateInfo(start="2018-01-12", end="2018-01-12", precision="day"),
    )
    line = {"id": "l2", "text": "Protesters marched in Beni.", "gold": GOLD}
    row = score_line(line, _doc(event))
    assert row["date_ok"] is None and row["no_invented_ok"] is False
    missing = score_line(line, _doc())
    assert missing["no_invented_ok"] is True and not missing["detected"]


def test_aggregate_and_report(tmp_path: Path):
    line = {"id": "l1", "text": "Protesters marched in Beni on Saturday.", "gold": GOLD}
    rows = [score_line(line, _doc(Event(id="e1", event_type="Protests"))), score_line(line, _doc())]
    figures = aggregate(rows, dropped=3)
    assert figures["detection"] == {"n": 2, "correct": 1, "rate": 0.5}
    assert figures["confusion"]["Protests/Riots"] == {"Protests": 1, "(none)": 1}
    report = format_report(figures)
    assert "Detection" in report and "Confusion matrix" in report
    json.dumps(figures)  # the --json output must be serialisable


def test_lines_with_shared_text_are_dropped(tmp_path: Path):
    path = tmp_path / "gold.jsonl"
    lines = [
        {"id": "a", "text": "Same report.", "gold": GOLD},
        {"id": "b", "text": "Same report.", "gold": GOLD},
        {"id": "c", "text": "Another report.", "gold": GOLD},
    ]
    path.write_text("\n".join(json.dumps(x) for x in lines) + "\n", encoding="utf-8")
    kept, dropped = load_gold(path)
    assert [x["id"] for x in kept] == ["c"] and dropped == 2
