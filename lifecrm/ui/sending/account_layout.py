"""The sending account dialog's widgets, in the order an owner thinks of them.

First who sends (name, address: often all we need, the provider is recognised from it), then
the server (filled in by the provider, editable for "my own server"), the password, the limits,
and a test message before saving.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
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


class AccountWidgets:
    """The widgets `AccountDialog` works with, built and laid out by `build_widgets`: a holder
    the dialog inherits, so this module never imports the dialog back."""

    from_name: QLineEdit
    from_address: QLineEdit
    provider: QComboBox
    hint: QLabel
    host: QLineEdit
    port: QSpinBox
    security: QComboBox
    security_note: QLabel
    user: QLineEdit
    password: QLineEdit
    password_note: QLabel
    per_minute: QSpinBox
    per_day: QSpinBox
    min_days: QSpinBox
    test_button: QPushButton
    test_note: QLabel
    outcome: FailureBox
    buttons: QDialogButtonBox

    def build_widgets(self, dialog: QDialog) -> None:
        intro = QLabel(
            tr(
                "LifeCRM sends your e-mails through your own mailbox, as if you had written each "
                "one yourself. Replies come back to you."
            )
        )
        intro.setWordWrap(True)

        self.from_name = QLineEdit()
        self.from_name.setObjectName("fromName")
        self.from_name.setPlaceholderText(tr("Anna Kovács"))
        self.from_address = QLineEdit()
        self.from_address.setObjectName("fromAddress")
        self.from_address.setPlaceholderText(tr("anna@kovacstea.hu"))
        you = QGroupBox(tr("Who the e-mails come from"))
        you_form = QFormLayout(you)
        you_form.addRow(tr("Your name"), self.from_name)
        you_form.addRow(
            tr("Your e-mail address"),
            _with_note(self.from_address, note(tr("Customers see this address and reply to it."))),
        )

        self.provider = QComboBox()
        self.provider.setObjectName("provider")
        for provider in PROVIDERS:
            self.provider.addItem(provider.name, provider.key)
        self.provider.addItem(tr("Other / my own server"), "")
        self.hint = QLabel()
        self.hint.setObjectName("providerHint")
        self.hint.setWordWrap(True)
        self.hint.setOpenExternalLinks(True)
        self.host = QLineEdit()
        self.host.setObjectName("host")
        self.host.setPlaceholderText(tr("smtp.example.com"))
        self.port = _spin(1, 65535)
        self.port.setObjectName("port")
        self.port.setGroupSeparatorShown(False)
        self.security = QComboBox()
        self.security.setObjectName("security")
        for security in Security:
            self.security.addItem(security_label(security), security)
        self.security_note = note()
        host_row = QHBoxLayout()
        host_row.setSpacing(8)
        host_row.addWidget(self.host, 1)
        host_row.addWidget(QLabel(tr("Port")))
        host_row.addWidget(self.port)
        self.user = QLineEdit()
        self.user.setObjectName("user")
        self.user.setPlaceholderText(tr("Usually your e-mail address"))
        self.password = QLineEdit()
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_note = note()
        self.password_note.setObjectName("passwordNote")
        server = QGroupBox(tr("Your mail provider"))
        server_form = QFormLayout(server)
        server_form.addRow(tr("Provider"), self.provider)
        server_form.addRow(self.hint)
        server_form.addRow(tr("Outgoing server"), host_row)
        server_form.addRow(tr("Security"), _with_note(self.security, self.security_note))
        server_form.addRow(tr("User name"), self.user)
        server_form.addRow(tr("Password"), _with_note(self.password, self.password_note))

        self.per_minute = _spin(1, 1000)
        self.per_day = _spin(1, 100_000)
        self.min_days = _spin(0, 365)
        limits = QGroupBox(tr("Limits"))
        limits_layout = QVBoxLayout(limits)
        limits_layout.setSpacing(6)
        limits_layout.addLayout(
            _sentence(tr("Send at most %1 e-mails a minute and %2 a day."),
                      self.per_minute, self.per_day)
        )  # fmt: skip
        limits_layout.addWidget(
            note(tr("Your provider's daily limit; what is over it goes out the next day."))
        )
        limits_layout.addLayout(
            _sentence(tr("Write to the same customer at most once in %1 days."), self.min_days)
        )
        limits_layout.addWidget(note(tr("Customers written to more recently are left out.")))

        self.test_button = QPushButton(tr("Send a test message"))
        self.test_button.setObjectName("testMessage")
        self.test_note = note(tr("One e-mail to your own address, to check that everything works."))
        test_row = QHBoxLayout()
        test_row.addWidget(self.test_button)
        test_row.addWidget(self.test_note, 1)
        self.outcome = FailureBox()
        self.outcome.setObjectName("accountResult")

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(tr("Save"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("Cancel"))

        layout = dialog_layout(dialog, spacing=12)
        layout.addWidget(intro)
        layout.addWidget(you)
        layout.addWidget(server)
        layout.addWidget(limits)
        layout.addLayout(test_row)
        layout.addWidget(self.outcome)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        dialog.resize(660, dialog.sizeHint().height())
