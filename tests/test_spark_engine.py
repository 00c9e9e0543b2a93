"""The Spark engine gives the local engine's answers: same articles, events and incidents.

Runs the real job on ``local[2]`` (two Python workers) over a synthetic corpus of a few hundred
articles in a folder of JSONL and Parquet, with broken inputs mixed in.
"""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from sklearn.feature_extraction.text import TfidfTransformer

from eventcoder.merge.similarity import hashed_counts, idf_from_df
from eventcoder.spark.blocks import UnionFind, corpus_idf, document_frequencies
from eventcoder.spark.corpus import write_corpus
from eventcoder.spark.tables import read_manifest, read_table

N_ARTICLES = 260


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_corpus(tmp_path_factory.mktemp("corpus"), N_ARTICLES)


@pytest.fixture(scope="module")
def local_out(corpus: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    from eventcoder.spark.local import run_local

    out = tmp_path_factory.mktemp("local_out")
    run_local(str(corpus), str(out))
    return out


@pytest.fixture(scope="module")
def spark_out(corpus: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    from eventcoder.cli import main

    out = tmp_path_factory.mktemp("spark_out")
    assert main(["run", "--engine", "spark", "--master", "local[2]", "--input", str(corpus),
                 "--output", str(out)]) == 0
    return out


def _by(rows: list[dict[str, Any]], key: str, drop: tuple[str, ...] = ()) -> dict[str, dict]:
    return {r[key]: {k: v for k, v in r.items() if k not in drop} for r in rows}


@pytest.mark.slow
def test_spark_articles_equal_local(local_out: Path, spark_out: Path) -> None:
    spark = _by(read_table(spark_out, "articles"), "article_id")
    local = _by(read_table(local_out, "articles"), "article_id")
    assert spark == local
    statuses = {a["status"] for a in spark.values()}
    assert statuses == {"ok", "skipped", "error"}  # broken inputs are rows, not a failed job
    assert spark["french-1"]["status"] == "skipped"
    assert spark["html-1"]["n_events"] >= 1
    assert read_manifest(spark_out)["articles"] == len(spark) >= N_ARTICLES


@pytest.mark.slow
def test_spark_events_equal_local(local_out: Path, spark_out: Path) -> None:
    spark = _by(read_table(spark_out, "events"), "uid")
    local = _by(read_table(local_out, "events"), "uid")
    assert len(spark) > N_ARTICLES // 2
    assert spark == local
    days = {e["event_day"] for e in spark.values()}
    assert len(days) > 20 and "undated" in days  # partitioned by event date
    assert all(json.loads(e["record_json"])["id"] == e["event_id"] for e in spark.values())


@pytest.mark.slow
def test_spark_incidents_equal_local(local_out: Path, spark_out: Path) -> None:
    spark = _by(read_table(spark_out, "incidents"), "incident_id", drop=("component",))
    local = _by(read_table(local_out, "incidents"), "incident_id", drop=("component",))
    assert spark.keys() == local.keys()
    for key in spark:
        assert json.loads(spark[key].pop("canonical_json")) == json.loads(
            local[key].pop("canonical_json")
        ), key
        assert spark[key] == local[key]
    # The corpus makes merging work: repeated reports join, blocks are many.
    assert sum(1 for i in spark.values() if i["n_events"] > 1) >= 20
    components = {r["component"] for r in read_table(spark_out, "incidents")}
    assert len(components) > 10
    assert read_manifest(spark_out)["incidents"] == len(spark)


@pytest.mark.slow
def test_store_load_equals_full_merge(spark_out: Path, tmp_path: Path) -> None:
    from eventcoder.cli import main
    from eventcoder.merge.runner import run_merge
    from eventcoder.store import Store

    db = f"sqlite:///{tmp_path / 'ev.db'}"
    assert main(["ingest", str(spark_out), "--db", db]) == 0
    store = Store(db)
    stored = {i["id"] for i in _store_incidents(store)}
    assert stored == {r["incident_id"] for r in read_table(spark_out, "incidents")}
    # A full merge over the loaded events finds exactly the run's incidents, ids included.
    report = run_merge(store)
    assert (report.created, report.deleted, report.updated) == (0, 0, 0)
    assert report.unchanged == len(stored)
    # Loading again changes nothing.
    assert main(["ingest", str(spark_out), "--db", db]) == 0
    assert {i["id"] for i in _store_incidents(store)} == stored
    store.close()


def _store_incidents(store: Any) -> list[dict[str, Any]]:
    from sqlalchemy import select

    from eventcoder.store.models import IncidentRow

    with store.session() as s:
        return [{"id": r.id} for r in s.scalars(select(IncidentRow))]


@pytest.mark.slow
def test_pipeline_loads_once_per_executor_process(spark_out: Path) -> None:
    from eventcoder.spark.session import spark_session

    sc = spark_session("local[2]").sparkContext  # the session settings `eventcoder run` uses

    def probe(_rows: Any) -> list[tuple[int, int, int, int]]:
        # Imported here: a name of the test's scope would be pickled with the driver's values.
        from eventcoder.spark.worker import LOADS, cached_pipeline

        cached_pipeline()
        return [(os.getpid(), os.getppid(), LOADS["pipeline"], LOADS["pid"])]

    seen = sc.parallelize(range(16), 16).repartition(8).mapPartitions(probe).collect()
    # Every worker, however many Spark forked, got the pipeline from the one daemon that
    # loaded it before forking: built once in the executor, never in a worker.
    assert {loads for _pid, _parent, loads, _by in seen} == {1}
    assert len({by for _pid, _parent, _loads, by in seen}) == 1
    assert all(pid != by for pid, _parent, _loads, by in seen)


@pytest.mark.slow
def test_workers_fork_from_the_zygote_the_driver_started(spark_out: Path) -> None:
    import psutil

    from eventcoder.spark.session import spark_session

    sc = spark_session("local[2]").sparkContext

    def probe(_rows: Any) -> list[int]:
        from eventcoder.spark.worker import LOADS  # the worker's, not a pickled copy of ours

        return [LOADS["pid"]]

    loaders = set(sc.parallelize(range(4), 4).mapPartitions(probe).collect())
    # The pipeline was loaded by a process this driver started before its JVM (and that then
    # served as Spark's daemon), not by a daemon the JVM started after its own start-up.
    assert len(loaders) == 1
    assert psutil.Process(loaders.pop()).ppid() == os.getpid()


@pytest.mark.slow
def test_rerun_replaces_tables(spark_out: Path, tmp_path: Path) -> None:
    from eventcoder.spark.local import run_local

    out = tmp_path / "out"
    shutil.copytree(spark_out, out)
    small = tmp_path / "small.jsonl"
    small.write_text(
        json.dumps({"id": "one", "text": "Gunmen killed 4 people in Kano on Monday.",
                    "published": "2024-05-08"}) + "\n", encoding="utf-8",
    )
    run_local(str(small), str(out))
    run_local(str(small), str(out))
    assert [a["article_id"] for a in read_table(out, "articles")] == ["one"]
    assert len(read_table(out, "events")) == 1
    assert read_manifest(out)["engine"] == "local"
    assert not list(out.glob(".staging-*"))


def test_corpus_idf_is_the_idf_one_merge_fits() -> None:
    texts = ["gunmen attacked a market in Kano", "a bomb hit the market", "", "troops clashed"]
    fitted = TfidfTransformer(sublinear_tf=True).fit(hashed_counts(texts)).idf_
    halves = [document_frequencies(texts[:2]), document_frequencies(texts[2:])]
    df = {k: halves[0].get(k, 0) + halves[1].get(k, 0) for k in {*halves[0], *halves[1]}}
    assert np.array_equal(corpus_idf(df, len(texts)), fitted)
    assert fitted.dtype == idf_from_df(np.zeros(3), 4).dtype


def test_union_find_names_each_set_by_its_smallest_key() -> None:
    union = UnionFind()
    union.union("D|NG|2", "U|NG|kano")
    union.union("U|NG|kano", "D|NG|0")
    union.union("D|SO|0", "D|SO|1")
    mapping = union.mapping()
    assert mapping["D|NG|2"] == mapping["U|NG|kano"] == "D|NG|0"
    assert mapping["D|SO|1"] == "D|SO|0"
