"""The Spark session eventcoder runs in, and progress reports from Spark's status tracker."""

from __future__ import annotations

import logging
import os
import re
import sys
from typing import Any

from eventcoder.spark.class_archive import with_archive
from eventcoder.spark.ticker import Ticker
from eventcoder.spark.together import run_together
from eventcoder.spark.zygote import start_zygote

log = logging.getLogger(__name__)

# A local run is one short-lived JVM that mostly moves rows between Python workers: the
# optimising (C2) JIT compiler spent half of its CPU time (28 of 69 s on 500 articles) compiling
# code that never paid back, on the cores the workers need; C1 alone and a collector without
# threads of its own leave them to the workers. Set spark.driver.extraJavaOptions to override.
LOCAL_JAVA_OPTIONS = "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC"
# Python-side shuffles spill to disk once the worker's resident size passes this; a worker holds
# the model (0.6-0.9 GB), so Spark's 512m default made every groupByKey spill on every record.
PYTHON_WORKER_MEMORY = "2g"


def spark_session(master: str, app_name: str = "eventcoder", conf: dict[str, str] | None = None) -> Any:
    """Start (or reuse) a session on ``master`` with Python worker reuse on."""
    from pyspark import SparkContext
    from pyspark.sql import SparkSession

    local = master.startswith("local")
    if local:
        # Local workers run this interpreter, with this process's import path.
        os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
        os.environ.setdefault("PYSPARK_DRIVER_PYTHON", sys.executable)
        os.environ["PYTHONPATH"] = os.pathsep.join(
            p for p in [*sys.path, os.environ.get("PYTHONPATH", "")] if p
        )
        if SparkContext._active_spark_context is None:  # the JVM and its daemon start now
            start_zygote()
    builder = (
        SparkSession.builder.master(master)
        .appName(app_name)
        # One worker process per core stays up between tasks: the model loads once per worker.
        .config("spark.python.worker.reuse", "true")
        # Workers fork from a daemon that already holds the model: loaded once per executor.
        .config("spark.python.daemon.module", "eventcoder.spark.daemon")
        .config("spark.ui.showConsoleProgress", "false")
        .config("spark.python.worker.memory", PYTHON_WORKER_MEMORY)
        # Adaptive execution runs each shuffle stage as a job of its own (32 jobs instead of 17 on
        # 500 articles) to re-plan shuffles that are already small and sized by the job.
        .config("spark.sql.adaptive.enabled", "false")
    )
    if local:  # a local run talks to itself only
        builder = (
            builder.config("spark.driver.host", "127.0.0.1")
            .config("spark.driver.bindAddress", "127.0.0.1")
            .config("spark.driver.extraJavaOptions", with_archive(LOCAL_JAVA_OPTIONS))
        )
    for key, value in (conf or {}).items():
        builder = builder.config(key, value)
    spark = builder.getOrCreate()
    spark.sparkContext.setLogLevel(os.environ.get("EVENTCODER_SPARK_LOG_LEVEL", "WARN"))
    return spark


class ProgressLog(Ticker):
    """Logs the running stages' task counts every few seconds (the Spark UI shows the same)."""

    def __init__(self, spark: Any, every: float = 10.0) -> None:
        super().__init__(every)
        self.tracker = spark.sparkContext.statusTracker()

    def tick(self) -> bool | None:
        """Log each active stage's progress; stop when the context is going away."""
        try:
            for stage_id in self.tracker.getActiveStageIds():
                info = self.tracker.getStageInfo(stage_id)
                if info:
                    log.info(
                        "stage %d %s: %d/%d tasks done, %d running", stage_id, info.name,
                        info.numCompletedTasks, info.numTasks, info.numActiveTasks,
                    )
        except Exception:  # the context is stopping: nothing left to report
            return False
        return None


def local_cores(master: str) -> int:
    """N of ``local[N]`` (0 for ``local[*]`` or a cluster URL)."""
    match = re.fullmatch(r"local\[(\d+)(?:,\d+)?\]", master.strip())
    return int(match.group(1)) if match else (1 if master.strip() == "local" else 0)


def default_parallelism(spark: Any) -> int:
    """Cores Spark schedules on (local[N] → N)."""
    return max(1, int(spark.sparkContext.defaultParallelism))


def start_workers(spark: Any) -> None:
    """Start every executor's Python daemon (model loaded) and the session's SQL machinery now."""
    sc = spark.sparkContext
    cores = default_parallelism(spark)

    def workers() -> None:  # its tasks fork the Python workers
        sc.parallelize(range(cores), cores).map(lambda k: (k, os.getpid())).collect()

    def sql() -> None:  # the SQL session state (parser, analyser, planner, code generation)
        spark.range(cores).selectExpr("count(distinct id) AS n").collect()

    # Both are the JVM's work and the workers' forks, on different cores: side by side.
    run_together(workers, sql)
