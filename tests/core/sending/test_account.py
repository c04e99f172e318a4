"""The account: settings checked, the password in a real password store or nowhere (never in a
file keyring), UTF-8 sign-in, failures explained."""

from __future__ import annotations

import smtplib
from dataclasses import replace

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail, null
from keyring.backends.chainer import ChainerBackend
from keyrings.alt.file import EncryptedKeyring, PlaintextKeyring

from lifecrm.core.sending.account import (
    KEYRING_SERVICE,
    BadAccount,
    NoKeyring,
    Security,
    SmtpAccount,
    keyring_available,
    load_account,
    save_account,
    store_password,
    stored_password,
)
from lifecrm.core.sending.providers import provider_for
from lifecrm.core.sending.smtp import SendFailure, _login_failure
from lifecrm.core.sending.trial_message import send_test_message
from tests.support import smtp_server
from tests.support.keyrings import MemoryKeyring

GMAIL = SmtpAccount("smtp.gmail.com", 587, Security.STARTTLS, "a@gmail.com", "a@gmail.com")


def test_the_account_round_trips_without_its_password(db) -> None:
    with db.write() as conn:
        save_account(conn, GMAIL)
    with db.read() as conn:
        assert load_account(conn) == GMAIL


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"security": Security.NONE}, "only allowed to this computer"),
        ({"port": 0}, "not a port number"),
        ({"from_address": "anna"}, "not an e-mail address"),
        ({"host": ""}, "server's name"),
    ],
)
def test_bad_settings_are_refused_in_one_sentence(db, change, message) -> None:
    with db.write() as conn, pytest.raises(BadAccount, match=message):
        save_account(conn, replace(GMAIL, **change))


def test_no_encryption_is_allowed_to_loopback_only(db) -> None:
    with db.write() as conn:
        save_account(conn, replace(GMAIL, host="127.0.0.1", security=Security.NONE))


def _chain(*backends: KeyringBackend) -> KeyringBackend:
    """keyring's chainer over exactly these backends (it normally finds them itself)."""
    return type("Chain", (ChainerBackend,), {"backends": list(backends)})()


REFUSED = {
    "fail": fail.Keyring,
    "null": null.Keyring,
    "plaintext file": PlaintextKeyring,
    # Built without its __init__: that needs pycryptodome just to be constructed.
    "encrypted file": lambda: EncryptedKeyring.__new__(EncryptedKeyring),
    "a chainer over those": lambda: _chain(PlaintextKeyring(), null.Keyring()),
}


@pytest.mark.parametrize("backend", REFUSED.values(), ids=REFUSED.keys())
def test_stores_that_keep_nothing_or_a_readable_file_are_refused(backend, tmp_path) -> None:
    chosen = backend()
    if isinstance(chosen, PlaintextKeyring):
        chosen.file_path = str(tmp_path / "keyring_pass.cfg")
    keyring.set_keyring(chosen)

    assert not keyring_available()
    with pytest.raises(NoKeyring, match="asked for it each time"):
        store_password(GMAIL, "secret")
    assert stored_password(GMAIL) is None
    assert list(tmp_path.iterdir()) == []


def test_a_chainer_keeps_the_password_only_in_its_safe_store(tmp_path) -> None:
    plaintext = PlaintextKeyring()
    plaintext.file_path = str(tmp_path / "keyring_pass.cfg")
    safe = MemoryKeyring()
    keyring.set_keyring(_chain(plaintext, safe))

    store_password(GMAIL, "secret")

    assert safe.passwords == {(KEYRING_SERVICE, GMAIL.keyring_user): "secret"}
    assert stored_password(GMAIL) == "secret"
    assert list(tmp_path.iterdir()) == []


def test_the_password_is_kept_in_the_keyring(os_keyring) -> None:
    store_password(GMAIL, "app-password")
    assert stored_password(GMAIL) == "app-password"
    assert stored_password(replace(GMAIL, user="other@gmail.com")) is None


def test_presets_by_address_and_what_to_know() -> None:
    gmail = provider_for("anna@gmail.com")
    outlook = provider_for("anna@hotmail.com")
    assert gmail is not None and gmail.host == "smtp.gmail.com" and "app password" in gmail.hint
    assert outlook is not None and outlook.passwords_refused
    assert provider_for("anna@freemail.hu") is not None
    assert provider_for("anna@example.com") is None


@pytest.mark.parametrize(
    ("account", "reply", "says"),
    [
        (GMAIL, b"5.7.9 Application-specific password required", "needs an app password"),
        (replace(GMAIL, from_address="a@outlook.com", user="a@outlook.com"),
         b"5.7.139 Authentication unsuccessful, basic authentication is disabled", "OAuth2"),
        (replace(GMAIL, from_address="a@shop.hu", user="a@shop.hu"),
         b"5.7.8 Username and Password not accepted", "refused the user name or password"),
    ],
)  # fmt: skip
def test_login_failures_say_what_to_do(account, reply, says) -> None:
    failure = _login_failure(account, smtplib.SMTPAuthenticationError(535, reply))
    assert says in failure.message
    assert failure.stop and reply.decode() in failure.detail


@pytest.mark.parametrize("without", [(), ("PLAIN",)], ids=["AUTH PLAIN", "AUTH LOGIN"])
def test_a_password_with_accents_signs_in_as_utf8(ca, without) -> None:
    """smtplib's login() would raise UnicodeEncodeError on 'jelszó-þórður-ščž'."""
    assert not smtp_server.PASSWORD.isascii()
    server = smtp_server.start(ca, without=without)
    try:
        account = SmtpAccount("127.0.0.1", server.port, Security.STARTTLS, smtp_server.USER,
                              smtp_server.USER)  # fmt: skip
        send_test_message(account, smtp_server.PASSWORD, context=server.client_context)
        with pytest.raises(SendFailure, match="refused the user name or password"):
            send_test_message(account, "jelszo-thordur-scz", context=server.client_context)
    finally:
        server.stop()
    assert server.handler.logins == ["LOGIN" if without else "PLAIN"] * 2
    assert len(server.handler.to(smtp_server.USER)) == 1
