"""The window's ways into sending: the account, "Send…" from the drafting view, the progress
panel, the outbox, and the question when the window closes while messages go out.

Kept out of `main_window.py` so that file stays about the window's layout. Core queues and sends
(`create_campaign`, `send_queued`); the session runs it again whenever it must; this class only
connects the pieces and keeps one of each dialog.
"""

from __future__ import annotations

import ssl
import time
from collections.abc import Callable
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QMenu, QMessageBox, QWidget

from lifecrm.core import recipients
from lifecrm.core.drafting.drafts import Draft
from lifecrm.core.drafting.profile import load_profile
from lifecrm.core.jobs import Cancel, Progress
from lifecrm.core.sending import outbox
from lifecrm.core.sending.account import (
    SmtpAccount,
    keyring_available,
    load_account,
    stored_password,
)
from lifecrm.core.sending.limits import daily_left, recently_written
from lifecrm.ui.common.opener import OneAtATime
from lifecrm.ui.core_texts import error_text
from lifecrm.ui.sending.account_dialog import AccountDialog, Saved
from lifecrm.ui.sending.confirm_dialog import ConfirmSendDialog, SendFacts
from lifecrm.ui.sending.outbox_view import OutboxDialog
from lifecrm.ui.sending.progress_panel import SendingPanel
from lifecrm.ui.sending.session import MAX_WAIT_MS, SendingSession, State
from lifecrm.ui.sending.texts import campaign_name, time_left

if TYPE_CHECKING:
    from lifecrm.ui.drafting.drafting_dialog import DraftingDialog
    from lifecrm.ui.main_window import MainWindow


