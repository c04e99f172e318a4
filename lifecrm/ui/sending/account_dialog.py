"""Sending account: the owner types their address, LifeCRM recognises the provider and says
what to know about it (app passwords, Microsoft refusing passwords); a test message proves it.

Core owns the rules (`SmtpAccount.validate`, the presets, the keyring); this dialog fills the
fields, shows what core says, and saves on the writer thread.
"""

from __future__ import annotations

import ssl
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import (
    QDialog,
    QWidget,
)

from lifecrm.core.errors import UserError
from lifecrm.core.jobs import Cancel, Progress
from lifecrm.core.sending.account import (
    NoKeyring,
    Security,
    SmtpAccount,
    forget_password,
    is_loopback,
    keyring_available,
    save_account,
    store_password,
    stored_password,
)
from lifecrm.core.sending.providers import Provider, provider_by_key, provider_for
from lifecrm.core.sending.smtp import SendFailure
from lifecrm.core.sending.trial_message import send_test_message
from lifecrm.core.storage.db import Database
from lifecrm.ui.common.frame import fit_height, fit_to_text
from lifecrm.ui.core_texts import core_text, error_text
from lifecrm.ui.jobs import Job, JobRunner
from lifecrm.ui.sending.account_layout import AccountWidgets
from lifecrm.ui.sending.failure_box import ERROR_STYLE, INFO_STYLE, OK_STYLE, WARN_STYLE
from lifecrm.ui.sending.texts import tr

_OTHER = ""


@dataclass(frozen=True)
class Saved:
    account: SmtpAccount
    password: str | None  # only when it could not be stored: kept in memory for this session
    stored: bool


def provider_hint(provider: Provider) -> str:
    """The preset's hint in the window's language (core's catalogs)."""
    return core_text(provider.hint)


