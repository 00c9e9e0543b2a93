"""`eventcoder eval` end to end on a small hand-written gold file."""

from __future__ import annotations

import json
from pathlib import Path

from eventcoder.cli import main


def test_eval_command_prints_table_and_writes_json(tmp_path: Path, capsys):
    gold = {
        "event_type": ["Violence against civilians"],
        "date": "2021-05-03",
        "date_precision": "day",
        "country": "Nigeria",
        "admin1": "Kaduna",
        "lat": 10.52,
        "lon": 7.44,
        "geo_precision": "city",
        "fatalities": 4,
        "actors": ["Unidentified Armed Group (Nigeria)", "Civilians (Nigeria)"],
    }
    lines = [
        {
            "id": "t1",
            "text": "Gunmen killed four villagers in Kaduna on Monday.",
            "published": "2021-05-04",
            "source": "test",
            "gold": gold,
        },
        {
            "id": "t2",
            "text": "Hundreds of traders protested in Kaduna on Monday against new taxes.",
            "published": "2021-05-04",
            "source": "test",
            "gold": {**gold, "event_type": ["Protests", "Riots"], "fatalities": 0},
        },
    ]
    path = tmp_path / "gold.jsonl"
    path.write_text("\n".join(json.dumps(x) for x in lines) + "\n", encoding="utf-8")
    out = tmp_path / "figures.json"
    assert main(["eval", str(path), "--json", str(out), "-q"]) == 0
    printed = capsys.readouterr().out
    assert "Detection" in printed and "Worst misses" in printed
    figures = json.loads(out.read_text())
    assert figures["lines"] == 2
    assert figures["detection"]["rate"] == 1.0
    assert figures["event_type"]["rate"] == 1.0


def test_eval_dispatches_a_gold_document_to_its_scorer(shared_dir: Path, tmp_path: Path, capsys):
    gold = shared_dir / "fixtures/seed/gold.json"
    article = shared_dir / "fixtures/seed/karachi_bus_attack.txt"
    out = tmp_path / "seed.json"
    assert main(["eval", str(gold), "--input", str(article), "--json", str(out)]) == 0
    printed = capsys.readouterr().out
    assert "karachi_bus_attack" in printed
    assert json.loads(out.read_text())


def test_eval_scores_with_and_without_the_source(tmp_path: Path, capsys):
    # The text names no place: only the publisher (a Kenyan paper in the training data) can say
    # the country, so removing `source` must cost the country.
    line = {
        "id": "s1",
        "text": "Unknown gunmen shot dead a trader on Monday evening, police said.",
        "published": "2021-05-04",
        "source": "Star (Kenya)",
        "gold": {"event_type": ["Violence against civilians"], "date": "2021-05-03",
                 "date_precision": "day", "country": "Kenya", "admin1": None, "lat": None,
                 "lon": None, "geo_precision": "country", "fatalities": 1, "actors": []},
    }
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps(line) + "\n", encoding="utf-8")
    out = tmp_path / "figures.json"
    assert main(["eval", str(path), "--both-sources", "--json", str(out), "-q"]) == 0
    printed = capsys.readouterr().out
    assert "with and without the publisher" in printed
    figures = json.loads(out.read_text())
    assert figures["source"] == "kept" and figures["country"]["rate"] == 1.0
    assert figures["without_source"]["source"] == "removed"
    assert figures["without_source"]["country"]["rate"] == 0.0
    assert main(["eval", str(path), "--without-source", "--json", str(out), "-q"]) == 0
    assert json.loads(out.read_text())["country"]["rate"] == 0.0
