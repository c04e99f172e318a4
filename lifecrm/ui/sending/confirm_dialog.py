"""The last question before a batch goes out: how many, from which address, through which server,
and what today's limit leaves. Sending is the one step that cannot be undone, so it is asked."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QWidget,
)

from lifecrm.core.sending.account import SmtpAccount
from lifecrm.ui.common.frame import dialog_layout, fit_to_text
from lifecrm.ui.sending.failure_box import WARN_STYLE
from lifecrm.ui.sending.texts import tr


@dataclass(frozen=True)
class SendFacts:
    """What core says about this batch, read before the question is asked."""

    account: SmtpAccount
    messages: int
    daily_left: int
    recent: int  # customers written to within `account.min_days_between` days
    need_password: bool
    keyring: bool


class ConfirmSendDialog(QDialog):
    """Accepted = send; `insist()` and `password()` carry the owner's answers."""

    def __init__(self, facts: SendFacts, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("confirmSend")
        self.setWindowTitle(tr("Send e-mails"))
        self.facts = facts
        account = facts.account
        question = (
            tr("Send %n message(s) from %1 through %2?", facts.messages)
            .replace("%1", account.from_address)
            .replace("%2", account.host)
        )
        self.question = QLabel(f"<b>{question}</b>")
        self.question.setObjectName("sendQuestion")
        self.question.setWordWrap(True)
        limit = (
            tr("Today you can still send %1 of %2.")
            .replace("%1", str(facts.daily_left))
            .replace("%2", str(account.per_day))
        )
        if facts.daily_left == 0:
            limit = tr(
                "Today's limit of %1 messages is used up: they go out by themselves once it "
                "allows, while LifeCRM is open."
            ).replace("%1", str(account.per_day))
        elif facts.messages - facts.recent > facts.daily_left:
            limit += " " + tr(
                "The first %1 go out today; the rest follow by themselves once the limit "
                "allows, while LifeCRM is open."
            ).replace("%1", str(facts.daily_left))
        self.limit = QLabel(limit)
        self.limit.setObjectName("sendLimit")
        self.limit.setWordWrap(True)

        self.recent = QLabel(
            tr(
                "%n customer(s) were written to in the last %1 days and will be skipped.",
                facts.recent,
            ).replace("%1", str(account.min_days_between))
        )
        self.recent.setObjectName("sendRecent")
        self.recent.setWordWrap(True)
        self.recent.setStyleSheet(WARN_STYLE)
        self.insist_box = QCheckBox(tr("Send to them anyway"))
        self.insist_box.setObjectName("sendInsist")
        self.recent.setVisible(facts.recent > 0)
        self.insist_box.setVisible(facts.recent > 0)

        why = (
            tr("Your password is not saved (this computer has no password store).")
            if not facts.keyring
            else tr("No password is saved for this account yet.")
        )
        self.password_label = QLabel(
            why + " " + tr("Type the password for %1 to send:").replace("%1", account.user)
        )
        self.password_label.setWordWrap(True)
        self.password_edit = QLineEdit()
        self.password_edit.setObjectName("sendPassword")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_label.setVisible(facts.need_password)
        self.password_edit.setVisible(facts.need_password)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.send_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.send_button.setText(tr("Send"))
        self.send_button.setObjectName("confirmSendButton")
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("Cancel"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.password_edit.textChanged.connect(lambda _t: self._update())

        layout = dialog_layout(self)
        layout.addWidget(self.question)
        layout.addWidget(self.limit)
        layout.addWidget(self.recent)
        layout.addWidget(self.insist_box)
        layout.addWidget(self.password_label)
        layout.addWidget(self.password_edit)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        fit_to_text(self, 520)
        self._update()

    def _update(self) -> None:
        self.send_button.setEnabled(not self.facts.need_password or bool(self.password()))

    def insist(self) -> bool:
        return self.insist_box.isChecked()

    def password(self) -> str | None:
        return self.password_edit.text() or None if self.facts.need_password else None
