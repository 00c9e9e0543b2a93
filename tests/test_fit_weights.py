"""The event-place weights: read from one checked table, fitted by logistic regression."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from eventcoder.errors import ConfigError
from eventcoder.fit.weights import FEATURES, EventExamples, fit, top1_rate, write_event_place_block
from eventcoder.weights import REQUIRED, clear_cache, weights

REPO = Path(__file__).resolve().parents[1]


def _row(**on: float) -> dict[str, float]:
    return {"intercept": 1.0, **{k: 0.0 for k in FEATURES}, **on}


def _events() -> list[EventExamples]:
    """Right places sit in a locative phrase near the trigger; wrong ones are far, bare mentions."""
    events = []
    for i in range(40):
        right = _row(locative=1.0, closeness=0.9, kind_rank=1.0)
        wrong = _row(plain_mention=1.0, closeness=0.1 * (i % 3), kind_rank=0.25)
        events.append(EventExamples(f"e{i}", [wrong, right], [0, 1]))
    events.append(EventExamples("odd", [_row(locative=1.0, kind_rank=1.0)], [0]))
    return events


def test_fitted_weights_rank_the_right_place_first() -> None:
    fitted = fit(_events())
    assert set(fitted) == REQUIRED["event_place"]
    assert fitted["locative"] > 0 > fitted["plain_mention"]
    assert top1_rate(_events(), fitted) == 1.0
    backwards = {k: -v for k, v in fitted.items()}
    assert top1_rate(_events(), backwards) == 0.0


def test_written_block_replaces_only_the_event_place_weights(tmp_path: Path) -> None:
    table = tmp_path / "weights.yaml"
    table.write_text((REPO / "src/eventcoder/data/weights.yaml").read_text(encoding="utf-8"))
    new = {"intercept": -1.0, **{k: 0.5 for k in FEATURES}}
    write_event_place_block(table, new, "held-back 3 events", "train.jsonl", 10)
    write_event_place_block(table, new, "held-back 3 events", "train.jsonl", 10)  # one comment
    text = table.read_text(encoding="utf-8")
    data = yaml.safe_load(text)
    assert data["event_place"] == new
    assert data["generic"]["threshold"] == 1.0 and "military_words" in data["violence_typing"]
    assert text.count("# FITTED by") == 1


def test_a_misspelt_key_is_an_error_naming_the_file_and_key(tmp_path: Path, monkeypatch) -> None:
    bad = tmp_path / "weights.yaml"
    text = (REPO / "src/eventcoder/data/weights.yaml").read_text(encoding="utf-8")
    bad.write_text(text.replace("  locative:", "  locatve:"), encoding="utf-8")
    monkeypatch.setenv("EVENTCODER_WEIGHTS", str(bad))
    clear_cache()
    try:
        with pytest.raises(ConfigError, match=r"weights.yaml: block 'event_place'.*locatve"):
            weights("event_place")
    finally:
        monkeypatch.delenv("EVENTCODER_WEIGHTS")
        clear_cache()
    assert weights("event_place")["locative"] != 0
