"""How many processes parse when the user leaves it to the machine (``--workers auto``)."""

from __future__ import annotations

import os

# The stages run in the reading process while the workers parse: past about three parsing
# processes that process is the bottleneck, so more would only hold more memory.
MAX_AUTO_WORKERS = 3


def auto_workers() -> int:
    """Parsing processes for ``--workers auto``: the usable cores, at most MAX_AUTO_WORKERS."""
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    return max(1, min(cores or 1, MAX_AUTO_WORKERS))
