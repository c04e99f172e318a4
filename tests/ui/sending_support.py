"""Sending from the window against a real SMTP server on loopback (the `mail_server` fixture of
tests/conftest.py), with a window set up to trust that server.

The tests here use `memory_keyring` (they only pass the password on) unless they are about where
the password is kept (`os_keyring`, a real Secret Service).
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

from pytestqt.qtbot import QtBot

from lifecrm.core.sending.account import Security, SmtpAccount, save_account, store_password
from lifecrm.core.storage.db import Database
from lifecrm.ui.main_window import MainWindow
from lifecrm.ui.sending.session import SendingSession
from tests.support.smtp_server import PASSWORD, USER, Server
from tests.ui.drafting_support import open_window

NOW = datetime(2025, 12, 1, 9, 0, tzinfo=UTC)
PASSIVE_READY = ("bence@example.hu", "maja.novak@example.si", "nina@example.si")


def loopback_account(server: Server, **changes: object) -> SmtpAccount:
    account = SmtpAccount(
        host="127.0.0.1", port=server.port, security=Security.STARTTLS, user=USER,
        from_address=USER, from_name="Anna Kovács", per_minute=60_000, per_day=10_000,
    )  # fmt: skip
    return replace(account, **changes)  # type: ignore[arg-type]


def set_up_account(
    db: Database, server: Server, password: str = PASSWORD, **changes: object
) -> SmtpAccount:
    """The account saved as the dialog would: settings in the database, password in the keyring."""
    account = loopback_account(server, **changes)
    with db.write() as conn:
        save_account(conn, account)
    store_password(account, password)
    return account


@contextmanager
def sending_window(
    qtbot: QtBot, db: Database, tmp_path: Path, server: Server
) -> Iterator[MainWindow]:
    """The real window, trusting only the loopback server's test certificate."""
    with open_window(qtbot, db, tmp_path) as window:
        window.sending.ssl_context = server.client_context
        try:
            yield window
        finally:
            session = window.sending.session
            if session is not None:
                session.timer.stop()
                if session.job is not None:
                    session.cancel()
                    qtbot.waitUntil(lambda: session.job is None, timeout=30_000)


def wait_state(qtbot: QtBot, window: MainWindow, *states: str) -> SendingSession:
    qtbot.waitUntil(
        lambda: (
            window.sending.session is not None
            and window.sending.session.job is None
            and window.sending.session.state in states
        ),
        timeout=30_000,
    )
    session = window.sending.session
    assert session is not None
    return session


def delivered(server: Server) -> list[str]:
    """Recipients of every message the server accepted, in order (duplicates kept)."""
    return [m["To"].addresses[0].addr_spec for m in server.handler.received]


class Gate:
    """A `sleep` for send_queued that holds the batch after its first message until opened.

    The batch pauses between two messages exactly where the owner's Pause or the window's
    close would catch it, without any wall-clock timing in the test.
    """

    def __init__(self) -> None:
        self.opened = threading.Event()
        self.held = threading.Event()

    def __call__(self, _seconds: float) -> None:
        if not self.opened.is_set():
            self.held.set()
            self.opened.wait(30)

    def open(self) -> None:
        self.opened.set()


@dataclass
class Clock:
    """A clock the test moves by hand; send_queued and the session both read it."""

    now: datetime = NOW

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += timedelta(**delta)
