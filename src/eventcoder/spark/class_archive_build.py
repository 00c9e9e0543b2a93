"""Build the class-data sharing archive of :mod:`eventcoder.spark.class_archive` once.

A small real run (a few dozen synthetic articles, every step of the job) starts its JVM with
``-XX:ArchiveClassesAtExit``; the JVM writes the classes it loaded when it exits, to a file of
its own that is renamed into place only when complete. Run ``python -m
eventcoder.spark.class_archive_build`` (``make spark-classes`` does).
"""

from __future__ import annotations

import logging
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from eventcoder.spark.class_archive import QUIET, archive_path

log = logging.getLogger(__name__)

BUILD_ARTICLES = 40  # a run small enough to be quick, large enough to use every step of the job


def _wait_for_exit(pid: int, timeout: float) -> None:
    """Wait until process ``pid`` (not our child) has exited."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return
        time.sleep(0.2)


def build_archive(java_options: str, timeout: float = 600.0) -> Path | None:
    """Build the archive (if missing) with a small local run; its path, or None if it failed."""
    path = archive_path(java_options)
    if path is None or path.is_file():
        return path
    path.parent.mkdir(parents=True, exist_ok=True)
    part = path.with_name(f"{path.name}.{os.getpid()}.part")
    cmd = [sys.executable, "-m", "eventcoder.spark.class_archive_build", "--dump", str(part), java_options]
    done = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout, check=False)
    lines = done.stdout.strip().splitlines()
    if done.returncode != 0 or not lines:
        log.warning("the Spark class archive could not be built:\n%s", done.stderr[-2000:])
        return None
    _wait_for_exit(int(lines[-1]), timeout)  # the JVM writes the archive as it exits
    if not part.is_file() or part.stat().st_size == 0:
        log.warning("the JVM wrote no class archive")
        return None
    os.replace(part, path)  # a JVM never maps a half-written archive
    return path


def _dump(part: str, java_options: str) -> None:
    """Child side: a small real run whose JVM writes its loaded classes to ``part`` on exit."""
    from eventcoder.spark.corpus import write_corpus
    from eventcoder.spark.job import run_spark
    from eventcoder.spark.session import spark_session

    options = f"{java_options} -XX:ArchiveClassesAtExit={part} {QUIET}"
    spark = spark_session("local[2]", conf={"spark.driver.extraJavaOptions": options})
    jvm_pid = spark.sparkContext._jvm.java.lang.ProcessHandle.current().pid()
    with tempfile.TemporaryDirectory(prefix="eventcoder-cds-") as tmp:
        corpus = write_corpus(Path(tmp, "in"), BUILD_ARTICLES)
        run_spark(str(corpus), str(Path(tmp, "out")), master="local[2]")
    spark.stop()
    print(jvm_pid)


if __name__ == "__main__":
    if sys.argv[1:2] == ["--dump"]:
        _dump(sys.argv[2], sys.argv[3])
    else:
        from eventcoder.spark.session import LOCAL_JAVA_OPTIONS

        logging.basicConfig(level=logging.INFO)
        print(build_archive(LOCAL_JAVA_OPTIONS) or "no archive built (see the log)")
