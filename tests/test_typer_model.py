"""The trained event typer: features, fitting, saving, the pipeline stage and `eventcoder train`."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from typer_texts import NOTES, write_gold

from eventcoder.cli import main
from eventcoder.document import Article
from eventcoder.typer import stage as typer_stage
from eventcoder.typer.features import TypingInput, rule_features, stem, text_features, words
from eventcoder.typer.linear import fit_softmax
from eventcoder.typer.model import TyperModel
from eventcoder.typer.train import Example, Settings, fit


def test_words_read_numbers_alike_and_drop_acled_size_markup() -> None:
    """Words read numbers alike and drop ACLED size markup."""
    assert words("On 8 May 2020, 300 Teachers marched. [size=no report]") == [
        "on", "0", "may", "0", "0", "teachers", "marched"]
    assert "teachers marched" in text_features("300 teachers marched")
    # inflections share a stem; numbers get none; too short a remainder keeps the word whole
    feats = text_features("Attackers attacked 3 houses; the attacks failed")
    assert feats.count("~attack") == 3 and "~0" not in feats and "~the" in feats
    assert stem("shelling") == "shell" and stem("bombs") == "bomb" and stem("used") == "used"
    feats = rule_features(TypingInput("x", "Battles", "Armed clash", ["battle", "death"]))
    assert feats == ["rule:type=Battles", "rule:sub=Armed clash", "rule:family=battle",
                     "rule:family=death"]


def test_softmax_fit_separates_classes_and_base_pull_keeps_untouched_weights() -> None:
    """Softmax fit separates classes and base pull keeps untouched weights."""
    from scipy.sparse import csr_matrix

    x = csr_matrix(np.array([[1, 0, 0], [1, 0, 0], [0, 1, 0], [0, 1, 0]], dtype=float))
    y = np.array([0, 0, 1, 1])
    coef, b = fit_softmax(x, y, 2, l2=1e-3)
    assert coef[0, 0] > coef[1, 0] and coef[1, 1] > coef[0, 1]
    base = np.array([[0.0, 0.0, 2.0], [0.0, 0.0, -2.0]])
    coef2, _ = fit_softmax(x, y, 2, l2=1e-3, base_coef=base, base_intercept=np.zeros(2))
    # the third feature never occurs: its weights stay those of the base model
    assert np.allclose(coef2[:, 2], base[:, 2], atol=1e-6)


def _examples(n: int) -> list[Example]:
    return [
        Example(TypingInput(text), event_type, sub)
        for text, event_type, sub in (NOTES * n)
    ]


def test_fitted_model_types_unseen_notes_and_says_which_words_drove_it(tmp_path: Path) -> None:
    """Fitted model types unseen notes and says which words drove it."""
    model = fit(_examples(1), Settings(min_df=1))
    model.meta["name"] = "test"
    model.save(tmp_path / "m")
    loaded = TyperModel.load(tmp_path / "m")
    assert loaded.version.startswith("test-") and loaded.vocab == model.vocab
    [protest, clash] = loaded.predict([
        TypingInput("Hundreds of nurses marched in Accra to demand unpaid salaries."),
        TypingInput("Troops clashed with rebel fighters near Kidal on Sunday."),
    ])
    assert protest.event_type == "Protests" and protest.sub_event_type == "Peaceful protest"
    assert clash.event_type == "Battles" and clash.sub_event_type == "Armed clash"
    assert protest.probability > 0.3 and 0 < (protest.sub_probability or 0) <= 1
    assert {"marched", "to demand", "demand"} & set(protest.words)
    assert not {"marched", "demand"} & set(clash.words)


def test_train_command_reports_held_back_figures_and_writes_a_model_card(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Train command reports held back figures and writes a model card."""
    gold = write_gold(tmp_path / "notes.jsonl")
    out = tmp_path / "model"
    assert main(["train", "--gold", str(gold), "--folds", "0", "--out", str(out)]) == 0
    printed = capsys.readouterr().out
    assert "Validation on 2 held-back examples" in printed and "event_type: accuracy" in printed
    card = (out / "README.md").read_text()
    assert "acleddata.com" in card and "notes.jsonl" in card and "| Protests | 6 |" in card
    model = TyperModel.load(out)
    assert model.meta["n_examples"] == len(NOTES) and set(model.heads) == {
        "event_type", "sub_event_type"}
    # the rules' reading is a feature of the model
    assert any(f.startswith("rule:type=") for f in model.vocab)
    # it knows how many examples of each sub-event type it learned from
    assert sum(model.meta["sub_label_counts"].values()) == sum(1 for n in NOTES if n[2])


def test_pipeline_records_the_model_version_and_the_rules_reading(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Pipeline records the model version and the rules reading."""
    from eventcoder.pipeline import Pipeline

    text = "On 3 March 2024, hundreds of teachers marched in Nairobi to demand unpaid salaries."
    bundled = Pipeline()(Article(id="a", text=text, published="2024-03-04")).events[0]
    assert bundled.typing is not None
    assert bundled.typing["model"] == TyperModel.load(typer_stage.BUNDLED_MODEL).version
    assert bundled.typing["rules"]["event_type"] == "Protests"
    assert bundled.event_type == "Protests" and bundled.to_dict()["typing"]["words"]
    monkeypatch.setenv(typer_stage.MODEL_ENV, "none")
    rules_only = Pipeline()(Article(id="a", text=text, published="2024-03-04")).events[0]
    assert rules_only.typing is None and rules_only.event_type == "Protests"


@pytest.mark.parametrize("text", [
    "A female suicide bomber blew herself up at a mosque in Konduga on Sunday, killing nine "
    "worshippers. Security forces said the insurgents had sent two bombers.",
    "Two suicide bombers struck a market in Mogadishu's Hodan district on Tuesday, killing at "
    "least 12 people, police said. Al-Shabaab fighters later claimed the blast.",
])
def test_the_model_does_not_overrule_a_reading_it_has_few_examples_of(text: str) -> None:
    """Suicide bombings were rare in training: the rules' reading stays, the model's is noted."""
    from eventcoder.pipeline import Pipeline

    event = Pipeline()(Article(id="s", text=text, published="2024-03-04")).events[0]
    assert event.typing is not None and event.typing["rules"]["sub_event_type"] == "Suicide bomb"
    assert (event.event_type, event.sub_event_type) == ("Explosions/Remote violence", "Suicide bomb")
    model = TyperModel.load(typer_stage.BUNDLED_MODEL)
    assert model.meta["sub_label_counts"]["Suicide bomb"] < typer_stage.MIN_EXAMPLES_TO_OVERRULE
    assert model.meta["sub_label_counts"]["Armed clash"] >= typer_stage.MIN_EXAMPLES_TO_OVERRULE
