"""geoparse / eval-geo / geocode commands and the geo scoring."""

from __future__ import annotations

import json

from eventcoder.cli import main
from eventcoder.eval.geo import score


def test_geoparse_jsonl_offsets_index_the_given_text(tmp_path, capsys):
    texts = ["Gunmen stormed a bus in Karachi.\r\n  Police in  Quetta  said…",
             "No places here at all."]
    src = tmp_path / "in.jsonl"
    src.write_text("".join(json.dumps({"id": f"a{i}", "text": t}) + "\n"
                           for i, t in enumerate(texts)))
    assert main(["geoparse", str(src), "--format", "jsonl"]) == 0
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [line["id"] for line in lines] == ["a0", "a1"]
    tops = lines[0]["toponyms"]
    assert [t["name"] for t in tops] == ["Karachi", "Quetta"]
    for t in tops:
        assert texts[0][t["start"]:t["end"]] == t["text"]
        assert set(t) >= {"lat", "lon", "geonameid", "country_code", "admin1", "feature_code"}
    assert lines[1]["toponyms"] == []


def test_score_counts_overlaps_distances_and_skips_uncoded_gold():
    gold = [{"text": "x", "toponyms": [
        {"start": 0, "end": 5, "lat": 24.86, "lon": 67.01, "geonameid": 1174872},
        {"start": 10, "end": 15, "lat": 30.19, "lon": 67.0, "geonameid": 1167528},
        {"start": 20, "end": 25, "lat": None, "lon": None, "geonameid": None},
    ]}]
    pred = [[
        {"start": 0, "end": 7, "lat": 24.86, "lon": 67.01, "geonameid": 1174872},
        {"start": 11, "end": 14, "lat": 40.0, "lon": 67.0, "geonameid": 1},
        {"start": 20, "end": 25, "lat": 1.0, "lon": 1.0, "geonameid": 2},
        {"start": 30, "end": 35, "lat": 1.0, "lon": 1.0, "geonameid": 3},
    ]]
    result = score(gold, pred)
    assert result["recall"] == 1.0
    assert result["precision"] == round(2 / 3, 4)
    assert result["acc161_found"] == 0.5
    assert result["exact_geonameid_found"] == 0.5


def test_eval_geo_writes_json(tmp_path, capsys):
    text = "Fighting broke out in Kano, Nigeria."
    gold = {"id": "g1", "text": text, "toponyms": [
        {"start": 22, "end": 26, "phrase": "Kano", "geonameid": 2335204, "lat": 12.0, "lon": 8.5},
        {"start": 28, "end": 35, "phrase": "Nigeria", "geonameid": 2328926, "lat": 10.0,
         "lon": 8.0},
    ]}
    src = tmp_path / "gold.jsonl"
    src.write_text(json.dumps(gold) + "\n")
    out = tmp_path / "r.json"
    assert main(["eval-geo", str(src), "--json", str(out)]) == 0
    result = json.loads(out.read_text())
    assert result["recall"] == 1.0 and result["acc161_found"] == 1.0
    assert "acc161_found" in capsys.readouterr().out


def test_geocode_command_explains_the_choice(capsys):
    assert main(["geocode", "Clashes erupted in Beni, North Kivu."]) == 0
    out = capsys.readouterr().out
    assert "Beni" in out and "CD" in out and "*" in out
