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


def _orphan_moves(groups: Any) -> tuple[dict[str, str], dict[str, Any], int]:
    """Which orphan groups follow up which incident (candidates filtered in Spark), the members
    of every group read (what a relink needs: no second query) and the number of groups."""
    from pyspark.sql import functions as F

    keep = ["group_key", "order_key", "light", "orphan", "component", "event_uids", "main_uids"]
    window = int(settings()["followup_window_days"])
    o = groups.filter("orphan").select(
        "group_country", F.col("span_start").alias("o_start"), F.col("span_end").alias("o_end")
    )
    hosts = groups.filter("host AND NOT orphan").join(o, "group_country").filter(
        F.col("o_start").isNull() | F.col("span_start").isNull()
        | ((F.col("span_start") - 1 <= F.col("o_end"))
           & (F.col("o_start") <= F.col("span_end") + window))
    ).dropDuplicates(["group_key"])
    # Orphans, their candidate hosts and the number of groups in one query: one job, not three.
    total = groups.agg(F.count(F.lit(1)).alias("n_groups"))
    rows = (
        groups.filter("orphan").select(*keep).unionByName(hosts.select(*keep))
        .unionByName(total, allowMissingColumns=True).collect()
    )
    n_groups = sum(r["n_groups"] for r in rows if r["group_key"] is None)
    rows = [r for r in rows if r["group_key"] is not None]
    orphans = [r.asDict() for r in rows if r["orphan"]]
    if not orphans:
        return {}, {}, n_groups
    moves = link_orphans(orphans, [r.asDict() for r in rows if not r["orphan"]])
    return moves, {r["group_key"]: r for r in rows}, n_groups


def _relinked(
    spark: Any, members: dict[str, Any], heavy: Any, moves: dict[str, str], partitions: int
) -> Any:
    """Incident rows of the hosts that gained follow-ups, rebuilt from their events."""
    affected = sorted(set(moves) | set(moves.values()))
    info = {key: members[key] for key in affected}
    assign = []
    for key, row in info.items():
        host = moves.get(key, key)
        main = set(row["main_uids"]) if key not in moves else set()
        for uid in row["event_uids"]:
            assign.append((uid, host, info[host]["component"], uid in main))
    table = spark.createDataFrame(assign, "uid string, host string, comp string, is_main boolean")
    joined = heavy.select("uid", "record_json", "merge_article_json").join(table, "uid")

    def build(kv: tuple[str, Any]) -> tuple[Any, ...]:
        items = list(kv[1])
        main = [merge_event_of(r, a) for m, r, a, _c in items if m]
        followups = [merge_event_of(r, a) for m, r, a, _c in items if not m]
        row = incident_row(items[0][3], main, followups, set())
        return as_tuple(row, INCIDENT_COLUMNS)

    rows = joined.rdd.map(
        lambda r: (r["host"], (r["is_main"], r["record_json"], r["merge_article_json"], r["comp"]))
    ).groupByKey(partitions).map(build)
    return spark.createDataFrame(
        rows, spark_schema(INCIDENT_COLUMNS), verifySchema=False
    ), affected


def merge_incidents(spark: Any, events: Any, partitions: int) -> tuple[Any, int]:
    """The incidents of all events as one merge over everything gives them, and their number."""
    groups, heavy = _merge_groups(spark, events, partitions)
    moves, members, n_groups = _orphan_moves(groups)  # the one pass that fills the cache
    log.info("merge: %d group(s) from the blocks", n_groups)
    log.info("merge: %d orphan follow-up group(s) linked across blocks", len(moves))
    incidents = groups.select(*names(INCIDENT_COLUMNS))
    if moves:
        rebuilt, affected = _relinked(spark, members, heavy, moves, partitions)
        keep = groups.filter(~groups.group_key.isin(affected)).select(*names(INCIDENT_COLUMNS))
        incidents = keep.unionByName(rebuilt)
    # Each moved group joins a host that stays (a host is never an orphan): one row fewer each.
    return incidents, n_groups - len(moves)
