"""The imports so far, newest first, and a way to take the newest one back.

Undo is core's (`undo_import`), run on the writer thread after the owner confirms it in words
that say what will go: "Remove the 957 orders and 261 customers this import added?"
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from lifecrm.core.importing.history import (
    ImportRecord,
    list_imports,
    undo_import,
    undoable_import,
)
from lifecrm.core.jobs import Cancel, Progress
from lifecrm.core.storage.db import Database
from lifecrm.ui import formatting
from lifecrm.ui.core_texts import error_text
from lifecrm.ui.jobs import Job, JobRunner
from lifecrm.ui.models.text_table import TextTableModel


def when(moment: datetime) -> str:
    """The owner's local date and time of a stored (UTC) moment."""
    local = moment.astimezone() if moment.tzinfo else moment
    return f"{formatting.short_date(local.date())} {local:%H:%M}"


def _count(n: int) -> str:
    return QLocale().toString(n)


class ImportHistoryDialog(QDialog):
    """A list of imports with "Undo this import" for the newest one still in place."""

    undone = Signal(object)  # the ImportRecord, after it was undone

    def __init__(
        self, db: Database, jobs: JobRunner, *, as_of: date, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import history"))
        self.db, self.jobs, self.as_of = db, jobs, as_of
        self.records: list[ImportRecord] = []
        self.confirmation: QMessageBox | None = None
        self.undo_confirm: QPushButton | None = None
        self.job: Job | None = None

        intro = QLabel(
            self.tr(
                "Every file you imported, newest first. Undoing an import removes the orders and "
                "customers it added and puts back what it changed. Only the newest import can be "
                "undone."
            )
        )
        intro.setWordWrap(True)
        self.model = TextTableModel(
            [
                self.tr("Imported on"),
                self.tr("File"),
                self.tr("Orders added"),
                self.tr("Customers added"),
                self.tr("Problems"),
                self.tr("Status"),
            ],
            right_columns=[2, 3, 4],
            parent=self,
        )
        self.view = QTableView()
        self.view.setObjectName("importHistory")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())
        self.empty = QLabel(self.tr("Nothing has been imported yet."))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message = QLabel()
        self.message.setObjectName("historyMessage")
        self.message.setWordWrap(True)
        self.message.hide()

        self.undo_button = QPushButton(self.tr("Undo this import…"))
        self.undo_button.clicked.connect(self.confirm_undo)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.setDefault(True)
        self.close_button.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addWidget(self.undo_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.setSpacing(12)
        layout.addWidget(intro)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.empty, 1)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.resize(860, 440)
        self.reload()

    # -- the list ----------------------------------------------------------------------

    def reload(self) -> None:
        with self.db.read() as conn:
            self.records = list_imports(conn)
            self._undoable = undoable_import(conn)
        self.model.set_rows(
            [
                [
                    when(r.imported_at),
                    r.file_name,
                    _count(r.orders_created),
                    _count(r.customers_created),
                    _count(r.problems) if r.problems else "",
                    self._status(r),
                ]
                for r in self.records
            ],
            keys=[r.id for r in self.records],
            muted=[i for i, r in enumerate(self.records) if r.undone_at is not None],
        )
        self.view.resizeColumnsToContents()
        self.view.setVisible(bool(self.records))
        self.empty.setVisible(not self.records)
        if self.records:
            self.view.selectRow(0)
        self._update_buttons()

    def _status(self, record: ImportRecord) -> str:
        if record.undone_at is not None:
            return self.tr("Undone on %1").replace("%1", when(record.undone_at))
        return self.tr("In place")

    def undoable_id(self) -> int | None:
        """The import core would undo (the newest still in place)."""
        return self._undoable

    def selected(self) -> ImportRecord | None:
        row = self.view.currentIndex().row()
        return self.records[row] if 0 <= row < len(self.records) else None

    def select_import(self, import_id: int) -> None:
        rows = [i for i, r in enumerate(self.records) if r.id == import_id]
        if rows:
            self.view.selectRow(rows[0])

    def _update_buttons(self) -> None:
        record = self.selected()
        newest = record is not None and record.id == self.undoable_id()
        self.undo_button.setEnabled(newest and self.job is None)
        if record is not None and not newest and record.undone_at is None:
            self.undo_button.setToolTip(self.tr("Only the newest import can be undone."))
        else:
            self.undo_button.setToolTip("")

    # -- undo --------------------------------------------------------------------------

    def confirm_undo(self) -> QMessageBox | None:
        record = self.selected()
        if record is None or record.id != self.undoable_id():
            return None
        added = [
            self.tr("%Ln order(s)", "", record.orders_created),
            self.tr("%Ln customer(s)", "", record.customers_created),
        ]
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Undo this import?"),
            self.tr("Remove the %1 and %2 this import added?")
            .replace("%1", added[0])
            .replace("%2", added[1]),
            QMessageBox.StandardButton.Cancel,
            self,
        )
        if record.customers_updated or record.orders_updated:
            box.setInformativeText(
                self.tr("Customers and orders it changed get their earlier details back.")
            )
        self.undo_confirm = box.addButton(
            self.tr("Undo the import"), QMessageBox.ButtonRole.AcceptRole
        )
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.buttonClicked.connect(
            lambda button: self.start_undo(record.id) if button is self.undo_confirm else None
        )
        self.confirmation = box
        box.open()
        return box

    def start_undo(self, import_id: int) -> Job:
        db, as_of = self.db, self.as_of

        def work(*, progress: Progress, cancel: Cancel) -> ImportRecord:
            return undo_import(db, import_id, as_of=as_of)

        self.message.setText(self.tr("Undoing the import…"))
        self.message.show()
        job = self.jobs.submit("undo-import", work)
        self.job = job
        self._update_buttons()
        job.finished.connect(self._on_undone)
        job.failed.connect(lambda error: self._on_failed(error_text(error)))
        job.crashed.connect(lambda _m: self._on_failed(self.tr("Something went wrong (a bug).")))
        job.done.connect(self._on_done)
        return job

    def _on_undone(self, record: ImportRecord) -> None:
        self.reload()
        self.select_import(record.id)
        self.message.setText(
            self.tr("Undone: removed %1 that %2 had added.")
            .replace("%1", self.tr("%Ln order(s)", "", record.orders_created))
            .replace("%2", record.file_name)
        )
        self.undone.emit(record)

    def _on_failed(self, message: str) -> None:
        self.message.setText(message)
        self.message.show()

    def _on_done(self) -> None:
        self.job = None
        self._update_buttons()
