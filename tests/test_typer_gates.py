"""When the typer's reading replaces the rules': another event type by the fitted threshold alone,
another sub-event type only of a type the model learned enough examples of."""

from __future__ import annotations

import pytest

from eventcoder.document import Article, Event
from eventcoder.typer import stage as typer_stage
from eventcoder.typer.model import OVERRULE_THRESHOLD_KEY, Prediction, TyperModel


def _model() -> TyperModel:
    return TyperModel.load(typer_stage.BUNDLED_MODEL)


def test_another_event_type_needs_the_threshold_not_the_examples_gate() -> None:
    """Few training suicide bombings stop the model from renaming the explosion, not from
    reading a fight where it is sure enough of one."""
    model = _model()
    threshold = float(model.meta[OVERRULE_THRESHOLD_KEY])
    bombing = Event(id="e1", event_type="Explosions/Remote violence", sub_event_type="Suicide bomb")
    assert not typer_stage.overrulable(model, bombing)
    assert typer_stage.model_decides(model, bombing, Prediction("Battles", threshold, "Armed clash", 0.9))
    assert not typer_stage.model_decides(
        model, bombing, Prediction("Battles", threshold - 0.01, "Armed clash", 0.9))
    assert not typer_stage.model_decides(model, bombing, Prediction(
        "Explosions/Remote violence", 0.95, "Remote explosive/landmine/IED", 0.8))


@pytest.mark.parametrize("text", [
    "Troops of Operation Hadin Kai intercepted and shot dead two suspected suicide bombers at a "
    "checkpoint in Konduga on Friday.",
    "Police intercepted two suicide bombers at a checkpoint outside Peshawar on Friday and killed "
    "both in an exchange of fire.",
    "Afghan commandos shot dead a would-be suicide bomber before he could reach their base in "
    "Helmand on Monday, a spokesman said.",
])
def test_suicide_bombers_stopped_by_armed_forces_are_a_fight(text: str) -> None:
    """Bombers killed by soldiers or police before they strike: the model's Battles stands."""
    from eventcoder.pipeline import Pipeline

    event = Pipeline()(Article(id="s", text=text, published="2022-06-01")).events[0]
    assert event.typing is not None
    assert event.typing["rules"]["sub_event_type"] == "Suicide bomb"
    assert event.event_type == "Battles"


def test_a_suicide_bombing_that_went_off_stays_one() -> None:
    """A bomber who struck a convoy: the rules' explosion and its sub-event type stay."""
    from eventcoder.pipeline import Pipeline

    text = ("A suicide bomber drove a car into a MINUSMA convoy near Gao on Tuesday, wounding four "
            "peacekeepers.")
    event = Pipeline()(Article(id="m", text=text, published="2022-06-01")).events[0]
    assert (event.event_type, event.sub_event_type) == ("Explosions/Remote violence", "Suicide bomb")
