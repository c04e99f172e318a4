"""The list's own menu items: add a customer by hand, and export the list to a workbook.

The export runs `core.exporting.export_customers` on the job runner, off the GUI thread; the
window stays usable while 100k rows are written.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMessageBox

from lifecrm.core.contacts import Contact, add_customer
from lifecrm.core.jobs import Cancel, Progress
from lifecrm.ui.dialogs.contact_dialog import ContactDialog
from lifecrm.ui.file_dialogs import save_workbook, start_folder
from lifecrm.ui.jobs import Job

if TYPE_CHECKING:
    from lifecrm.ui.main_window import MainWindow


class ListActions(QObject):
    """Owns "Add a customer…" and "Export the list…" and what they open."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.dialog: ContactDialog | None = None
        self.file_dialog: QFileDialog | None = None
        self.add_action = QAction(self.tr("&Add a customer…"), window)
        self.add_action.setShortcut(QKeySequence(QKeySequence.StandardKey.New))
        self.add_action.triggered.connect(lambda: self.add_customer())
        self.export_action = QAction(self.tr("&Export the list…"), window)
        self.export_action.setShortcut(QKeySequence("Ctrl+E"))
        self.export_action.setStatusTip(self.tr("Saves the customers listed as an Excel workbook."))
        self.export_action.triggered.connect(lambda: self.choose_export_file())

    # -- adding ----------------------------------------------------------------------------

    def add_customer(self) -> ContactDialog:
        window = self.window
        added: list[int] = []

        def save(contact: Contact) -> None:
            with window.db.write() as conn:
                added.append(add_customer(conn, contact, now=datetime.now(UTC)))

        dialog = ContactDialog(self.tr("Add a customer"), Contact(""), save, window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._show_added(added[-1]))
        self.dialog = dialog
        dialog.open()
        return dialog

    def _show_added(self, customer_id: int) -> None:
        window = self.window
        window.customers.search.clear()
        window.sidebar.select_stage(None)
        window.reload()
        window.customers.apply_search()
        window.customers.select_customer(customer_id)

    # -- exporting -------------------------------------------------------------------------

    def choose_export_file(self) -> QFileDialog:
        proposed = start_folder() / self.tr("customers.xlsx")
        title = self.tr("Export the customers to")
        self.file_dialog = save_workbook(self.window, title, proposed, self.export_to)
        return self.file_dialog

    def export_to(self, path: Path) -> Job:
        """The list's stage (all customers when none is chosen), as of the stages shown."""
        from lifecrm.core.exporting import export_customers  # its workbook library loads slowly

        window = self.window
        db, stage = window.db, window.model.filter.stage

        def work(*, progress: Progress, cancel: Cancel) -> int:
            return export_customers(db, path, stage=stage, progress=progress, cancel=cancel)

        job = window.run_job("export", self.tr("Exporting the customers…"), work)
        job.finished.connect(lambda rows: self._exported(int(rows), path))
        return job

    def _exported(self, rows: int, path: Path) -> None:
        text = self.tr("%n customer(s) saved in %1.", "", rows).replace("%1", str(path))
        self.window.show_message(QMessageBox.Icon.Information, self.tr("LifeCRM"), text)
