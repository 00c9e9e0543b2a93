"""A background thread that does one small job every few seconds while a block of code runs."""

from __future__ import annotations

import threading
from typing import Self


class Ticker:
    """Calls ``tick()`` every ``every`` seconds inside a ``with`` block (memory samples, progress)."""

    def __init__(self, every: float) -> None:
        self.every = every
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True, name=type(self).__name__)

    def __enter__(self) -> Self:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join(timeout=2)

    def _run(self) -> None:
        while not self._stop.wait(self.every):
            if self.tick() is False:
                return

    def tick(self) -> bool | None:
        """One round of the job; returning False ends the thread."""
        raise NotImplementedError
