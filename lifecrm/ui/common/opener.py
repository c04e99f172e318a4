"""One dialog of a kind at a time: asking again brings the open one to the front."""

from __future__ import annotations

from typing import Generic, TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

D = TypeVar("D", bound=QDialog)


class OneAtATime(Generic[D]):
    """Holds the open dialog of one kind; it forgets it when the dialog closes (and is deleted)."""

    def __init__(self) -> None:
        self.dialog: D | None = None

    def front(self) -> D | None:
        """The open dialog, raised, or None when there is none to show."""
        dialog = self.dialog
        if dialog is None or not dialog.isVisible():
            return None
        dialog.raise_()
        dialog.activateWindow()
        return dialog

    def open(self, dialog: D) -> D:
        """Opens `dialog` window-modal (never `exec`), deleted when it closes."""
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.destroyed.connect(self._forget)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _forget(self) -> None:
        self.dialog = None
