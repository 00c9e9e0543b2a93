"""One training run: gather examples; choose the settings and fit the thresholds by k-fold
cross-validation on them (refining from the store: hold back 10%), refit on all, write the dir."""

from __future__ import annotations

import datetime as dt
import time
from collections import Counter
from collections.abc import Sequence
from dataclasses import asdict
from pathlib import Path
from typing import Any

from eventcoder.errors import InputError
from eventcoder.typer.calibrate import creation_threshold, hold_back_unread, overrule_threshold
from eventcoder.typer.model import CREATE_THRESHOLD_KEY, OVERRULE_THRESHOLD_KEY, TyperModel
from eventcoder.typer.report import validate, validate_readings, write_card
from eventcoder.typer.train import (
    Example,
    Settings,
    fit,
    gold_examples,
    read_gold_lines,
    split_held_back,
)


def gather(
    gold: Sequence[Path], store: Any | None, settings: Settings, limit: int | None = None
) -> tuple[list[Example], list[Example]]:
    """(gold examples, store examples); store examples weigh ``settings.store_weight`` with gold."""
    gold_ex = gold_examples(read_gold_lines(gold, limit)) if gold else []
    store_ex: list[Example] = []
    if store is not None:
        from eventcoder.typer.store_data import store_examples

        store_ex = store_examples(store, weight=settings.store_weight if gold_ex else 1.0)
    if not gold_ex and not store_ex:
        raise InputError("Nothing to train on: no gold lines and no analysts' work in the store.")
    return gold_ex, store_ex


def train_model(
    gold_ex: list[Example],
    store_ex: list[Example],
    settings: Settings,
    base: TyperModel | None,
    sources: list[str],
) -> tuple[TyperModel, dict[str, Any]]:
    """Choose settings, validate and fit the thresholds by cross-validation (``cv_folds`` < 2:
    on a held-back 10%), then fit on everything; with no gold, refine ``base`` (keeping its
    thresholds)."""
    started = time.monotonic()
    examples = gold_ex + store_ex
    if not gold_ex and base is None:
        raise InputError("Training from the store alone needs a base model (--base).")
    start_from = None if gold_ex else base
    if start_from is None and settings.cv_folds > 1:
        settings, figures, (overrule, n_disagree), (threshold, n_unread) = _cross_validated(
            examples, settings)
    else:
        kept, held = split_held_back(examples)
        kept, held_unread = hold_back_unread(kept)
        check = fit(kept, settings, start_from)
        figures = validate(check, held) if held else {"n": 0}
        if start_from is None:
            threshold, n_unread = creation_threshold(check, held + held_unread)
            overrule, n_disagree = overrule_threshold(check, held)
        else:  # a few corrections are too few to fit thresholds on: the base model's stay
            threshold = start_from.meta.get(CREATE_THRESHOLD_KEY)
            overrule = start_from.meta.get(OVERRULE_THRESHOLD_KEY)
            n_unread = start_from.meta.get("create_fitted_on", 0)
            n_disagree = start_from.meta.get("overrule_fitted_on", 0)
    model = fit(examples, settings, start_from)
    model.meta.update(
        {
            "name": "typer",
            "trained": dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC"),
            "seconds": round(time.monotonic() - started, 1),
            "sources": sources + ([f"base model {base.version}"] if start_from else []),
            "n_examples": len(examples) + (int(base.meta.get("n_examples", 0)) if start_from else 0),
            "n_store": len(store_ex),
            "label_counts": dict(Counter(ex.event_type for ex in examples)),
            "sub_label_counts": dict(
                Counter(base.meta.get("sub_label_counts") or {} if start_from else {})
                + Counter(ex.sub_event_type for ex in examples if ex.sub_event_type)
            ),
            "settings": asdict(settings),
            CREATE_THRESHOLD_KEY: threshold,
            "create_fitted_on": n_unread,
            OVERRULE_THRESHOLD_KEY: overrule,
            "overrule_fitted_on": n_disagree,
            "validation": {
                h: (figures.get(h) or {}).get("accuracy") for h in ("event_type", "sub_event_type")
            },
        }
    )
    return model, figures


def _cross_validated(
    examples: list[Example], settings: Settings
) -> tuple[Settings, dict[str, Any], tuple[float | None, int], tuple[float | None, int]]:
    """(chosen settings, out-of-fold figures, overrule and creation thresholds with their n)."""
    from eventcoder.typer.crossval import choose_settings, fitted_thresholds

    log: list[str] = []
    result = choose_settings(examples, settings, settings.cv_folds, log)
    figures = validate_readings(examples, result.predictions)
    figures["folds"] = settings.cv_folds
    figures["weighed"] = {"event_type": round(result.type_accuracy, 3),
                          "sub_event_type": round(result.sub_accuracy, 3)}
    figures["tried"] = log
    overrule, created = fitted_thresholds(examples, result, settings.cv_folds)
    return result.settings, figures, overrule, created


def save_model(model: TyperModel, figures: dict[str, Any], out: Path) -> None:
    """Write the model directory: parameters and the model card."""
    model.save(out)
    write_card(model, figures, out)
