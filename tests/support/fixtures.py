"""Fixtures any test may use (tests/conftest.py imports them): a loopback SMTP server with its
test CA and an account for it, and password stores. By default every test runs with no password
store at all, so nothing can reach the owner's real keyring by accident."""

from __future__ import annotations

import gc
import os
import warnings
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
import trustme
from keyring.backends import SecretService as secret_service_backend
from keyring.backends import fail

from lifecrm.core.sending.account import Security, SmtpAccount
from tests.support import smtp_server
from tests.support.keyrings import MemoryKeyring, SecretService, start_secret_service


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
def no_keyring() -> Iterator[None]:
    """keyring's "fail" backend, as on a computer without a password store."""
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    yield
    keyring.set_keyring(previous)


@pytest.fixture
def memory_keyring(no_keyring: None) -> MemoryKeyring:
    """For tests of code that merely passes the password on (the window's sending flow)."""
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    return backend


@pytest.fixture(scope="session")
def secret_service(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SecretService]:
    running = start_secret_service(tmp_path_factory.mktemp("secret-service"))
    yield running
    running.stop()


@pytest.fixture
def cli_env(ca: trustme.CA, tmp_path: Path, secret_service: SecretService) -> dict[str, str]:
    """For a child `lifecrm` process: it trusts only the test CA and keeps the password in the
    real Secret Service on the tests' own bus, as on a Linux desktop."""
    ca_file = tmp_path / "ca.pem"
    ca.cert_pem.write_to_path(str(ca_file))
    return {
        **os.environ,
        "SSL_CERT_FILE": str(ca_file),
        "DBUS_SESSION_BUS_ADDRESS": secret_service.address,
        "PYTHON_KEYRING_BACKEND": "keyring.backends.SecretService.Keyring",
    }


@pytest.fixture
def os_keyring(
    no_keyring: None, secret_service: SecretService, monkeypatch: pytest.MonkeyPatch
) -> secret_service_backend.Keyring:
    """The real Secret Service backend keyring uses on a Linux desktop, on the test's own bus."""
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", secret_service.address)
    backend = secret_service_backend.Keyring()
    keyring.set_keyring(backend)
    return backend
