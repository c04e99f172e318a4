"""The import wizard: choose a file, see how it is read, check every row, then import.

Every decision is core's: the wizard keeps the owner's choices (sheet, encoding, delimiter,
column mapping, date order, currency), asks core to plan again when one changes, and runs the
check (a dry run) and the import on the window's writer thread, so the window stays responsive.
A `UserError` from any step is shown calmly above the buttons; the owner can go back and fix it.
"""

from __future__ import annotations

import logging
from datetime import date
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QWidget,
)

from lifecrm import paths
from lifecrm.core.errors import UserError
from lifecrm.core.importing.dates import DateOrder
from lifecrm.core.importing.fields import Field
from lifecrm.core.importing.importer import ImportResult, run_import
from lifecrm.core.importing.plan import BadMapping
from lifecrm.core.jobs import Cancel, Progress
from lifecrm.core.storage.db import Database
from lifecrm.ui.file_dialogs import start_folder
from lifecrm.ui.importing.choices import Choices, Read, read_plan
from lifecrm.ui.importing.texts import FILE_FILTER, friendly, tr
from lifecrm.ui.importing.wizard_widgets import Step, WizardWidgets
from lifecrm.ui.jobs import Job, JobRunner

log = logging.getLogger("lifecrm.ui")


class ImportWizard(QDialog):
    """Opens on the file step, or straight on the preview when given a `path`."""

    imported = Signal(object)  # the ImportResult of a real (not dry-run) import

    def __init__(
        self,
        db: Database,
        jobs: JobRunner,
        *,
        as_of: date,
        path: Path | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import orders"))
        self.setObjectName("importWizard")
        self.db, self.jobs, self.as_of = db, jobs, as_of
        self.choices = Choices(db)
        self.check_result: ImportResult | None = None
        self.result: ImportResult | None = None
        self.job: Job | None = None
        self.step = Step.FILE
        self.file_dialog: QFileDialog | None = None

        self.ui = WizardWidgets.build(self)
        self._connect()
        self.resize(1100, 720)
        self.setMinimumSize(760, 520)

        self._go(Step.FILE)
        if path is not None:
            self.load_file(Path(path))

    def _connect(self) -> None:
        ui = self.ui
        ui.file_page.choose_requested.connect(self.choose_file)
        ui.preview.sheet_chosen.connect(lambda sheet: self._reread(sheet=sheet))
        ui.preview.encoding_chosen.connect(lambda encoding: self._reread(encoding=encoding))
        ui.preview.delimiter_chosen.connect(lambda delimiter: self._reread(delimiter=delimiter))
        ui.preview.field_chosen.connect(self.set_field)
        ui.preview.date_answered.connect(self.answer_dates)
        ui.preview.currency_chosen.connect(self.set_currency)
        ui.back_button.clicked.connect(self.back)
        ui.cancel_button.clicked.connect(self.reject)
        ui.next_button.clicked.connect(self.next)

    # -- steps -------------------------------------------------------------------------

    def _go(self, step: Step) -> None:
        self.step = step
        self.ui.pages.setCurrentWidget(self.ui.page_of(step))
        titles = {
            Step.FILE: (self.tr("Import orders"), 1),
            Step.READING: (self.tr("Reading the file"), 1),
            Step.PREVIEW: (self.tr("Check the columns"), 2),
            Step.CHECKING: (self.tr("Checking every row"), 3),
            Step.CHECKED: (self.tr("What will be imported"), 3),
            Step.IMPORTING: (self.tr("Importing"), 4),
            Step.DONE: (self.tr("Import finished"), 4),
        }
        title, number = titles[step]
        if self.choices.path is not None and step in (Step.PREVIEW, Step.CHECKED, Step.DONE):
            title = f"{title} · {self.choices.path.name}"
        self.ui.title.setText(title)
        self.ui.step_label.setText(self.tr("Step %1 of 4").replace("%1", str(number)))
        self.ui.back_button.setVisible(step in (Step.PREVIEW, Step.CHECKING, Step.CHECKED))
        if step == Step.DONE:
            self.ui.back_button.setVisible(self.result is None)  # after a cancel: try again
        self.ui.cancel_button.setVisible(step != Step.DONE)
        self.ui.cancel_button.setText(
            self.tr("Stop the import") if step == Step.IMPORTING else self.tr("Cancel")
        )
        next_text = {
            Step.PREVIEW: self.tr("Check the file"),
            Step.CHECKED: self.tr("Import"),
            Step.DONE: self.tr("Close"),
        }.get(step)
        self.ui.next_button.setVisible(next_text is not None)
        self.ui.next_button.setText(next_text or "")
        self._update_next()

    def _update_next(self) -> None:
        ready = {
            Step.PREVIEW: self.choices.plan is not None,
            Step.CHECKED: self.check_result is not None,
        }
        self.ui.next_button.setEnabled(ready.get(self.step, True))

    def next(self) -> None:
        if self.step == Step.PREVIEW:
            self.start_run(dry_run=True)
        elif self.step == Step.CHECKED:
            self.start_run(dry_run=False)
        elif self.step == Step.DONE:
            self.accept()

    def back(self) -> None:
        if self.step == Step.PREVIEW:
            self.clear_message()
            self._go(Step.FILE)
        elif self.step == Step.CHECKING and self.job is not None:
            self.job.cancel()  # the cancelled signal brings the preview back
        elif self.step in (Step.CHECKED, Step.DONE):
            self._go(Step.PREVIEW)

    def reject(self) -> None:
        """Cancel closes the wizard, except while importing: then it stops the import."""
        if self.job is not None:
            self.job.cancel()
            if self.step == Step.IMPORTING:
                self.ui.cancel_button.setEnabled(False)
                self.ui.working.start(self.tr("Stopping…"), self.tr("Putting everything back."))
                return
        super().reject()

    def show_message(self, text: str) -> None:
        self.ui.message.setText(text)
        self.ui.message.show()

    def clear_message(self) -> None:
        self.ui.message.clear()
        self.ui.message.hide()

    # -- reading -----------------------------------------------------------------------

    def choose_file(self) -> QFileDialog:
        path = self.choices.path
        dialog = QFileDialog(
            self,
            self.tr("Choose the file with your orders"),
            str(path.parent if path else start_folder()),
            tr(FILE_FILTER),
        )
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.fileSelected.connect(lambda name: self.load_file(Path(name)))
        self.file_dialog = dialog
        dialog.open()
        return dialog

    def load_file(self, path: Path) -> None:
        """Reads a newly chosen file with everything detected afresh."""
        self.choices.new_file(path)
        self._read()

    def _reread(self, **choice: str) -> None:
        for name, value in choice.items():
            setattr(self.choices, name, value)
        self._read()

    def _read(self) -> None:
        path, db = self.choices.path, self.db
        assert path is not None
        options = self.choices.read_options()

        def work(*, progress: Progress, cancel: Cancel) -> Read:
            return read_plan(path, options, db)

        self.clear_message()
        self.ui.working.start(self.tr("Reading %1…").replace("%1", path.name))
        self._go(Step.READING)
        job = self._submit("import-read", work)
        job.finished.connect(self._on_read)
        job.failed.connect(self._on_read)

    def _on_read(self, outcome: Read | UserError) -> None:
        choices = self.choices
        if isinstance(outcome, UserError):
            self.show_message(friendly(outcome))
            if choices.table is None:
                self._go(Step.FILE)
                return
            choices.keep_table()
            self.ui.preview.show_table(choices.table, choices.mapping)  # the choices as they were
            self._go(Step.PREVIEW)
            return
        choices.accept(outcome)
        self.check_result = None
        self.ui.preview.show_table(outcome.table, choices.mapping)
        if outcome.plan is None:
            self.show_message(friendly(BadMapping("")))
        self._show_plan()
        self._go(Step.PREVIEW)

    # -- the owner's answers -----------------------------------------------------------

    def set_field(self, column: int, field: Field) -> None:
        self._answered(self.choices.set_field(column, field))

    def answer_dates(self, column: int, order: DateOrder) -> None:
        self._answered(self.choices.answer_dates(column, order))

    def set_currency(self, code: str | None) -> None:
        self.choices.currency = code
        self.check_result = None

    def _answered(self, problem: UserError | None) -> None:
        self.check_result = None
        if problem is None:
            self.clear_message()
        else:
            self.show_message(friendly(problem))
        self.ui.preview.show_mapping(self.choices.mapping)
        self._show_plan()
        self._update_next()

    def _show_plan(self) -> None:
        choices = self.choices
        assert choices.table is not None
        self.ui.preview.show_notes(choices.plan, remembered=choices.remembered)
        self.ui.preview.show_date_questions(choices.table, choices.asked, choices.answers)
        self.ui.preview.show_currency(choices.currency_wanted, choices.suggestion, choices.currency)

    # -- check and import --------------------------------------------------------------

    def start_run(self, *, dry_run: bool) -> Job | None:
        plan = self.choices.plan
        if plan is None or self.job is not None:
            return None
        db, options = self.db, self.choices.options(self.as_of)

        def work(*, progress: Progress, cancel: Cancel) -> ImportResult:
            return run_import(db, plan, options, dry_run=dry_run, progress=progress, cancel=cancel)

        self.clear_message()
        name = plan.table.source
        if dry_run:
            self.ui.working.start(
                self.tr("Checking every row of %1…").replace("%1", name),
                self.tr("Nothing is saved yet."),
            )
            self._go(Step.CHECKING)
        else:
            self.ui.working.start(
                self.tr("Importing %1…").replace("%1", name),
                self.tr("If you stop now, nothing is imported."),
            )
            self._go(Step.IMPORTING)
        job = self._submit("import-check" if dry_run else "import", work)
        job.progress.connect(self.ui.working.set_progress)
        outcome = self._on_checked if dry_run else self._on_imported
        job.finished.connect(outcome)
        job.failed.connect(outcome)  # the UserError, with its type: friendly() words it
        job.cancelled.connect(self._on_cancelled)
        return job

    def _on_checked(self, outcome: ImportResult | UserError) -> None:
        if isinstance(outcome, UserError):
            self.show_message(friendly(outcome))
            self._go(Step.PREVIEW)
            return
        self.check_result = outcome
        self.ui.check_page.show_result(outcome)
        self._go(Step.CHECKED)

    def _on_imported(self, outcome: ImportResult | UserError) -> None:
        self.ui.cancel_button.setEnabled(True)
        if isinstance(outcome, UserError):
            self.show_message(friendly(outcome) + " " + self.tr("Nothing was imported."))
            self._go(Step.PREVIEW)
            return
        self.result = outcome
        self.ui.done_page.folder = self.choices.path.parent if self.choices.path else None
        self.ui.done_page.show_result(outcome)
        self._go(Step.DONE)
        self.imported.emit(outcome)

    def _on_cancelled(self) -> None:
        self.ui.cancel_button.setEnabled(True)
        if self.step == Step.IMPORTING:
            self.result = None
            self.ui.done_page.show_cancelled()
            self._go(Step.DONE)
        elif self.step == Step.CHECKING:
            self._go(Step.PREVIEW)

    def _submit(self, name: str, work: object) -> Job:
        job = self.jobs.submit(name, work)  # type: ignore[arg-type]
        self.job = job
        job.crashed.connect(self._on_crashed)
        job.done.connect(self._on_job_done)
        return job

    def _on_job_done(self) -> None:
        self.job = None

    def _on_crashed(self, _message: str) -> None:
        self.ui.cancel_button.setEnabled(True)
        self.show_message(
            self.tr(
                "Something went wrong inside LifeCRM (a bug); nothing was imported. "
                "The details are in %1."
            ).replace("%1", str(paths.log_file()))
        )
        self._go(Step.PREVIEW if self.choices.table is not None else Step.FILE)
