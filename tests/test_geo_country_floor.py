"""Regression floor on the event's country (issue 13): on acled_dev.jsonl (870 scored lines) the
country was right on 0.892 of lines with `source` and 0.778 without it on 2026-12-03 (0.877 and
0.770 before outlet titles, firm publishers and unit nouns). Lowering a floor needs a reason in the
changelog."""

from __future__ import annotations

import pytest

from eventcoder.eval.acled import evaluate

FLOOR_WITH_SOURCE = 0.885
FLOOR_WITHOUT_SOURCE = 0.774


@pytest.mark.slow
@pytest.mark.parametrize(("drop_source", "floor"), [(False, FLOOR_WITH_SOURCE),
                                                    (True, FLOOR_WITHOUT_SOURCE)])
def test_acled_dev_country_floor(shared_dir, drop_source: bool, floor: float) -> None:
    path = shared_dir / "eval/acled_dev.jsonl"
    if not path.is_file():
        pytest.skip("acled_dev.jsonl not in shared/")
    rate = evaluate(path, progress=False, drop_source=drop_source)["country"]["rate"]
    assert rate >= floor, f"country fell to {rate} (floor {floor}, source dropped: {drop_source})"
