"""Where the window's file dialogs open: the owner's Downloads (where a webshop export lands)
or their home folder, never the program's own folder."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget


def start_folder() -> Path:
    """The Downloads folder when it exists, else the home folder."""
    location = QStandardPaths.StandardLocation
    for kind in (location.DownloadLocation, location.HomeLocation):
        found = QStandardPaths.writableLocation(kind)
        if found and Path(found).is_dir():
            return Path(found)
    return Path.home()


def save_workbook(
    parent: QWidget, title: str, proposed: Path, chosen: Callable[[Path], object]
) -> QFileDialog:
    """Opens (not exec) a "save as .xlsx" dialog on `proposed`; `chosen(path)` when saved."""
    dialog = QFileDialog(
        parent,
        title,
        str(proposed),
        QCoreApplication.translate("FileDialogs", "Excel workbook (*.xlsx)"),
    )
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setDefaultSuffix("xlsx")
    dialog.fileSelected.connect(lambda name: chosen(Path(name)))
    dialog.open()
    return dialog
