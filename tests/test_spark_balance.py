"""Extraction partitions are dealt by text length: each ends with about the same work."""

from __future__ import annotations

import json
from collections import Counter

from eventcoder.spark.balance import ARTICLE_OVERHEAD_CHARS, deal_by_length, row_weight

SHORT = "Gunmen killed two farmers near Gao on Monday, residents said."
LONG = " ".join([
    "Security forces clashed with al-Shabaab fighters on the outskirts of Afgoye on Tuesday,",
    "and the fighting spread to nearby villages as residents fled towards Mogadishu.",
] * 12)


def _row(number: int, text: str) -> tuple[str, int, str, str]:
    return ("news.jsonl", number, "jsonl", json.dumps({"id": f"a{number}", "text": text}))


def test_long_reports_are_spread_over_the_partitions() -> None:
    # Every fifth report is long: dealt round robin, they would all land in one of five partitions.
    rows = [_row(k, LONG if k % 5 == 0 else SHORT) for k in range(200)]
    dealt = list(deal_by_length(0, rows, 5))
    load = Counter()
    for target, row in dealt:
        load[target] += row_weight(row)
    assert sorted(row for _t, row in dealt) == sorted(rows)  # every row once
    assert max(load.values()) - min(load.values()) <= row_weight(_row(0, LONG))
    longs = Counter(target for target, row in dealt if LONG[:40] in row[3])
    assert len(longs) == 5


def test_each_input_partition_starts_at_another_target() -> None:
    firsts = {next(deal_by_length(i, [_row(i, SHORT)], 4))[0] for i in range(4)}
    assert firsts == {0, 1, 2, 3}


def test_an_empty_payload_still_weighs_an_article() -> None:
    assert row_weight(("f", 1, "jsonl", "")) == ARTICLE_OVERHEAD_CHARS
