"""What the owner can do to one customer from its panel: correct the details, opt them out, or
forget them (the right to be forgotten). The core calls decide; this row asks and tells."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QMessageBox, QPushButton, QWidget

from lifecrm.core import people
from lifecrm.core.contacts import Contact, update_contact
from lifecrm.core.profile import CustomerProfile
from lifecrm.core.storage.db import Database
from lifecrm.ui.dialogs.contact_dialog import ContactDialog


def contact_of(profile: CustomerProfile) -> Contact:
    row = profile.row
    return Contact(row.name, row.email or "", row.phone or "", profile.birthday)


class CustomerActions(QObject):
    """ "Edit details…", "No more e-mails" and "Forget…" for the customer the panel shows; the
    panel places the buttons (editing beside the contact details, the privacy rights below)."""

    changed = Signal(int)  # customer id: their details or opt-out changed
    forgotten = Signal(int)  # customer id: they are gone from the database

    def __init__(self, database: Callable[[], Database], parent: QWidget) -> None:
        super().__init__(parent)
        self._parent = parent
        self._database = database
        self._profile: CustomerProfile | None = None
        self.dialog: ContactDialog | None = None
        self.question: QMessageBox | None = None
        self.edit_button = QPushButton(self.tr("Edit details…"))
        self.edit_button.clicked.connect(self.edit)
        self.optout_button = QPushButton(self.tr("No more e-mails"))
        self.optout_button.setToolTip(
            self.tr("They asked not to be written to: LifeCRM will leave them out of every e-mail.")
        )
        self.optout_button.clicked.connect(self.opt_out)
        self.forget_button = QPushButton(self.tr("Forget…"))
        self.forget_button.setToolTip(
            self.tr("They asked to be forgotten: erase them and everything about them.")
        )
        self.forget_button.clicked.connect(self.ask_to_forget)

    def privacy_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.setSpacing(8)
        row.addWidget(self.optout_button)
        row.addWidget(self.forget_button)
        row.addStretch(1)
        return row

    def show_profile(self, profile: CustomerProfile) -> None:
        self._profile = profile
        self.optout_button.setVisible(bool(profile.row.email) and not profile.row.opted_out)

    def _name(self) -> str:
        assert self._profile is not None
        return self._profile.row.name or self._profile.row.email or ""

    def edit(self) -> ContactDialog | None:
        profile = self._profile
        if profile is None:
            return None
        customer_id = profile.row.id

        def save(contact: Contact) -> None:
            with self._database().write() as conn:
                update_contact(conn, customer_id, contact, now=datetime.now(UTC))

        dialog = ContactDialog(self.tr("Edit %1").replace("%1", self._name()), contact_of(profile),
                               save, self._parent.window())  # fmt: skip
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.changed.emit(customer_id))
        self.dialog = dialog
        dialog.open()
        return dialog

    def opt_out(self) -> None:
        profile = self._profile
        if profile is None or not profile.row.email:
            return
        with self._database().write() as conn:
            people.opt_out(conn, profile.row.email, now=datetime.now(UTC))
        self.changed.emit(profile.row.id)

    def ask_to_forget(self) -> QMessageBox | None:
        profile = self._profile
        if profile is None:
            return None
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Forget a customer"),
            self.tr("Forget %1 for good?").replace("%1", self._name()),
            QMessageBox.StandardButton.Cancel,
            self._parent.window(),
        )
        box.setInformativeText(
            self.tr(
                "Their contact details, orders, notes and messages are erased and cannot be "
                "brought back. Do this when someone asks you to delete their data."
            )
        )
        forget = box.addButton(self.tr("Forget for good"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        customer_id = profile.row.id
        box.finished.connect(
            lambda _code: self._forget(customer_id) if box.clickedButton() is forget else None
        )
        self.question = box
        box.open()
        return box

    def _forget(self, customer_id: int) -> None:
        self.question = None
        with self._database().write() as conn:
            people.forget_customer(conn, customer_id)
        self._profile = None
        self.forgotten.emit(customer_id)