class AccountDialog(QDialog, AccountWidgets):
    """Edits the sending account; `saved(Saved)` once it is in the database (and keyring)."""

    saved = Signal(object)

    def __init__(
        self,
        db: Database,
        jobs: JobRunner,
        account: SmtpAccount | None,
        *,
        from_name: str = "",
        from_address: str = "",
        session_password: str | None = None,
        context: ssl.SSLContext | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("accountDialog")
        self.setWindowTitle(tr("Sending account"))
        self.db, self.jobs, self.context = db, jobs, context
        self.original = account
        self.session_password = session_password
        self.job: Job | None = None
        self.keyring = keyring_available()
        self._user_follows = account is None or account.user == account.from_address
        self.build_widgets(self)

        self._load(account, from_name, from_address)
        self.from_address.textEdited.connect(self._address_edited)
        self.provider.currentIndexChanged.connect(lambda _i: self._provider_chosen())
        self.host.textEdited.connect(self._host_edited)
        self.user.textEdited.connect(self._user_edited)
        self.test_button.clicked.connect(lambda: self.send_test())
        self.buttons.accepted.connect(lambda: self.save())
        self.buttons.rejected.connect(self.reject)
        self.outcome.toggle.toggled.connect(lambda _shown: fit_height(self))
        fit_to_text(self)

    # -- filling in ------------------------------------------------------------------------

    def _load(self, account: SmtpAccount | None, from_name: str, from_address: str) -> None:
        if account is None:
            self.from_name.setText(from_name)
            self.from_address.setText(from_address)
            self.user.setText(from_address)
            self.per_minute.setValue(SmtpAccount.per_minute)
            self.per_day.setValue(SmtpAccount.per_day)
            self.min_days.setValue(SmtpAccount.min_days_between)
            preset = provider_for(from_address)
            self._select_provider(preset.key if preset else _OTHER)
            self._provider_chosen()
            self._show_password_note(False)
            return
        self.from_name.setText(account.from_name)
        self.from_address.setText(account.from_address)
        self.user.setText(account.user)
        self.host.setText(account.host)
        self.port.setValue(account.port)
        self.per_minute.setValue(account.per_minute)
        self.per_day.setValue(account.per_day)
        self.min_days.setValue(account.min_days_between)
        preset = provider_for(account.from_address)
        same = preset is not None and preset.host == account.host
        self._select_provider(preset.key if preset and same else _OTHER)
        self._update_security_choices()
        self.security.setCurrentIndex(max(self.security.findData(account.security), 0))
        self._show_hint()
        self._show_password_note(stored_password(account) is not None)

    def _select_provider(self, key: str) -> None:
        self.provider.blockSignals(True)
        self.provider.setCurrentIndex(max(self.provider.findData(key), 0))
        self.provider.blockSignals(False)

    def current_provider(self) -> Provider | None:
        return provider_by_key(str(self.provider.currentData() or ""))

    def _address_edited(self, address: str) -> None:
        """A known provider's address fills the server in; the user name follows the address."""
        if self._user_follows:
            self.user.setText(address.strip())
        preset = provider_for(address.strip())
        if preset is not None and preset.key != self.provider.currentData():
            self._select_provider(preset.key)
            self._provider_chosen()

    def _provider_chosen(self) -> None:
        preset = self.current_provider()
        if preset is not None:
            self.host.setText(preset.host)
            self.port.setValue(preset.port)
            self._update_security_choices()
            self.security.setCurrentIndex(self.security.findData(preset.security))
            self.per_day.setValue(preset.per_day)
        elif not self.host.text():
            self.port.setValue(587)
            self._update_security_choices()
            self.security.setCurrentIndex(self.security.findData(Security.STARTTLS))
        self._show_hint()

    def _host_edited(self, host: str) -> None:
        preset = self.current_provider()
        if preset is not None and host.strip() != preset.host:
            self._select_provider(_OTHER)
            self._show_hint()
        self._update_security_choices()

    def _user_edited(self, user: str) -> None:
        self._user_follows = user.strip() in ("", self.from_address.text().strip())

    def _update_security_choices(self) -> None:
        """No encryption only for a server on this computer (core refuses it anywhere else)."""
        local = is_loopback(self.host.text().strip())
        model = self.security.model()
        assert isinstance(model, QStandardItemModel)
        item = model.item(self.security.findData(Security.NONE))
        item.setEnabled(local)
        item.setToolTip("" if local else tr("Only for a mail server on this computer."))
        if not local and self.security.currentData() == Security.NONE:
            self.security.setCurrentIndex(self.security.findData(Security.STARTTLS))
        self.security_note.setText(
            ""
            if local
            else tr("Your password and your customers' e-mails always travel encrypted.")
        )
        self.security_note.setVisible(not local)

    def _show_hint(self) -> None:
        preset = self.current_provider()
        if preset is None:
            self.hint.setText(
                tr(
                    "Your provider or web host tells you the outgoing (SMTP) server's name, its "
                    "port and its security; they are often on its help pages under “mail "
                    "program settings”."
                )
            )
            self.hint.setStyleSheet(INFO_STYLE)
        elif preset.passwords_refused:
            self.hint.setText(
                "<b>"
                + tr("LifeCRM cannot send through %1 yet.").replace("%1", preset.name)
                + "</b><br>"
                + provider_hint(preset)
            )
            self.hint.setStyleSheet(ERROR_STYLE)
        elif preset.hint:
            self.hint.setText(provider_hint(preset))
            self.hint.setStyleSheet(WARN_STYLE)
        else:
            self.hint.setText(
                tr("%1: your normal mailbox password should work.").replace("%1", preset.name)
            )
            self.hint.setStyleSheet(INFO_STYLE)
        fit_height(self)

    def _show_password_note(self, stored: bool) -> None:
        if not self.keyring:
            text = tr(
                "This computer has no password store LifeCRM can use, so your password is not "
                "saved: LifeCRM will ask for it when you send."
            )
        elif stored:
            text = tr("Saved in your computer's password store. Type a new one to replace it.")
            self.password.setPlaceholderText(tr("(saved)"))
        else:
            text = tr("Kept in your computer's password store, never in LifeCRM's files.")
        self.password_note.setText(text)

    # -- what the owner chose --------------------------------------------------------------

    def account(self) -> SmtpAccount:
        address = self.from_address.text().strip()
        return SmtpAccount(
            host=self.host.text().strip(),
            port=self.port.value(),
            security=Security(self.security.currentData()),
            user=self.user.text().strip() or address,
            from_address=address,
            from_name=" ".join(self.from_name.text().split()),
            per_minute=self.per_minute.value(),
            per_day=self.per_day.value(),
            unsubscribe_url=self.original.unsubscribe_url if self.original else "",
            min_days_between=self.min_days.value(),
        )

    def _checked(self) -> SmtpAccount | None:
        try:
            return self.account().validate()
        except UserError as exc:
            self._failure(error_text(exc))
            return None

    def _note(self, text: str, style: str = INFO_STYLE) -> None:
        self.outcome.show_text(text, style)
        fit_height(self)

    def _failure(self, message: str, detail: str = "") -> None:
        self.outcome.show_failure(message, detail)
        fit_height(self)

    def _busy(self, busy: bool) -> None:
        self.test_button.setEnabled(not busy)
        self.buttons.setEnabled(not busy)

    # -- test message ----------------------------------------------------------------------

    def send_test(self) -> Job | None:
        """Logs in and sends one message to the owner's own address, on the writer thread."""
        account = self._checked()
        if account is None or self.job is not None:
            return None
        typed = self.password.text() or None
        fallback, context = self.session_password, self.context

        def work(*, progress: Progress, cancel: Cancel) -> SendFailure | None:
            password = typed or stored_password(account) or fallback
            if password is None:
                return SendFailure(tr("Type your password first."))
            try:
                send_test_message(account, password, context=context)
            except SendFailure as failure:
                return failure
            return None

        self._note(tr("Sending a test message to %1…").replace("%1", account.from_address))
        return self._submit("smtp-test", work, self._on_tested)

    def _on_tested(self, failure: SendFailure | None) -> None:
        if failure is None:
            self._note(
                tr(
                    "The test message is on its way to %1. When it arrives in your inbox, "
                    "everything works: save, and you are ready to send."
                ).replace("%1", self.from_address.text().strip()),
                OK_STYLE,
            )
        else:
            self._failure(error_text(failure), failure.detail)

    # -- saving ----------------------------------------------------------------------------

    def save(self) -> Job | None:
        """Saves the settings, and the password in the keyring (moved there if its key changed)."""
        account = self._checked()
        if account is None or self.job is not None:
            return None
        db, old, typed = self.db, self.original, self.password.text() or None

        def work(*, progress: Progress, cancel: Cancel) -> Saved:
            with db.write() as conn:
                save_account(conn, account)
            moved = typed
            if old is not None and old.keyring_user != account.keyring_user:
                moved = moved or stored_password(old)
                forget_password(old)
            if moved is None:
                return Saved(account, None, stored_password(account) is not None)
            try:
                store_password(account, moved)
            except NoKeyring:
                return Saved(account, moved, False)
            return Saved(account, None, True)

        return self._submit("smtp-save", work, self._on_saved)

    def _on_saved(self, saved: Saved) -> None:
        self.saved.emit(saved)
        self.accept()

    def _submit(self, name: str, work: Callable[..., Any], on_result: Callable[[Any], None]) -> Job:
        job = self.jobs.submit(name, work)
        self.job = job
        self._busy(True)
        job.finished.connect(on_result)
        job.failed.connect(lambda error: self.outcome.show_failure(error_text(error)))
        job.crashed.connect(self._on_crashed)
        job.done.connect(self._on_done)
        return job

    def _on_crashed(self, _message: str) -> None:
        self._failure(tr("Something went wrong inside LifeCRM (a bug)."))

    def _on_done(self) -> None:
        self.job = None
        self._busy(False)

    def done(self, result: int) -> None:
        if self.job is not None and result == QDialog.DialogCode.Rejected:
            self.job.cancel()  # a test message in flight finishes; nothing is saved
        super().done(result)
