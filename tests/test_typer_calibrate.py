"""Fitted thresholds of the typer: when it overrules the rules, and when it reports an event the
rules could not read."""

from __future__ import annotations

import pytest

from eventcoder.document import Article, Event
from eventcoder.typer import stage as typer_stage
from eventcoder.typer.calibrate import gain_threshold, hold_back_unread
from eventcoder.typer.features import TypingInput
from eventcoder.typer.model import (
    CREATE_THRESHOLD_KEY,
    OVERRULE_THRESHOLD_KEY,
    Prediction,
    TyperModel,
)
from eventcoder.typer.train import Example


def test_gain_threshold_stops_where_the_readings_stop_paying() -> None:
    """The threshold sits where acting on every reading at least as sure gained the most."""
    probabilities = [0.99, 0.95, 0.9, 0.8, 0.7, 0.6, 0.5, 0.4]
    right = [True, True, False, True, True, False, False, True]
    assert gain_threshold(probabilities, right) == 0.7
    # every reading wrong: no probability is enough
    assert gain_threshold([0.9, 0.8], [False, False]) is None
    # tied probabilities are acted on together: the threshold cannot split them
    assert gain_threshold([0.9, 0.9, 0.5], [True, False, True]) == 0.5
    assert gain_threshold([0.9, 0.9], [True, False]) is None


def test_notes_the_rules_read_nothing_in_are_held_back_by_half() -> None:
    """Notes without a reading of the rules are held back by half, the others all kept."""
    read = [Example(TypingInput(f"read {k}", "Battles", "Armed clash", ["battle"]), "Battles")
            for k in range(10)]
    unread = [Example(TypingInput(f"unread {k}"), "Strategic developments") for k in range(10)]
    kept, held = hold_back_unread(read + unread)
    assert len(held) == 5 and all(ex.item.rule_event_type is None for ex in held)
    assert len(kept) == 15 and all(ex in kept for ex in read)


def _model() -> TyperModel:
    return TyperModel.load(typer_stage.BUNDLED_MODEL)


def test_the_model_overrules_the_rules_type_only_when_sure_enough() -> None:
    """Below the fitted threshold the rules' event type stays; the sub-event type may change."""
    model = _model()
    threshold = float(model.meta[OVERRULE_THRESHOLD_KEY])
    assert 0.0 < threshold < 1.0
    event = Event(id="e1", event_type="Battles", sub_event_type="Armed clash")
    other = Prediction("Violence against civilians", threshold - 0.01, "Attack", 0.9)
    assert not typer_stage.sure_enough(model, event, other)
    assert typer_stage.sure_enough(model, event, Prediction(
        "Violence against civilians", threshold, "Attack", 0.9))
    assert typer_stage.sure_enough(model, event, Prediction("Battles", 0.4, "Armed clash", 0.6))


# Short dated notes in words no trigger covers: convoys, fortifications.
UNREAD_NOTES = [
    "On 2 June 2019, two military convoys entered Idleb via the Kafr Lusin border crossing and "
    "headed to observation posts in the area.",
    "On 3 April 2019, a column of Russian military vehicles entered Qamishli via the Semalka "
    "crossing.",
    "On 18 August 2020, Houthi forces built new earth berms and trenches south of Al Jawf city.",
]


@pytest.mark.parametrize("text", UNREAD_NOTES)
def test_a_short_dated_note_the_rules_read_nothing_in_gets_the_models_event(text: str) -> None:
    """The typer reports one event, marked as its own reading, with the dated sentence as
    evidence; the rules alone report none."""
    from eventcoder.pipeline import Pipeline

    assert not Pipeline(stages=["events"])(Article(id="u", text=text)).events
    events = Pipeline()(Article(id="u", text=text, published="2021-03-13")).events
    assert len(events) == 1
    event = events[0]
    assert event.typing is not None and event.typing["rules"]["event_type"] is None
    assert event.typing["probability"] >= _model().meta[CREATE_THRESHOLD_KEY]
    assert event.event_type == "Strategic developments"
    assert "no trigger word" in event.notes["event"]
    assert any(ev.field == "event" for ev in event.evidence)


@pytest.mark.parametrize("text", [
    # no point in time: no happening is reported
    "Government forces have established fortifications east of Marib city.",
    # a long commentary: past the length of a coder's note
    " ".join(["The minister said the talks on the new constitution would resume soon."] * 4
             + ["On 4 May 2020, the committee met in the capital."] * 4),
])
def test_no_event_is_made_up_for_undated_notes_or_long_articles(text: str) -> None:
    """Without a date, or in a text longer than a note, no event is created."""
    from eventcoder.pipeline import Pipeline

    assert not Pipeline()(Article(id="n", text=text, published="2020-05-05")).events
