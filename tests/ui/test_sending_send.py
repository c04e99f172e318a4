"""Sending from the drafting view to a real SMTP server on loopback: the confirmation, delivery,
pause and resume, a refused recipient, a refused login, the daily limit, and closing the window
while messages go out."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from lifecrm.core.sending import outbox
from lifecrm.core.storage.db import Database
from lifecrm.ui.main_window import MainWindow
from lifecrm.ui.sending.outbox_models import AUDIENCE, E_EMAIL, E_STATE, SENT
from lifecrm.ui.sending.session import State
from tests.support.smtp_server import Server
from tests.ui.drafting_support import open_passive, prepare
from tests.ui.sending_support import (
    PASSIVE_READY,
    Clock,
    Gate,
    delivered,
    sending_window,
    set_up_account,
    wait_state,
)

pytestmark = pytest.mark.usefixtures("memory_keyring")  # the owner's keyring is never touched


@pytest.fixture
def ids(shop: Database) -> dict[str, int]:
    return prepare(shop)


@pytest.fixture
def window(
    qtbot: QtBot, shop: Database, ids: dict[str, int], tmp_path: Path, mail_server: Server
) -> Iterator[MainWindow]:
    with sending_window(qtbot, shop, tmp_path, mail_server) as win:
        yield win


def send_passive(qtbot: QtBot, window: MainWindow, *, insist: bool = False) -> None:
    """Writes to the passive stage, presses Send… and confirms."""
    dialog = open_passive(qtbot, window)
    assert dialog.send_button.isEnabled()
    dialog.send_button.click()
    confirm = window.sending.confirm
    assert confirm is not None and confirm.isVisible()
    confirm.insist_box.setChecked(insist)
    confirm.send_button.click()
    qtbot.waitUntil(lambda: window.sending.session is not None, timeout=30_000)


def campaign_entries(window: MainWindow) -> dict[str, str]:
    with window.db.read() as conn:
        return {e.email: e.state for e in outbox.entries(conn)}


def test_send_asks_first_then_delivers_every_ready_draft_once_and_the_outbox_shows_them_sent(
    qtbot: QtBot, window: MainWindow, mail_server: Server, ids: dict[str, int]
) -> None:
    set_up_account(window.db, mail_server, per_day=500)
    window.sending.account_changed.emit()
    dialog = open_passive(qtbot, window)
    dialog.send_button.click()
    confirm = window.sending.confirm
    assert confirm is not None
    assert confirm.question.text() == (
        "<b>Send 3 messages from anna@shop.example through 127.0.0.1?</b>"
    )
    assert confirm.limit.text() == "Today you can still send 500 of 500."
    assert not confirm.recent.isVisible() and not confirm.password_edit.isVisible()
    confirm.send_button.click()

    session = wait_state(qtbot, window, State.DONE)
    assert sorted(delivered(mail_server)) == sorted(PASSIVE_READY)
    assert window.drafting.dialog is None  # queued: the drafts cannot be sent twice from there
    panel = window.sending.panel
    assert panel is not None and panel.isVisible()
    assert panel.headline.text() == "3 of 3 messages sent"
    assert "Done: 3 messages sent." in panel.status.message.text()
    assert session.counts["skipped"] == 2  # Anna opted out, Luka has no address

    view = window.sending.open_outbox()
    assert view.campaigns.rowCount() == 1
    assert view.campaigns.index(0, AUDIENCE).data() == "Passive"
    assert view.campaigns.index(0, SENT).data() == "3"
    states = {
        view.entries.index(row, E_EMAIL).data(): view.entries.index(row, E_STATE).data()
        for row in range(view.entries.rowCount())
    }
    assert all(states[email].startswith("Sent ") for email in PASSIVE_READY)
    assert states["anna@example.hu"] == "Skipped: opted out"

    window.detail.show_customer(ids["Bence Nagy"], window.as_of)
    timeline = [
        window.detail.timeline_list.topLevelItem(n).text(1)
        for n in range(window.detail.timeline_list.topLevelItemCount())
    ]
    subject = mail_server.handler.to("bence@example.hu")[0]["Subject"]
    assert any(line.startswith(f"E-mail sent: {subject} · ") for line in timeline), timeline


def test_without_an_account_send_is_disabled_and_offers_to_set_one_up(
    qtbot: QtBot, window: MainWindow, mail_server: Server
) -> None:
    dialog = open_passive(qtbot, window)
    assert not dialog.send_button.isEnabled()
    assert "Sending account" in dialog.send_button.toolTip()
    assert dialog.send_setup.isVisible()
    dialog.send_setup.linkActivated.emit("setup")
    account_dialog = window.sending.account_dialog
    assert account_dialog is not None and account_dialog.isVisible()

    set_up_account(window.db, mail_server)
    window.sending.account_changed.emit()
    assert dialog.send_button.isEnabled() and not dialog.send_setup.isVisible()


def test_customers_written_to_lately_are_skipped_unless_the_owner_insists(
    qtbot: QtBot, window: MainWindow, mail_server: Server
) -> None:
    set_up_account(window.db, mail_server)
    send_passive(qtbot, window)
    wait_state(qtbot, window, State.DONE)

    dialog = open_passive(qtbot, window)
    dialog.send_button.click()
    confirm = window.sending.confirm
    assert confirm is not None and confirm.recent.isVisible()
    assert confirm.recent.text() == (
        "3 customers were written to in the last 14 days and will be skipped."
    )
    confirm.insist_box.setChecked(True)
    confirm.send_button.click()
    qtbot.waitUntil(lambda: len(mail_server.handler.received) == 6, timeout=30_000)
    wait_state(qtbot, window, State.DONE)


def test_pause_and_resume_deliver_each_message_exactly_once(
    qtbot: QtBot, window: MainWindow, mail_server: Server
) -> None:
    set_up_account(window.db, mail_server, per_minute=60)
    gate = Gate()
    window.sending.sleep = gate
    send_passive(qtbot, window)
    assert gate.held.wait(30)  # the first message is out; the batch waits before the next
    panel = window.sending.panel
    assert panel is not None

    panel.pause_button.click()
    assert "Stopping after the message being sent" in panel.status.message.text()
    gate.open()
    session = wait_state(qtbot, window, State.PAUSED)
    assert len(delivered(mail_server)) == 1
    assert session.remaining == 2
    assert panel.pause_button.text() == "Resume"

    panel.pause_button.click()
    wait_state(qtbot, window, State.DONE)
    assert sorted(delivered(mail_server)) == sorted(PASSIVE_READY)


def test_a_refused_recipient_is_shown_as_refused_and_the_rest_still_go_out(
    qtbot: QtBot, window: MainWindow, mail_server: Server
) -> None:
    set_up_account(window.db, mail_server)
    mail_server.handler.rcpt_replies["maja.novak@example.si"] = "550 No such user"
    send_passive(qtbot, window)
    session = wait_state(qtbot, window, State.DONE)

    assert sorted(delivered(mail_server)) == ["bence@example.hu", "nina@example.si"]
    assert session.counts["failed"] == 1
    panel = window.sending.panel
    assert panel is not None and "Refused: 1" in panel.figures.text()
    view = window.sending.open_outbox()
    states = {
        view.entries.index(row, E_EMAIL).data(): view.entries.index(row, E_STATE).data()
        for row in range(view.entries.rowCount())
    }
    assert states["maja.novak@example.si"] == "Refused: 550 No such user"
    assert view.retry_button.isEnabled()


def test_a_refused_login_stops_the_batch_and_offers_the_account_dialog(
    qtbot: QtBot, window: MainWindow, mail_server: Server
) -> None:
    set_up_account(window.db, mail_server, password="wrong")
    send_passive(qtbot, window)
    session = wait_state(qtbot, window, State.STOPPED)

    assert delivered(mail_server) == []
    assert session.remaining == 3  # nothing lost: all still queued
    panel = window.sending.panel
    assert panel is not None
    assert "refused the user name or password" in panel.status.message.text()
    assert panel.status.details.toPlainText().startswith("535")
    assert panel.account_button.isVisible()
    panel.account_button.click()
    assert window.sending.account_dialog is not None


def test_at_the_daily_limit_sending_waits_and_goes_on_by_itself_when_the_day_is_over(
    qtbot: QtBot, window: MainWindow, mail_server: Server
) -> None:
    set_up_account(window.db, mail_server, per_day=2)
    clock = Clock()
    window.sending.clock = clock
    window.sending.max_wait_ms = 20
    send_passive(qtbot, window)
    session = wait_state(qtbot, window, State.WAITING)

    assert len(delivered(mail_server)) == 2 and session.daily_limit
    panel = window.sending.panel
    assert panel is not None and "Today's limit of 2 messages is reached" in (
        panel.status.message.text()
    )
    qtbot.wait(100)  # the timer looks at the clock a few times: not yet
    assert len(delivered(mail_server)) == 2 and session.state == State.WAITING

    clock.advance(days=1, minutes=1)
    wait_state(qtbot, window, State.DONE)
    assert sorted(delivered(mail_server)) == sorted(PASSIVE_READY)


def test_closing_the_window_while_sending_asks_then_stops_between_two_messages(
    qtbot: QtBot, window: MainWindow, mail_server: Server
) -> None:
    set_up_account(window.db, mail_server, per_minute=60)
    gate = Gate()
    window.sending.sleep = gate
    send_passive(qtbot, window)
    assert gate.held.wait(30)

    window.close()
    question = window.sending.close_question
    assert question is not None and question.text() == "Stop sending after the current message?"
    assert window.isVisible()
    question.button(QMessageBox.StandardButton.No).click()  # keep sending: nothing happens
    assert window.isVisible() and window.sending.session is not None

    window.close()
    question = window.sending.close_question
    assert question is not None
    question.button(QMessageBox.StandardButton.Yes).click()
    assert window.isVisible()  # still sending the current message
    gate.open()
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=30_000)

    assert len(delivered(mail_server)) == 1
    assert sorted(campaign_entries(window).values()).count("queued") == 2


def test_another_job_gets_the_writer_between_two_messages_and_sending_then_goes_on(
    qtbot: QtBot, window: MainWindow, mail_server: Server
) -> None:
    set_up_account(window.db, mail_server, per_minute=60)
    gate = Gate()
    window.sending.sleep = gate
    send_passive(qtbot, window)
    assert gate.held.wait(30)
    seen: list[int] = []
    other = window.jobs.submit("other", lambda **_kw: seen.append(len(delivered(mail_server))))
    qtbot.waitUntil(lambda: window.sending.session._step_aside.requested, timeout=30_000)

    gate.open()
    with qtbot.waitSignal(other.done, timeout=30_000):
        pass
    wait_state(qtbot, window, State.DONE)
    assert seen == [1]  # it ran right after the first message, not after the whole batch
    assert sorted(delivered(mail_server)) == sorted(PASSIVE_READY)
