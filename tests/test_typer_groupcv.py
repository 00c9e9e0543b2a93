"""Grouped cross-validation of the typer: whole countries or years held out, scored by class."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer_texts import NOTES, write_gold

from eventcoder.cli import main
from eventcoder.typer.features import TypingInput
from eventcoder.typer.groupcv import group_folds, macro_f1, measure, score
from eventcoder.typer.train import Example, Settings, gold_examples, read_gold_lines


def test_folds_keep_groups_whole_and_leave_the_dominant_one_in_training() -> None:
    """A country with most notes is never held out; every other one falls in one fold only."""
    keys = ["Kenya"] * 60 + ["Mali"] * 9 + ["Chad"] * 7 + ["Peru"] * 5 + ["Iraq"] * 3
    folds = group_folds(keys, 3)
    held = [i for f in folds for i in f]
    assert sorted(held) == list(range(60, 84))
    for country in ("Mali", "Chad", "Peru", "Iraq"):
        assert sum(any(keys[i] == country for i in f) for f in folds) == 1
    assert group_folds(keys, 3) == folds  # no randomness: the same folds every run
    # no group above half the data: every one is held out (years)
    years = ["2019"] * 4 + ["2020"] * 4 + ["2021"] * 3
    assert sorted(i for f in group_folds(years, 2) for i in f) == list(range(11))


def test_macro_f1_weighs_a_rare_class_as_much_as_a_common_one() -> None:
    """Missing the one riot costs a sixth of the score, not one in seven readings."""
    pairs = [("Battles", "Battles")] * 6 + [("Riots", "Battles")]
    assert macro_f1(pairs) == pytest.approx((2 * (6 / 7) / (1 + 6 / 7) + 0.0) / 2)
    scores = score([("Battles", "Armed clash")] * 6 + [("Riots", "Mob violence")],
                   [("Battles", "Armed clash")] * 6 + [("Battles", "Armed clash")])
    assert scores.type_accuracy == pytest.approx(6 / 7)
    assert scores.per_class["type: Riots"] == (1, 0.0)
    assert scores.per_class["sub: Armed clash"] == (6, 1.0)


def test_measure_reads_every_held_out_note_once() -> None:
    """Each country's notes are read by a model fitted without that country."""
    countries = ["Kenya", "Nigeria", "Mali", "Somalia", "Tunisia"]
    examples = [Example(TypingInput(t), e, s, country=countries[k % 5], year=str(2019 + k % 3))
                for k, (t, e, s) in enumerate(NOTES)]
    settings = Settings(min_df=1, max_iter=30)
    by_country = measure(examples, settings, "country", k=3)
    by_year = measure(examples, settings, "year", k=3)
    assert by_country.n == by_year.n == len(NOTES)
    assert 0.0 <= by_country.type_accuracy <= 1.0 and 0.0 <= by_year.sub_macro_f1 <= 1.0


def test_gold_examples_carry_their_year(tmp_path: Path) -> None:
    """The year comes from the gold date, else from the publication date."""
    examples = gold_examples(read_gold_lines([write_gold(tmp_path / "gold.jsonl")], limit=2))
    assert [ex.year for ex in examples] == ["2024", "2024"]


def test_typer_cv_command_prints_figures_per_class(tmp_path: Path,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    """The command fits and scores without the development files."""
    gold = tmp_path / "gold.jsonl"
    lines = [json.loads(raw) for raw in write_gold(gold).read_text().splitlines()]
    for k, line in enumerate(lines):  # three countries, none with most of the notes
        line["gold"]["country"] = ("Kenya", "Mali", "Iraq")[k % 3]
    gold.write_text("".join(json.dumps(line) + "\n" for line in lines))
    assert main(["typer-cv", "--gold", str(gold), "--by", "country", "--folds", "3"]) == 0
    out = capsys.readouterr().out
    assert f"held out by country: n {len(NOTES)}:" in out and "type: Protests" in out
