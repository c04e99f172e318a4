"""Name, e-mail, phone and birthday of one customer, typed by the owner (new or corrected).

The dialog only collects the text; `core.contacts` checks and saves it. A refusal (an address
that is not one, or another customer's) is shown under the fields and the dialog stays open.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from lifecrm.core.contacts import Contact
from lifecrm.core.errors import UserError

_UNKNOWN = QDate(1900, 1, 1)  # the date edit's "not known"


class ContactDialog(QDialog):
    """Asks for the contact details; `save(contact)` is called on OK and may refuse them."""

    def __init__(
        self,
        title: str,
        contact: Contact,
        save: Callable[[Contact], object],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self._save = save
        self.name_edit = QLineEdit(contact.name)
        self.email_edit = QLineEdit(contact.email)
        self.email_edit.setPlaceholderText(self.tr("name@example.com"))
        self.phone_edit = QLineEdit(contact.phone)
        self.birthday_edit = QDateEdit()
        self.birthday_edit.setCalendarPopup(True)
        self.birthday_edit.setMinimumDate(_UNKNOWN)
        self.birthday_edit.setSpecialValueText(self.tr("not known"))
        self.birthday_edit.setDate(
            QDate(contact.birthday.year, contact.birthday.month, contact.birthday.day)
            if contact.birthday
            else _UNKNOWN
        )
        form = QFormLayout()
        form.addRow(self.tr("Name"), self.name_edit)
        form.addRow(self.tr("E-mail"), self.email_edit)
        form.addRow(self.tr("Phone"), self.phone_edit)
        form.addRow(self.tr("Birthday"), self.birthday_edit)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("QLabel { color: #991b1b; }")
        self.problem.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 56)

    def contact(self) -> Contact:
        chosen = self.birthday_edit.date()
        birthday = None if chosen == _UNKNOWN else date(chosen.year(), chosen.month(), chosen.day())
        return Contact(
            self.name_edit.text(), self.email_edit.text(), self.phone_edit.text(), birthday
        )

    def accept(self) -> None:
        try:
            self._save(self.contact())
        except UserError as refused:
            self.problem.setText(str(refused))
            self.problem.show()
            return
        super().accept()
