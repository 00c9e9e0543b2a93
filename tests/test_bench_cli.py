"""`eventcoder bench` times the pipeline and bare spaCy on the same texts in one run."""

from __future__ import annotations

import json

import pytest

from eventcoder.cli import main

TEXTS = [
    "Gunmen killed three farmers near Kaduna on Monday, police said.",
    "Protesters blocked the main road in Lilongwe on Friday to demand lower fuel prices.",
    "A roadside bomb wounded two soldiers near Kidal on Sunday, the army said.",
    "Security forces arrested 12 people after clashes in Bujumbura on Tuesday.",
    "Rebels attacked an army base in Beni territory overnight, killing five soldiers.",
]


def test_bench_prints_rates_ratio_and_memory(tmp_path, capsys) -> None:
    data = tmp_path / "bench.jsonl"
    data.write_text(
        "".join(json.dumps({"id": f"b{i}", "text": t}) + "\n" for i, t in enumerate(TEXTS)),
        encoding="utf-8",
    )
    figures = tmp_path / "bench.json"
    assert main(["bench", str(data), "-n", "4", "--pairs", "0", "--json", str(figures)]) == 0
    out = capsys.readouterr().out
    assert "bare spaCy" in out and "pipeline" in out and "ratio" in out and "articles/s" in out
    result = json.loads(figures.read_text())
    assert result["articles"] == 4
    assert result["words"] == sum(len(t.split()) for t in TEXTS[:4])
    assert result["spacy_s"] > 0 and result["pipeline_s"] > 0
    # the times are written to the millisecond: on four short texts (about 10 ms bare) that
    # rounding alone moves their ratio by several per cent
    rounding = 0.0005 / result["spacy_s"] + 0.0005 / result["pipeline_s"]
    assert result["ratio"] == pytest.approx(result["pipeline_s"] / result["spacy_s"],
                                            rel=rounding + 0.01)
    assert result["peak_rss_mb"] > 0 and len(result["memory"]) >= 1


def test_bench_missing_file(tmp_path, capsys) -> None:
    assert main(["bench", str(tmp_path / "nope.jsonl")]) == 1
    assert "does not exist" in capsys.readouterr().err


@pytest.mark.slow
def test_bench_times_whole_processes_in_alternating_pairs(tmp_path, capsys) -> None:
    data = tmp_path / "bench.jsonl"
    data.write_text(
        "".join(json.dumps({"id": f"b{i}", "text": t}) + "\n" for i, t in enumerate(TEXTS)),
        encoding="utf-8",
    )
    figures = tmp_path / "bench.json"
    args = ["bench", str(data), "--process-only", "--pairs", "1", "--process-n", "3"]
    assert main([*args, "--json", str(figures)]) == 0
    out = capsys.readouterr().out
    assert "whole process" in out and "start-up alone" in out
    result = json.loads(figures.read_text())["whole_process"]
    assert result["articles"] == 3 and result["pairs"] == 1
    assert result["bare_s"][0] > 0 and result["pipeline_s"][0] > 0
    assert result["median_ratio"] == pytest.approx(result["pipeline_s"][0] / result["bare_s"][0],
                                                   abs=0.02)
    assert result["startup_pipeline_s"] > 0 and len(result["load_average"]) == 3
    # CPU time beside wall time: on a shared machine the wall clock also measures the neighbours
    assert "CPU (user+sys)" in out and result["bare_cpu_s"][0] > 0
    assert 0 < result["pipeline_cpu_s"][0] <= result["pipeline_s"][0] * 2.5
    assert result["bytecode_compiled"] in (True, False)
    # what a user runs (--workers auto) and the one-process reading, both reported
    assert "with --workers 1 the ratios are" in out and result["workers"] >= 1
    assert result["median_one_process_ratio"] == pytest.approx(
        result["one_process_s"][0] / result["bare_s"][0], abs=0.02)
