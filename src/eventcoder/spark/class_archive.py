"""A class-data sharing archive of the classes a local Spark run loads (faster JVM start).

A local Spark session loads some 20,000 classes from Spark's jars, parsing and verifying each:
about half of the JVM's CPU until the first task. Java's application class-data sharing (CDS)
keeps them parsed and verified in a file the JVM maps at start (measured: 5 CPU seconds instead
of 11 for the session and the first query). The archive is specific to the Java runtime, the
Spark jars and the JVM options, so its name carries a key of all three; a JVM that finds it does
not match ignores it and loads classes as usual. It is built once
by :mod:`eventcoder.spark.class_archive_build` (``make spark-classes``, part of ``make test``;
``bench-spark`` builds it when missing, before timing anything).
"""

from __future__ import annotations

import hashlib
import os
import shutil
from pathlib import Path

from eventcoder.disk_cache import cache_dir

# The archive must not print its own checks on every start (a stale one is simply not used).
QUIET = "-Xlog:cds=off -Xlog:cds+dynamic=off"


def _java() -> str | None:
    home = os.environ.get("JAVA_HOME")
    found = str(Path(home, "bin", "java")) if home else shutil.which("java")
    return os.path.realpath(found) if found and os.path.exists(found) else None


def archive_path(java_options: str) -> Path | None:
    """Where the archive for this Java, these Spark jars and these options lives (None: no Java)."""
    java = _java()
    if java is None:
        return None
    import pyspark

    jars = Path(pyspark.__file__).parent / "jars"
    names = sorted(p.name for p in jars.glob("*.jar")) if jars.is_dir() else []
    key = "|".join([java, str(os.stat(java).st_mtime_ns), pyspark.__version__, java_options, *names])
    digest = hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]
    return cache_dir() / f"spark-classes-{digest}.jsa"


def with_archive(java_options: str) -> str:
    """``java_options`` plus the archive when it has been built."""
    path = archive_path(java_options)
    if path is None or not path.is_file():
        return java_options
    return f"{java_options} -XX:SharedArchiveFile={path} {QUIET}"
