"""Spark's Python daemon with the pipeline loaded before it forks any worker.

Spark starts one daemon per executor and forks a Python worker from it for each task slot (and
again whenever it needs a fresh one). Loading the spaCy model, gazetteer and lexicons here means
every worker starts with them already in memory (shared copy-on-write): they load once per
executor process, however many workers Spark forks. Set with
``spark.python.daemon.module=eventcoder.spark.daemon`` (``eventcoder run`` does).
"""

from __future__ import annotations

import os

# Workers are one per core: math libraries must not start thread pools of their own (and no
# thread may run in a process that forks).
for _var in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

import contextlib  # noqa: E402
import gc  # noqa: E402
import json  # noqa: E402
import logging  # noqa: E402
import sys  # noqa: E402

log = logging.getLogger(__name__)


def warm_up() -> None:
    """Run a few synthetic articles through the pipeline so that its lazy parts load here."""
    from eventcoder.spark.corpus import synthetic_articles
    from eventcoder.spark.worker import process_batch

    # Lexicons, gazetteer look-ups and imports that load on first use cost about a second of
    # CPU: paid once here instead of once in every worker forked from this process.
    articles = synthetic_articles(6, seed=1)
    process_batch([("warm-up", k, "record", json.dumps(a)) for k, a in enumerate(articles, 1)])


def preload() -> None:
    """Load the pipeline into this process; a failure leaves loading to each worker."""
    # The daemon's stdout carries its port number to Spark: nothing else may be printed there.
    with contextlib.redirect_stdout(sys.stderr):
        try:
            # Merge-side modules too: a worker forked for a merge task starts with them.
            import eventcoder.spark.blocks  # noqa: F401
            from eventcoder.spark.worker import cached_pipeline

            cached_pipeline()
            warm_up()
        except Exception:  # workers will try again and turn the failure into error rows
            log.exception("could not preload the pipeline in the Spark daemon")
    # What is loaded now lives as long as the workers: the collector need not scan it in each
    # of them (which also keeps its pages shared instead of copied on write).
    gc.freeze()


if __name__ == "__main__":
    from eventcoder.spark.handover import hand_over

    # A local run's driver loaded the pipeline in a zygote while the JVM started: hand over.
    if not hand_over():
        from pyspark import daemon

        preload()
        daemon.manager()
