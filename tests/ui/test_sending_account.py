"""The sending account dialog: provider presets and hints, no unencrypted remote server, a test
message through a real SMTP server on loopback, and where the password is (and is not) kept."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from keyring.backends import fail
from keyrings.alt.file import PlaintextKeyring
from PySide6.QtGui import QStandardItemModel
from pytestqt.qtbot import QtBot

from lifecrm.core.sending.account import Security, load_account, stored_password
from lifecrm.core.storage.db import Database
from lifecrm.ui.main_window import MainWindow
from lifecrm.ui.sending.account_dialog import AccountDialog
from tests.support.smtp_server import PASSWORD, USER, Server
from tests.ui.sending_support import (
    sending_window,
)

pytestmark = pytest.mark.usefixtures("os_keyring")  # the owner's keyring is never touched


@pytest.fixture
def window(
    qtbot: QtBot, shop: Database, tmp_path: Path, mail_server: Server
) -> Iterator[MainWindow]:
    with sending_window(qtbot, shop, tmp_path, mail_server) as win:
        yield win


def fill_loopback(dialog: AccountDialog, server: Server, password: str) -> None:
    dialog.from_address.setText(USER)
    dialog.from_name.setText("Anna Kovács")
    dialog.provider.setCurrentIndex(dialog.provider.findData(""))
    dialog.host.setText("127.0.0.1")
    dialog.host.textEdited.emit("127.0.0.1")
    dialog.port.setValue(server.port)
    dialog.security.setCurrentIndex(dialog.security.findData(Security.STARTTLS))
    dialog.user.setText(USER)
    dialog.password.setText(password)


def security_enabled(dialog: AccountDialog, security: Security) -> bool:
    model = dialog.security.model()
    assert isinstance(model, QStandardItemModel)
    return model.item(dialog.security.findData(security)).isEnabled()


def test_typing_a_gmail_address_fills_the_server_and_says_an_app_password_is_needed(
    qtbot: QtBot, window: MainWindow
) -> None:
    dialog = window.sending.open_account()
    qtbot.keyClicks(dialog.from_address, "kovacs.tea@gmail.com")

    assert dialog.provider.currentText() == "Gmail"
    assert (dialog.host.text(), dialog.port.value()) == ("smtp.gmail.com", 587)
    assert dialog.security.currentData() == Security.STARTTLS
    assert dialog.user.text() == "kovacs.tea@gmail.com"  # the user name follows the address
    assert dialog.per_day.value() == 500
    assert "app password" in dialog.hint.text()

    dialog.from_address.clear()
    qtbot.keyClicks(dialog.from_address, "anna@hotmail.com")
    assert dialog.host.text() == "smtp-mail.outlook.com"
    assert "cannot send through Outlook.com" in dialog.hint.text()
    assert "no longer accepts passwords" in dialog.hint.text()
    assert "OAuth2" in dialog.hint.text()


def test_no_encryption_is_offered_only_for_a_server_on_this_computer(
    qtbot: QtBot, window: MainWindow
) -> None:
    dialog = window.sending.open_account()
    qtbot.keyClicks(dialog.from_address, "anna@kovacstea.hu")
    assert dialog.provider.currentData() == ""  # an unknown domain: "Other / my own server"
    qtbot.keyClicks(dialog.host, "mail.kovacstea.hu")
    assert not security_enabled(dialog, Security.NONE)

    dialog.host.clear()
    qtbot.keyClicks(dialog.host, "localhost")
    assert security_enabled(dialog, Security.NONE)
    dialog.security.setCurrentIndex(dialog.security.findData(Security.NONE))
    dialog.host.clear()
    qtbot.keyClicks(dialog.host, "mail.kovacstea.hu")
    assert dialog.security.currentData() == Security.STARTTLS  # switched back by itself

    dialog.security.setCurrentIndex(dialog.security.findData(Security.NONE))  # forced anyway
    assert dialog.save() is None
    assert "only allowed to this computer" in dialog.outcome.message.text()
    with window.db.read() as conn:
        assert load_account(conn) is None


def test_a_test_message_through_the_loopback_server_arrives_in_the_owners_inbox(
    qtbot: QtBot, window: MainWindow, mail_server: Server
) -> None:
    dialog = window.sending.open_account()
    fill_loopback(dialog, mail_server, PASSWORD)

    job = dialog.send_test()
    assert job is not None
    qtbot.waitUntil(lambda: dialog.job is None, timeout=30_000)

    assert "on its way" in dialog.outcome.message.text()
    assert [m["To"].addresses[0].addr_spec for m in mail_server.handler.received] == [USER]


def test_a_wrong_password_is_explained_with_the_servers_reply_under_details(
    qtbot: QtBot, window: MainWindow, mail_server: Server
) -> None:
    dialog = window.sending.open_account()
    fill_loopback(dialog, mail_server, "not the password")

    dialog.send_test()
    qtbot.waitUntil(lambda: dialog.job is None, timeout=30_000)

    assert "refused the user name or password" in dialog.outcome.message.text()
    assert dialog.outcome.toggle.isVisible() and not dialog.outcome.details.isVisible()
    dialog.outcome.toggle.click()
    assert dialog.outcome.details.isVisible()
    assert dialog.outcome.details.toPlainText().startswith("535")
    assert mail_server.handler.received == []


def test_saving_keeps_the_settings_in_the_database_and_the_password_in_the_keyring(
    qtbot: QtBot, window: MainWindow, mail_server: Server, tmp_path: Path
) -> None:
    dialog = window.sending.open_account()
    fill_loopback(dialog, mail_server, PASSWORD)
    with qtbot.waitSignal(dialog.saved, timeout=30_000):
        dialog.save()

    with window.db.read() as conn:
        account = load_account(conn)
    assert account is not None and account.port == mail_server.port
    assert stored_password(account) == PASSWORD
    assert PASSWORD.encode() not in window.db.path.read_bytes()
    assert window.sending.password is None

    again = window.sending.open_account()
    assert again.password.text() == ""
    assert "Saved in your computer's password store" in again.password_note.text()


@pytest.mark.parametrize("store", ["none", "plaintext file"])
def test_without_a_safe_keyring_the_password_is_not_stored_and_will_be_asked_for(
    qtbot: QtBot, window: MainWindow, mail_server: Server, tmp_path: Path, store: str
) -> None:
    if store == "none":
        keyring.set_keyring(fail.Keyring())  # `no_keyring` puts the previous one back afterwards
    else:  # keyrings.alt's base64 file: what keyring picked when it was in the app's environment
        plaintext = PlaintextKeyring()
        plaintext.file_path = str(tmp_path / "keyring_pass.cfg")
        keyring.set_keyring(plaintext)
    dialog = window.sending.open_account()
    assert "no password store" in dialog.password_note.text()
    assert "ask for it when you send" in dialog.password_note.text()
    fill_loopback(dialog, mail_server, PASSWORD)
    with qtbot.waitSignal(dialog.saved, timeout=30_000):
        dialog.save()

    with window.db.read() as conn:
        assert load_account(conn) is not None
    assert window.sending.password == PASSWORD  # in memory for this session only
    assert PASSWORD.encode() not in window.db.path.read_bytes()
    assert not (tmp_path / "keyring_pass.cfg").exists()
