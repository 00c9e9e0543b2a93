"""Batch commands tune the garbage collector: larger rounds, loaded tables frozen after warm-up."""

from __future__ import annotations

import gc

from eventcoder.cli._gc import BATCH_THRESHOLDS, freeze_after_first, tune_for_batch


def test_tuning_sets_the_batch_thresholds() -> None:
    before = gc.get_threshold()
    try:
        tune_for_batch()
        assert gc.get_threshold() == BATCH_THRESHOLDS
    finally:
        gc.set_threshold(*before)


def test_objects_alive_after_the_first_item_are_frozen_and_items_pass_unchanged() -> None:
    gc.unfreeze()
    try:
        texts = ["Gunmen killed three farmers near Kaduna.", "Protesters marched in Lilongwe."]
        stream = freeze_after_first(iter(texts))
        assert next(stream) == texts[0]
        assert gc.get_freeze_count() == 0  # nothing frozen until the first item is used
        table = {f"place-{i}": [i] for i in range(1000)}  # a table loaded while the first ran
        assert next(stream) == texts[1]
        assert gc.get_freeze_count() >= len(table)
        assert list(stream) == []
    finally:
        gc.unfreeze()
