"""Independent Spark actions submitted at once from driver threads.

Each action costs the driver planning and Python–JVM round trips before its first task runs and
a commit after its last one; while one action waits on those, another's tasks keep the cores
busy. Spark runs jobs from several driver threads side by side on a cluster as on ``local[N]``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any


def run_together(*calls: Callable[[], Any]) -> list[Any]:
    """Run each call in its own driver thread (job description inherited); results in order."""
    from pyspark import InheritableThread

    results: list[Any] = [None] * len(calls)
    errors: list[BaseException] = []

    def run(index: int, call: Callable[[], Any]) -> None:
        try:
            results[index] = call()
        except BaseException as exc:  # re-raised in the caller's thread below
            errors.append(exc)

    threads = [InheritableThread(target=run, args=(i, c)) for i, c in enumerate(calls)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    if errors:
        raise errors[0]
    return results
