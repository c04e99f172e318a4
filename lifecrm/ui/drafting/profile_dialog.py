"""Your details: who writes the e-mails, how they address customers, what they can offer.

Everything here fills a template's details (shop name, signature, discount…), so the dialog
explains each field in the owner's words. Saved with core's `save_profile` on the writer thread.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from lifecrm.core.drafting.languages import LANGUAGES, WITH_INFORMAL
from lifecrm.core.drafting.profile import ShopProfile, save_profile
from lifecrm.core.jobs import Cancel, Progress
from lifecrm.core.storage.db import Database
from lifecrm.ui.common.frame import dialog_layout, fit_to_text
from lifecrm.ui.core_texts import error_text
from lifecrm.ui.drafting.editor_layout import ERROR_STYLE, NOTE_STYLE
from lifecrm.ui.drafting.texts import FORMAL_WORDS, language_label, language_name, tr
from lifecrm.ui.jobs import Job, JobRunner

_ASK_STYLE = "QLabel { background: #fdf3dc; border-radius: 6px; padding: 8px 12px; }"


def _note(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setStyleSheet(NOTE_STYLE)
    return label


def _with_note(field: QWidget, note: str) -> QWidget:
    """A field with its explanation right under it, in the same row of the form."""
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(3)
    layout.addWidget(field)
    layout.addWidget(_note(note))
    return box


def _align_labels(*forms: QFormLayout) -> None:
    """One label column across the groups, so the fields line up down the whole dialog."""
    labels = [
        item.widget()
        for form in forms
        for row in range(form.rowCount())
        if (item := form.itemAt(row, QFormLayout.ItemRole.LabelRole)) is not None
    ]
    width = max((label.sizeHint().width() for label in labels if label is not None), default=0)
    for label in labels:
        if label is not None:
            label.setMinimumWidth(width)


class ProfileDialog(QDialog):
    """Edits a `ShopProfile`; `saved(profile)` once it is in the database."""

    saved = Signal(object)

    def __init__(
        self,
        db: Database,
        jobs: JobRunner,
        profile: ShopProfile,
        *,
        ask_for_sender: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Your details"))
        self.setObjectName("profileDialog")
        self.db, self.jobs, self.profile = db, jobs, profile
        self.ask_for_sender = ask_for_sender
        self.job: Job | None = None

        intro = QLabel(
            tr(
                "LifeCRM signs and fills in your e-mails with these details. Leave out "
                "anything you do not want to use: the sentence that needs it is left out too."
            )
        )
        intro.setWordWrap(True)
        self.ask = QLabel(
            tr("Which address should these e-mails come from? Fill in your e-mail address.")
        )
        self.ask.setWordWrap(True)
        self.ask.setStyleSheet(_ASK_STYLE)
        self.ask.setVisible(ask_for_sender)

        self.shop_name = QLineEdit(profile.shop_name)
        self.owner_name = QLineEdit(profile.owner_name)
        self.signature = QPlainTextEdit(profile.signature)
        self.signature.setTabChangesFocus(True)
        self.signature.setFixedHeight(self.signature.fontMetrics().lineSpacing() * 4 + 16)
        self.signature.setPlaceholderText(tr("Anna Kovács\nKovács Tea · Budapest"))
        self.shop_story = QLineEdit(profile.shop_story)
        self.shop_story.setPlaceholderText(
            tr("We blend our teas by hand in a small shop in Budapest since 2015.")
        )
        self.shop_url = QLineEdit(profile.shop_url)
        self.shop_url.setPlaceholderText("https://")
        self.from_address = QLineEdit(profile.from_address)
        self.from_address.setObjectName("fromAddress")
        self.from_address.setPlaceholderText(tr("anna@kovacstea.hu"))
        you = QGroupBox(tr("You and your shop"))
        you_form = QFormLayout(you)
        you_form.addRow(tr("Shop name"), self.shop_name)
        you_form.addRow(tr("Your name"), self.owner_name)
        you_form.addRow(
            tr("Signature"),
            _with_note(self.signature, tr("Empty: your name and the shop's name.")),
        )
        you_form.addRow(
            tr("About your shop"),
            _with_note(self.shop_story, tr("One sentence, told to a new customer.")),
        )
        you_form.addRow(tr("Web address"), self.shop_url)
        you_form.addRow(tr("Your e-mail address"), self.from_address)

        self.language = QComboBox()
        self.language.setObjectName("ownerLanguage")
        for code in LANGUAGES:
            self.language.addItem(language_label(code), code)
        self.language.setCurrentIndex(max(self.language.findData(profile.language), 0))
        self.address: dict[str, QComboBox] = {}
        writing = QGroupBox(tr("How you write"))
        writing_form = QFormLayout(writing)
        writing_form.addRow(
            tr("Your own language"),
            _with_note(
                self.language, tr("Customers whose language LifeCRM does not know get this one.")
            ),
        )
        for code in WITH_INFORMAL:
            formal, informal = FORMAL_WORDS[code]
            combo = QComboBox()
            combo.setObjectName(f"address_{code}")
            combo.addItem(tr("Formally (%1)").replace("%1", formal), True)
            combo.addItem(tr("Informally (%1)").replace("%1", informal), False)
            combo.setCurrentIndex(0 if profile.formal(code) else 1)
            self.address[code] = combo
            writing_form.addRow(
                tr("Address %1 customers").replace("%1", language_name(code)), combo
            )

        self.discount = QLineEdit(profile.discount)
        self.discount.setPlaceholderText(tr("10% off"))
        self.gift = QLineEdit(profile.gift)
        self.gift.setPlaceholderText(tr("free shipping"))
        self.code_pattern = QLineEdit(profile.code_pattern)
        self.code_pattern.setObjectName("codePattern")
        self.code_pattern.setPlaceholderText("THANKS-####")
        offer = QGroupBox(tr("What you can offer"))
        offer_form = QFormLayout(offer)
        offer_form.addRow(tr("Discount"), self.discount)
        offer_form.addRow(tr("Small gift"), self.gift)
        offer_form.addRow(
            tr("Discount codes"),
            _with_note(
                self.code_pattern,
                tr(
                    "Each customer gets a code of their own. Every # becomes a letter or a "
                    "digit: THANKS-#### gives codes like THANKS-7K2Q."
                ),
            ),
        )

        self.error_label = QLabel()
        self.error_label.setObjectName("profileError")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(tr("Save"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("Cancel"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

        _align_labels(you_form, writing_form, offer_form)
        layout = dialog_layout(self, spacing=12)
        layout.addWidget(intro)
        layout.addWidget(self.ask)
        for group in (you, writing, offer):
            layout.addWidget(group)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        fit_to_text(self, 640)
        if ask_for_sender:
            self.from_address.setFocus(Qt.FocusReason.OtherFocusReason)

    def chosen(self) -> ShopProfile:
        """The profile as filled in (its other settings kept)."""
        return replace(
            self.profile,
            shop_name=self.shop_name.text().strip(),
            owner_name=self.owner_name.text().strip(),
            signature=self.signature.toPlainText().strip(),
            shop_story=self.shop_story.text().strip(),
            shop_url=self.shop_url.text().strip(),
            from_address=self.from_address.text().strip(),
            language=str(self.language.currentData()),
            informal=tuple(code for code, combo in self.address.items() if not combo.currentData()),
            discount=self.discount.text().strip(),
            gift=self.gift.text().strip(),
            code_pattern=self.code_pattern.text().strip(),
        )

    def _problem(self, profile: ShopProfile) -> str | None:
        sender = profile.from_address
        if sender and ("@" not in sender or any(ch.isspace() for ch in sender)):
            return tr("“%1” does not look like an e-mail address.").replace("%1", sender)
        if self.ask_for_sender and not sender:
            return tr("Fill in the address your e-mails should come from.")
        return None

    def save(self) -> Job | None:
        profile = self.chosen()
        problem = self._problem(profile)
        if problem is not None:
            self._show_error(problem)
            return None
        db = self.db

        def work(*, progress: Progress, cancel: Cancel) -> ShopProfile:
            with db.write() as conn:
                save_profile(conn, profile)
            return profile

        self.buttons.setEnabled(False)
        job = self.jobs.submit("save-profile", work)
        self.job = job
        job.finished.connect(self._on_saved)
        job.failed.connect(lambda error: self._show_error(error_text(error)))
        job.crashed.connect(lambda _m: self._show_error(tr("Something went wrong (a bug).")))
        job.done.connect(self._on_done)
        return job

    def _on_saved(self, profile: ShopProfile) -> None:
        self.profile = profile
        self.saved.emit(profile)
        self.accept()

    def _show_error(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.show()

    def _on_done(self) -> None:
        self.job = None
        self.buttons.setEnabled(True)
