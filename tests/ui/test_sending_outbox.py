"""The outbox view: messages that may have been sent are explained and can be sent again or
dropped; refused ones can be tried again once the cause is fixed."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import update

from lifecrm.core.sending import outbox
from lifecrm.core.storage.db import Database
from lifecrm.core.storage.models import OutboxMessage, table
from lifecrm.ui.main_window import MainWindow
from lifecrm.ui.sending.outbox_models import E_EMAIL, E_STATE, MAYBE
from lifecrm.ui.sending.outbox_view import OutboxDialog
from lifecrm.ui.sending.session import State
from tests.support.smtp_server import Server
from tests.ui.drafting_support import open_passive, prepare
from tests.ui.sending_support import (
    PASSIVE_READY,
    delivered,
    sending_window,
    set_up_account,
    wait_state,
)

pytestmark = pytest.mark.usefixtures("memory_keyring")  # the owner's keyring is never touched


@pytest.fixture
def window(
    qtbot: QtBot, shop: Database, tmp_path: Path, mail_server: Server
) -> Iterator[MainWindow]:
    prepare(shop)
    with sending_window(qtbot, shop, tmp_path, mail_server) as win:
        set_up_account(win.db, mail_server)
        yield win


def send_passive(qtbot: QtBot, window: MainWindow) -> None:
    dialog = open_passive(qtbot, window)
    dialog.send_button.click()
    assert window.sending.confirm is not None
    window.sending.confirm.send_button.click()
    wait_state(qtbot, window, State.DONE)


def states(view: OutboxDialog) -> dict[str, str]:
    return {
        view.entries.index(row, E_EMAIL).data(): view.entries.index(row, E_STATE).data()
        for row in range(view.entries.rowCount())
    }


def entry_id(view: OutboxDialog, email: str) -> int:
    return next(e.id for e in view.entries.rows if e.email == email)


def test_messages_that_may_have_been_sent_are_explained_and_sent_again_or_dropped(
    qtbot: QtBot, qtmodeltester, window: MainWindow, mail_server: Server
) -> None:
    send_passive(qtbot, window)
    mail_server.handler.received.clear()
    messages = table(OutboxMessage)
    with window.db.write() as conn:  # as after a crash between the server's accept and the record
        conn.execute(
            update(messages)
            .where(messages.c.email.in_(["maja.novak@example.si", "nina@example.si"]))
            .values(state="uncertain", sent_at=None)
        )

    view = window.sending.open_outbox()
    assert view.campaigns.index(0, MAYBE).data() == "2"
    assert view.uncertain_box.isVisible()
    assert "twice" in view.uncertain_note.text()
    assert states(view)["nina@example.si"] == "May have been sent"
    assert not view.again_button.isEnabled()  # nothing chosen yet
    qtmodeltester.check(view.campaigns)
    qtmodeltester.check(view.entries)

    view.select_entries([entry_id(view, "nina@example.si")])
    assert view.again_button.isEnabled() and view.drop_button.isEnabled()
    view.drop_button.click()
    qtbot.waitUntil(lambda: view.job is None, timeout=30_000)
    assert states(view)["nina@example.si"] == "Skipped: you chose not to send it again"

    view.select_entries([entry_id(view, "maja.novak@example.si")])
    view.again_button.click()
    qtbot.waitUntil(lambda: delivered(mail_server) == ["maja.novak@example.si"], timeout=30_000)
    wait_state(qtbot, window, State.DONE)
    view.reload()
    assert states(view)["maja.novak@example.si"].startswith("Sent ")
    assert not view.uncertain_box.isVisible()


def test_refused_messages_can_be_tried_again_once_the_cause_is_fixed(
    qtbot: QtBot, window: MainWindow, mail_server: Server
) -> None:
    mail_server.handler.rcpt_replies["maja.novak@example.si"] = "550 No such user"
    send_passive(qtbot, window)
    view = window.sending.open_outbox()
    assert states(view)["maja.novak@example.si"] == "Refused: 550 No such user"

    del mail_server.handler.rcpt_replies["maja.novak@example.si"]  # the address was fixed
    view.retry_button.click()
    qtbot.waitUntil(lambda: len(delivered(mail_server)) == 3, timeout=30_000)
    wait_state(qtbot, window, State.DONE)
    assert sorted(delivered(mail_server)) == sorted(PASSIVE_READY)
    with window.db.read() as conn:
        assert outbox.counts(conn)["failed"] == 0
