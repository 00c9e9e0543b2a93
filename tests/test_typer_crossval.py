"""K-fold cross-validation of the typer on training data: folds, weighed thresholds, the card."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer_texts import NOTES, write_gold

from eventcoder.cli import main
from eventcoder.typer.calibrate import gain_threshold, overrule_threshold_of
from eventcoder.typer.crossval import country_folds, out_of_fold, unseen_country
from eventcoder.typer.features import TypingInput
from eventcoder.typer.model import Prediction, TyperModel
from eventcoder.typer.train import Example, Settings


def _example(country: str, k: int) -> Example:
    return Example(TypingInput(f"note {k}"), "Battles", "Armed clash", country=country)


def test_folds_hold_out_small_countries_whole_and_spread_a_big_one() -> None:
    """A small country falls in one fold; one with most notes is cut over every fold."""
    examples = [_example("Kenya", k) for k in range(80)]
    examples += [_example(c, k) for c in ("Mali", "Chad", "Iraq", "Peru") for k in range(5)]
    folds = country_folds(examples, k=4)
    assert sorted(i for f in folds for i in f) == list(range(len(examples)))
    for country in ("Mali", "Chad", "Iraq", "Peru"):
        assert sum(any(examples[i].country == country for i in f) for f in folds) == 1
    assert all(any(examples[i].country == "Kenya" for i in f) for f in folds)
    assert max(map(len, folds)) - min(map(len, folds)) <= 5
    assert folds == country_folds(examples, k=4)  # seeded: the same folds every run
    # the thresholds read only the countries a fold held out whole
    assert unseen_country(examples, 4) == [False] * 80 + [True] * 20


def test_weighed_gain_lets_a_few_heavy_readings_outweigh_many_light_ones() -> None:
    """Readings of a country with many notes count less, as in training."""
    probabilities, right = [0.9, 0.8, 0.7, 0.6], [True, False, False, True]
    assert gain_threshold(probabilities, right) == 0.9
    assert gain_threshold(probabilities, right, [3.0, 0.5, 0.5, 3.0]) == 0.6


def test_overrule_threshold_from_given_readings() -> None:
    """Only disagreements where one of the two is right count."""
    held = [Example(TypingInput("t", "Violence against civilians", "Attack"), "Battles")
            for _ in range(3)]
    readings = [Prediction("Battles", 0.9, "Armed clash", 1.0),
                Prediction("Battles", 0.7, "Armed clash", 1.0),
                Prediction("Riots", 0.95, "Mob violence", 1.0)]
    assert overrule_threshold_of(held, readings) == (0.7, 2)


def test_out_of_fold_reads_every_note_with_a_model_that_did_not_see_it() -> None:
    """Every example gets one reading."""
    examples = [Example(TypingInput(t), e, s, country=f"c{k % 3}")
                for k, (t, e, s) in enumerate(NOTES)]
    readings = out_of_fold(examples, Settings(min_df=1, max_iter=30), country_folds(examples, 3))
    assert len(readings) == len(examples) and all(0 < p.probability <= 1 for p in readings)


def test_train_command_cross_validates_by_default(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The settings are chosen and the thresholds fitted on out-of-fold readings."""
    out = tmp_path / "model"
    assert main(["train", "--gold", str(write_gold(tmp_path / "n.jsonl")), "--folds", "3",
                 "--out", str(out)]) == 0
    printed = capsys.readouterr().out
    assert f"Validation on {len(NOTES)} out-of-fold readings (3 folds)" in printed
    card = (out / "README.md").read_text()
    assert "3-fold cross-validation on the training data" in card and "rule_scale 2:" in card
    assert TyperModel.load(out).meta["settings"]["cv_folds"] == 3
