"""The fitted arbiter: who decides when the typer and the trigger rules give different types."""

from __future__ import annotations

from collections import Counter

from eventcoder.document import Event
from eventcoder.typer import stage as typer_stage
from eventcoder.typer.arbiter import ARBITER_KEY, Disagreement, model_preferred
from eventcoder.typer.arbiter_fit import country_folds, fit_arbiter
from eventcoder.typer.features import TypingInput
from eventcoder.typer.model import Prediction, TyperModel
from eventcoder.typer.train import Example

SUB_COUNTS = {"Armed clash": 1600, "Suicide bomb": 4, "Looting/property destruction": 54,
              "Mob violence": 600, "Attack": 1400}


def _probabilities(top: str, p_top: float, second: str) -> dict[str, float]:
    return {top: p_top, second: round(1.0 - p_top - 0.02, 3), "Protests": 0.02}


def _cases() -> list[Disagreement]:
    """A model that is right when it reads a fight where the rules read a bombing, and wrong
    when it reads a riot where the rules read looting, whatever its probability."""
    cases = []
    for k in range(40):
        p = 0.55 + 0.01 * k
        cases.append(Disagreement("Explosions/Remote violence", "Suicide bomb",
                                  _probabilities("Battles", p, "Explosions/Remote violence"),
                                  "Battles", k % 10 != 0))
        cases.append(Disagreement("Strategic developments", "Looting/property destruction",
                                  _probabilities("Riots", p, "Strategic developments"),
                                  "Riots", k % 10 == 0))
    return cases


def test_the_arbiter_learns_which_disagreements_the_model_wins() -> None:
    """The same probability counts differently for different pairs of readings."""
    arbiter = fit_arbiter(_cases(), SUB_COUNTS)
    assert arbiter["n"] == 80 and arbiter["model_right"] == 40
    assert len(arbiter["coef"]) == len(arbiter["features"])
    fight = _probabilities("Battles", 0.7, "Explosions/Remote violence")
    riot = _probabilities("Riots", 0.7, "Strategic developments")
    assert model_preferred(arbiter, "Explosions/Remote violence", "Suicide bomb", fight,
                           "Battles", SUB_COUNTS)
    assert not model_preferred(arbiter, "Strategic developments", "Looting/property destruction",
                               riot, "Riots", SUB_COUNTS)


def test_the_pipeline_asks_the_arbiter_only_when_the_event_types_differ() -> None:
    """With an arbiter in the model's metadata it decides disagreements on the event type; an
    agreement on the type keeps the older gate on the sub-event type."""
    model = TyperModel.load(typer_stage.BUNDLED_MODEL)
    model.meta = dict(model.meta)
    model.meta[ARBITER_KEY] = fit_arbiter(_cases(), SUB_COUNTS)
    bombing = Event(id="e1", event_type="Explosions/Remote violence", sub_event_type="Suicide bomb")
    fight = Prediction("Battles", 0.62, "Armed clash", 0.9,
                       type_probabilities=_probabilities("Battles", 0.62,
                                                         "Explosions/Remote violence"))
    assert typer_stage.model_decides(model, bombing, fight)
    looting = Event(id="e2", event_type="Strategic developments",
                    sub_event_type="Looting/property destruction")
    riot = Prediction("Riots", 0.9, "Mob violence", 0.8,
                      type_probabilities=_probabilities("Riots", 0.9, "Strategic developments"))
    assert not typer_stage.model_decides(model, looting, riot)
    same_type = Prediction("Explosions/Remote violence", 0.9, "Grenade", 0.8,
                           type_probabilities={"Explosions/Remote violence": 0.9})
    assert not typer_stage.model_decides(model, bombing, same_type)  # 4 suicide bombings: too few


def test_predictions_carry_every_event_types_probability() -> None:
    """The arbiter weighs the model's probability for the rules' type, not only its top one."""
    model = TyperModel.load(typer_stage.BUNDLED_MODEL)
    item = TypingInput("Gunmen attacked an army patrol near Mopti, killing two soldiers.",
                       "Battles", "Armed clash")
    prediction = model.predict([item])[0]
    assert set(prediction.type_probabilities) >= {"Battles", "Riots", "Protests"}
    assert abs(sum(prediction.type_probabilities.values()) - 1.0) < 1e-2
    assert prediction.type_probabilities[prediction.event_type] == max(
        prediction.type_probabilities.values())


def test_folds_hold_small_countries_whole_and_spread_a_large_one() -> None:
    """Out-of-fold predictions read small countries unseen; a dominant country is split."""
    def example(country: str) -> Example:
        return Example(TypingInput("x"), "Battles", country=country)
    examples = [example("Kenya") for _ in range(60)] + [example(c) for c in
                                                        ("Mali", "Chad", "Peru") for _ in range(5)]
    folds = country_folds(examples, k=5)
    for country in ("Mali", "Chad", "Peru"):
        assert len({f for ex, f in zip(examples, folds, strict=True) if ex.country == country}) == 1
    kenya = Counter(f for ex, f in zip(examples, folds, strict=True) if ex.country == "Kenya")
    assert sorted(kenya.values()) == [12] * 5