class SendingActions(QObject):
    """Owns "Sending account…", "Outbox…", the running `SendingSession` and its panel."""

    account_changed = Signal()

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        # Seams for tests (a loopback server's certificate, a fake clock); the app uses defaults.
        self.ssl_context: ssl.SSLContext | None = None
        self.clock: Callable[[], datetime] = lambda: datetime.now(UTC)
        self.sleep: Callable[[float], None] = time.sleep
        self.max_wait_ms = MAX_WAIT_MS  # how often a waiting batch looks at the clock
        self.password: str | None = None  # only when no keyring can keep it; never written
        self.session: SendingSession | None = None
        self.panel: SendingPanel | None = None
        self.outbox: OutboxDialog | None = None
        self.account_dialogs: OneAtATime[AccountDialog] = OneAtATime()
        self.confirm: ConfirmSendDialog | None = None
        self.close_question: QMessageBox | None = None
        self._close_when_stopped = False

        self.account_action = QAction(self.tr("Sending &account…"), window)
        self.account_action.setStatusTip(self.tr("The mailbox your e-mails are sent from."))
        self.account_action.triggered.connect(lambda: self.open_account())
        self.outbox_action = QAction(self.tr("&Outbox…"), window)
        self.outbox_action.setStatusTip(self.tr("What was sent, what waits, what went wrong."))
        self.outbox_action.triggered.connect(lambda: self.open_outbox())
        self.progress_action = QAction(self.tr("Sending &progress…"), window)
        self.progress_action.setEnabled(False)
        self.progress_action.triggered.connect(lambda: self.show_panel(bring_forward=True))

    def add_to(self, menu: QMenu) -> None:
        menu.addAction(self.account_action)
        menu.addAction(self.outbox_action)
        menu.addAction(self.progress_action)

    # -- the account -----------------------------------------------------------------------

    def account(self) -> SmtpAccount | None:
        with self.window.db.read() as conn:
            return load_account(conn)

    def account_ready(self) -> bool:
        return self.account() is not None

    def open_account(self, parent: QWidget | None = None) -> AccountDialog:
        if (shown := self.account_dialogs.front()) is not None:
            return shown
        window = self.window
        with window.db.read() as conn:
            account = load_account(conn)
            profile = load_profile(conn)
        dialog = AccountDialog(
            window.db, window.jobs, account,
            from_name=profile.owner_name or profile.shop_name,
            from_address=profile.from_address, session_password=self.password,
            context=self.ssl_context, parent=parent or window,
        )  # fmt: skip
        dialog.saved.connect(self._on_account_saved)
        return self.account_dialogs.open(dialog)

    @property
    def account_dialog(self) -> AccountDialog | None:
        return self.account_dialogs.dialog

    def _on_account_saved(self, saved: Saved) -> None:
        if saved.password is not None or saved.stored:
            self.password = saved.password
        if self.session is not None:
            self.session.set_account(saved.account, saved.password)
        self.account_changed.emit()

    # -- sending from the drafting view ----------------------------------------------------

    def send_drafts(self, drafting: DraftingDialog) -> QDialog | None:
        """Asks first (count, account, today's limit, recent customers), then queues and sends."""
        account = self.account()
        if account is None:
            return self.open_account(drafting)
        ready = drafting.drafts.ready()
        if not ready:
            return None
        # Core's skipped drafts go in too, so the outbox says who got nothing and why; the
        # ones the owner left out do not.
        ready_ids = {d.customer_id for d in ready}
        drafts = [d for d in drafting.drafts.drafts() if d.skipped or d.customer_id in ready_ids]
        if self.session is not None and self.session.active:
            self._tell(
                drafting,
                self.tr("Another batch is being sent. Wait until it is done, or stop it first."),
            )
            self.show_panel()
            return None
        with self.window.db.read() as conn:
            left = daily_left(conn, account, self.clock())
        recent = self.written_lately([d.customer_id for d in ready], account)
        need_password = self.password is None and stored_password(account) is None
        facts = SendFacts(account, len(ready), left, recent, need_password, keyring_available())
        confirm = ConfirmSendDialog(facts, drafting)
        confirm.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        confirm.accepted.connect(
            lambda: self._queue(drafting, drafts, account, confirm.insist(), confirm.password())
        )
        self.confirm = confirm
        confirm.open()
        return confirm

    def written_lately(self, customer_ids: list[int], account: SmtpAccount | None = None) -> int:
        """How many of these customers a campaign skips now for a recent message (the rule of
        `create_campaign`); 0 without an account, whose setting that rule is."""
        account = account or self.account()
        if account is None or not customer_ids:
            return 0
        with self.window.db.read() as conn:
            found = recently_written(conn, customer_ids, self.clock(), account.min_days_between)
        return len(found)

    def _queue(
        self,
        drafting: DraftingDialog,
        drafts: list[Draft],
        account: SmtpAccount,
        insist: bool,
        password: str | None,
    ) -> None:
        db, now = self.window.db, self.clock()
        key = drafting.template_key()
        with db.read() as conn:
            audience = recipients.audience(conn, drafting.customer_ids)
        name = campaign_name(drafting.templates.currentText(), audience)

        def work(*, progress: Progress, cancel: Cancel) -> outbox.CampaignResult:
            with db.write() as conn:
                return outbox.create_campaign(
                    conn, drafts, name=name, template_key=key, audience=audience,
                    account=account, now=now, min_days_between=account.min_days_between,
                    insist=insist,
                )  # fmt: skip

        if password is not None and not keyring_available():
            self.password = password  # asked because it cannot be stored: keep it for today
        job = self.window.jobs.submit("campaign", work)
        drafting.send_button.setEnabled(False)
        job.finished.connect(
            lambda result: self._on_queued(drafting, result, account, password, name)
        )
        job.failed.connect(lambda error: self._tell(drafting, error_text(error)))

    def _on_queued(
        self,
        drafting: DraftingDialog,
        result: outbox.CampaignResult,
        account: SmtpAccount,
        password: str | None,
        name: str,
    ) -> None:
        if drafting.isVisible():
            drafting.accept()  # the messages are in the outbox now: sending them twice is not
        if result.recipients == 0:
            self._tell(self.window, self.tr("Every recipient was skipped; nothing to send."))
            return
        self.start(result.campaign, name, account, password)

    def _tell(self, parent: QWidget, text: str) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Information, self.tr("LifeCRM"), text,
            QMessageBox.StandardButton.Ok, parent,
        )  # fmt: skip
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    # -- the session and its panel ---------------------------------------------------------

    def start(
        self,
        campaign_id: int,
        name: str = "",
        account: SmtpAccount | None = None,
        password: str | None = None,
    ) -> SendingSession | None:
        """Sends one campaign's queued messages, with the panel showing how it goes."""
        account = account or self.account()
        if account is None:
            self.open_account()
            return None
        session = self.session
        if session is not None and session.campaign_id == campaign_id:
            session.set_account(account, password or self.password)
            session.start()
            self.show_panel()
            return session
        if session is not None and session.active:
            self._tell(
                self.window,
                self.tr("Another batch is being sent. Wait until it is done, or stop it first."),
            )
            return None
        if not name:
            with self.window.db.read() as conn:
                found = [c for c in outbox.list_campaigns(conn) if c.id == campaign_id]
            name = found[0].name if found else ""
        session = SendingSession(
            self.window.db, self.window.jobs, account, password or self.password, campaign_id,
            name=name, context=self.ssl_context, clock=self.clock, sleep=self.sleep, parent=self,
        )  # fmt: skip
        session.max_wait_ms = self.max_wait_ms
        session.changed.connect(self._on_session_changed)
        session.ended.connect(self._on_session_ended)
        if self.session is not None:
            self.session.deleteLater()
        self.session = session
        self.progress_action.setEnabled(True)
        session.start()
        self.show_panel()
        return session

    def show_panel(self, *, bring_forward: bool = False) -> SendingPanel | None:
        if self.session is None:
            return None
        if self.panel is None:
            self.panel = SendingPanel(self.session, self.window)
            self.panel.account_requested.connect(lambda: self.open_account(self.panel))
            self.panel.outbox_requested.connect(lambda: self.open_outbox())
        elif self.panel.session is not self.session:
            self.panel.set_session(self.session)
        if bring_forward and self.panel.isVisible():
            self.panel.raise_()
        self.panel.show()
        return self.panel

    def _on_session_changed(self) -> None:
        session = self.session
        if session is not None and session.job is not None:
            self._show_in_status_bar(session)
        if self.outbox is not None:
            self.outbox.set_sending(session is not None and session.active)
            self.outbox.schedule_reload()

    def _show_in_status_bar(self, session: SendingSession) -> None:
        """ "Sending e-mails: 12 of 324 · about 10 minutes at 20 a minute" while a run is on."""
        text = self.tr("Sending e-mails: %1 of %2").replace("%1", str(session.done))
        text = text.replace("%2", str(session.total))
        if session.state == State.SENDING and not session.pausing:
            left = time_left(session.remaining, session.pace())
            text += f" · {left}" if left else ""
        status = self.window.status
        status.set_job(text)
        status.set_progress(session.done, session.total)

    def _on_session_ended(self) -> None:
        detail = self.window.detail
        if detail.customer_id is not None and not detail.save_button.isEnabled():
            detail.show_customer(detail.customer_id, self.window.as_of)  # the new e-mails
        if self.outbox is not None:
            self.outbox.reload()

    # -- the outbox ------------------------------------------------------------------------

    def open_outbox(self) -> OutboxDialog:
        if self.outbox is None or self.outbox.db is not self.window.db:
            if self.outbox is not None:
                self.outbox.deleteLater()
            self.outbox = OutboxDialog(
                self.window.db, self.window.jobs, clock=self.clock, parent=self.window
            )
            self.outbox.send_requested.connect(lambda campaign_id: self.start(campaign_id))
            self.outbox.set_sending(self.session is not None and self.session.active)
        else:
            self.outbox.reload()
        if self.outbox.isVisible():
            self.outbox.raise_()
        self.outbox.show()
        return self.outbox

    # -- closing the window ----------------------------------------------------------------

    def hold_close(self) -> bool:
        """True while the window must stay open: asked, or stopping between two messages."""
        session = self.session
        if session is None or session.job is None:
            if session is not None:
                session.timer.stop()  # waiting for tomorrow ends with the app; the rest stays
            return False
        if not self._close_when_stopped and self.close_question is None:
            self._ask_before_closing()
        return True

    def _ask_before_closing(self) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("LifeCRM is sending"),
            self.tr("Stop sending after the current message?"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self.window,
        )
        box.setInformativeText(
            self.tr(
                "The messages not sent yet stay in the outbox; send them the next time from "
                "File → Outbox…."
            )
        )
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("Stop and close"))
        box.button(QMessageBox.StandardButton.No).setText(self.tr("Keep sending"))
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.finished.connect(lambda _r: self._answered(box))
        self.close_question = box
        box.open()

    def _answered(self, box: QMessageBox) -> None:
        self.close_question = None
        if box.clickedButton() is not box.button(QMessageBox.StandardButton.Yes):
            return
        session = self.session
        if session is None or session.job is None:
            self.window.close()
            return
        self._close_when_stopped = True
        session.job.done.connect(self.window.close)
        session.cancel()
