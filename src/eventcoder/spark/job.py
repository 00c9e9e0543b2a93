"""The Spark job: read → extract (mapPartitions) → block → merge each block → write Parquet."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from typing import Any

from eventcoder.spark.balance import balanced
from eventcoder.spark.columns import (
    ARTICLE_COLUMNS,
    EVENT_COLUMNS,
    INCIDENT_COLUMNS,
    names,
    spark_schema,
)
from eventcoder.spark.inputs import ARTICLE_FIELDS, file_kind, list_input_files, record_payload
from eventcoder.spark.session import ProgressLog, default_parallelism, local_cores, spark_session
from eventcoder.spark.spark_merge import merge_incidents
from eventcoder.spark.tables import run_timings, staging_dir, swap_in
from eventcoder.spark.together import run_together
from eventcoder.spark.worker import EVENT_STRUCT, EXTRACT_COLUMNS, process_partition

log = logging.getLogger(__name__)


def _file_rdd(spark: Any, file: str) -> Any:
    """(file, line, kind, payload) rows of one input file, line numbers as the local reader."""
    sc = spark.sparkContext
    if file_kind(file) == "parquet":
        df = spark.read.parquet(file)
        cols = [c for c in ARTICLE_FIELDS if c in df.columns]
        rows = df.select(*[df[c].cast("string").alias(c) for c in cols]).rdd
        return rows.zipWithIndex().map(
            lambda ri, f=file: (f, ri[1] + 1, "record", record_payload(ri[0].asDict()))
        )
    # One partition per file block (Spark's default asks for two): a file of one partition is
    # numbered without a counting job of its own, which would also wait on the workers' start.
    lines = sc.textFile(file, minPartitions=1).zipWithIndex()
    return lines.filter(lambda li: li[0].strip()).map(
        lambda li, f=file: (f, li[1] + 1, "jsonl", li[0])
    )


def hadoop_files(spark: Any, uri: str) -> list[str]:
    """Input files under a cluster URI (hdfs://, s3a://, ...), listed by Hadoop, sorted."""
    path = spark._jvm.org.apache.hadoop.fs.Path(uri)
    fs = path.getFileSystem(spark._jsc.hadoopConfiguration())
    if fs.getFileStatus(path).isFile():
        return [uri]
    found, entries = [], fs.listFiles(path, True)
    while entries.hasNext():
        entry = entries.next().getPath()
        if file_kind(entry.getName()) and not entry.getName().startswith((".", "_")):
            found.append(entry.toString())
    return sorted(found)


def read_payloads(spark: Any, input_path: str, partitions: int) -> Any:
    """All input rows, spread over ``partitions`` partitions for extraction."""
    remote = "://" in input_path and not input_path.startswith("file:")
    files = hadoop_files(spark, input_path) if remote else list_input_files(input_path)
    rdds = [_file_rdd(spark, f) for f in files]
    union = rdds[0] if len(rdds) == 1 else spark.sparkContext.union(rdds)
    return balanced(union, partitions)


def article_stats(df: Any) -> dict[str, int]:
    """Articles, distinct ids (null counts as one id), errors and events, in one pass over ``df``."""
    from pyspark.sql import functions as F

    row = df.agg(
        F.count(F.lit(1)).alias("articles"),
        (F.countDistinct("article_id") + F.max(F.col("article_id").isNull().cast("int")))
        .alias("ids"),
        F.sum(F.when(F.col("status") == "error", 1).otherwise(0)).alias("errors"),
        F.sum("n_events").alias("events"),
    ).first()
    return {key: int(row[key] or 0) for key in ("articles", "ids", "errors", "events")}


def extract(spark: Any, input_path: str, partitions: int) -> tuple[Any, dict[str, int]]:
    """One row per article (first row per id wins), events nested, cached; and its counts."""
    from pyspark import StorageLevel
    from pyspark.sql import Window
    from pyspark.sql import functions as F
    from pyspark.sql import types as T

    schema = T.StructType(
        spark_schema(EXTRACT_COLUMNS).fields
        + [T.StructField("events", T.ArrayType(spark_schema(EVENT_STRUCT)), True)]
    )
    rows = read_payloads(spark, input_path, partitions).mapPartitions(process_partition)
    # Rows are built to the schema by our own code: skip Spark's per-row check (slow in Python).
    df = spark.createDataFrame(rows, schema, verifySchema=False)
    df = df.persist(StorageLevel.MEMORY_AND_DISK)
    stats = article_stats(df)  # the one pass that extracts and fills the cache
    if stats["ids"] == stats["articles"]:
        return df, stats  # the usual case: no id twice, no shuffle of whole documents
    first = Window.partitionBy("article_id").orderBy("file", "line")
    unique = df.withColumn("_n", F.row_number().over(first)).filter("_n = 1").drop("_n")
    unique = unique.persist(StorageLevel.MEMORY_AND_DISK)
    stats = article_stats(unique)
    df.unpersist()
    return unique, stats


# Rows of the merge side (one per event) per shuffle partition: each partition of each of the
# merge's stages costs the JVM a task, which dwarfs the work on a few thousand small rows.
EVENTS_PER_PARTITION = 20_000


def merge_partitions(events: int, cores: int) -> int:
    """Partitions for the merge and the writes: by the event count, one to four per core."""
    return max(cores, min(4 * cores, -(-events // EVENTS_PER_PARTITION)))


def _write(df: Any, path: str, partition: str | None = None) -> None:
    writer = df.write.mode("overwrite")
    if partition:
        writer = writer.partitionBy(partition)
    writer.parquet(path)


def merge_and_write(
    spark: Any, articles: Any, stats: dict[str, int], stage: Any, conf: dict[str, str] | None = None
) -> tuple[int, float]:
    """Merge the extracted articles' events and write the three tables into ``stage``; return
    the number of incidents and the time the merge was done (incidents still to write)."""
    from pyspark import StorageLevel
    from pyspark.sql import functions as F

    sc = spark.sparkContext
    cores = default_parallelism(spark)
    small = merge_partitions(stats["events"], cores)
    if "spark.sql.shuffle.partitions" not in (conf or {}):  # a setting given wins
        spark.conf.set("spark.sql.shuffle.partitions", str(small))
    exploded = articles.select("merge_article_json", F.explode("events").alias("e")).select(
        "merge_article_json", "e.*"
    )
    # Every merge step reads the events: exploded once, cached.
    events = exploded.coalesce(small).persist(StorageLevel.MEMORY_AND_DISK)

    def merge_then_write() -> tuple[int, float]:
        sc.setJobDescription("eventcoder: merge events into incidents")
        incidents, n_incidents = merge_incidents(spark, events, small)
        merged_at = time.perf_counter()
        sc.setJobDescription("eventcoder: write incidents")
        _write(incidents.select(*names(INCIDENT_COLUMNS)).coalesce(1), str(stage / "incidents"))
        return n_incidents, merged_at

    def write_events() -> None:
        sc.setJobDescription("eventcoder: write events")
        # One file per day, not one per day and task: days are many, tasks write a few each.
        # A single merge partition writes them all from one task: no shuffle needed for that.
        # (Not from the cached ``events``: this job would fill that cache ahead of the merge.)
        table = exploded.select(*names(EVENT_COLUMNS))
        _write(table.coalesce(1) if small == 1 else table.repartition("event_day"),
               str(stage / "events"), "event_day")

    def write_articles() -> None:
        sc.setJobDescription("eventcoder: write articles")
        _write(articles.select(*names(ARTICLE_COLUMNS)), str(stage / "articles"))

    # The articles and events tables need no merge: written while it runs, their tasks fill
    # the cores the merge leaves idle between its jobs (planning, driver-side steps).
    (n_incidents, merged), _, _ = run_together(merge_then_write, write_events, write_articles)
    return n_incidents, merged


def run_spark(
    input_path: str, out_dir: str, master: str = "local[2]", partitions: int | None = None,
    conf: dict[str, str] | None = None, on_phase: Callable[[str], None] | None = None,
) -> dict[str, Any]:
    """Run the whole job on ``master``; return the manifest written beside the tables.

    ``on_phase`` is called with "extract" and "merge and write" as each ends (the bench's CPU marks)."""
    t0 = time.perf_counter()
    # Shuffles are small (one row per event): a few partitions per core, not Spark's 200.
    shuffle = str(partitions or 4 * local_cores(master) or 64)
    spark = spark_session(master, conf={"spark.sql.shuffle.partitions": shuffle, **(conf or {})})
    sc = spark.sparkContext
    cores = default_parallelism(spark)
    partitions = partitions or cores * 4
    with ProgressLog(spark):
        sc.setJobDescription("eventcoder: read and extract articles")
        articles, stats = extract(spark, input_path, partitions)
        extracted = time.perf_counter()
        if on_phase:
            on_phase("extract")
        stage = staging_dir(out_dir)
        n_incidents, merged = merge_and_write(spark, articles, stats, stage, conf)
        if on_phase:
            on_phase("merge and write")
    spark.catalog.clearCache()
    manifest = {
        "engine": "spark",
        "master": master,
        "cores": cores,
        "partitions": partitions,
        "input": str(input_path),
        "articles": stats["articles"],
        "errors": stats["errors"],
        "events": stats["events"],
        "incidents": n_incidents,
        **run_timings(t0, extracted, merged),
    }
    swap_in(out_dir, stage, manifest)
    log.info("spark run: %s", manifest)
    return manifest
