"""What the window says while and before it sends: sizes, figures, names and buttons that agree
with what core will do (each was wrong once, seen by an owner)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from lifecrm.core.jobs import Cancel, Progress
from lifecrm.core.storage.db import Database
from lifecrm.ui.main_window import MainWindow
from lifecrm.ui.sending.confirm_dialog import ConfirmSendDialog, SendFacts
from lifecrm.ui.sending.outbox_models import NAME
from lifecrm.ui.sending.session import SendingSession, State
from lifecrm.ui.sending.texts import time_left
from tests.support.smtp_server import Server
from tests.ui.drafting_support import open_passive, prepare
from tests.ui.layout_support import speaking, unfit
from tests.ui.sending_support import (
    Gate,
    loopback_account,
    sending_window,
    set_up_account,
    wait_state,
)
from tests.ui.test_sending_send import send_passive

pytestmark = pytest.mark.usefixtures("memory_keyring")  # the owner's keyring is never touched


@pytest.fixture
def window(
    qtbot: QtBot, shop: Database, tmp_path: Path, mail_server: Server
) -> Iterator[MainWindow]:
    prepare(shop)
    with sending_window(qtbot, shop, tmp_path, mail_server) as win:
        yield win


def held_after_first(
    qtbot: QtBot, window: MainWindow, mail_server: Server
) -> tuple[SendingSession, Gate]:
    """Sends the passive stage (3 messages) and holds the batch after the first one."""
    set_up_account(window.db, mail_server, per_minute=1)
    gate = Gate()
    window.sending.sleep = gate
    send_passive(qtbot, window)
    assert gate.held.wait(30)
    session = window.sending.session
    assert session is not None
    qtbot.waitUntil(lambda: (session.refresh(), session.done == 1)[1], timeout=30_000)
    return session, gate


@pytest.mark.parametrize("language", ["en", "hu", "sl"])
def test_the_confirmation_is_as_tall_as_its_sentences(
    qtbot: QtBot, qapp: QApplication, mail_server: Server, language: str
) -> None:
    facts = SendFacts(loopback_account(mail_server), 324, 140, 60, True, False)
    with speaking(qapp, language):
        dialog = ConfirmSendDialog(facts)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        assert unfit(dialog) == []
        assert dialog.question.geometry().bottom() < dialog.limit.geometry().top()


def test_the_status_bar_shows_the_batch_done_of_total_and_the_time_left(
    qtbot: QtBot, window: MainWindow, mail_server: Server
) -> None:
    def quick(*, progress: Progress, cancel: Cancel) -> None:
        progress(1, 1)

    window.run_job("demo", "Building demo data…", quick)  # an earlier job's words
    qtbot.waitUntil(lambda: not window.jobs.busy, timeout=30_000)
    session, gate = held_after_first(qtbot, window, mail_server)
    status = window.status

    assert status.job_label.text() == "Sending e-mails: 1 of 3 · about 2 minutes at 1 a minute"
    assert (status.job_progress.maximum(), status.job_progress.value()) == (3, 1)
    panel = window.sending.panel
    assert panel is not None and "about 2 minutes at 1 a minute" in panel.figures.text()
    gate.open()
    wait_state(qtbot, window, State.DONE)


def test_send_the_rest_waits_while_a_batch_is_going_out(
    qtbot: QtBot, window: MainWindow, mail_server: Server
) -> None:
    session, gate = held_after_first(qtbot, window, mail_server)
    view = window.sending.open_outbox()
    assert not view.send_rest_button.isEnabled()  # two are still queued, but they are going out

    window.sending.panel.pause_button.click()  # type: ignore[union-attr]
    gate.open()
    wait_state(qtbot, window, State.PAUSED)
    view.reload()
    assert view.send_rest_button.isEnabled()


def test_the_ready_count_leaves_out_customers_written_to_lately_as_sending_will(
    qtbot: QtBot, window: MainWindow, mail_server: Server
) -> None:
    set_up_account(window.db, mail_server)
    send_passive(qtbot, window)
    wait_state(qtbot, window, State.DONE)

    dialog = open_passive(qtbot, window)
    assert dialog.counts.text() == (
        "0 messages ready, 3 written to lately (skipped unless you insist), 2 skipped"
    )
    assert dialog.send_button.isEnabled()  # the confirmation still lets the owner insist


def test_a_campaign_is_named_after_its_template_and_audience_in_the_owners_words(
    qtbot: QtBot, window: MainWindow, mail_server: Server
) -> None:
    set_up_account(window.db, mail_server)
    dialog = open_passive(qtbot, window)
    template = dialog.templates.currentText()
    dialog.send_button.click()
    window.sending.confirm.send_button.click()  # type: ignore[union-attr]
    wait_state(qtbot, window, State.DONE)
    view = window.sending.open_outbox()
    assert view.campaigns.index(0, NAME).data() == f"{template} → Passive"


@pytest.mark.parametrize(
    ("remaining", "per_minute", "said"),
    [(200, 20, "about 10 minutes at 20 a minute"), (5, 20, "less than a minute at 20 a minute"),
     (6000, 20, "about 5 hours at 20 a minute"), (0, 20, "")],
)  # fmt: skip
def test_time_left_is_said_in_minutes_or_hours(
    remaining: int, per_minute: float, said: str
) -> None:
    assert time_left(remaining, per_minute) == said
