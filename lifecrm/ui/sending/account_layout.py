"""The sending account dialog's widgets, in the order an owner thinks of them.

First who sends (name, address: often all we need, the provider is recognised from it), then
the server (filled in by the provider, editable for "my own server"), the password, the limits,
and a test message before saving.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from lifecrm.core.sending.account import Security
from lifecrm.core.sending.providers import PROVIDERS
from lifecrm.ui.common.frame import dialog_layout
from lifecrm.ui.sending.failure_box import FailureBox
from lifecrm.ui.sending.texts import security_label, tr

if TYPE_CHECKING:
    from lifecrm.ui.sending.account_dialog import AccountDialog

NOTE_STYLE = "QLabel { color: palette(placeholder-text); padding-top: 2px; }"


def note(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setStyleSheet(NOTE_STYLE)
    return label


def _with_note(field: QWidget, label: QLabel) -> QWidget:
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(3)
    layout.addWidget(field)
    layout.addWidget(label)
    return box


def _spin(low: int, high: int) -> QSpinBox:
    spin = QSpinBox()
    spin.setRange(low, high)
    spin.setMinimumWidth(80)
    return spin


def _sentence(text: str, *fields: QWidget) -> QHBoxLayout:
    """ "Send at most [20] e-mails a minute": the fields inside the sentence, as translated."""
    row = QHBoxLayout()
    row.setSpacing(6)
    rest = text
    for n, field in enumerate(fields, start=1):
        before, _, rest = rest.partition(f"%{n}")
        if before.strip():
            row.addWidget(QLabel(before.strip()))
        row.addWidget(field)
    if rest.strip():
        row.addWidget(QLabel(rest.strip()))
    row.addStretch(1)
    return row


def build_account_layout(dialog: AccountDialog) -> None:
    intro = QLabel(
        tr(
            "LifeCRM sends your e-mails through your own mailbox, as if you had written each "
            "one yourself. Replies come back to you."
        )
    )
    intro.setWordWrap(True)

    dialog.from_name = QLineEdit()
    dialog.from_name.setObjectName("fromName")
    dialog.from_name.setPlaceholderText(tr("Anna Kovács"))
    dialog.from_address = QLineEdit()
    dialog.from_address.setObjectName("fromAddress")
    dialog.from_address.setPlaceholderText(tr("anna@kovacstea.hu"))
    you = QGroupBox(tr("Who the e-mails come from"))
    you_form = QFormLayout(you)
    you_form.addRow(tr("Your name"), dialog.from_name)
    you_form.addRow(
        tr("Your e-mail address"),
        _with_note(dialog.from_address, note(tr("Customers see this address and reply to it."))),
    )

    dialog.provider = QComboBox()
    dialog.provider.setObjectName("provider")
    for provider in PROVIDERS:
        dialog.provider.addItem(provider.name, provider.key)
    dialog.provider.addItem(tr("Other / my own server"), "")
    dialog.hint = QLabel()
    dialog.hint.setObjectName("providerHint")
    dialog.hint.setWordWrap(True)
    dialog.hint.setOpenExternalLinks(True)
    dialog.host = QLineEdit()
    dialog.host.setObjectName("host")
    dialog.host.setPlaceholderText(tr("smtp.example.com"))
    dialog.port = _spin(1, 65535)
    dialog.port.setObjectName("port")
    dialog.port.setGroupSeparatorShown(False)
    dialog.security = QComboBox()
    dialog.security.setObjectName("security")
    for security in Security:
        dialog.security.addItem(security_label(security), security)
    dialog.security_note = note()
    host_row = QHBoxLayout()
    host_row.setSpacing(8)
    host_row.addWidget(dialog.host, 1)
    host_row.addWidget(QLabel(tr("Port")))
    host_row.addWidget(dialog.port)
    dialog.user = QLineEdit()
    dialog.user.setObjectName("user")
    dialog.user.setPlaceholderText(tr("Usually your e-mail address"))
    dialog.password = QLineEdit()
    dialog.password.setObjectName("password")
    dialog.password.setEchoMode(QLineEdit.EchoMode.Password)
    dialog.password_note = note()
    dialog.password_note.setObjectName("passwordNote")
    server = QGroupBox(tr("Your mail provider"))
    server_form = QFormLayout(server)
    server_form.addRow(tr("Provider"), dialog.provider)
    server_form.addRow(dialog.hint)
    server_form.addRow(tr("Outgoing server"), host_row)
    server_form.addRow(tr("Security"), _with_note(dialog.security, dialog.security_note))
    server_form.addRow(tr("User name"), dialog.user)
    server_form.addRow(tr("Password"), _with_note(dialog.password, dialog.password_note))

    dialog.per_minute = _spin(1, 1000)
    dialog.per_day = _spin(1, 100_000)
    dialog.min_days = _spin(0, 365)
    limits = QGroupBox(tr("Limits"))
    limits_layout = QVBoxLayout(limits)
    limits_layout.setSpacing(6)
    limits_layout.addLayout(
        _sentence(tr("Send at most %1 e-mails a minute and %2 a day."),
                  dialog.per_minute, dialog.per_day)
    )  # fmt: skip
    limits_layout.addWidget(
        note(tr("Your provider's daily limit; what is over it goes out the next day."))
    )
    limits_layout.addLayout(
        _sentence(tr("Write to the same customer at most once in %1 days."), dialog.min_days)
    )
    limits_layout.addWidget(note(tr("Customers written to more recently are left out.")))

    dialog.test_button = QPushButton(tr("Send a test message"))
    dialog.test_button.setObjectName("testMessage")
    dialog.test_note = note(tr("One e-mail to your own address, to check that everything works."))
    test_row = QHBoxLayout()
    test_row.addWidget(dialog.test_button)
    test_row.addWidget(dialog.test_note, 1)
    dialog.outcome = FailureBox()
    dialog.outcome.setObjectName("accountResult")

    dialog.buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
    )
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).setText(tr("Save"))
    dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("Cancel"))

    layout = dialog_layout(dialog, spacing=12)
    layout.addWidget(intro)
    layout.addWidget(you)
    layout.addWidget(server)
    layout.addWidget(limits)
    layout.addLayout(test_row)
    layout.addWidget(dialog.outcome)
    layout.addStretch(1)
    layout.addWidget(dialog.buttons)
    dialog.resize(660, dialog.sizeHint().height())
