"""One campaign being sent from the window: runs core's `send_queued`, pauses, resumes, waits.

`send_queued` is resumable and safe to run again at any time, so everything here is "run it
again": Pause cancels the job (between two messages) and Resume runs it again; after the daily
limit or a temporary failure a timer runs it again when the time comes, while the app is open.
The job shares the window's single writer thread; when another job waits for that thread, the
send job steps aside between two messages and goes on right after it.
"""

from __future__ import annotations

import ssl
import time
from collections import deque
from collections.abc import Callable
from datetime import datetime
from enum import StrEnum

from PySide6.QtCore import QObject, QTimer, Signal

from lifecrm.core.jobs import Cancel, CancelFlag, Progress
from lifecrm.core.sending import outbox
from lifecrm.core.sending.account import SmtpAccount, stored_password
from lifecrm.core.sending.limits import daily_limit_frees_at
from lifecrm.core.sending.sender import DAILY_LIMIT, SendReport, send_queued
from lifecrm.core.storage.db import Database
from lifecrm.ui.core_texts import core_text, error_text
from lifecrm.ui.jobs import Job, JobRunner
from lifecrm.ui.sending.texts import tr

RATE_WINDOW = 60.0  # seconds of history behind "about N a minute"
MAX_WAIT_MS = 5 * 60_000  # a timer re-checks the clock at least this often (laptops sleep)


class State(StrEnum):
    SENDING = "sending"
    PAUSED = "paused"
    WAITING = "waiting"  # for the daily limit, or for a retry after a temporary failure
    STOPPED = "stopped"  # the server or the account stopped the batch: the owner must act
    CANCELLED = "cancelled"  # the owner stopped it; the rest stays queued
    DONE = "done"


class _EitherCancel:
    """The job's own cancel (pause, stop, closing) or a request to step aside for a while."""

    def __init__(self, job: Cancel, step_aside: CancelFlag) -> None:
        self._job, self._step_aside = job, step_aside

    @property
    def requested(self) -> bool:
        return self._job.requested or self._step_aside.requested


