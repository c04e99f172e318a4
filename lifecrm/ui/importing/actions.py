"""The window's ways into importing: File menu items, a dropped spreadsheet, the welcome page.

Kept out of `main_window.py` so that file stays about the window's layout; the dialogs do the
work and tell the window, through a signal, when its figures must be read again. They are
imported when first opened (the reader libraries are slow to load), not before the first paint.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QMimeData, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

from lifecrm.core.importing.readers import TEXT
from lifecrm.core.importing.readers.excel import WORKBOOKS

if TYPE_CHECKING:
    from lifecrm.ui.importing.history import ImportHistoryDialog
    from lifecrm.ui.importing.wizard import ImportWizard
    from lifecrm.ui.main_window import MainWindow

SPREADSHEETS = frozenset(WORKBOOKS) | frozenset(TEXT)


def dropped_spreadsheet(mime: QMimeData | None) -> Path | None:
    """The first local spreadsheet file among dropped URLs, if any."""
    if mime is None or not mime.hasUrls():
        return None
    for url in mime.urls():
        if url.isLocalFile():
            path = Path(url.toLocalFile())
            if path.suffix.lower() in SPREADSHEETS:
                return path
    return None


class ImportActions(QObject):
    """Owns "Import orders…" and "Import history…" and the dialogs they open."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.wizard: ImportWizard | None = None
        self.history: ImportHistoryDialog | None = None
        self.import_action = QAction(self.tr("&Import orders…"), window)
        self.import_action.setShortcut(QKeySequence("Ctrl+I"))
        self.import_action.triggered.connect(lambda: self.open_wizard())
        self.history_action = QAction(self.tr("Import &history…"), window)
        self.history_action.triggered.connect(lambda: self.open_history())

    def add_to(self, menu: QMenu) -> None:
        menu.addAction(self.import_action)
        menu.addAction(self.history_action)

    def open_wizard(self, path: Path | None = None) -> ImportWizard:
        """Opens the wizard (on `path`, when a file was dropped); one at a time."""
        if self.wizard is not None and self.wizard.isVisible():
            if path is not None and self.wizard.job is None:
                self.wizard.load_file(path)
            self.wizard.raise_()
            self.wizard.activateWindow()
            return self.wizard
        from lifecrm.ui.importing.wizard import ImportWizard  # after the first paint

        window = self.window
        wizard = ImportWizard(window.db, window.jobs, as_of=window.as_of, path=path, parent=window)
        wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        wizard.imported.connect(self._on_changed)
        wizard.destroyed.connect(self._forget_wizard)
        self.wizard = wizard
        wizard.open()
        return wizard

    def open_history(self) -> ImportHistoryDialog:
        if self.history is not None and self.history.isVisible():
            self.history.reload()
            self.history.raise_()
            return self.history
        from lifecrm.ui.importing.history import ImportHistoryDialog

        window = self.window
        dialog = ImportHistoryDialog(window.db, window.jobs, as_of=window.as_of, parent=window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.undone.connect(self._on_changed)
        dialog.destroyed.connect(self._forget_history)
        self.history = dialog
        dialog.open()
        return dialog

    def _on_changed(self, _what: object) -> None:
        self.window.reload()

    def _forget_wizard(self) -> None:
        self.wizard = None

    def _forget_history(self) -> None:
        self.history = None
