"""The template editor: one template, one language at a time, with a live preview.

The preview re-renders ~150 ms after the owner stops typing, for a real recipient, through
core's `compile_template` + `render` (never a whole re-draft). A mistake shows inline with its
line marked and the last good preview stays; Save checks every changed language with core's
`validate` first and refuses while one has a mistake. Saving and resetting run on the writer
thread like every other write.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QColor, QTextCursor, QTextFormat
from PySide6.QtWidgets import (
    QApplication,
    QCompleter,
    QDialog,
    QMessageBox,
    QPushButton,
    QTextEdit,
    QWidget,
)

from lifecrm.core.drafting import engine
from lifecrm.core.drafting.context import assign_codes
from lifecrm.core.drafting.engine import TemplateError, check_source
from lifecrm.core.drafting.languages import LANGUAGES, WITH_INFORMAL
from lifecrm.core.drafting.library import TemplateText, get_template, reset_template, validate
from lifecrm.core.drafting.library import save_template as store_template
from lifecrm.core.drafting.profile import ShopProfile
from lifecrm.core.jobs import Cancel, Progress
from lifecrm.core.storage.db import Database
from lifecrm.ui.core_texts import error_text
from lifecrm.ui.drafting.editor_layout import TemplateEditorWidgets
from lifecrm.ui.drafting.preview import PreviewContexts
from lifecrm.ui.drafting.texts import (
    FORMAL_WORDS,
    language_label,
    language_name,
    template_name,
    tr,
)
from lifecrm.ui.jobs import Job, JobRunner

PREVIEW_DELAY_MS = 150
_ERROR_LINE = QColor("#fde2e2")
_RECS = ("recommended_products", "bestseller")


@dataclass(frozen=True)
class Recipient:
    """A customer the preview can be shown for."""

    customer_id: int
    label: str  # "Anna Kovács — anna@example.hu"


class TemplateEditor(QDialog, TemplateEditorWidgets):
    """Edits `key`; emits `saved(key)` after a save or a reset reached the database."""

    saved = Signal(str)

    def __init__(
        self,
        db: Database,
        jobs: JobRunner,
        *,
        key: str,
        language: str,
        as_of: date,
        profile: ShopProfile,
        recipients: list[Recipient],
        customer_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("templateEditor")
        self.db, self.jobs, self.key, self.profile = db, jobs, key, profile
        self.contexts = PreviewContexts(db, as_of, profile, key)
        self.code_job: Job | None = None
        self._code_for = 0
        self.originals: dict[str, TemplateText] = {}
        self.buffers: dict[str, tuple[str, str]] = {}  # language -> (subject, body) as typed
        self.language = language
        self.error: TemplateError | None = None
        self.job: Job | None = None
        self.confirmation: QMessageBox | None = None
        self.reset_confirm: QPushButton | None = None

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PREVIEW_DELAY_MS)
        self._timer.timeout.connect(self.update_preview)
        self.build_widgets(self)
        self._last_focus: QWidget = self.body
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._on_focus_changed)
        for code in LANGUAGES:
            self.languages.addItem(language_label(code), code)
        self.languages.setCurrentIndex(max(self.languages.findData(language), 0))
        self.languages.currentIndexChanged.connect(lambda _i: self._switch_language())
        for recipient in recipients:
            self.customers.addItem(recipient.label, recipient.customer_id)
        if customer_id is not None and self.customers.findData(customer_id) >= 0:
            self.customers.setCurrentIndex(self.customers.findData(customer_id))
        completer = QCompleter(self.customers.model(), self)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.customers.setCompleter(completer)
        self.customers.currentIndexChanged.connect(lambda _i: self.update_preview())
        self.customers.setVisible(bool(recipients))
        self.no_customers.setVisible(not recipients)
        self.subject.textChanged.connect(self._timer.start)
        self.body.textChanged.connect(self._timer.start)
        self.variables.itemDoubleClicked.connect(lambda item: self.insert_variable(item.text()))
        self.reset_button.clicked.connect(self.confirm_reset)
        self.cancel_button.clicked.connect(self.reject)
        self.save_button.clicked.connect(self.save)
        self._load(self.language)

    # -- one language at a time ------------------------------------------------------------

    def _load(self, language: str) -> None:
        if language not in self.originals:
            with self.db.read() as conn:
                found = get_template(conn, self.key, language, formal=self.profile.formal(language))
            self.originals[language] = replace(found, language=language)
        original = self.originals[language]
        subject, body = self.buffers.get(language, (original.subject, original.body))
        self.language = language
        for widget in (self.subject, self.body):
            widget.blockSignals(True)
        self.subject.setText(subject)
        self.body.setPlainText(body)
        for widget in (self.subject, self.body):
            widget.blockSignals(False)
        name = template_name(self.key, original.name)
        self.setWindowTitle(tr("Edit template: %1").replace("%1", name))
        self.title.setText(name)
        self.reset_button.setVisible(not original.builtin)
        self.address_note.setText(self._address_note(language))
        self.address_note.setVisible(language in WITH_INFORMAL)
        self.update_preview()

    def _address_note(self, language: str) -> str:
        if language not in FORMAL_WORDS:
            return ""
        formal, informal = FORMAL_WORDS[language]
        text = (
            tr("You write to %1 customers formally (%2). Change it in Your details.")
            if self.profile.formal(language)
            else tr("You write to %1 customers informally (%2). Change it in Your details.")
        )
        word = formal if self.profile.formal(language) else informal
        return text.replace("%1", language_name(language)).replace("%2", word)

    def _switch_language(self) -> None:
        self._remember()
        self._load(str(self.languages.currentData()))

    def _remember(self) -> None:
        typed = (self.subject.text(), self.body.toPlainText())
        original = self.originals[self.language]
        if typed != (original.subject, original.body):
            self.buffers[self.language] = typed
        else:
            self.buffers.pop(self.language, None)

    def changed_languages(self) -> list[str]:
        self._remember()
        return list(self.buffers)

    def insert_variable(self, name: str) -> None:
        """Puts `{{ name }}` where the owner was typing (the subject or the message)."""
        tag = "{{ " + name.strip("{} ") + " }}"
        if self._last_focus is self.subject:
            self.subject.insert(tag)
            self.subject.setFocus()
        else:
            self.body.textCursor().insertText(tag)
            self.body.setFocus()

    # -- preview and mistakes --------------------------------------------------------------

    def update_preview(self) -> None:
        """Renders the typed template for the chosen customer; a mistake keeps the last preview."""
        self._timer.stop()
        subject, body = self.subject.text(), self.body.toPlainText()
        html = self.originals[self.language].html
        part: QWidget = self.body
        try:
            try:
                check_source(subject, "subject")
            except TemplateError:
                part = self.subject
                raise
            compiled = engine.compile_template(subject, body, html)
            recs = any(name in subject + body for name in _RECS)
            context = self.contexts.context(
                self.customers.currentData(), self.language, recommendations=recs
            )
            rendered = engine.render(compiled, context)
        except TemplateError as exc:
            self._show_error(exc, part)
            return
        self._show_error(None, part)
        self.preview.show_message(*rendered)
        customer_id = self.customers.currentData()
        if "discount_code" in subject + body and customer_id in self.contexts.without_code:
            self._reserve_code(int(customer_id))

    def _reserve_code(self, customer_id: int) -> None:
        """Stores the customer's code now (drafting reuses it): the preview shows the real one."""
        if self.code_job is not None:
            return
        db, key, pattern = self.db, self.key, self.profile.code_pattern

        def work(*, progress: Progress, cancel: Cancel) -> None:
            with db.write() as conn:
                assign_codes(conn, [customer_id], key, pattern)

        self._code_for = customer_id
        job = self.jobs.submit("reserve-code", work)
        self.code_job = job
        job.finished.connect(self._on_code_reserved)  # a bound slot: dropped if the editor closed
        job.done.connect(self._forget_code_job)

    def _on_code_reserved(self, _result: object) -> None:
        self.contexts.forget(self._code_for)
        self.update_preview()

    def _forget_code_job(self) -> None:
        self.code_job = None

    def _show_error(self, error: TemplateError | None, part: QWidget) -> None:
        self.error = error
        self.error_label.setText(error_text(error) if error else "")
        self.error_label.setVisible(error is not None)
        self.save_button.setEnabled(error is None and self.job is None)
        self.subject.setStyleSheet(
            "QLineEdit { border: 2px solid #dc2626; }" if error and part is self.subject else ""
        )
        selections = []
        line = error.facts.get("line") if error is not None and part is self.body else None
        if isinstance(line, int):
            block = self.body.document().findBlockByLineNumber(line - 1)
            selection = QTextEdit.ExtraSelection()
            selection.format.setBackground(_ERROR_LINE)
            selection.format.setProperty(QTextFormat.Property.FullWidthSelection, True)
            selection.cursor = QTextCursor(block)
            selections.append(selection)
        self.body.setExtraSelections(selections)

    # -- saving ----------------------------------------------------------------------------

    def save(self) -> Job | None:
        """Checks every changed language, then stores them; refused while one has a mistake."""
        self.update_preview()
        if self.error is not None:
            return None
        texts = []
        for language in self.changed_languages():
            subject, body = self.buffers[language]
            text = replace(self.originals[language], subject=subject, body=body)
            try:
                validate(text)
            except TemplateError as exc:
                self.languages.setCurrentIndex(self.languages.findData(language))
                self._show_error(exc, self.body)
                return None
            texts.append(text)
        if not texts:
            self.accept()
            return None
        db = self.db

        def work(*, progress: Progress, cancel: Cancel) -> None:
            with db.write() as conn:
                for text in texts:
                    store_template(conn, text)

        return self._run("save-template", work, self._on_saved)

    def _on_saved(self, _result: object) -> None:
        self.buffers.clear()
        self.saved.emit(self.key)
        self.accept()

    def confirm_reset(self) -> QMessageBox:
        box = QMessageBox(
            QMessageBox.Icon.Question,
            tr("Back to the original?"),
            tr(
                "Throw away your version of the %1 template and use LifeCRM's original again?"
            ).replace("%1", language_name(self.language)),
            QMessageBox.StandardButton.Cancel,
            self,
        )
        self.reset_confirm = box.addButton(
            tr("Use the original"), QMessageBox.ButtonRole.AcceptRole
        )
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.buttonClicked.connect(
            lambda button: self.reset() if button is self.reset_confirm else None
        )
        self.confirmation = box
        box.open()
        return box

    def reset(self) -> Job:
        db, key, language = self.db, self.key, self.language

        def work(*, progress: Progress, cancel: Cancel) -> None:
            with db.write() as conn:
                reset_template(conn, key, language)

        return self._run("reset-template", work, lambda _r: self._on_reset(language))

    def _on_reset(self, language: str) -> None:
        self.originals.pop(language, None)
        self.buffers.pop(language, None)
        self._load(language)
        self.saved.emit(self.key)

    def _run(self, name: str, work: object, on_finished: object) -> Job:
        job = self.jobs.submit(name, work)  # type: ignore[arg-type]
        self.job = job
        self.save_button.setEnabled(False)
        job.finished.connect(on_finished)  # type: ignore[arg-type]
        job.failed.connect(lambda error: self._show_error(error, self.body))
        job.crashed.connect(
            lambda _m: self._show_error(TemplateError(tr("Something went wrong (a bug).")), self)
        )
        job.done.connect(self._on_done)
        return job

    def _on_done(self) -> None:
        self.job = None
        self.save_button.setEnabled(self.error is None)

    def _on_focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        if new is self.subject or new is self.body:
            self._last_focus = new
