"""The account: settings checked, the password in the keyring or nowhere, failures explained."""

from __future__ import annotations

import smtplib
from dataclasses import replace

import keyring
import pytest
from keyring.backends import fail

from lifecrm.core.sending.account import (
    BadAccount,
    NoKeyring,
    Security,
    SmtpAccount,
    load_account,
    save_account,
    store_password,
    stored_password,
)
from lifecrm.core.sending.providers import provider_for
from lifecrm.core.sending.smtp import _login_failure

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


def test_without_a_keyring_the_password_is_not_stored_and_that_is_said() -> None:
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        with pytest.raises(NoKeyring, match="asked for it each time"):
            store_password(GMAIL, "secret")
        assert stored_password(GMAIL) is None
    finally:
        keyring.set_keyring(previous)


def test_the_password_is_kept_in_the_keyring(file_keyring) -> None:
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
