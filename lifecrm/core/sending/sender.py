"""Sending what is queued, one message at a time over one reused connection.

Each message is marked `sending` (durably, fsynced) before it is handed to the server and
`sent` after the server's answer. A run that dies in between leaves `sending`, which the next
run turns into `uncertain` for the owner to decide: never sent twice, never forgotten.
Temporary failures wait and retry with back-off; a refused recipient is marked and skipped;
a refused login stops the batch with everything still queued.
"""

from __future__ import annotations

import smtplib
import ssl
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import Connection, insert, select, update

from lifecrm.core.i18n import N_
from lifecrm.core.jobs import NEVER_CANCEL, Cancel, Cancelled, Progress, no_progress
from lifecrm.core.sending import limits, outbox, run_lock, smtp
from lifecrm.core.sending.account import SmtpAccount
from lifecrm.core.sending.message import build, dated, wire
from lifecrm.core.sending.outbox import State
from lifecrm.core.storage.db import Database
from lifecrm.core.storage.models import Campaign, Event, OutboxMessage, table

BACKOFF_MINUTES = (1, 5, 15, 60, 240)  # then the message is marked failed
ANOTHER_RUN = N_("another sending run is working on the outbox; this one left it alone")
DAILY_LIMIT = N_("the daily limit of {limit} messages is reached; the rest go out tomorrow")
_outbox = table(OutboxMessage)
_events = table(Event)
_campaigns = table(Campaign)


@dataclass
class SendReport:
    sent: int = 0
    failed: int = 0
    retrying: int = 0
    uncertain: int = 0
    remaining: int = 0
    stopped: str | None = None  # why the batch stopped early (login refused, daily limit...)
    detail: str = ""
    # The server refused the account (login, sender) or could not be reached: the rest waits
    # until the owner fixes something. A daily limit or another run at work is no such stop.
    halted: bool = False

    def as_json(self) -> dict[str, object]:
        return {
            "sent": self.sent,
            "failed": self.failed,
            "retrying": self.retrying,
            "uncertain": self.uncertain,
            "remaining": self.remaining,
            "stopped": self.stopped,
            "detail": self.detail,
        }


def _durable(db: Database) -> Connection:
    """A connection whose commits reach the disk before the message goes out (power loss)."""
    conn = db.engine.connect()
    _pragma(conn, "FULL")
    return conn


def _pragma(conn: Connection, level: str) -> None:
    """Outside any transaction (SQLite refuses it inside one), on the raw connection."""
    raw = conn.connection.dbapi_connection
    assert raw is not None
    raw.execute(f"PRAGMA synchronous={level}")


def _mark(conn: Connection, entry_id: int, **values: object) -> None:
    with conn.begin():
        conn.execute(update(_outbox).where(_outbox.c.id == entry_id).values(**values))


def _sent(conn: Connection, entry: Any, when: datetime, campaign: str) -> None:
    """Inside the caller's transaction: the entry is sent, and the customer's timeline says so."""
    conn.execute(
        update(_outbox)
        .where(_outbox.c.id == entry.id)
        .values(state=State.SENT, sent_at=when, last_error="")
    )
    conn.execute(
        insert(_events).values(
            customer_id=entry.customer_id, occurred_at=when, kind="email",
            summary=entry.subject, detail=campaign,
        )
    )  # fmt: skip


def _wire(account: SmtpAccount, entry: Any, when: datetime) -> bytes:
    if entry.raw is None or entry.raw_sender != account.from_address:
        message = build(
            account, to_name=entry.name, to_email=entry.email, subject=entry.subject,
            text=entry.text, html=entry.html, message_id=entry.message_id, dated=False,
        )  # fmt: skip
        return dated(wire(message), when)
    return dated(entry.raw, when)


class _Recorder:
    """Records outcomes; a 'sent' may wait to share the next message's 'sending' commit.

    At full speed that halves the fsyncs. It never waits across a pause (rate limit) or the
    end of the run, so the window in which a kill leaves an entry 'uncertain' stays one
    message long.
    """

    def __init__(self, conn: Connection, clock: Callable[[], datetime]) -> None:
        self.conn = conn
        self.clock = clock
        self.pending: Any | None = None
        with conn.begin():  # the timeline names the campaign a message belonged to
            self.campaigns = {
                i: n for i, n in conn.execute(select(_campaigns.c.id, _campaigns.c.name))
            }

    def _sent(self, entry: Any) -> None:
        _sent(self.conn, entry, self.clock(), self.campaigns.get(entry.campaign_id, ""))

    def flush(self) -> None:
        if self.pending is not None:
            with self.conn.begin():
                self._sent(self.pending)
            self.pending = None

    def start(self, entry: Any) -> bool:
        """Claims the entry for this run; False when another run (a second `lifecrm send`
        started by a scheduler) took it first, so no message is ever sent twice."""
        with self.conn.begin():
            if self.pending is not None:
                self._sent(self.pending)
                self.pending = None
            claimed = self.conn.execute(
                update(_outbox)
                .where(_outbox.c.id == entry.id, _outbox.c.state == State.QUEUED)
                .values(state=State.SENDING, sending_at=self.clock(), attempts=entry.attempts + 1)
            )
        return bool(claimed.rowcount)


