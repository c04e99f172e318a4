"""Runs core jobs off the GUI thread, one writer at a time, and reports back through signals.

A core job is a plain function `fn(*, progress, cancel) -> result`. `JobRunner.submit` runs it on
a private `QThreadPool` with a single thread (every job we run writes, and all writes go through
one writer at a time) and returns a `Job` whose signals always arrive on the GUI thread, so any
slot, a lambda included, may touch widgets.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal, Slot

from lifecrm.core.errors import UserError
from lifecrm.core.jobs import CancelFlag, Cancelled, Progress, Throttled

log = logging.getLogger("lifecrm.ui")

JobFunction = Callable[..., Any]  # fn(*, progress: Progress, cancel: Cancel) -> result


class _WorkerSignals(QObject):
    """Emitted from the pool thread; only ever connected (queued) to the owning `Job`."""

    progress = Signal(int, int)
    finished = Signal(object)
    failed = Signal(object)
    crashed = Signal(str)
    cancelled = Signal()


class Job(QObject):
    """A running job as the GUI sees it: progress, exactly one outcome signal, then `done`."""

    progress = Signal(int, int)  # done, total
    finished = Signal(object)  # the job's result
    failed = Signal(object)  # the UserError itself: show `core_texts.error_text(it)` calmly
    crashed = Signal(str)  # a bug: the traceback is in the log already
    cancelled = Signal()
    done = Signal()  # after any of the four outcomes

    def __init__(self, name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self.cancel_flag = CancelFlag()
        self.running = True
        self._signals = _WorkerSignals()
        queued = Qt.ConnectionType.QueuedConnection
        self._signals.progress.connect(self.progress, queued)
        self._signals.finished.connect(self._on_finished, queued)
        self._signals.failed.connect(self._on_failed, queued)
        self._signals.crashed.connect(self._on_crashed, queued)
        self._signals.cancelled.connect(self._on_cancelled, queued)

    def cancel(self) -> None:
        self.cancel_flag.set()

    @Slot(object)
    def _on_finished(self, result: object) -> None:
        self._end()
        self.finished.emit(result)
        self.done.emit()

    @Slot(object)
    def _on_failed(self, error: UserError) -> None:
        self._end()
        self.failed.emit(error)
        self.done.emit()

    @Slot(str)
    def _on_crashed(self, message: str) -> None:
        self._end()
        self.crashed.emit(message)
        self.done.emit()

    @Slot()
    def _on_cancelled(self) -> None:
        self._end()
        self.cancelled.emit()
        self.done.emit()

    def _end(self) -> None:
        self.running = False


class _Worker(QRunnable):
    def __init__(self, fn: JobFunction, job: Job) -> None:
        super().__init__()
        self._fn = fn
        self._name = job.name
        self._signals = job._signals
        self._cancel = job.cancel_flag

    def run(self) -> None:
        emit_progress: Progress = self._signals.progress.emit
        try:
            result = self._fn(progress=Throttled(emit_progress), cancel=self._cancel)
        except Cancelled:
            log.info("job %s cancelled", self._name)
            self._signals.cancelled.emit()
        except UserError as exc:
            log.info("job %s stopped: %s", self._name, exc)
            self._signals.failed.emit(exc)
        except Exception as exc:  # a bug: keep the window alive, keep the traceback
            log.exception("job %s crashed", self._name)
            self._signals.crashed.emit(f"{type(exc).__name__}: {exc}")
        else:
            self._signals.finished.emit(result)


class JobRunner(QObject):
    """Owns the writer thread; keeps each `Job` alive until its outcome has been delivered."""

    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._jobs: list[Job] = []

    def submit(self, name: str, fn: JobFunction) -> Job:
        job = Job(name, self)
        job.done.connect(lambda: self._forget(job))
        was_busy = self.busy
        self._jobs.append(job)
        self._pool.start(_Worker(fn, job))
        if not was_busy:
            self.busy_changed.emit(True)
        return job

    @property
    def busy(self) -> bool:
        return bool(self._jobs)

    def running(self, name: str) -> bool:
        return any(job.name == name for job in self._jobs)

    def cancel_all(self) -> None:
        for job in self._jobs:
            job.cancel()

    def shutdown(self, timeout_ms: int = 30_000) -> bool:
        """Cancels every job and waits for the writer thread; True when it stopped in time."""
        self.cancel_all()
        self._pool.clear()  # jobs that never started
        return self._pool.waitForDone(timeout_ms)

    def _forget(self, job: Job) -> None:
        if job in self._jobs:
            self._jobs.remove(job)
            job.deleteLater()
        if not self._jobs:
            self.busy_changed.emit(False)