class SendingSession(QObject):
    """Sends one campaign's queued entries; `changed` after every figure or state change."""

    changed = Signal()
    ended = Signal()  # done, stopped or cancelled: nothing more happens by itself

    def __init__(
        self,
        db: Database,
        jobs: JobRunner,
        account: SmtpAccount,
        password: str | None,
        campaign_id: int,
        *,
        name: str = "",
        context: ssl.SSLContext | None = None,
        clock: Callable[[], datetime],
        sleep: Callable[[float], None] = time.sleep,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.db, self.jobs = db, jobs
        self.account, self.password = account, password
        self.campaign_id, self.name = campaign_id, name
        self.context, self.clock, self.sleep = context, clock, sleep
        self.state = State.PAUSED
        self.counts: dict[str, int] = {}
        self.job: Job | None = None
        self.stop_reason = ""
        self.stop_detail = ""
        self.resume_at: datetime | None = None
        self.daily_limit = False  # waiting for the daily limit (else for a retry)
        self.max_wait_ms = MAX_WAIT_MS
        self._intent = ""  # why the running job was cancelled: pause, cancel, step-aside
        self._step_aside = CancelFlag()
        self._samples: deque[tuple[float, int]] = deque()
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self._tick)
        self._others = QTimer(self)
        self._others.setInterval(300)
        self._others.timeout.connect(self._check_others)
        self.refresh()

    # -- figures ---------------------------------------------------------------------------

    def refresh(self) -> None:
        with self.db.read() as conn:
            self.counts = outbox.counts(conn, self.campaign_id)
        self._samples.append((time.monotonic(), self.counts["sent"]))
        while self._samples and self._samples[0][0] < time.monotonic() - RATE_WINDOW:
            self._samples.popleft()
        self.changed.emit()

    @property
    def remaining(self) -> int:
        return self.counts.get("queued", 0) + self.counts.get("sending", 0)

    @property
    def total(self) -> int:
        """Messages this campaign tries to deliver (skipped ones never count)."""
        return sum(n for state, n in self.counts.items() if state != "skipped")

    def rate(self) -> float | None:
        """Messages a minute over the last minute, once there is enough to tell."""
        if len(self._samples) < 2:
            return None
        (start, first), (end, last) = self._samples[0], self._samples[-1]
        if end - start < 2.0 or last <= first:
            return None
        return (last - first) * 60.0 / (end - start)

    def pace(self) -> float:
        """Messages a minute: as measured once known, else what the account allows."""
        rate = self.rate()
        return rate if rate is not None else float(self.account.per_minute)

    @property
    def done(self) -> int:
        """Messages dealt with: sent, refused, or maybe sent."""
        return self.total - self.remaining

    @property
    def active(self) -> bool:
        """Something is running or will run by itself."""
        return self.job is not None or self.state in (State.SENDING, State.WAITING)

    # -- the owner's buttons ---------------------------------------------------------------

    def set_account(self, account: SmtpAccount, password: str | None) -> None:
        """After the owner fixed the account (a refused login): the next run uses it."""
        self.account = account
        if password is not None:
            self.password = password

    def start(self) -> Job | None:
        """Runs `send_queued` for this campaign (again); harmless while a run is under way."""
        if self.job is not None:
            if self._intent == "pause":  # resumed before the pause took effect
                self._intent = "restart"
            return self.job
        self.timer.stop()
        self.state, self.stop_reason, self.stop_detail = State.SENDING, "", ""
        self._intent = ""
        self._step_aside = CancelFlag()
        db, account, typed, campaign_id = self.db, self.account, self.password, self.campaign_id
        context, clock, sleep, step_aside = self.context, self.clock, self.sleep, self._step_aside

        def work(*, progress: Progress, cancel: Cancel) -> SendReport:
            password = typed if typed is not None else stored_password(account)
            return send_queued(
                db, account, password, campaign_id=campaign_id, context=context,
                progress=progress, cancel=_EitherCancel(cancel, step_aside), clock=clock,
                sleep=sleep,
            )  # fmt: skip

        job = self.jobs.submit("send", work)
        self.job = job
        job.progress.connect(lambda _d, _t: self.refresh())
        job.finished.connect(self._on_finished)
        job.cancelled.connect(self._on_cancelled)
        job.failed.connect(lambda error: self._stop(error_text(error), ""))
        job.crashed.connect(
            lambda _m: self._stop(tr("Something went wrong inside LifeCRM (a bug)."), "")
        )
        job.done.connect(self._on_done)
        self._others.start()
        self.changed.emit()
        return job

    def pause(self) -> None:
        """Stops after the message being sent; Resume goes on from there."""
        if self.job is not None:
            self._intent = "pause"
            self.job.cancel()
        elif self.state in (State.WAITING, State.SENDING):
            self.timer.stop()
            self.state = State.PAUSED
        self.changed.emit()

    @property
    def pausing(self) -> bool:
        return self.job is not None and self._intent in ("pause", "cancel")

    def resume(self) -> Job | None:
        return self.start()

    def cancel(self) -> None:
        """Stops sending for good; what is not sent stays in the outbox, queued."""
        self.timer.stop()
        if self.job is not None:
            self._intent = "cancel"
            self.job.cancel()
            self.changed.emit()
            return
        self.state = State.CANCELLED
        self.changed.emit()
        self.ended.emit()

    # -- outcomes --------------------------------------------------------------------------

    def _on_finished(self, report: SendReport) -> None:
        self.refresh()
        now = self.clock()
        if report.stopped == DAILY_LIMIT.format(limit=self.account.per_day):
            with self.db.read() as conn:
                self._wait_until(daily_limit_frees_at(conn, now), daily=True)
        elif report.stopped:
            self._stop(core_text(report.stopped), report.detail)
        elif self.remaining:
            with self.db.read() as conn:
                when = outbox.next_retry_at(conn, self.campaign_id, now)
            self._wait_until(when or now, daily=False)
        else:
            self.state = State.DONE
            self.changed.emit()
            self.ended.emit()

    def _on_cancelled(self) -> None:
        intent, self._intent = self._intent, ""
        self.refresh()
        cancelled = self.job is not None and self.job.cancel_flag.requested
        if intent == "restart" or (intent == "step-aside" and not cancelled):
            QTimer.singleShot(0, self._go_on)  # behind the job that was waiting
        elif intent == "cancel":
            self.state = State.CANCELLED
            self.changed.emit()
            self.ended.emit()
        else:  # paused, or the window's jobs were cancelled as it closed
            self.state = State.PAUSED
            self.changed.emit()

    def _go_on(self) -> None:
        if self.state == State.SENDING:  # not paused or stopped in the meantime
            self.start()

    def _on_done(self) -> None:
        self.job = None
        self._others.stop()
        self.changed.emit()

    def _stop(self, reason: str, detail: str) -> None:
        self.state, self.stop_reason, self.stop_detail = State.STOPPED, reason, detail
        self.changed.emit()
        self.ended.emit()

    # -- waiting ---------------------------------------------------------------------------

    def _wait_until(self, when: datetime, *, daily: bool) -> None:
        self.state, self.resume_at, self.daily_limit = State.WAITING, when, daily
        self._schedule()
        self.changed.emit()

    def _schedule(self) -> None:
        assert self.resume_at is not None
        left = (self.resume_at - self.clock()).total_seconds() * 1000
        self.timer.start(int(min(max(left, 0), self.max_wait_ms)))

    def _tick(self) -> None:
        if self.state != State.WAITING or self.resume_at is None:
            return
        if self.clock() >= self.resume_at:
            self.start()
        else:
            self._schedule()

    def _check_others(self) -> None:
        """Another job waits for the writer thread: step aside after the current message."""
        if self.job is None or self._intent:
            return
        if any(job.running and job is not self.job for job in self.jobs.findChildren(Job)):
            self._intent = "step-aside"
            self._step_aside.set()