def send_queued(
    db: Database,
    account: SmtpAccount,
    password: str | None,
    *,
    campaign_id: int | None = None,
    limit: int | None = None,
    per_minute: int | None = None,
    context: ssl.SSLContext | None = None,
    progress: Progress = no_progress,
    cancel: Cancel = NEVER_CANCEL,
    clock: Callable[[], datetime] = lambda: datetime.now(UTC),
    sleep: Callable[[float], None] = time.sleep,
) -> SendReport:
    """Sends what is due, within the account's limits; safe to run again at any time."""
    report = SendReport()
    with db.write() as lock_conn:
        if not run_lock.take(lock_conn):
            report.stopped = ANOTHER_RUN
            return report
    try:
        return _send(db, account, password, report, campaign_id=campaign_id, limit=limit,
                     per_minute=per_minute, context=context, progress=progress, cancel=cancel,
                     clock=clock, sleep=sleep)  # fmt: skip
    finally:
        with db.write() as lock_conn:
            run_lock.release(lock_conn)


def _send(
    db: Database,
    account: SmtpAccount,
    password: str | None,
    report: SendReport,
    *,
    campaign_id: int | None,
    limit: int | None,
    per_minute: int | None,
    context: ssl.SSLContext | None,
    progress: Progress,
    cancel: Cancel,
    clock: Callable[[], datetime],
    sleep: Callable[[float], None],
) -> SendReport:
    conn = _durable(db)
    record = _Recorder(conn, clock)
    server: smtplib.SMTP | None = None
    try:
        with conn.begin():
            report.uncertain = outbox.recover(conn)
            daily_left = limits.daily_left(conn, account, clock())
            total = outbox.waiting(conn, campaign_id)
        budget = daily_left if limit is None else min(daily_left, limit)
        gap = 60.0 / (per_minute or account.per_minute)
        done = 0
        while True:
            if cancel.requested:  # between two messages: never in the middle of one
                raise Cancelled()
            with conn.begin():
                entry = outbox.next_due(conn, clock(), campaign_id)
            if entry is None:
                break
            if done >= budget:
                if done >= daily_left:
                    report.stopped = N_(DAILY_LIMIT, limit=account.per_day)
                break
            started = time.monotonic()
            if server is None:
                try:
                    server = smtp.connect(account, password, context=context)
                except smtp.SendFailure as failure:
                    _halt(report, failure)
                    break
            if not record.start(entry):
                continue
            try:
                smtp.send(server, _wire(account, entry, clock()), account.from_address,
                          entry.email)  # fmt: skip
            except smtp.SendFailure as failure:
                stop = _failed(conn, entry, failure, report, clock())
                if stop or not _alive(server):
                    smtp.close(server)
                    server = None
                if stop:
                    _halt(report, failure)
                    break
            else:
                record.pending = entry
                report.sent += 1
            done += 1
            progress(done, min(total, budget))
            wait = gap - (time.monotonic() - started)
            if wait > 0:
                record.flush()
                sleep(wait)
        record.flush()
        with conn.begin():
            report.remaining = outbox.waiting(conn, campaign_id)
    finally:
        try:
            record.flush()  # a cancel or an error after a success: keep the success
        finally:
            if server is not None:
                smtp.close(server)
            _pragma(conn, "NORMAL")
            conn.close()
    return report


def _halt(report: SendReport, failure: smtp.SendFailure) -> None:
    report.stopped, report.detail, report.halted = failure.message, failure.detail, True


def _alive(server: smtplib.SMTP) -> bool:
    try:
        return server.noop()[0] == 250
    except (smtplib.SMTPException, OSError):
        return False


def _failed(
    conn: Connection, entry: Any, failure: smtp.SendFailure, report: SendReport, now: datetime
) -> bool:
    """Records a failure; True when the batch must stop."""
    entry_id = entry.id
    attempts = entry.attempts + 1
    note = f"{failure.message} ({failure.detail})" if failure.detail else failure.message
    if failure.uncertain:
        _mark(conn, entry_id, state=State.UNCERTAIN, last_error=note)
        report.uncertain += 1
    elif failure.stop:  # nothing wrong with this message: it stays queued, untried
        _mark(conn, entry_id, state=State.QUEUED, attempts=attempts - 1, last_error=note)
        return True
    elif failure.permanent or attempts > len(BACKOFF_MINUTES):
        _mark(conn, entry_id, state=State.FAILED, last_error=note)
        report.failed += 1
    else:
        retry_at = now + timedelta(minutes=BACKOFF_MINUTES[attempts - 1])
        _mark(conn, entry_id, state=State.QUEUED, next_attempt_at=retry_at, last_error=note)
        report.retrying += 1
    return False
