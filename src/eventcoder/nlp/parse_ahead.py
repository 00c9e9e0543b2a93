"""Parse ahead in a second thread while the stages read what is already parsed.

Most of spaCy's parse is matrix arithmetic that runs without holding Python's global lock, and
the stages after it are plain Python. Run one after the other, a one-process `eventcoder
extract` keeps one core busy; with the parse one batch ahead in a thread, the next batch's
arithmetic runs on the other core while the stages read the current one. The documents come out
in the same order and are the same documents: only when each is parsed changes.

Only for a process that does not fork while it runs (a forked child would inherit a thread
stopped mid-work): `eventcoder extract` and the evaluations, not the forked store workers.
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Iterable, Iterator
from typing import TypeVar

T = TypeVar("T")

# How long the producer waits on a full queue before checking whether the reader has gone.
_POLL_SECONDS = 0.1
_JOIN_SECONDS = 5.0


class _Failure:
    """An exception raised in the parsing thread, handed to the reader to re-raise."""

    def __init__(self, error: BaseException) -> None:
        self.error = error


_DONE = object()


def parse_ahead(parsed: Iterable[T], depth: int) -> Iterator[T]:
    """Yield the items of ``parsed`` in order, drawn up to ``depth`` items ahead in a thread.

    An exception in the thread is raised here, at the point the failing item would have come;
    a reader that stops early makes the thread stop at its next item.
    """
    items: queue.Queue[object] = queue.Queue(maxsize=max(1, depth))
    stop = threading.Event()

    def hand_over(item: object) -> bool:
        while not stop.is_set():
            try:
                items.put(item, timeout=_POLL_SECONDS)
                return True
            except queue.Full:
                continue
        return False

    def produce() -> None:
        try:
            for item in parsed:
                if not hand_over(item):
                    return
        except BaseException as exc:  # noqa: BLE001 - every failure belongs to the reader
            hand_over(_Failure(exc))
            return
        hand_over(_DONE)

    thread = threading.Thread(target=produce, name="eventcoder-parse-ahead", daemon=True)
    thread.start()
    try:
        while True:
            item = items.get()
            if item is _DONE:
                return
            if isinstance(item, _Failure):
                raise item.error
            yield item  # type: ignore[misc]
    finally:
        stop.set()
        # A producer blocked on its input (stdin) must not hang a reader that stopped early.
        thread.join(timeout=_JOIN_SECONDS)
