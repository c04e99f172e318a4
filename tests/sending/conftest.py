"""A loopback SMTP server per test, a keyring that lives in the test's folder, an account."""

from __future__ import annotations

import gc
import warnings
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
import trustme
from keyrings.alt.file import PlaintextKeyring

from lifecrm.core.sending.account import Security, SmtpAccount
from tests.sending import server as smtp_server


@pytest.fixture(scope="session")
def ca() -> trustme.CA:
    return trustme.CA()


@pytest.fixture
def mail_server(ca: trustme.CA) -> Iterator[smtp_server.Server]:
    running = smtp_server.start(ca)
    yield running
    running.stop()
    with warnings.catch_warnings():  # the server's own hung-up sockets, collected now, quietly
        warnings.simplefilter("ignore", ResourceWarning)
        gc.collect()


@pytest.fixture
def account(mail_server: smtp_server.Server) -> SmtpAccount:
    return SmtpAccount(
        host="127.0.0.1",
        port=mail_server.port,
        security=Security.STARTTLS,
        user=smtp_server.USER,
        from_address=smtp_server.USER,
        from_name="Anna Kovács",
        per_minute=60_000,
        per_day=10_000,
    )


@pytest.fixture(autouse=True)
def file_keyring(tmp_path: Path) -> Iterator[PlaintextKeyring]:
    """keyring's own file backend in the test folder: the real OS keyring is never touched."""
    backend = PlaintextKeyring()
    backend.file_path = str(tmp_path / "keyring.cfg")
    previous = keyring.get_keyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)
