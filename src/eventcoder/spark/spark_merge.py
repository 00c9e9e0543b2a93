"""Merging on Spark: corpus IDF, blocks as a Spark grouping, the engine per block, orphans once.

See :mod:`eventcoder.spark.blocks` for why these blocks give the answers of one merge over all.
"""

from __future__ import annotations

import logging
from typing import Any

from eventcoder.merge.records import settings
from eventcoder.spark.blocking import blocks_and_idf
from eventcoder.spark.blocks import incident_row, link_orphans, merge_block
from eventcoder.spark.columns import INCIDENT_COLUMNS, as_tuple, names, spark_schema
from eventcoder.spark.rows import merge_event_of

log = logging.getLogger(__name__)

GROUP_COLUMNS = INCIDENT_COLUMNS + [
    ("group_key", "string"), ("order_key", "string"), ("orphan", "bool"), ("host", "bool"),
    ("group_country", "string"), ("span_start", "long"), ("span_end", "long"),
    ("light", "binary"),
]


def _merge_groups(spark: Any, events: Any, partitions: int) -> tuple[Any, Any]:
    """Every block's groups (orphans not yet linked), and the events with their block."""
    index, idf_values, linked = blocks_and_idf(
        events, int(settings()["max_window_days"]), partitions
    )
    log.info("blocking: %d segment(s) linked to others", linked)
    idf, blocks = spark.sparkContext.broadcast(idf_values), spark.sparkContext.broadcast(index)
    heavy = events.select(
        "uid", "record_json", "merge_article_json", "merge_country", "merge_start", "merge_place"
    )
    keyed = heavy.rdd.map(lambda r: (blocks.value.block(r[3], r[4], r[5]), (r[1], r[2])))
    # Blocks are few and uneven (a busy country's run of days is one): dealt by size, not hashed.
    rows = keyed.groupByKey(partitions, lambda block: blocks.value.partition_of[block]).flatMap(
        lambda kv: merge_block(kv[0], [merge_event_of(*x) for x in kv[1]], idf.value)
    )
    groups = spark.createDataFrame(
        rows.map(lambda r: as_tuple(r, GROUP_COLUMNS)), spark_schema(GROUP_COLUMNS),
        verifySchema=False,
    )
    return groups.persist(), heavy


def _orphan_moves(spark: Any, groups: Any) -> tuple[dict[str, str], dict[str, Any], int]:
    """Which orphan groups follow up which incident, the members of every group read (what a
    relink needs: no second query) and the number of groups.

    The orphans are few: collected first (with the count, one job), they go back to the
    workers as a broadcast table, so finding their candidate hosts is a filter over the cached
    groups, not a join that shuffles every group.
    """
    from pyspark.sql import functions as F

    keep = ["group_key", "order_key", "light", "orphan", "component", "event_uids", "main_uids"]
    window = int(settings()["followup_window_days"])
    total = groups.agg(F.count(F.lit(1)).alias("n_groups"))
    rows = (
        groups.filter("orphan").select(*keep, "group_country", "span_start", "span_end")
        .unionByName(total, allowMissingColumns=True).collect()
    )
    n_groups = sum(r["n_groups"] for r in rows if r["group_key"] is None)
    orphans = [r for r in rows if r["group_key"] is not None]
    if not orphans:
        return {}, {}, n_groups
    windows = spark.createDataFrame(
        sorted({(r["group_country"], r["span_start"], r["span_end"]) for r in orphans}, key=str),
        "group_country string, o_start long, o_end long",
    )
    found = groups.filter("host AND NOT orphan").join(F.broadcast(windows), "group_country").filter(
        F.col("o_start").isNull() | F.col("span_start").isNull()
        | ((F.col("span_start") - 1 <= F.col("o_end"))
           & (F.col("o_start") <= F.col("span_end") + window))
    ).select(*keep).collect()
    hosts = list({r["group_key"]: r for r in found}.values())  # a host near two orphans: once
    moves = link_orphans([r.asDict() for r in orphans], [r.asDict() for r in hosts])
    return moves, {r["group_key"]: r for r in orphans + hosts}, n_groups


def _relinked(spark: Any, members: dict[str, Any], heavy: Any, moves: dict[str, str]) -> Any:
    """Incident rows of the hosts that gained follow-ups, rebuilt from their events.

    Their events are few: read from the cached events by a filter and rebuilt on the driver,
    not joined and grouped by a shuffle.
    """
    from pyspark.sql import functions as F

    affected = sorted(set(moves) | set(moves.values()))
    place: dict[str, tuple[str, bool]] = {}  # event uid → (host group, is a main event)
    for key in affected:
        row = members[key]
        main = set(row["main_uids"]) if key not in moves else set()
        for uid in row["event_uids"]:
            place[uid] = (moves.get(key, key), uid in main)
    found = heavy.filter(F.col("uid").isin(sorted(place))).select(
        "uid", "record_json", "merge_article_json"
    ).collect()
    by_host: dict[str, tuple[list[Any], list[Any]]] = {}
    for uid, record_json, article_json in sorted(found):
        host, is_main = place[uid]
        main, followups = by_host.setdefault(host, ([], []))
        (main if is_main else followups).append(merge_event_of(record_json, article_json))
    rows = [
        as_tuple(incident_row(members[host]["component"], main, followups, set()), INCIDENT_COLUMNS)
        for host, (main, followups) in sorted(by_host.items())
    ]
    return spark.createDataFrame(rows, spark_schema(INCIDENT_COLUMNS), verifySchema=False), affected


def merge_incidents(spark: Any, events: Any, partitions: int) -> tuple[Any, int]:
    """The incidents of all events as one merge over everything gives them, and their number."""
    groups, heavy = _merge_groups(spark, events, partitions)
    moves, members, n_groups = _orphan_moves(spark, groups)  # the pass that fills the cache
    log.info("merge: %d group(s) from the blocks", n_groups)
    log.info("merge: %d orphan follow-up group(s) linked across blocks", len(moves))
    incidents = groups.select(*names(INCIDENT_COLUMNS))
    if moves:
        rebuilt, affected = _relinked(spark, members, heavy, moves)
        keep = groups.filter(~groups.group_key.isin(affected)).select(*names(INCIDENT_COLUMNS))
        incidents = keep.unionByName(rebuilt)
    # Each moved group joins a host that stays (a host is never an orphan): one row fewer each.
    return incidents, n_groups - len(moves)
