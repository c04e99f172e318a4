"""The shape of every long job: `run(inputs, *, progress, cancel) -> Result`.

The CLI passes a text progress bar, the window a Qt signal, tests a list. Jobs call
`progress(done, total)` now and then and check `cancel.requested` between chunks.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Protocol

Progress = Callable[[int, int], None]


class Cancel(Protocol):
    @property
    def requested(self) -> bool: ...


class Cancelled(Exception):
    """Raised by a job that stopped because cancel was requested; its transaction is rolled back."""


class NeverCancel:
    requested = False


class CancelFlag:
    """A cancel token another thread can set (writing one attribute is atomic)."""

    def __init__(self) -> None:
        self.requested = False

    def set(self) -> None:
        self.requested = True


NEVER_CANCEL = NeverCancel()


def no_progress(done: int, total: int) -> None:
    """Progress sink for callers that do not show progress."""


class Throttled:
    """Wraps a progress callback so it fires at most every `interval` seconds (and at the end)."""

    def __init__(self, progress: Progress, interval: float = 0.1) -> None:
        self._progress = progress
        self._interval = interval
        self._last = 0.0

    def __call__(self, done: int, total: int) -> None:
        now = time.monotonic()
        if done >= total or now - self._last >= self._interval:
            self._last = now
            self._progress(done, total)


def check(cancel: Cancel) -> None:
    if cancel.requested:
        raise Cancelled()
